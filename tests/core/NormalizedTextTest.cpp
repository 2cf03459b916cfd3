// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/NormalizedText.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>

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
