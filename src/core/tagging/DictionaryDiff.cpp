// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/DictionaryDiff.h"

#include <deque>
#include <map>

namespace vigie::core {

namespace {

// Every field that decides what an item matches, and nothing else (not its line, not its note).
void addWord(std::string &key, const std::string &text)
{
    key += std::to_string(text.size());
    key += ':';
    key += text;
}

std::string termKey(const Term &t)
{
    std::string key;
    addWord(key, t.text);
    key += t.exact ? 'e' : '-';
    key += t.stem ? 's' : '-';
    key += t.plural ? 'p' : '-';
    return key;
}

std::string exclusionKey(const Exclusion &e)
{
    std::string key;
    addWord(key, e.phrase);
    key += '/' + std::to_string(e.window) + '/' + std::to_string(static_cast<int>(e.order));
    return key;
}

std::string ruleKey(const Rule &r)
{
    std::string key;
    addWord(key, r.name);
    key += '/' + std::to_string(r.window) + '/' + std::to_string(static_cast<int>(r.order)) + '/'
        + std::to_string(static_cast<int>(r.scope));
    for (const auto *terms : { &r.terms, &r.near }) {
        key += '[';
        for (const Term &t : *terms)
            key += termKey(t) + ';';
        key += ']';
    }
    for (const Exclusion &e : r.unless)
        key += exclusionKey(e) + ';';
    return key;
}

DictionaryDiff::Phrase phraseOf(const Term &t, bool joinOnly)
{
    return { t.text, t.exact, t.stem, t.plural, joinOnly };
}

DictionaryDiff::Phrase phraseOf(const Exclusion &e, bool joinOnly)
{
    return { e.phrase, false, false, true, joinOnly }; // exclusions are read as plain plural-folded words
}

// Pairs the items of `after` with equal items of `before`, in order: same[k] is the index in
// `before` or -1. False when the pairs are not in the same order (ties between them could change).
template <typename T, typename Key>
bool pairItems(const std::vector<T> &before, const std::vector<T> &after, Key key, std::vector<int> &same,
               std::vector<bool> &kept)
{
    std::map<std::string, std::deque<int>> free;
    for (std::size_t i = 0; i < before.size(); ++i)
        free[key(before[i])].push_back(static_cast<int>(i));
    same.assign(after.size(), -1);
    kept.assign(before.size(), false);
    int last = -1;
    bool ordered = true;
    for (std::size_t k = 0; k < after.size(); ++k) {
        auto it = free.find(key(after[k]));
        if (it == free.end() || it->second.empty())
            continue;
        const int i = it->second.front();
        it->second.pop_front();
        same[k] = i;
        kept[static_cast<std::size_t>(i)] = true;
        ordered = ordered && i > last;
        last = i;
    }
    return ordered;
}

// The exclusions in one list and not the other (as multisets).
void exclusionChanges(const std::vector<Exclusion> &before, const std::vector<Exclusion> &after,
                      std::vector<DictionaryDiff::Phrase> &out)
{
    std::map<std::string, int> balance;
    std::map<std::string, const Exclusion *> any;
    for (const Exclusion &e : before) {
        --balance[exclusionKey(e)];
        any[exclusionKey(e)] = &e;
    }
    for (const Exclusion &e : after) {
        ++balance[exclusionKey(e)];
        any[exclusionKey(e)] = &e;
    }
    for (const auto &[key, n] : balance)
        if (n != 0)
            out.push_back(phraseOf(*any[key], false));
}

void termChanged(const Term &t, std::vector<DictionaryDiff::Phrase> &out)
{
    out.push_back(phraseOf(t, false));
    for (const Exclusion &e : t.exclusions)
        out.push_back(phraseOf(e, true));
}

void ruleChanged(const Rule &r, DictionaryDiff &diff)
{
    // Its mentions need one of its terms with one of its contexts; its "unless" phrases only cancel
    // its own mentions. Every word still matters to line-break hyphenation.
    DictionaryDiff::RulePhrases phrases;
    for (const Term &t : r.terms)
        phrases.terms.push_back(phraseOf(t, false));
    for (const Term &t : r.near)
        phrases.near.push_back(phraseOf(t, false));
    diff.rules.push_back(std::move(phrases));
    for (const Exclusion &e : r.unless)
        diff.phrases.push_back(phraseOf(e, true));
}

} // namespace

DictionaryDiff diffDictionaries(const Dictionary &before, const Dictionary &after)
{
    DictionaryDiff diff;
    const auto &a = before.themes();
    const auto &b = after.themes();
    if (a.size() != b.size()) {
        diff.structural = true;
        return diff;
    }
    for (std::size_t t = 0; t < a.size(); ++t)
        if (a[t].id != b[t].id || a[t].parent != b[t].parent) {
            diff.structural = true;
            return diff;
        }
    diff.sameTerm.resize(b.size());
    diff.sameRule.resize(b.size());
    std::vector<bool> kept;
    for (std::size_t t = 0; t < a.size(); ++t) {
        if (!pairItems(a[t].terms, b[t].terms, termKey, diff.sameTerm[t], kept)) {
            diff.structural = true;
            return diff;
        }
        for (std::size_t i = 0; i < a[t].terms.size(); ++i)
            if (!kept[i])
                termChanged(a[t].terms[i], diff.phrases);
        for (std::size_t k = 0; k < b[t].terms.size(); ++k) {
            const int i = diff.sameTerm[t][k];
            if (i < 0)
                termChanged(b[t].terms[k], diff.phrases);
            else
                exclusionChanges(a[t].terms[static_cast<std::size_t>(i)].exclusions, b[t].terms[k].exclusions,
                                 diff.phrases);
        }
        exclusionChanges(a[t].exclusions, b[t].exclusions, diff.phrases);
        if (!pairItems(a[t].rules, b[t].rules, ruleKey, diff.sameRule[t], kept)) {
            diff.structural = true;
            return diff;
        }
        for (std::size_t i = 0; i < a[t].rules.size(); ++i)
            if (!kept[i])
                ruleChanged(a[t].rules[i], diff);
        for (std::size_t k = 0; k < b[t].rules.size(); ++k)
            if (diff.sameRule[t][k] < 0)
                ruleChanged(b[t].rules[k], diff);
    }
    return diff;
}

} // namespace vigie::core
