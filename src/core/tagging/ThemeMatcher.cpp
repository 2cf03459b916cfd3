// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/ThemeMatcher.h"

#include "text/Folding.h"
#include "text/NormalizedText.h"
#include "text/Stemmer.h"

#include <algorithm>
#include <map>

namespace vigie::core {

namespace {

enum class WordKind { Plural, Folded, Exact, Stem, Prefix };

struct TermWord
{
    WordKind kind;
    std::u16string key;
};

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
        for (std::size_t t = 0; t < themes.size(); ++t) {
            std::vector<int> chain { static_cast<int>(t) };
            for (int a : dict.ancestors(static_cast<int>(t)))
                chain.push_back(a);
            if (chain.size() == 1)
                m_m.m_roots.push_back(static_cast<int>(t));
            m_m.m_selfAndAncestors.push_back(std::move(chain));
        }
        m_m.m_nodeTerms.emplace_back();
        m_m.m_nodeHasChildren.push_back(false);
        m_m.m_exclusionNodeEnds.emplace_back();

        // Where each term path ends, per tree: (node, root) -> (theme, term), to report duplicates.
        std::map<std::pair<std::uint32_t, int>, std::pair<int, int>> owner;
        for (std::size_t t = 0; t < themes.size(); ++t) {
            const Theme &theme = themes[t];
            std::vector<int> themeExclusions;
            for (const auto &e : theme.exclusions)
                themeExclusions.push_back(addExclusion(e));
            for (std::size_t k = 0; k < theme.terms.size(); ++k) {
                const Term &term = theme.terms[k];
                const std::vector<TermWord> words = wordsOf(term.text, term.exact, term.stem, term.plural, term.line);
                ThemeMatcher::CompiledTerm ct;
                ct.theme = static_cast<int>(t);
                ct.root = m_m.m_selfAndAncestors[t].back();
                ct.term = static_cast<int>(k);
                ct.length = static_cast<int>(words.size());
                for (const auto &w : words)
                    ct.rank = std::max(ct.rank,
                                       w.kind == WordKind::Exact        ? 0
                                           : w.kind == WordKind::Stem   ? 2
                                           : w.kind == WordKind::Prefix ? 3
                                                                        : 1);
                ct.exclusions = themeExclusions;
                for (const auto &e : term.exclusions)
                    ct.exclusions.push_back(addExclusion(e));

                std::uint32_t node = 0;
                for (const auto &w : words)
                    node = termPath(node, symbolFor(w));
                auto [it, fresh] = owner.emplace(std::make_pair(node, ct.root), std::make_pair(ct.theme, ct.term));
                if (!fresh) {
                    const Theme &other = themes[static_cast<std::size_t>(it->second.first)];
                    const Term &otherTerm = other.terms[static_cast<std::size_t>(it->second.second)];
                    const std::string where = m_m.m_dictionary.sourceName() + ":" + std::to_string(term.line);
                    if (it->second.first == ct.theme) {
                        m_m.m_warnings.push_back(where + ": term \"" + term.text + "\" matches the same words as \""
                                                 + otherTerm.text + "\" (line " + std::to_string(otherTerm.line)
                                                 + ") in the same theme; it adds nothing");
                        continue;
                    }
                    if (m_m.m_options.duplicates == ThemeMatcher::Duplicates::FirstThemeWins)
                        continue;
                    throw DictionaryError(dict.sourceName(), term.line,
                                          "term \"" + term.text + "\" of theme \"" + theme.id
                                              + "\" matches the same words as \"" + otherTerm.text + "\" of theme \""
                                              + other.id + "\" (line " + std::to_string(otherTerm.line)
                                              + "): within one tree of themes, words count for one theme only");
                }
                m_m.m_nodeTerms[node].push_back(static_cast<int>(m_m.m_terms.size()));
                m_m.m_terms.push_back(std::move(ct));
                for (std::size_t w = 0; w + 1 < words.size(); ++w)
                    m_m.m_termBigrams.insert(foldedOf(words[w]) + u'\x01' + foldedOf(words[w + 1]));
            }
        }
    }

private:
    // The words of a term or exclusion phrase, tokenized exactly as a document would be.
    std::vector<TermWord> wordsOf(const std::string &text, bool exact, bool stem, bool plural, int line)
    {
        const NormalizedText norm = NormalizedText::fromUtf8(text);
        const std::u16string &s = norm.text();
        m_tokenizer.tokenize(s, m_tokens);
        std::vector<TermWord> words;
        for (const Token &tok : m_tokens) {
            const std::u16string_view raw(s.data() + tok.start, static_cast<std::size_t>(tok.end - tok.start));
            const bool prefix
                = static_cast<std::size_t>(tok.end) < s.size() && s[static_cast<std::size_t>(tok.end)] == u'*';
            if (prefix)
                words.push_back({ WordKind::Prefix, foldToken(raw) });
            else if (exact)
                words.push_back({ WordKind::Exact, exactToken(raw) });
            else if (stem)
                words.push_back({ WordKind::Stem, m_stemmer.stem(raw) });
            else if (plural)
                words.push_back({ WordKind::Plural, pluralKey(foldToken(raw)) });
            else
                words.push_back({ WordKind::Folded, foldToken(raw) });
        }
        if (words.empty())
            throw DictionaryError(m_m.m_dictionary.sourceName(), line, "\"" + text + "\" contains no word to match");
        return words;
    }

    // The form isTermBigram() compares: folded and singular where the kind allows it.
    static std::u16string foldedOf(const TermWord &w)
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
        case WordKind::Prefix:
            for (const auto &[prefix, symbol] : m_m.m_prefixSymbols)
                if (prefix == w.key)
                    return symbol;
            m_m.m_prefixSymbols.emplace_back(w.key, m_nextSymbol);
            return m_nextSymbol++;
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

    int addExclusion(const Exclusion &e)
    {
        const auto words = wordsOf(e.phrase, false, false, true, e.line);
        std::uint32_t node = 0;
        for (const auto &w : words) {
            auto [it, fresh] = m_m.m_exclusionEdges.emplace(ThemeMatcher::edgeKey(node, symbolFor(w)), 0);
            if (fresh) {
                it->second = static_cast<std::uint32_t>(m_m.m_exclusionNodeEnds.size());
                m_m.m_exclusionNodeEnds.emplace_back();
            }
            node = it->second;
        }
        const int id = static_cast<int>(m_m.m_exclusions.size());
        m_m.m_exclusions.push_back({ e.window });
        m_m.m_exclusionNodeEnds[node].push_back(id);
        return id;
    }

    ThemeMatcher &m_m;
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
    for (const auto &[prefix, symbol] : m_prefixSymbols)
        if (folded.size() >= prefix.size() && folded.compare(0, prefix.size(), prefix) == 0)
            out.push_back(symbol);
}

std::uint32_t ThemeMatcher::termChild(std::uint32_t node, std::uint32_t symbol) const
{
    const auto it = m_termEdges.find(edgeKey(node, symbol));
    return it == m_termEdges.end() ? 0 : it->second;
}

std::uint32_t ThemeMatcher::exclusionChild(std::uint32_t node, std::uint32_t symbol) const
{
    const auto it = m_exclusionEdges.find(edgeKey(node, symbol));
    return it == m_exclusionEdges.end() ? 0 : it->second;
}

bool ThemeMatcher::knowsFoldedWord(const std::u16string &folded) const
{
    if (m_pluralSymbols.count(pluralKey(folded)) || m_foldedSymbols.count(folded))
        return true;
    for (const auto &[prefix, symbol] : m_prefixSymbols)
        if (folded.size() >= prefix.size() && folded.compare(0, prefix.size(), prefix) == 0)
            return true;
    return false;
}

bool ThemeMatcher::isTermBigram(const std::u16string &foldedLeft, const std::u16string &foldedRight) const
{
    return m_termBigrams.count(pluralKey(foldedLeft) + u'\x01' + pluralKey(foldedRight)) > 0;
}

} // namespace vigie::core
