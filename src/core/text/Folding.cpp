// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vigie::core {

namespace {

const icu::Normalizer2 &nfd()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU NFD normalizer unavailable: ") + u_errorName(status));
        return n;
    }();
    return *instance;
}

bool isAsciiOnly(std::u16string_view s)
{
    for (char16_t c : s)
        if (c >= 0x80)
            return false;
    return true;
}

} // namespace

std::u16string foldToken(std::u16string_view token)
{
    std::u16string out;
    out.reserve(token.size());
    if (isAsciiOnly(token)) { // the common case, and ASCII folding is plain lowercasing
        for (char16_t c : token)
            out.push_back(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c);
        return out;
    }
    icu::UnicodeString u(false, token.data(), static_cast<int32_t>(token.size()));
    u.foldCase(U_FOLD_CASE_DEFAULT);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString d = nfd().normalize(u, status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU normalisation failed: ") + u_errorName(status));
    for (int32_t i = 0; i < d.length();) {
        const UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        const int8_t type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR)
            continue;
        if (c == 0x153) { // œ (foldCase maps Œ to œ but does not expand it)
            out += u"oe";
        } else if (c == 0xE6) {
            out += u"ae";
        } else if (isApostrophe(static_cast<char32_t>(c))) {
            out.push_back(u'\'');
        } else if (c > 0xFFFF) {
            out.push_back(static_cast<char16_t>(U16_LEAD(c)));
            out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
        } else {
            out.push_back(static_cast<char16_t>(c));
        }
    }
    return out;
}

std::u16string exactToken(std::u16string_view token)
{
    std::u16string out;
    out.reserve(token.size());
    for (char16_t c : token) {
        if (c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060)
            continue;
        out.push_back(isApostrophe(c) ? u'\'' : c);
    }
    return out;
}

std::u16string pluralKey(std::u16string_view w)
{
    const std::size_t n = w.size();
    auto endsWith = [&](std::u16string_view suffix) {
        return n >= suffix.size() && w.substr(n - suffix.size()) == suffix;
    };
    if (n >= 4 && (endsWith(u"eaux") || endsWith(u"eux") || endsWith(u"oux")))
        return std::u16string(w.substr(0, n - 1));
    if (n >= 5 && endsWith(u"aux"))
        return std::u16string(w.substr(0, n - 3)) + u"al";
    if (n >= 4 && w[n - 1] == u's' && w[n - 2] != u's')
        return std::u16string(w.substr(0, n - 1));
    return std::u16string(w);
}

std::string toUtf8(std::u16string_view text)
{
    std::string out;
    icu::UnicodeString(false, text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
    return out;
}

std::u16string fromUtf8(std::string_view text)
{
    const icu::UnicodeString u
        = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    return std::u16string(u.getBuffer(), static_cast<std::size_t>(u.length()));
}

} // namespace vigie::core
