// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/ThemeMatcher.h"

#include "text/Folding.h"
#include "text/NormalizedText.h"
#include "text/Stemmer.h"

#include <algorithm>
#include <map>
#include <optional>

namespace vigie::core {

namespace {

using WordKind = ThemeMatcher::WordKind;
using TermWord = ThemeMatcher::Word;

// The words of a term or phrase, tokenized exactly as a document would be.
std::vector<TermWord> readWords(Tokenizer &tokenizer, Stemmer &stemmer, std::vector<Token> &tokens,
                                const std::string &text, bool exact, bool stem, bool plural)
{
    const NormalizedText norm = NormalizedText::fromUtf8(text);
    const std::u16string &s = norm.text();
    tokenizer.tokenize(s, tokens);
    std::vector<TermWord> words;
    for (const Token &tok : tokens) {
        const std::u16string_view raw(s.data() + tok.start, static_cast<std::size_t>(tok.end - tok.start));
        const bool prefix
            = static_cast<std::size_t>(tok.end) < s.size() && s[static_cast<std::size_t>(tok.end)] == u'*';
        const std::u16string folded = foldToken(raw);
        if (prefix)
            words.push_back({ WordKind::Prefix, folded, folded });
        else if (exact)
            words.push_back({ WordKind::Exact, exactToken(raw), folded });
        else if (stem)
            words.push_back({ WordKind::Stem, stemmer.stem(raw), folded });
        else if (plural)
            words.push_back({ WordKind::Plural, pluralKey(folded), folded });
        else
            words.push_back({ WordKind::Folded, folded, folded });
    }
    return words;
}

// A compound of plain words written run together: "visio-conférence" and "visio conférence"
// are two words, "visioconférence" one; both spellings match the term. Nothing for one word, or
// when a word is exact, a stem or a prefix.
std::optional<TermWord> joinedVariant(const std::vector<TermWord> &words)
{
    if (words.size() < 2)
        return std::nullopt;
    std::u16string joined;
    for (const auto &w : words) {
        if (w.kind != WordKind::Plural && w.kind != WordKind::Folded)
            return std::nullopt;
        joined += w.folded;
    }
    const bool plural = words.back().kind == WordKind::Plural;
    return TermWord { plural ? WordKind::Plural : WordKind::Folded, plural ? pluralKey(joined) : joined, joined };
}

} // namespace

// Builds the tries. Kept out of the header: only compile() needs it.
class MatcherCompiler
{
public:
    MatcherCompiler(ThemeMatcher &m)
        : m_m(m)
        , m_tokenizer(m.m_options.tokenizer)
    { }

    void run()
    {
        const Dictionary &dict = m_m.m_dictionary;
        const auto &themes = dict.themes();
        const auto parents = dict.parentIndexes(); // compile() validated the dictionary: no cycle
        for (std::size_t t = 0; t < themes.size(); ++t) {
            std::vector<int> chain { static_cast<int>(t) };
            for (int a = parents[t]; a >= 0; a = parents[static_cast<std::size_t>(a)])
                chain.push_back(a);
            if (chain.size() == 1)
                m_m.m_roots.push_back(static_cast<int>(t));
            m_m.m_selfAndAncestors.push_back(std::move(chain));
        }
        m_m.m_nodeTerms.emplace_back();
        m_m.m_nodeHasChildren.push_back(false);

        for (std::size_t t = 0; t < themes.size(); ++t) {
            std::vector<int> themeExclusions;
            for (const auto &e : themes[t].exclusions)
                themeExclusions.push_back(addExclusion(e, 0));
            for (std::size_t k = 0; k < themes[t].terms.size(); ++k)
                addTerm(static_cast<int>(t), static_cast<int>(k), themeExclusions);
            m_themeExclusions.push_back(std::move(themeExclusions));
        }
        addJoinedSpellings();
        for (std::size_t t = 0; t < themes.size(); ++t)
            for (std::size_t r = 0; r < themes[t].rules.size(); ++r)
                addRule(static_cast<int>(t), static_cast<int>(r));
        // Which symbols start something: the first edges out of each trie's root, also kept in a
        // table by symbol (a lookup per word of the text, without hashing).
        m_m.m_symbolRoles.assign(m_nextSymbol, 0);
        const auto mark = [this](const std::unordered_map<std::uint64_t, std::uint32_t> &edges,
                                 std::vector<std::uint32_t> &roots, std::uint8_t role) {
            roots.assign(m_nextSymbol, 0);
            for (const auto &[key, child] : edges)
                if ((key >> 32) == 0) {
                    const auto symbol = static_cast<std::size_t>(key & 0xFFFFFFFFu);
                    m_m.m_symbolRoles[symbol] |= role;
                    roots[symbol] = child;
                }
        };
        mark(m_m.m_termEdges, m_m.m_termRoots, ThemeMatcher::StartsTerm);
        mark(m_m.m_exclusionPhrases.edges, m_m.m_exclusionPhrases.roots, ThemeMatcher::StartsExclusion);
        mark(m_m.m_contextPhrases.edges, m_m.m_contextPhrases.roots, ThemeMatcher::StartsContext);
    }

private:
    // Where each term path ends, per tree: (node, root) -> (theme, term), to report duplicates.
    using Owners = std::map<std::pair<std::uint32_t, int>, std::pair<int, int>>;

    static int rankOf(const std::vector<TermWord> &words)
    {
        int rank = 0;
        for (const auto &w : words)
            rank = std::max(rank,
                            w.kind == WordKind::Exact        ? 0
                                : w.kind == WordKind::Stem   ? 2
                                : w.kind == WordKind::Prefix ? 3
                                                             : 1);
        return rank;
    }

    std::uint32_t pathOf(const std::vector<TermWord> &words)
    {
        std::uint32_t node = 0;
        for (const auto &w : words)
            node = termPath(node, symbolFor(w));
        return node;
    }

    void addTerm(int t, int k, const std::vector<int> &themeExclusions)
    {
        const Dictionary &dict = m_m.m_dictionary;
        const Theme &theme = dict.themes()[static_cast<std::size_t>(t)];
        const Term &term = theme.terms[static_cast<std::size_t>(k)];
        const std::vector<TermWord> words = wordsOf(term.text, term.exact, term.stem, term.plural, term.line);
        ThemeMatcher::CompiledTerm ct;
        ct.theme = t;
        ct.root = m_m.m_selfAndAncestors[static_cast<std::size_t>(t)].back();
        ct.term = k;
        ct.length = static_cast<int>(words.size());
        ct.rank = rankOf(words);
        ct.exclusions = themeExclusions;
        for (const auto &e : term.exclusions)
            ct.exclusions.push_back(addExclusion(e, 0));

        const std::uint32_t node = pathOf(words);
        auto [it, fresh] = m_owners.emplace(std::make_pair(node, ct.root), std::make_pair(t, k));
        if (!fresh) {
            const Theme &other = dict.themes()[static_cast<std::size_t>(it->second.first)];
            const Term &otherTerm = other.terms[static_cast<std::size_t>(it->second.second)];
            const std::string where = dict.sourceName() + ":" + std::to_string(term.line);
            if (it->second.first == t) {
                m_m.m_warnings.push_back(where + ": term \"" + term.text + "\" matches the same words as \""
                                         + otherTerm.text + "\" (line " + std::to_string(otherTerm.line)
                                         + ") in the same theme; it adds nothing");
                return;
            }
            if (m_m.m_options.duplicates == ThemeMatcher::Duplicates::FirstThemeWins)
                return;
            throw DictionaryError(dict.sourceName(), term.line,
                                  "term \"" + term.text + "\" of theme \"" + theme.id
                                      + "\" matches the same words as \"" + otherTerm.text + "\" of theme \"" + other.id
                                      + "\" (line " + std::to_string(otherTerm.line)
                                      + "): within one tree of themes, words count for one theme only");
        }
        addCompiled(node, ct);
        for (std::size_t w = 0; w + 1 < words.size(); ++w)
            m_m.m_termBigrams.insert(ThemeMatcher::singularOf(words[w]) + u'\x01'
                                     + ThemeMatcher::singularOf(words[w + 1]));
        // The run-together spelling, added once every term is in (addJoinedSpellings()).
        if (const auto joined = joinedVariant(words)) {
            ct.length = 1;
            m_joined.push_back({ *joined, ct });
        }
    }

    // The run-together spellings of the terms, unless a term of the tree has it as written (that
    // one counts) or an earlier term's spelling has it.
    void addJoinedSpellings()
    {
        for (const auto &[word, ct] : m_joined) {
            const std::uint32_t node = pathOf({ word });
            if (m_owners.emplace(std::make_pair(node, ct.root), std::make_pair(ct.theme, ct.term)).second)
                addCompiled(node, ct);
        }
        m_joined.clear();
    }

    void addRule(int t, int r)
    {
        const Dictionary &dict = m_m.m_dictionary;
        const Theme &theme = dict.themes()[static_cast<std::size_t>(t)];
        const Rule &rule = theme.rules[static_cast<std::size_t>(r)];
        const int id = static_cast<int>(m_m.m_rules.size());
        m_m.m_rules.push_back({ t, r, rule.window, rule.order, rule.scope });

        std::vector<int> exclusions = m_themeExclusions[static_cast<std::size_t>(t)];
        for (const auto &e : rule.unless)
            exclusions.push_back(addExclusion(e, rule.window));
        const int root = m_m.m_selfAndAncestors[static_cast<std::size_t>(t)].back();
        for (const Term &term : rule.terms) {
            const auto words = wordsOf(term.text, term.exact, term.stem, term.plural, term.line);
            ThemeMatcher::CompiledTerm ct;
            ct.theme = t;
            ct.root = root;
            ct.term = -1;
            ct.rule = id;
            ct.length = static_cast<int>(words.size());
            ct.rank = rankOf(words);
            ct.depth = static_cast<int>(m_m.m_selfAndAncestors[static_cast<std::size_t>(t)].size()) - 1;
            ct.exclusions = exclusions;
            std::vector<std::vector<TermWord>> spellings { words };
            if (auto joined = joinedVariant(words))
                spellings.push_back({ *joined });
            for (const auto &spelling : spellings) {
                const std::uint32_t node = pathOf(spelling);
                ct.length = static_cast<int>(spelling.size());
                addCompiled(node, ct);
            }
        }
        for (const Term &near : rule.near)
            addPhrase(m_m.m_contextPhrases, wordsOf(near.text, near.exact, near.stem, near.plural, near.line), id);
    }

    void addCompiled(std::uint32_t node, ThemeMatcher::CompiledTerm ct)
    {
        ct.exclusionReach = 0;
        for (int id : ct.exclusions)
            ct.exclusionReach = std::max(ct.exclusionReach, m_m.m_exclusions[static_cast<std::size_t>(id)].window);
        m_m.m_nodeTerms[node].push_back(static_cast<int>(m_m.m_terms.size()));
        m_m.m_terms.push_back(std::move(ct));
    }

    // The phrase as written and run together ("visio conférence", "visioconférence"), ending at `id`.
    void addPhrase(ThemeMatcher::PhraseTrie &trie, const std::vector<TermWord> &words, int id)
    {
        std::vector<std::vector<TermWord>> spellings { words };
        if (auto joined = joinedVariant(words))
            spellings.push_back({ *joined });
        for (const auto &spelling : spellings) {
            trie.longest = std::max(trie.longest, static_cast<int>(spelling.size()));
            std::uint32_t node = 0;
            for (const auto &w : spelling) {
                auto [it, fresh] = trie.edges.emplace(ThemeMatcher::edgeKey(node, symbolFor(w)), 0);
                if (fresh) {
                    it->second = static_cast<std::uint32_t>(trie.ends.size());
                    trie.ends.emplace_back();
                }
                node = it->second;
            }
            auto &ends = trie.ends[node];
            if (std::find(ends.begin(), ends.end(), id) == ends.end())
                ends.push_back(id);
        }
    }

    std::vector<TermWord> wordsOf(const std::string &text, bool exact, bool stem, bool plural, int line)
    {
        std::vector<TermWord> words = readWords(m_tokenizer, m_stemmer, m_tokens, text, exact, stem, plural);
        if (words.empty())
            throw DictionaryError(m_m.m_dictionary.sourceName(), line, "\"" + text + "\" contains no word to match");
        return words;
    }

    std::uint32_t symbolFor(const TermWord &w)
    {
        auto intern = [this](std::unordered_map<std::u16string, std::uint32_t> &table, const std::u16string &key) {
            auto [it, fresh] = table.emplace(key, m_nextSymbol);
            if (fresh)
                ++m_nextSymbol;
            return it->second;
        };
        switch (w.kind) {
        case WordKind::Plural:
            return intern(m_m.m_pluralSymbols, w.key);
        case WordKind::Folded:
            return intern(m_m.m_foldedSymbols, w.key);
        case WordKind::Exact:
            return intern(m_m.m_exactSymbols, w.key);
        case WordKind::Stem:
            return intern(m_m.m_stemSymbols, w.key);
        case WordKind::Prefix: {
            std::uint32_t node = 0;
            for (char16_t c : w.key) {
                auto [it, fresh] = m_m.m_prefixEdges.emplace((static_cast<std::uint64_t>(node) << 16) | c, 0);
                if (fresh) {
                    it->second = static_cast<std::uint32_t>(m_m.m_prefixNodeSymbol.size());
                    m_m.m_prefixNodeSymbol.push_back(0);
                }
                node = it->second;
            }
            auto &symbol = m_m.m_prefixNodeSymbol[node];
            if (symbol == 0)
                symbol = m_nextSymbol++;
            return symbol;
        }
        }
        return 0;
    }

    std::uint32_t termPath(std::uint32_t node, std::uint32_t symbol)
    {
        auto [it, fresh] = m_m.m_termEdges.emplace(ThemeMatcher::edgeKey(node, symbol), 0);
        if (fresh) {
            it->second = static_cast<std::uint32_t>(m_m.m_nodeTerms.size());
            m_m.m_nodeTerms.emplace_back();
            m_m.m_nodeHasChildren.push_back(false);
            m_m.m_nodeHasChildren[node] = true;
        }
        return it->second;
    }

    // An exclusion (or a rule's "unless" phrase): `fallbackWindow` replaces a window of 0 (the
    // rule's own window for "unless"; 0, overlap only, for exclusions).
    int addExclusion(const Exclusion &e, int fallbackWindow)
    {
        const int id = static_cast<int>(m_m.m_exclusions.size());
        m_m.m_exclusions.push_back({ e.window > 0 ? e.window : fallbackWindow, e.order });
        addPhrase(m_m.m_exclusionPhrases, wordsOf(e.phrase, false, false, true, e.line), id);
        return id;
    }

    ThemeMatcher &m_m;
    Owners m_owners;
    std::vector<std::pair<TermWord, ThemeMatcher::CompiledTerm>> m_joined; // pending run-together spellings
    std::vector<std::vector<int>> m_themeExclusions; // per theme: its own exclusions' ids
    Tokenizer m_tokenizer;
    Stemmer m_stemmer;
    std::vector<Token> m_tokens;
    std::uint32_t m_nextSymbol = 1; // 0 is never a symbol
};

std::shared_ptr<const ThemeMatcher> ThemeMatcher::compile(const Dictionary &dictionary, Options options)
{
    dictionary.validate();
    auto matcher = std::shared_ptr<ThemeMatcher>(new ThemeMatcher());
    matcher->m_dictionary = dictionary;
    matcher->m_options = options;
    MatcherCompiler(*matcher).run();
    return matcher;
}

std::vector<std::vector<ThemeMatcher::Word>> ThemeMatcher::spellingsOf(const std::string &text, bool exact, bool stem,
                                                                       bool plural) const
{
    Tokenizer tokenizer(m_options.tokenizer);
    Stemmer stemmer;
    std::vector<Token> tokens;
    std::vector<std::vector<Word>> spellings;
    std::vector<Word> words = readWords(tokenizer, stemmer, tokens, text, exact, stem, plural);
    if (words.empty())
        return spellings;
    auto joined = joinedVariant(words);
    spellings.push_back(std::move(words));
    if (joined)
        spellings.push_back({ std::move(*joined) });
    return spellings;
}

std::u16string ThemeMatcher::singularOf(const Word &w)
{
    switch (w.kind) {
    case WordKind::Exact:
        return pluralKey(foldToken(w.key));
    case WordKind::Folded:
        return pluralKey(w.key);
    default:
        return w.key;
    }
}

void ThemeMatcher::symbolsOf(std::u16string_view raw, Stemmer *stemmer, std::vector<std::uint32_t> &out) const
{
    const std::u16string folded = foldToken(raw);
    auto lookup = [&out](const std::unordered_map<std::u16string, std::uint32_t> &table, const std::u16string &key) {
        const auto it = table.find(key);
        if (it != table.end())
            out.push_back(it->second);
    };
    if (!m_pluralSymbols.empty())
        lookup(m_pluralSymbols, pluralKey(folded));
    if (!m_foldedSymbols.empty())
        lookup(m_foldedSymbols, folded);
    if (!m_exactSymbols.empty())
        lookup(m_exactSymbols, exactToken(raw));
    if (!m_stemSymbols.empty() && stemmer)
        lookup(m_stemSymbols, stemmer->stem(raw));
    std::uint32_t node = 0;
    for (char16_t c : folded) {
        if (!(node = prefixChild(node, c)))
            break;
        if (const std::uint32_t symbol = m_prefixNodeSymbol[node])
            out.push_back(symbol);
    }
}

std::uint32_t ThemeMatcher::prefixChild(std::uint32_t node, char16_t c) const
{
    if (m_prefixEdges.empty())
        return 0;
    const auto it = m_prefixEdges.find((static_cast<std::uint64_t>(node) << 16) | c);
    return it == m_prefixEdges.end() ? 0 : it->second;
}

std::uint32_t ThemeMatcher::termChild(std::uint32_t node, std::uint32_t symbol) const
{
    if (node == 0)
        return symbol < m_termRoots.size() ? m_termRoots[symbol] : 0;
    const auto it = m_termEdges.find(edgeKey(node, symbol));
    return it == m_termEdges.end() ? 0 : it->second;
}

bool ThemeMatcher::knowsFoldedWord(const std::u16string &folded) const
{
    if (m_pluralSymbols.count(pluralKey(folded)) || m_foldedSymbols.count(folded))
        return true;
    std::uint32_t node = 0;
    for (char16_t c : folded) {
        if (!(node = prefixChild(node, c)))
            return false;
        if (m_prefixNodeSymbol[node])
            return true;
    }
    return false;
}

bool ThemeMatcher::isTermBigram(const std::u16string &foldedLeft, const std::u16string &foldedRight) const
{
    return m_termBigrams.count(pluralKey(foldedLeft) + u'\x01' + pluralKey(foldedRight)) > 0;
}

} // namespace vigie::core
