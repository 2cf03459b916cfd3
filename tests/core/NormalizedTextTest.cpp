// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/NormalizedText.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>
#include <unicode/ustring.h>

#include <random>

using namespace vigie::core;

TEST_CASE("NFC text is kept as is and offsets are code points", "[nfc]")
{
    const auto t = NormalizedText::fromUtf8("Le numérique");
    CHECK(t.wasAlreadyNfc());
    CHECK(t.text().size() == 12);
    CHECK(t.inputOffset(3) == 3);
    CHECK(t.inputOffset(12) == 12);
}

TEST_CASE("decomposed accents are composed and offsets map back to the input", "[nfc]")
{
    // "Le nume\u0301rique et l'e\u0301cole": 2 combining accents in the input.
    const auto t = NormalizedText::fromUtf8("Le nume\u0301rique et l'e\u0301cole");
    CHECK_FALSE(t.wasAlreadyNfc());
    CHECK(toUtf8(t.text()) == "Le numérique et l'école");
    // "et" is at NFC index 13; in the input it is one code point later (index 14).
    CHECK(t.inputOffset(13) == 14);
    // "école" starts at NFC index 18, input index 19; its end maps to the end of the input.
    CHECK(t.inputOffset(18) == 19);
    CHECK(t.inputOffset(static_cast<std::int32_t>(t.text().size())) == 25);
}

TEST_CASE("characters outside the BMP count as one code point", "[nfc]")
{
    // U+1F4F1 (mobile phone) takes two UTF-16 units but is one code point.
    const auto t = NormalizedText::fromUtf8("\xF0\x9F\x93\xB1 appli");
    CHECK(t.text().size() == 8);
    CHECK(t.inputOffset(3) == 2); // "appli"
}

namespace {

std::u16string byIcu(const std::string &utf8)
{
    std::u16string out(utf8.size(), u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length, utf8.data(),
                         static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

} // namespace

TEST_CASE("UTF-8 is read as ICU reads it, and ill-formed UTF-8 is left to ICU", "[nfc][utf8]")
{
    // Well-formed: every length of sequence, ASCII runs longer and shorter than 16 bytes around them.
    for (const std::string &s :
         { std::string(), std::string("a"), std::string("Le numérique à l’école"),
           std::string(40, 'x') + "é" + std::string(17, 'y'), std::string("€ 𝔘 \xF4\x8F\xBF\xBF"),
           std::string("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80"),
           std::string("nul\0inside", 10) }) {
        std::u16string fast;
        REQUIRE(wellFormedUtf8ToUtf16(s, fast));
        CHECK(fast == byIcu(s));
    }
    // Ill-formed: overlong forms, surrogates, beyond U+10FFFF, lone and cut sequences.
    for (const std::string s :
         { "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF0\x80\x80\xAF", "\xF4\x90\x80\x80",
           "\xF5\x80\x80\x80", "\x80", "abc\xC3", "\xE2\x82", "\xFF", "\xE2\x28\xA1", "\xF0\x9F\x98" }) {
        std::u16string fast;
        CHECK_FALSE(wellFormedUtf8ToUtf16(s, fast));
        CHECK(NormalizedText::fromUtf8(s).text() == byIcu(s)); // U+FFFD where ICU puts them
    }
    // Random bytes, mostly ASCII with some high bytes: either well-formed and the same, or refused.
    std::mt19937 random(42);
    int wellFormed = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string s(random() % 40, ' ');
        for (char &c : s)
            c = static_cast<char>(random() % 4 == 0 ? 0x80 + random() % 0x80 : 0x20 + random() % 0x60);
        std::u16string fast;
        if (wellFormedUtf8ToUtf16(s, fast)) {
            ++wellFormed;
            REQUIRE(fast == byIcu(s));
        } else {
            REQUIRE(byIcu(s).find(u'\xFFFD') != std::u16string::npos);
        }
    }
    CHECK(wellFormed > 1000);
}
