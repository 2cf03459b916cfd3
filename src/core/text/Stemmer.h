// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace vigie::core {

// French Snowball stemmer (Debian's libstemmer), for dictionary terms that ask for stem matching.
//
// The stem is computed on the case-folded word with its accents (Snowball's French rules need them:
// "connectée" and "connectées" both give "connect") and then accent-folded like any token.
// Not thread-safe: libstemmer keeps state in the stemmer object, so each Tagger owns one.
// Throws std::runtime_error if libstemmer has no French algorithm.
class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // `token` as produced by the tokenizer (any case, any accents); returns the folded stem.
    std::u16string stem(std::u16string_view token);

private:
    struct Deleter
    {
        void operator()(sb_stemmer *s) const;
    };
    std::unique_ptr<sb_stemmer, Deleter> m_stemmer;
};

} // namespace vigie::core
