// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/NormalizedText.h"
#include "text/Folding.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdexcept>

namespace vigie::core {

namespace {

const icu::Normalizer2 &nfc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU NFC normalizer unavailable: ") + u_errorName(status));
        return n;
    }();
    return *instance;
}

// One pass answers both "any surrogate?" and "surely NFC?": below U+0300 nothing decomposes or
// composes, nor in U+2002..U+20CF (punctuation such as ’ and U+202F, currency signs). Anything else
// goes to ICU's quick check. This runs on every byte of every document, hence SSE2.
void scanUnits(const std::u16string &s, bool &surrogates, bool &surelyNfc)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
#if defined(__SSE2__)
    const __m128i flip = _mm_set1_epi16(static_cast<short>(0x8000)); // unsigned compares via signed ones
    const __m128i surrogateMask = _mm_set1_epi16(static_cast<short>(0xF800));
    const __m128i surrogateBits = _mm_set1_epi16(static_cast<short>(0xD800));
    const __m128i below300 = _mm_set1_epi16(static_cast<short>(0x02FF ^ 0x8000));
    const __m128i rangeLow = _mm_set1_epi16(static_cast<short>(0x2001 ^ 0x8000));
    const __m128i rangeHigh = _mm_set1_epi16(static_cast<short>(0x20D0 ^ 0x8000));
    __m128i anySurrogate = _mm_setzero_si128();
    __m128i anyOutside = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + i));
        anySurrogate = _mm_or_si128(anySurrogate, _mm_cmpeq_epi16(_mm_and_si128(v, surrogateMask), surrogateBits));
        const __m128i x = _mm_xor_si128(v, flip);
        const __m128i high = _mm_cmpgt_epi16(x, below300);
        const __m128i inRange = _mm_and_si128(_mm_cmpgt_epi16(x, rangeLow), _mm_cmplt_epi16(x, rangeHigh));
        anyOutside = _mm_or_si128(anyOutside, _mm_andnot_si128(inRange, high));
    }
    surrogates = _mm_movemask_epi8(anySurrogate) != 0;
    surelyNfc = _mm_movemask_epi8(anyOutside) == 0;
#endif
    for (; i < n; ++i) {
        const char16_t c = s[i];
        surrogates = surrogates || (c & 0xF800) == 0xD800;
        surelyNfc = surelyNfc && (c < 0x300 || (c >= 0x2002 && c < 0x20D0));
    }
}

} // namespace

bool wellFormedUtf8ToUtf16(std::string_view utf8, std::u16string &out)
{
    // UTF-16 never needs more units than UTF-8 has bytes.
    out.resize(utf8.size());
    char16_t *d = out.data();
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const std::size_t n = utf8.size();
    const auto continuation = [s](std::size_t k) {
        return (s[k] & 0xC0) == 0x80;
    };
    std::size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // French text is mostly ASCII: 16 bytes at a time while no byte has its high bit set.
        const __m128i zero = _mm_setzero_si128();
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const int high = _mm_movemask_epi8(v);
            // All 16 widened (out has room: d + 16 <= out.data() + i + 16), kept up to the first
            // byte with its high bit set.
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d + 8), _mm_unpackhi_epi8(v, zero));
            const int ascii = high == 0 ? 16 : __builtin_ctz(static_cast<unsigned>(high));
            d += ascii;
            i += static_cast<std::size_t>(ascii);
            if (ascii < 16)
                break;
        }
        if (i >= n)
            break;
#endif
        const unsigned c = s[i];
        if (c < 0x80) {
            *d++ = static_cast<char16_t>(c);
            i += 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= n || !continuation(i + 1))
                return false;
            *d++ = static_cast<char16_t>(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= n || !continuation(i + 1) || !continuation(i + 2))
                return false;
            if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))
                return false; // overlong, or a surrogate
            *d++ = static_cast<char16_t>(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= n || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
                return false;
            if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
                return false; // overlong, or beyond U+10FFFF
            const std::uint32_t cp
                = ((c & 0x07) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
            *d++ = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            *d++ = static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
            i += 4;
        } else {
            return false;
        }
    }
    out.resize(static_cast<std::size_t>(d - out.data()));
    return true;
}

NormalizedText NormalizedText::fromUtf8(std::string_view utf8)
{
    std::u16string units;
    if (wellFormedUtf8ToUtf16(utf8, units))
        return fromUtf16(std::move(units));
    // Ill-formed: ICU replaces each bad sequence with U+FFFD, as it always did here.
    units.assign(utf8.size(), u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(units.data(), static_cast<int32_t>(units.size()), &length, utf8.data(),
                         static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("UTF-8 conversion failed: ") + u_errorName(status));
    units.resize(static_cast<std::size_t>(length));
    return fromUtf16(std::move(units));
}

NormalizedText NormalizedText::fromUtf16(std::u16string input)
{
    NormalizedText result;
    result.m_inputLength = static_cast<std::int32_t>(input.size());
    bool surrogates = false;
    bool surelyNfc = true;
    scanUnits(input, surrogates, surelyNfc);
    for (std::int32_t i = 0; surrogates && i + 1 < result.m_inputLength; ++i) {
        if (U16_IS_LEAD(input[static_cast<std::size_t>(i)]) && U16_IS_TRAIL(input[static_cast<std::size_t>(i) + 1])) {
            result.m_inputSupplementary.push_back(i);
            ++i;
        }
    }

    if (surelyNfc) {
        result.m_text = std::move(input);
        return result;
    }
    const icu::Normalizer2 &norm = nfc();
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString src(false, input.data(), result.m_inputLength);
    const int32_t okPrefix = norm.spanQuickCheckYes(src, status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFC check failed: ") + u_errorName(status));
    if (okPrefix == result.m_inputLength) {
        result.m_text = std::move(input);
        return result;
    }

    // Normalise segment by segment: copy what is already NFC verbatim, rewrite the rest from one
    // normalisation boundary to the next, and remember where each piece came from.
    std::u16string out;
    out.reserve(input.size());
    int32_t pos = 0;
    while (pos < result.m_inputLength) {
        const icu::UnicodeString rest = src.tempSubString(pos);
        const int32_t yes = norm.spanQuickCheckYes(rest, status);
        if (yes > 0) {
            result.m_pieces.push_back({ static_cast<int32_t>(out.size()), pos, true });
            out.append(input, static_cast<std::size_t>(pos), static_cast<std::size_t>(yes));
            pos += yes;
            continue;
        }
        // The segment that needs work runs to the next character with a boundary before it. Because
        // spanQuickCheckYes stopped short of this segment, the previous piece may end with a character
        // that composes with it, so we re-normalise from the last boundary at or before pos.
        int32_t start = pos;
        while (start > 0 && !norm.hasBoundaryBefore(src.char32At(start)))
            start = src.moveIndex32(start, -1);
        if (start < pos) { // give back the tail of the previous verbatim piece
            const std::int32_t back = pos - start;
            out.resize(out.size() - static_cast<std::size_t>(back));
            if (!result.m_pieces.empty() && result.m_pieces.back().outStart == static_cast<int32_t>(out.size()))
                result.m_pieces.pop_back();
        }
        int32_t end = src.moveIndex32(pos, 1);
        while (end < result.m_inputLength && !norm.hasBoundaryBefore(src.char32At(end)))
            end = src.moveIndex32(end, 1);
        icu::UnicodeString normalized;
        norm.normalize(src.tempSubStringBetween(start, end), normalized, status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU NFC failed: ") + u_errorName(status));
        result.m_pieces.push_back({ static_cast<int32_t>(out.size()), start, false });
        out.append(normalized.getBuffer(), static_cast<std::size_t>(normalized.length()));
        pos = end;
    }
    result.m_text = std::move(out);
    return result;
}

std::int64_t NormalizedText::codePointsBefore(std::int32_t inputIndex) const
{
    const auto pairs = std::lower_bound(m_inputSupplementary.begin(), m_inputSupplementary.end(), inputIndex)
        - m_inputSupplementary.begin();
    return inputIndex - pairs;
}

std::int64_t NormalizedText::inputOffset(std::int32_t index) const
{
    if (m_pieces.empty())
        return codePointsBefore(index);
    if (index >= static_cast<std::int32_t>(m_text.size()))
        return codePointsBefore(m_inputLength);
    auto it = std::upper_bound(m_pieces.begin(), m_pieces.end(), index,
                               [](std::int32_t i, const Piece &p) { return i < p.outStart; });
    const Piece &piece = *(it - 1);
    if (!piece.verbatim)
        return codePointsBefore(piece.inStart);
    return codePointsBefore(piece.inStart + (index - piece.outStart));
}

std::string toNfc(const std::string &utf8)
{
    const NormalizedText n = NormalizedText::fromUtf8(utf8);
    return n.wasAlreadyNfc() ? utf8 : toUtf8(n.text());
}

} // namespace vigie::core
