// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/Tagger.h"

#include "text/Folding.h"
#include "text/Hyphenation.h"

#include <algorithm>

namespace vigie::core {

std::string Mention::matchedText(const NormalizedText &text) const
{
    return toUtf8(std::u16string_view(text.text())
                      .substr(static_cast<std::size_t>(textStart), static_cast<std::size_t>(textEnd - textStart)));
}

std::string countedBy(const Dictionary &dictionary, int theme, int term, int rule)
{
    if (theme < 0 || static_cast<std::size_t>(theme) >= dictionary.themes().size())
        return {};
    const Theme &t = dictionary.themes()[static_cast<std::size_t>(theme)];
    if (rule >= 0)
        return static_cast<std::size_t>(rule) < t.rules.size() ? "rule " + t.rules[static_cast<std::size_t>(rule)].name
                                                               : std::string();
    return term >= 0 && static_cast<std::size_t>(term) < t.terms.size() ? t.terms[static_cast<std::size_t>(term)].text
                                                                        : std::string();
}

Tagger::Tagger(std::shared_ptr<const ThemeMatcher> matcher)
    : m_matcher(std::move(matcher))
    , m_tokenizer(m_matcher->options().tokenizer)
{
    if (m_matcher->usesStems())
        m_stemmer = std::make_unique<Stemmer>();
    m_exclusionHits.resize(m_matcher->m_exclusions.size());
    m_contextHits.resize(m_matcher->m_rules.size());
}

TagResult Tagger::tag(std::string_view utf8)
{
    return tag(NormalizedText::fromUtf8(utf8));
}

TagResult Tagger::tag(const NormalizedText &text)
{
    TagResult result;
    tag(text, result);
    return result;
}

Tagger::CachedSymbols Tagger::symbolsFor(std::u16string_view raw)
{
    const std::uint64_t hash = SpellingCache::hash(raw);
    CachedSymbols found;
    if (m_cache.find(raw, hash, found))
        return found;
    if (m_cache.size() >= kMaxCachedSpellings) { // bound memory on endless streams of new spellings
        m_cache.clear();
        m_symbolPool.clear();
    }
    m_scratchSymbols.clear();
    m_matcher->symbolsOf(raw, m_stemmer.get(), m_scratchSymbols);
    std::uint8_t roles = 0;
    for (const std::uint32_t symbol : m_scratchSymbols)
        roles |= m_matcher->m_symbolRoles[symbol];
    const CachedSymbols entry { static_cast<std::uint32_t>(m_symbolPool.size()),
                                static_cast<std::uint16_t>(m_scratchSymbols.size()), roles };
    m_symbolPool.insert(m_symbolPool.end(), m_scratchSymbols.begin(), m_scratchSymbols.end());
    m_cache.insert(raw, hash, entry);
    return entry;
}

bool Tagger::shouldJoinHyphenated(std::u16string_view left, std::u16string_view right, bool soft) const
{
    switch (lineBreakHyphenation(left, right, soft)) {
    case HyphenBreak::Join:
        return true;
    case HyphenBreak::Keep:
        return false;
    case HyphenBreak::Undecided:
        break;
    }
    // What the dictionary knows decides: a known joined word, or a term's two consecutive words.
    const std::u16string l = foldToken(left);
    const std::u16string r = foldToken(right);
    if (m_matcher->knowsFoldedWord(l + r))
        return true;
    if (m_matcher->isTermBigram(l, r))
        return false;
    return true; // what PDF text extractors do: most end-of-line hyphens are hyphenation
}

void Tagger::buildUnits(const std::u16string &text)
{
    m_tokenizer.tokenize(text, m_tokens);
    m_units.clear();
    m_sentenceOf.clear();
    m_paragraphOf.clear();
    m_words = 0;
    std::int32_t sentence = 0;
    std::int32_t paragraph = 0;
    for (const Token &tok : m_tokens) {
        const std::u16string_view raw(text.data() + tok.start, static_cast<std::size_t>(tok.end - tok.start));
        const bool soft = tok.has(Token::SoftBreakBefore);
        if ((soft || tok.has(Token::HyphenBreakBefore)) && !m_units.empty()) {
            Unit &prev = m_units.back();
            const std::u16string_view left(text.data() + prev.start, static_cast<std::size_t>(prev.end - prev.start));
            if (shouldJoinHyphenated(left, raw, soft)) {
                // The joined spelling leaves out the hyphen, the line break and any soft hyphen.
                const CachedSymbols sym = symbolsFor(joinHyphenated(left, raw));
                prev.end = tok.end;
                prev.symbols = sym.offset;
                prev.symbolCount = sym.count;
                prev.roles = sym.roles;
                continue;
            }
        }
        if (tok.has(Token::SentenceBreakBefore))
            ++sentence;
        if (tok.has(Token::ParagraphBreakBefore))
            ++paragraph;
        if (!tok.has(Token::CamelContinuation))
            ++m_words;
        const CachedSymbols sym = symbolsFor(raw);
        m_units.push_back({ tok.start, tok.end, sym.offset, sym.count, tok.flags, sym.roles });
        m_sentenceOf.push_back(sentence);
        m_paragraphOf.push_back(paragraph);
    }
}

void Tagger::visit(std::uint32_t node, std::int32_t first, std::int32_t next)
{
    for (int term : m_matcher->m_nodeTerms[node])
        m_candidates.push_back({ first, next, term });
    if (!m_matcher->m_nodeHasChildren[node] || next >= static_cast<std::int32_t>(m_units.size()))
        return;
    const Unit &u = m_units[static_cast<std::size_t>(next)];
    if (u.flags & Token::PhraseBreakBefore)
        return;
    for (std::uint16_t k = 0; k < u.symbolCount; ++k)
        if (const std::uint32_t child = m_matcher->termChild(node, m_symbolPool[u.symbols + k]))
            visit(child, first, next + 1);
}

void Tagger::findCandidates()
{
    m_candidates.clear();
    const auto n = static_cast<std::int32_t>(m_units.size());
    for (std::int32_t i = 0; i < n; ++i) {
        const Unit &u = m_units[static_cast<std::size_t>(i)];
        if (!(u.roles & ThemeMatcher::StartsTerm))
            continue;
        for (std::uint16_t k = 0; k < u.symbolCount; ++k)
            if (const std::uint32_t child = m_matcher->termChild(0, m_symbolPool[u.symbols + k]))
                visit(child, i, i + 1);
    }
}

template <typename Reach>
void Tagger::searchRanges(Reach reach, int longest, std::vector<std::pair<std::int32_t, std::int32_t>> &out) const
{
    out.clear();
    const auto n = static_cast<std::int32_t>(m_units.size());
    for (const Candidate &c : m_candidates) {
        const int window = reach(m_matcher->m_terms[static_cast<std::size_t>(c.term)]);
        if (window < 0)
            continue;
        // A phrase that ends within `window` before the candidate starts at most `longest` earlier.
        out.emplace_back(std::max<std::int32_t>(0, c.first - window - longest),
                         std::min<std::int32_t>(n, c.last + window));
    }
    // Windows differ between candidates: sort by start, then merge what overlaps.
    std::sort(out.begin(), out.end());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (kept > 0 && out[i].first <= out[kept - 1].second)
            out[kept - 1].second = std::max(out[kept - 1].second, out[i].second);
        else
            out[kept++] = out[i];
    }
    out.resize(kept);
}

void Tagger::findPhrases(const ThemeMatcher::PhraseTrie &trie, std::uint8_t role,
                         const std::vector<std::pair<std::int32_t, std::int32_t>> &ranges, PhraseHits &hits,
                         std::vector<int> &touched)
{
    for (int id : touched)
        hits[static_cast<std::size_t>(id)].clear();
    touched.clear();
    const auto n = static_cast<std::int32_t>(m_units.size());
    // Every occurrence of every phrase, overlapping ones included: "en ligne directe" must be seen
    // even though "en ligne" is a term. A small explicit stack replaces recursion.
    auto &stack = m_phraseStack;
    stack.clear();
    for (const auto &[rangeFrom, rangeTo] : ranges)
        for (std::int32_t i = rangeFrom; i < rangeTo; ++i) {
            const Unit &u = m_units[static_cast<std::size_t>(i)];
            if (!(u.roles & role))
                continue;
            for (std::uint16_t k = 0; k < u.symbolCount; ++k)
                if (const std::uint32_t child = trie.child(0, m_symbolPool[u.symbols + k]))
                    stack.emplace_back(child, i + 1);
            while (!stack.empty()) {
                const auto [node, next] = stack.back();
                stack.pop_back();
                for (int id : trie.ends[node]) {
                    auto &list = hits[static_cast<std::size_t>(id)];
                    if (list.empty())
                        touched.push_back(id);
                    list.emplace_back(i, next);
                }
                if (next >= n || (m_units[static_cast<std::size_t>(next)].flags & Token::PhraseBreakBefore))
                    continue;
                const Unit &v = m_units[static_cast<std::size_t>(next)];
                for (std::uint16_t k = 0; k < v.symbolCount; ++k)
                    if (const std::uint32_t child = trie.child(node, m_symbolPool[v.symbols + k]))
                        stack.emplace_back(child, next + 1);
            }
        }
}

namespace {

// Phrase hits are listed in text order of their first word (findPhrases reads left to right), so
// the hits that can reach a candidate start at a known place: a phrase ending N words before it
// starts at most N + its length earlier.
template <class Hits> typename Hits::const_iterator firstHitFrom(const Hits &hits, std::int32_t from)
{
    return std::lower_bound(hits.begin(), hits.end(), from,
                            [](const auto &hit, std::int32_t at) { return hit.first < at; });
}

} // namespace

std::pair<std::int32_t, std::int32_t> Tagger::contextOf(const Candidate &c) const
{
    const auto &term = m_matcher->m_terms[static_cast<std::size_t>(c.term)];
    const auto &rule = m_matcher->m_rules[static_cast<std::size_t>(term.rule)];
    const auto &scopeOf = rule.scope == Rule::Scope::Sentence ? m_sentenceOf : m_paragraphOf;
    std::pair<std::int32_t, std::int32_t> best { -1, -1 };
    std::int32_t bestDistance = rule.window + 1;
    const auto &hits = m_contextHits[static_cast<std::size_t>(term.rule)];
    const std::int32_t lastFirst = c.last - 1 + rule.window;
    for (auto it = firstHitFrom(hits, c.first - rule.window - m_matcher->m_contextPhrases.longest);
         it != hits.end() && it->first <= lastFirst; ++it) {
        const auto [first, last] = *it;
        if (first < c.last && c.first < last)
            continue; // the same words cannot be the term and its context
        const bool before = last <= c.first;
        if ((before && rule.order == Rule::Order::NearAfter) || (!before && rule.order == Rule::Order::NearBefore))
            continue;
        // Distance in words between the nearest ends; adjacent words are 1 apart.
        const std::int32_t distance = before ? c.first - (last - 1) : first - (c.last - 1);
        const std::int32_t from = before ? last - 1 : c.last - 1;
        const std::int32_t to = before ? c.first : first;
        if (distance < bestDistance
            && scopeOf[static_cast<std::size_t>(from)] == scopeOf[static_cast<std::size_t>(to)]) {
            bestDistance = distance;
            best = { first, last };
        }
    }
    return best;
}

bool Tagger::cancelled(const Candidate &c) const
{
    const auto &term = m_matcher->m_terms[static_cast<std::size_t>(c.term)];
    for (int id : term.exclusions) {
        const auto &exclusion = m_matcher->m_exclusions[static_cast<std::size_t>(id)];
        const auto &hits = m_exclusionHits[static_cast<std::size_t>(id)];
        if (hits.empty())
            continue; // the usual case: most exclusions are not in a given text
        const std::int32_t lastFirst = c.last - 1 + exclusion.window;
        for (auto it = firstHitFrom(hits, c.first - exclusion.window - m_matcher->m_exclusionPhrases.longest);
             it != hits.end() && it->first <= lastFirst; ++it) {
            const auto [first, last] = *it;
            if (first < c.last && c.first < last)
                return true; // overlaps
            if (exclusion.window == 0)
                continue;
            // Distance in words between the nearest ends; adjacent words are 1 apart.
            const bool before = last <= c.first;
            if ((before && exclusion.order == Exclusion::Order::After)
                || (!before && exclusion.order == Exclusion::Order::Before))
                continue;
            const std::int32_t distance = before ? c.first - (last - 1) : first - (c.last - 1);
            const std::int32_t from = before ? last - 1 : c.last - 1;
            const std::int32_t to = before ? c.first : first;
            if (distance <= exclusion.window
                && m_sentenceOf[static_cast<std::size_t>(from)] == m_sentenceOf[static_cast<std::size_t>(to)])
                return true;
        }
    }
    if (term.rule >= 0 && contextOf(c).first < 0)
        return true; // a rule's term counts only with its context
    return false;
}

bool Tagger::winsTie(const Candidate &c, const Candidate &other) const
{
    // Same words: a rule (its context is there) is more specific than a term; between rules, the
    // one of the deeper theme ("logiciel" near "soins" is e-health before it is digital); then
    // exact < plain < stem < prefix; then dictionary order.
    const auto &a = m_matcher->m_terms[static_cast<std::size_t>(c.term)];
    const auto &b = m_matcher->m_terms[static_cast<std::size_t>(other.term)];
    const bool aRule = a.rule >= 0;
    const bool bRule = b.rule >= 0;
    if (aRule != bRule)
        return aRule;
    if (aRule && a.depth != b.depth)
        return a.depth > b.depth;
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return c.term < other.term;
}

void Tagger::tag(const NormalizedText &text, TagResult &result)
{
    const std::size_t themeCount = m_matcher->dictionary().themes().size();
    result.ownCounts.assign(themeCount, 0);
    result.counts.assign(themeCount, 0);
    result.mentions.clear();

    buildUnits(text.text());
    result.words = m_words;
    findCandidates();
    if (m_candidates.empty())
        return;

    bool needExclusions = false;
    bool needContexts = false;
    for (const Candidate &c : m_candidates) {
        const auto &term = m_matcher->m_terms[static_cast<std::size_t>(c.term)];
        needExclusions = needExclusions || !term.exclusions.empty();
        needContexts = needContexts || term.rule >= 0;
    }
    if (needExclusions) {
        searchRanges([](const ThemeMatcher::CompiledTerm &t) { return t.exclusions.empty() ? -1 : t.exclusionReach; },
                     m_matcher->m_exclusionPhrases.longest, m_ranges);
        findPhrases(m_matcher->m_exclusionPhrases, ThemeMatcher::StartsExclusion, m_ranges, m_exclusionHits,
                    m_touchedExclusions);
    }
    if (needContexts) {
        const auto &rules = m_matcher->m_rules;
        searchRanges(
            [&rules](const ThemeMatcher::CompiledTerm &t) {
                return t.rule < 0 ? -1 : rules[static_cast<std::size_t>(t.rule)].window;
            },
            m_matcher->m_contextPhrases.longest, m_ranges);
        findPhrases(m_matcher->m_contextPhrases, ThemeMatcher::StartsContext, m_ranges, m_contextHits,
                    m_touchedContexts);
    }
    const bool mayCancel = needExclusions || needContexts;

    // Leftmost-longest, tree by tree: candidates come grouped by first unit, in text order. At each
    // start not yet covered by a mention of the same tree, keep the longest surviving candidate
    // (ties: winsTie()) and skip to its end. Cancelled candidates give way to shorter ones.
    const auto &terms = m_matcher->m_terms;
    for (int root : m_matcher->roots()) {
        std::int32_t covered = 0;
        std::size_t i = 0;
        const std::size_t n = m_candidates.size();
        while (i < n) {
            const std::int32_t first = m_candidates[i].first;
            std::size_t j = i;
            const Candidate *best = nullptr;
            for (; j < n && m_candidates[j].first == first; ++j) {
                const Candidate &c = m_candidates[j];
                const auto &a = terms[static_cast<std::size_t>(c.term)];
                if (a.root != root || first < covered)
                    continue;
                // Whether it is cancelled is asked only of a candidate that would win.
                if (best && !(c.last > best->last || (c.last == best->last && winsTie(c, *best))))
                    continue;
                if (!(mayCancel && cancelled(c)))
                    best = &c;
            }
            i = j;
            if (!best)
                continue;
            covered = best->last;
            const auto &term = terms[static_cast<std::size_t>(best->term)];
            Mention m;
            m.theme = term.theme;
            m.term = term.term;
            std::int32_t spanFirst = best->first;
            std::int32_t spanLast = best->last;
            if (term.rule >= 0) {
                m.rule = m_matcher->m_rules[static_cast<std::size_t>(term.rule)].rule;
                const auto context = contextOf(*best);
                spanFirst = std::min(spanFirst, context.first);
                spanLast = std::max(spanLast, context.second);
            }
            m.textStart = m_units[static_cast<std::size_t>(spanFirst)].start;
            m.textEnd = m_units[static_cast<std::size_t>(spanLast) - 1].end;
            m.start = text.inputOffset(m.textStart);
            m.end = text.inputOffset(m.textEnd);
            result.mentions.push_back(m);
            result.ownCounts[static_cast<std::size_t>(term.theme)]++;
            for (int t : m_matcher->m_selfAndAncestors[static_cast<std::size_t>(term.theme)])
                result.counts[static_cast<std::size_t>(t)]++;
        }
    }
    if (m_matcher->roots().size() > 1)
        std::stable_sort(result.mentions.begin(), result.mentions.end(), [](const Mention &a, const Mention &b) {
            return a.textStart != b.textStart ? a.textStart < b.textStart : a.theme < b.theme;
        });
}

} // namespace vigie::core
