// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextDecoder.h"

#include "import/ImportError.h"
#include "text/Folding.h"
#include "text/Utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

// ICU's detector gives a confidence from 0 to 100. French texts score 40-98 as ISO-8859-1 and never
// above 15 as anything else; a windows-1251 Russian paragraph scores 32, Shift_JIS and UTF-16
// without BOM score 100. Below this, a verdict is noise (short texts, a few accented words).
constexpr int kConfident = 30;
// The detector reads this much: enough for its statistics, and it stays fast on big files.
constexpr std::size_t kDetectionSample = 64 * 1024;

std::string hexValue(unsigned value, int digits = 2)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%0*X", digits, value);
    return buf;
}

// CRLF and lone CR (classic Mac OS) become LF, in place.
void normaliseLineEnds(std::string &text)
{
    if (text.find('\r') == std::string::npos)
        return;
    std::size_t w = 0;
    for (std::size_t r = 0; r < text.size(); ++r) {
        if (text[r] == '\r') {
            text[w++] = '\n';
            if (r + 1 < text.size() && text[r + 1] == '\n')
                ++r;
        } else {
            text[w++] = text[r];
        }
    }
    text.resize(w);
}

std::string decodeUtf16(std::string_view body, bool bigEndian, std::size_t bomSize)
{
    const char *name = bigEndian ? "UTF-16BE" : "UTF-16LE";
    if (body.size() % 2 != 0)
        throw ImportError({ .kind = Kind::TruncatedText, .encoding = name });
    const auto unit = [&](std::size_t i) {
        const auto b0 = static_cast<unsigned char>(body[2 * i]);
        const auto b1 = static_cast<unsigned char>(body[2 * i + 1]);
        return static_cast<char16_t>(bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0);
    };
    const std::size_t n = body.size() / 2;
    if (n > static_cast<std::size_t>(INT32_MAX)) // ICU's string lengths are 32-bit
        throw ImportError({ .kind = Kind::FileTooLarge, .limitMb = 4096 });
    std::u16string text;
    text.reserve(n);
    std::size_t line = 1, column = 1;
    const auto fail = [&](std::size_t i, const std::string &reason) {
        throw ImportError({ .kind = Kind::InvalidEncoding,
                            .encoding = name,
                            .position = Utf8Problem { bomSize + 2 * i, line, column, reason } });
    };
    for (std::size_t i = 0; i < n; ++i) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 >= n || unit(i + 1) < 0xDC00 || unit(i + 1) > 0xDFFF)
                fail(i, "unpaired surrogate " + hexValue(u, 4));
            text += u;
            text += unit(++i);
            ++column;
            continue;
        }
        if (u >= 0xDC00 && u <= 0xDFFF)
            fail(i, "unpaired surrogate " + hexValue(u, 4));
        if (u == 0)
            fail(i, "NUL character (binary file?)");
        text += u;
        if (u == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return toUtf8(text);
}

struct Detection
{
    std::string name; // ICU's name, "" when it has no idea
    int confidence = 0;
};

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// ICU's best guess; an empty name when it has none.
Detection detectCharset(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    const auto length = static_cast<std::int32_t>(std::min(bytes.size(), kDetectionSample));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr)
        return {};
    Detection best;
    best.name = ucsdet_getName(match, &status);
    best.confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status))
        return {};
    return best;
}

bool isLatinSingleByte(std::string_view icuName)
{
    // ICU reports windows-125x instead of ISO-8859-x when it sees bytes 0x80-0x9F.
    static constexpr std::array<std::string_view, 6> kLatin { "ISO-8859-1",   "windows-1252", "ISO-8859-2",
                                                              "windows-1250", "ISO-8859-9",   "windows-1254" };
    return std::find(kLatin.begin(), kLatin.end(), icuName) != kLatin.end();
}

bool isUtf16Or32(std::string_view icuName)
{
    return icuName.starts_with("UTF-16") || icuName.starts_with("UTF-32");
}

// Letters common to ISO-8859-1, -15 and windows-1252: ASCII letters and 0xC0-0xFF but × and ÷.
bool isLatinLetter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

// "l´école": a one-letter elided word (or "qu") before the byte. People type the acute accent
// (0xB4 in windows-1252) as an apostrophe; Ž, its ISO-8859-15 reading, never follows "l" in French.
bool followsElision(std::string_view bytes, std::size_t at)
{
    const auto lower = [](unsigned char c) {
        return static_cast<unsigned char>(c | 0x20);
    };
    const auto startsWord = [&](std::size_t i) {
        return i == 0 || !isLatinLetter(static_cast<unsigned char>(bytes[i - 1]));
    };
    if (at >= 1 && startsWord(at - 1)) {
        const unsigned char c = lower(static_cast<unsigned char>(bytes[at - 1]));
        return c == 'c' || c == 'd' || c == 'j' || c == 'l' || c == 'm' || c == 'n' || c == 's' || c == 't';
    }
    return at >= 2 && startsWord(at - 2) && lower(static_cast<unsigned char>(bytes[at - 2])) == 'q'
        && lower(static_cast<unsigned char>(bytes[at - 1])) == 'u';
}

// windows-1252 or ISO-8859-15, for bytes already known to be a Latin single-byte text.
const char *chooseLatinEncoding(std::string_view bytes)
{
    const auto at = [&](std::size_t i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (at(i) >= 0x80 && at(i) <= 0x9F)
            return "windows-1252";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const unsigned char c = at(i);
        if (c == 0xA4) {
            // "50 €", "50\u00A0€", "€50": skip one space or no-break space between number and sign.
            std::size_t before = i, after = i + 1;
            if (before > 0 && (at(before - 1) == ' ' || at(before - 1) == 0xA0))
                --before;
            if (after < bytes.size() && (at(after) == ' ' || at(after) == 0xA0))
                ++after;
            if ((before > 0 && isDigit(at(before - 1))) || (after < bytes.size() && isDigit(at(after))))
                return "ISO-8859-15";
        } else if (c == 0xBC || c == 0xBD || c == 0xA6 || c == 0xA8 || c == 0xB4 || c == 0xB8 || c == 0xBE) {
            const bool letterBefore = i > 0 && isLatinLetter(at(i - 1));
            const bool letterAfter = i + 1 < bytes.size() && isLatinLetter(at(i + 1));
            if (c == 0xB4 && letterAfter && followsElision(bytes, i))
                continue;
            if (letterBefore || letterAfter)
                return "ISO-8859-15";
        }
    }
    return "windows-1252";
}

// UTF-8 for each byte of a single-byte encoding, from ICU's table; nullopt where it defines none.
using ByteTable = std::array<std::optional<std::string>, 256>;

ByteTable buildByteTable(const char *encoding)
{
    struct ConverterCloser
    {
        void operator()(UConverter *c) const { ucnv_close(c); }
    };
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        throw ImportError({ .kind = Kind::EncodingUnavailable, .encoding = encoding, .detail = u_errorName(status) });
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ByteTable table;
    for (unsigned b = 0; b < 256; ++b) {
        const char byte = static_cast<char>(b);
        UChar units[4];
        status = U_ZERO_ERROR;
        const std::int32_t n = ucnv_toUChars(converter.get(), units, 4, &byte, 1, &status);
        // ICU maps the five holes of windows-1252 to C1 controls; no text contains those.
        if (U_FAILURE(status) || n != 1 || (b >= 0x80 && units[0] >= 0x80 && units[0] <= 0x9F))
            continue;
        table[b] = toUtf8(std::u16string_view(units, 1));
    }
    return table;
}

std::string decodeSingleByte(std::string_view bytes, const char *encoding)
{
    static const ByteTable kWindows1252 = buildByteTable("windows-1252");
    static const ByteTable kIso885915 = buildByteTable("ISO-8859-15");
    const ByteTable &table = std::string_view(encoding) == "windows-1252" ? kWindows1252 : kIso885915;
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == '\n') {
            ++line;
            lineStart = i + 1;
        }
        if (!table[b]) {
            throw ImportError(
                { .kind = Kind::InvalidEncoding,
                  .encoding = encoding,
                  .position = Utf8Problem { i, line, i - lineStart + 1, "byte " + hexValue(b) + " undefined" } });
        }
        out += *table[b];
    }
    return out;
}

// Valid multi-byte UTF-8 sequences and invalid bytes, to tell a damaged UTF-8 file from a legacy one.
// Uses the strict validator piece by piece: each round skips one bad byte.
void countUtf8(std::string_view bytes, std::size_t &validMultiByte, std::size_t &invalid)
{
    validMultiByte = invalid = 0;
    std::string_view rest = bytes;
    for (;;) {
        const auto problem = findUtf8Problem(rest);
        const std::size_t validEnd = problem ? problem->byteOffset : rest.size();
        for (std::size_t i = 0; i < validEnd; ++i)
            if (static_cast<unsigned char>(rest[i]) >= 0xC0)
                ++validMultiByte;
        if (!problem)
            return;
        ++invalid;
        rest.remove_prefix(validEnd + 1);
    }
}

} // namespace

DecodedText decodeText(std::string_view bytes)
{
    DecodedText result;
    const auto startsWith = [&](std::string_view prefix) {
        return bytes.starts_with(prefix);
    };
    if (startsWith("\xEF\xBB\xBF")) {
        const std::string_view body = bytes.substr(3);
        if (auto problem = findUtf8Problem(body)) {
            problem->byteOffset += 3; // the user's file has the mark
            throw ImportError({ .kind = Kind::InvalidUtf8AfterBom, .position = problem });
        }
        result = { std::string(body), "UTF-8" };
    } else if (startsWith(std::string_view("\xFF\xFE\0\0", 4)) || startsWith(std::string_view("\0\0\xFE\xFF", 4))) {
        throw ImportError({ .kind = Kind::UnsupportedEncoding, .encoding = "UTF-32" });
    } else if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        const bool bigEndian = bytes[0] == '\xFE';
        result = { decodeUtf16(bytes.substr(2), bigEndian, 2), bigEndian ? "UTF-16BE" : "UTF-16LE" };
    } else if (!findUtf8Problem(bytes)) {
        result = { std::string(bytes), "UTF-8" };
    } else {
        std::size_t nul = 0, controls = 0;
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == 0)
                ++nul;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
                ++controls;
        }
        const Detection detected = detectCharset(bytes);
        const bool confident = detected.confidence >= kConfident;
        if (nul > 0 || controls * 100 > bytes.size()) {
            if (confident && isUtf16Or32(detected.name))
                throw ImportError(
                    { .kind = Kind::UnsupportedEncoding, .encoding = detected.name, .encodingGuessed = true });
            throw ImportError(Kind::BinaryFile);
        }
        std::size_t validMultiByte = 0, invalid = 0;
        countUtf8(bytes, validMultiByte, invalid);
        if (validMultiByte > invalid) {
            const auto problem = findUtf8Problem(bytes);
            throw ImportError({ .kind = Kind::InvalidUtf8, .position = problem });
        }
        // ICU says "UTF-8" on some Latin texts; the validator above knows better.
        if (confident && !isLatinSingleByte(detected.name) && detected.name != "UTF-8")
            throw ImportError(
                { .kind = Kind::UnsupportedEncoding, .encoding = detected.name, .encodingGuessed = true });
        const char *encoding = chooseLatinEncoding(bytes);
        result = { decodeSingleByte(bytes, encoding), encoding };
    }
    normaliseLineEnds(result.utf8);
    return result;
}

} // namespace vigie::core
