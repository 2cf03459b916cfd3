// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"

#include <string>
#include <vector>

namespace vigie::core {

// What an edit changed in a dictionary, item by item, so that a recount reads only the programmes
// where a changed item can match (analysis/TermHits.h, docs/counting.md "Recounting after an edit").
//
// An item is a term, an exclusion (of a theme or a term) or a rule with its context and "unless"
// phrases. An item whose definition is the same in both versions keeps its mentions wherever no
// changed item matches: the tagger's result for a text only depends on the items that match in it,
// and on line-break hyphenation, which depends on every word the dictionary knows.
struct DictionaryDiff
{
    // A phrase of a changed item: a programme whose words could match all of it may count
    // differently. `joinOnly`: the phrase matters only through line-break hyphenation (its words
    // make a joined word known), as for a changed rule's context.
    struct Phrase
    {
        std::string text;
        bool exact = false;
        bool stem = false;
        bool plural = true;
        bool joinOnly = false;
    };
    // A changed rule counts only where one of its terms and one of its contexts are both there.
    struct RulePhrases
    {
        std::vector<Phrase> terms;
        std::vector<Phrase> near;
    };

    // The themes were added, removed, renamed, moved or reordered, or items of a theme were
    // reordered: the mentions of unchanged items may change too (dictionary order breaks ties).
    bool structural = false;
    std::vector<Phrase> phrases;
    std::vector<RulePhrases> rules;
    // Per theme of `after`: for each term, the index of the same term in `before` (-1: the term is
    // new or was changed); likewise for rules.
    std::vector<std::vector<int>> sameTerm;
    std::vector<std::vector<int>> sameRule;

    bool empty() const { return !structural && phrases.empty() && rules.empty(); }
};

DictionaryDiff diffDictionaries(const Dictionary &before, const Dictionary &after);

} // namespace vigie::core
