// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"
#include "text/Tokenizer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vigie::core {

class Stemmer;

// A Dictionary compiled for matching: every term, every rule's term, every exclusion phrase and
// every rule's context becomes a path in a trie whose edges are token symbols, so one pass over a
// document's tokens finds every term at once. A term of several plain words also gets its
// run-together spelling ("visio conférence" matches "visioconférence").
//
// A token has up to four kinds of symbol, one per way a term word can match it:
//   plural  folded (case, accents, ligatures, apostrophes) and singularised   - the default
//   folded  folded, plural-sensitive                                          - "plural": false
//   exact   as written                                                        - "exact": true
//   stem    Snowball stem, folded                                             - "stem": true
// plus one symbol per prefix pattern ("connect*") the folded token starts with.
//
// Immutable once compiled and safe to share between threads; tagging state lives in Tagger.
// Each root theme starts an independent classification (the default dictionary has "numerique" and
// "secteurs"): the same words may be a term in both trees. compile() throws DictionaryError (with
// the term's line) for a term that yields no word or that another theme of the same tree also has;
// duplicates inside one theme only produce a warning.
class ThemeMatcher
{
public:
    enum class Duplicates { Error, FirstThemeWins };
    struct Options
    {
        TokenizerOptions tokenizer;
        Duplicates duplicates = Duplicates::Error;
    };

    static std::shared_ptr<const ThemeMatcher> compile(const Dictionary &dictionary, Options options);
    static std::shared_ptr<const ThemeMatcher> compile(const Dictionary &dictionary)
    {
        return compile(dictionary, Options {});
    }

    const Dictionary &dictionary() const { return m_dictionary; }
    const Options &options() const { return m_options; }
    const std::vector<std::string> &warnings() const { return m_warnings; }
    // Themes in dictionary order with, for each, itself and its ancestors (used for roll-up).
    const std::vector<std::vector<int>> &selfAndAncestors() const { return m_selfAndAncestors; }
    // Root theme indexes, in dictionary order.
    const std::vector<int> &roots() const { return m_roots; }

    // How one word of a term or phrase matches a token: the kinds above.
    enum class WordKind { Plural, Folded, Exact, Stem, Prefix };
    struct Word
    {
        WordKind kind;
        std::u16string key; // what the token's form of that kind must equal; the prefix for Prefix
        std::u16string folded; // the word folded, before any plural folding
    };
    // A term's or phrase's spellings as compile() reads them: its words and, for plain words written
    // apart, the run-together word ("visio conférence", "visioconférence"). Empty: no word.
    std::vector<std::vector<Word>> spellingsOf(const std::string &text, bool exact, bool stem, bool plural) const;
    // The form line-break hyphenation compares with a token's folded singular (isTermBigram()).
    static std::u16string singularOf(const Word &w);

    // Symbols of one raw token (its UTF-16 text). Appends to `out`. `stemmer` may be null when
    // usesStems() is false.
    void symbolsOf(std::u16string_view raw, Stemmer *stemmer, std::vector<std::uint32_t> &out) const;
    bool usesStems() const { return !m_stemSymbols.empty(); }

private:
    friend class Tagger;
    friend class MatcherCompiler;

    struct CompiledTerm
    {
        int theme = 0;
        int root = 0; // root of the theme's tree: each tree is resolved on its own
        int term = 0; // index in the theme's terms; -1 for a rule's term
        int rule = -1; // index in m_rules for a rule's term
        int length = 0; // in tokens
        int rank = 0; // 0 exact, 1 plain, 2 stem, 3 prefix: lower wins a tie on length
        int depth = 0; // ancestors of the theme: a rule of a deeper theme wins a tie with another rule
        std::vector<int> exclusions;
        int exclusionReach = 0; // the largest window of its exclusions, in words
    };
    struct CompiledExclusion
    {
        int window = 0;
        Exclusion::Order order = Exclusion::Order::Any;
    };
    struct CompiledRule
    {
        int theme = 0;
        int rule = 0; // index in the theme's rules
        int window = 0;
        Rule::Order order = Rule::Order::Any;
        Rule::Scope scope = Rule::Scope::Sentence;
    };

    static std::uint64_t edgeKey(std::uint32_t node, std::uint32_t symbol)
    {
        return (static_cast<std::uint64_t>(node) << 32) | symbol;
    }
    std::uint32_t termChild(std::uint32_t node, std::uint32_t symbol) const;
    // A trie of phrases found at every position, overlapping ones included (exclusions, rules'
    // contexts): a node lists the ids (exclusion or compiled rule) of the phrases ending there.
    struct PhraseTrie
    {
        std::unordered_map<std::uint64_t, std::uint32_t> edges;
        std::vector<std::uint32_t> roots; // the root's children by symbol: most lookups start there
        std::vector<std::vector<int>> ends { {} }; // node 0 is the root
        int longest = 0; // the most words of a phrase

        std::uint32_t child(std::uint32_t node, std::uint32_t symbol) const
        {
            if (node == 0)
                return symbol < roots.size() ? roots[symbol] : 0;
            const auto it = edges.find(edgeKey(node, symbol));
            return it == edges.end() ? 0 : it->second;
        }
    };
    // Would joining "numé" + "rique" make a word the dictionary knows? (line-break hyphenation)
    bool knowsFoldedWord(const std::u16string &folded) const;
    bool isTermBigram(const std::u16string &foldedLeft, const std::u16string &foldedRight) const;

    Dictionary m_dictionary;
    Options m_options;
    std::vector<std::string> m_warnings;
    std::vector<std::vector<int>> m_selfAndAncestors;
    std::vector<int> m_roots;

    std::unordered_map<std::u16string, std::uint32_t> m_pluralSymbols;
    std::unordered_map<std::u16string, std::uint32_t> m_foldedSymbols;
    std::unordered_map<std::u16string, std::uint32_t> m_exactSymbols;
    std::unordered_map<std::u16string, std::uint32_t> m_stemSymbols;
    // Prefix patterns ("publi*") as a trie over folded characters: a token's prefixes are found in
    // one walk over its characters, however many patterns the dictionary has.
    std::unordered_map<std::uint64_t, std::uint32_t> m_prefixEdges; // (node, char) -> node
    std::vector<std::uint32_t> m_prefixNodeSymbol { 0 }; // per node: the pattern ending there, or 0
    std::uint32_t prefixChild(std::uint32_t node, char16_t c) const;

    // What a symbol can start: a term, an exclusion phrase, a rule's context. The Tagger ORs them
    // per word, so that the searches skip the words that start nothing (most of them).
    enum Role : std::uint8_t { StartsTerm = 1, StartsExclusion = 2, StartsContext = 4 };
    std::vector<std::uint8_t> m_symbolRoles; // indexed by symbol
    std::unordered_set<std::u16string> m_termBigrams; // folded left + U+0001 + folded right

    // Node 0 is the root of each trie; 0 as a child means "no edge".
    std::unordered_map<std::uint64_t, std::uint32_t> m_termEdges;
    std::vector<std::uint32_t> m_termRoots; // the root's children by symbol
    // Compiled terms ending at node: at most one term per tree, but any number of rules' terms (each
    // counts only with its context; the first whose context is there wins).
    std::vector<std::vector<int>> m_nodeTerms;
    std::vector<bool> m_nodeHasChildren;
    std::vector<CompiledTerm> m_terms;

    PhraseTrie m_exclusionPhrases; // ids: m_exclusions
    std::vector<CompiledExclusion> m_exclusions;

    // Rules' contexts: one trie of every "near" word or phrase, whose ends list the rules they serve.
    std::vector<CompiledRule> m_rules;
    PhraseTrie m_contextPhrases; // ids: m_rules
};

} // namespace vigie::core
