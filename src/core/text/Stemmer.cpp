// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Stemmer.h"

#include "text/Folding.h"

#include <libstemmer.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vigie::core {

Stemmer::~Stemmer() = default;

void Stemmer::Deleter::operator()(sb_stemmer *s) const
{
    sb_stemmer_delete(s);
}

Stemmer::Stemmer()
    : m_stemmer(sb_stemmer_new("french", "UTF_8"))
{
    if (!m_stemmer)
        throw std::runtime_error("libstemmer has no French stemmer");
}

std::u16string Stemmer::stem(std::u16string_view token)
{
    icu::UnicodeString lower(token.data(), static_cast<int32_t>(token.size()));
    lower.foldCase(U_FOLD_CASE_DEFAULT);
    std::string utf8;
    lower.toUTF8String(utf8);
    const sb_symbol *s = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.data()),
                                         static_cast<int>(utf8.size()));
    if (!s) // only on allocation failure
        throw std::bad_alloc();
    const std::string stemmed(reinterpret_cast<const char *>(s),
                              static_cast<std::size_t>(sb_stemmer_length(m_stemmer.get())));
    return foldToken(fromUtf8(stemmed));
}

} // namespace vigie::core
