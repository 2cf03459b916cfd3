// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TermHits.h"

#include "analysis/StudyWords.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/DictionaryDiff.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace vigie::core {

namespace {

const std::vector<TextSpan> &spansOf(const std::vector<std::vector<std::vector<TextSpan>>> &table, int theme, int item)
{
    static const std::vector<TextSpan> none;
    if (theme < 0 || item < 0 || static_cast<std::size_t>(theme) >= table.size())
        return none;
    const auto &items = table[static_cast<std::size_t>(theme)];
    return static_cast<std::size_t>(item) < items.size() ? items[static_cast<std::size_t>(item)] : none;
}

std::int64_t distinctProgrammes(const std::vector<TextSpan> &spans)
{
    std::int64_t n = 0;
    std::int64_t last = -1;
    for (const TextSpan &s : spans) {
        if (s.programme != last)
            ++n;
        last = s.programme;
    }
    return n;
}

} // namespace

const std::vector<TextSpan> &TermHits::of(int theme, int term) const
{
    return spansOf(hits, theme, term);
}

const std::vector<TextSpan> &TermHits::ofRule(int theme, int rule) const
{
    return spansOf(ruleHits, theme, rule);
}

std::int64_t TermHits::programmesWith(int theme, int term) const
{
    return distinctProgrammes(of(theme, term));
}

std::int64_t TermHits::programmesWithRule(int theme, int rule) const
{
    return distinctProgrammes(ofRule(theme, rule));
}

std::int64_t TermHits::ownCount(int theme) const
{
    std::int64_t n = 0;
    for (const auto *table : { &hits, &ruleHits })
        if (theme >= 0 && static_cast<std::size_t>(theme) < table->size())
            for (const auto &item : (*table)[static_cast<std::size_t>(theme)])
                n += static_cast<std::int64_t>(item.size());
    return n;
}

std::optional<TermHits> countTermHits(CorpusStore &store, const Dictionary &dictionary, const ProgressSink &progress,
                                      const std::atomic_bool &cancel, int threads)
{
    return countTermHits(store, ThemeMatcher::compile(dictionary), progress, cancel, threads);
}

std::optional<TermHits> countTermHits(CorpusStore &store, std::shared_ptr<const ThemeMatcher> matcher,
                                      const ProgressSink &progress, const std::atomic_bool &cancel, int threads)
{
    auto count = countTerms(store, std::move(matcher), progress, cancel, threads);
    if (!count)
        return std::nullopt;
    return *count->hits;
}

namespace {

struct Document
{
    std::int64_t id = 0;
    std::string text;
    TagResult tags;
    StudyWords::Learnt learnt;
    std::size_t worker = 0; // whose learner numbered `learnt`
};

TermHits emptyHits(const Dictionary &dictionary)
{
    TermHits out;
    out.hits.resize(dictionary.themes().size());
    out.ruleHits.resize(dictionary.themes().size());
    for (std::size_t t = 0; t < dictionary.themes().size(); ++t) {
        out.hits[t].resize(dictionary.themes()[t].terms.size());
        out.ruleHits[t].resize(dictionary.themes()[t].rules.size());
    }
    return out;
}

void addMentions(TermHits &out, const Document &d)
{
    for (const Mention &m : d.tags.mentions) {
        auto &table = m.rule >= 0 ? out.ruleHits : out.hits;
        table[static_cast<std::size_t>(m.theme)][static_cast<std::size_t>(m.rule >= 0 ? m.rule : m.term)].push_back(
            { d.id, m.start, m.end });
    }
}

// Tags the programmes `ids` on `threads` threads, in batches of texts read by this thread (the
// store is not shared), and hands each document to `take` in the order of `ids`: the result does
// not depend on the number of threads. With `learners` (one per thread), each document's
// spellings are learnt too. False when cancelled.
bool tagProgrammes(CorpusStore &store, const std::vector<std::int64_t> &ids,
                   const std::shared_ptr<const ThemeMatcher> &matcher, int threads,
                   std::vector<StudyWords::Learner> *learners, const ProgressSink &progress,
                   const std::atomic_bool &cancel, const std::function<void(Document &)> &take)
{
    // One tagger per thread, kept across batches (their spelling caches fill once).
    std::vector<std::unique_ptr<Tagger>> taggers;
    for (int i = 0; i < threads; ++i)
        taggers.push_back(std::make_unique<Tagger>(matcher));
    constexpr std::size_t kBatchBytes = 8u << 20;
    constexpr std::size_t kBatchDocuments = 512;
    const auto total = static_cast<std::int64_t>(ids.size());
    std::vector<Document> batch;
    std::size_t next = 0;
    while (next < ids.size()) {
        if (progress)
            progress(static_cast<std::int64_t>(next), total, std::to_string(ids[next]));
        if (cancel.load())
            return false;
        batch.clear();
        std::size_t bytes = 0;
        while (next < ids.size() && bytes < kBatchBytes && batch.size() < kBatchDocuments) {
            Document d;
            d.id = ids[next++];
            d.text = store.programmeText(d.id);
            bytes += d.text.size();
            batch.push_back(std::move(d));
        }
        std::atomic_size_t claimed { 0 };
        const auto work = [&](std::size_t worker) {
            Tagger &tagger = *taggers[worker];
            for (std::size_t i = claimed++; i < batch.size() && !cancel.load(); i = claimed++) {
                Document &d = batch[i];
                const NormalizedText text = NormalizedText::fromUtf8(d.text);
                tagger.tag(text, d.tags);
                if (learners) {
                    d.learnt = (*learners)[worker].learn(text.text(), tagger.lastTokens());
                    d.worker = worker;
                }
            }
        };
        const std::size_t helpers = std::min<std::size_t>(static_cast<std::size_t>(threads), batch.size()) - 1;
        std::vector<std::thread> pool;
        for (std::size_t i = 0; i < helpers; ++i)
            pool.emplace_back(work, i + 1);
        work(0);
        for (auto &t : pool)
            t.join();
        if (cancel.load())
            return false;
        for (Document &d : batch)
            take(d);
    }
    if (progress)
        progress(total, total, {});
    return true;
}

int threadsFor(int threads)
{
    return threads > 0 ? threads : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
}

// `fresh` (mentions in the programmes read again) merged into `old` (every programme) without the
// mentions `old` had in those programmes; both are in programme order.
std::vector<TextSpan> patched(const std::vector<TextSpan> *old, std::vector<TextSpan> fresh,
                              const std::vector<std::int64_t> &reread)
{
    if (!old || old->empty())
        return fresh;
    std::vector<TextSpan> out;
    out.reserve(old->size() + fresh.size());
    auto f = fresh.begin();
    for (const TextSpan &s : *old) {
        if (std::binary_search(reread.begin(), reread.end(), s.programme))
            continue;
        for (; f != fresh.end() && f->programme < s.programme; ++f)
            out.push_back(*f);
        out.push_back(s);
    }
    out.insert(out.end(), f, fresh.end());
    return out;
}

} // namespace

std::optional<TermCount> countTerms(CorpusStore &store, std::shared_ptr<const ThemeMatcher> matcher,
                                    const ProgressSink &progress, const std::atomic_bool &cancel, int threads)
{
    threads = threadsFor(threads);
    TermHits out = emptyHits(matcher->dictionary());
    auto words = std::make_shared<StudyWords>();
    std::vector<StudyWords::Learner> learners(static_cast<std::size_t>(threads));
    TermCount count;
    auto keys = store.programmeKeys();
    std::vector<std::int64_t> ids;
    ids.reserve(keys.size());
    for (const auto &[id, content] : keys)
        ids.push_back(id);
    count.programmeWords.reserve(ids.size());
    if (!tagProgrammes(store, ids, matcher, threads, &learners, progress, cancel, [&](Document &d) {
            addMentions(out, d);
            out.words += d.tags.words;
            ++out.programmes;
            count.programmeWords.push_back(d.tags.words);
            words->add(d.id, learners[d.worker], d.learnt);
        }))
        return std::nullopt;
    words->finish(std::move(keys));
    count.matcher = std::move(matcher);
    count.hits = std::make_shared<const TermHits>(std::move(out));
    count.words = std::move(words);
    return count;
}

std::optional<TermCount> recountTerms(CorpusStore &store, const TermCount &previous,
                                      std::shared_ptr<const ThemeMatcher> matcher, const ProgressSink &progress,
                                      const std::atomic_bool &cancel, int threads, RecountReport *report)
{
    RecountReport local;
    RecountReport &r = report ? *report : local;
    r = {};
    const auto full = [&](std::string why) {
        r.why = std::move(why);
        auto count = countTerms(store, matcher, progress, cancel, threads);
        if (count)
            r.programmes = r.programmesRead = count->hits->programmes;
        return count;
    };
    if (!previous.words || !previous.hits || !previous.matcher)
        return full("no earlier count");
    // The same programmes with the same texts: an id alone can come back with another text.
    if (store.programmeKeys() != previous.words->keys())
        return full("the study's programmes changed");
    const std::vector<std::int64_t> &ids = previous.words->programmes();
    if (!(previous.matcher->options().tokenizer.splitCamelCase == matcher->options().tokenizer.splitCamelCase
          && previous.matcher->options().tokenizer.splitUnderscores == matcher->options().tokenizer.splitUnderscores
          && previous.matcher->options().tokenizer.punctuationBreaks == matcher->options().tokenizer.punctuationBreaks
          && previous.matcher->options().duplicates == matcher->options().duplicates))
        return full("other matching options");
    const Dictionary &dictionary = matcher->dictionary();
    const DictionaryDiff diff = diffDictionaries(previous.matcher->dictionary(), dictionary);
    if (diff.structural)
        return full("themes or the order of items changed");

    // The programmes where a changed item could match, or change a line-break repair.
    const StudyWords &words = *previous.words;
    std::vector<std::uint8_t> marks(ids.size(), 0);
    const auto spellingsOf = [&matcher](const DictionaryDiff::Phrase &phrase) {
        return matcher->spellingsOf(phrase.text, phrase.exact, phrase.stem, phrase.plural);
    };
    const auto markJoined = [&](const std::vector<ThemeMatcher::Word> &spelling) {
        for (const auto &word : spelling)
            words.markJoined(word, marks);
    };
    for (const DictionaryDiff::Phrase &phrase : diff.phrases)
        for (const auto &spelling : spellingsOf(phrase)) {
            if (!phrase.joinOnly)
                words.markPhrase(spelling, marks);
            markJoined(spelling);
        }
    for (const DictionaryDiff::RulePhrases &rule : diff.rules) {
        std::vector<std::vector<ThemeMatcher::Word>> near;
        for (const auto &phrase : rule.near)
            for (auto &spelling : spellingsOf(phrase)) {
                markJoined(spelling);
                near.push_back(std::move(spelling));
            }
        for (const auto &phrase : rule.terms)
            for (const auto &spelling : spellingsOf(phrase)) {
                markJoined(spelling);
                for (const auto &context : near) {
                    std::vector<ThemeMatcher::Word> both = spelling;
                    both.insert(both.end(), context.begin(), context.end());
                    words.markPhrase(both, marks);
                }
            }
    }
    std::vector<std::int64_t> reread;
    for (std::size_t p = 0; p < ids.size(); ++p)
        if (marks[p])
            reread.push_back(ids[p]);
    r.incremental = true;
    r.changedPhrases = static_cast<int>(diff.phrases.size() + diff.rules.size());
    r.programmes = static_cast<std::int64_t>(ids.size());
    r.programmesRead = static_cast<std::int64_t>(reread.size());

    TermHits fresh = emptyHits(dictionary);
    TermCount count;
    count.programmeWords = previous.programmeWords;
    std::size_t p = 0;
    if (!tagProgrammes(store, reread, matcher,
                       std::min<int>(threadsFor(threads), std::max<int>(1, static_cast<int>(reread.size()))), nullptr,
                       progress, cancel, [&](Document &d) {
                           addMentions(fresh, d);
                           r.bytesRead += static_cast<std::int64_t>(d.text.size());
                           while (ids[p] != d.id)
                               ++p;
                           count.programmeWords[p] = d.tags.words;
                       }))
        return std::nullopt;

    TermHits out;
    const TermHits &old = *previous.hits;
    out.hits.resize(fresh.hits.size());
    out.ruleHits.resize(fresh.ruleHits.size());
    for (std::size_t t = 0; t < fresh.hits.size(); ++t) {
        for (std::size_t k = 0; k < fresh.hits[t].size(); ++k) {
            const int same = diff.sameTerm[t][k];
            out.hits[t].push_back(patched(same >= 0 ? &old.hits[t][static_cast<std::size_t>(same)] : nullptr,
                                          std::move(fresh.hits[t][k]), reread));
        }
        for (std::size_t k = 0; k < fresh.ruleHits[t].size(); ++k) {
            const int same = diff.sameRule[t][k];
            out.ruleHits[t].push_back(patched(same >= 0 ? &old.ruleHits[t][static_cast<std::size_t>(same)] : nullptr,
                                              std::move(fresh.ruleHits[t][k]), reread));
        }
    }
    out.programmes = old.programmes;
    for (const std::int64_t w : count.programmeWords)
        out.words += w;
    count.matcher = std::move(matcher);
    count.hits = std::make_shared<const TermHits>(std::move(out));
    count.words = previous.words;
    return count;
}

CountedTags::CountedTags(const TermCount &count)
    : m_matcher(count.matcher)
    , m_programmes(count.words ? count.words->programmes() : std::vector<std::int64_t> {})
    , m_words(count.programmeWords)
{
    std::vector<std::pair<std::size_t, Mention>> entries; // (programme index, mention)
    const auto add = [&](const TextSpan &s, int theme, int term, int rule) {
        Mention m;
        m.theme = theme;
        m.term = term;
        m.rule = rule;
        m.start = s.start;
        m.end = s.end;
        entries.emplace_back(
            static_cast<std::size_t>(std::lower_bound(m_programmes.begin(), m_programmes.end(), s.programme)
                                     - m_programmes.begin()),
            m);
    };
    const TermHits &hits = *count.hits;
    for (std::size_t t = 0; t < hits.hits.size(); ++t) {
        for (std::size_t k = 0; k < hits.hits[t].size(); ++k)
            for (const TextSpan &s : hits.hits[t][k])
                add(s, static_cast<int>(t), static_cast<int>(k), -1);
        for (std::size_t k = 0; k < hits.ruleHits[t].size(); ++k)
            for (const TextSpan &s : hits.ruleHits[t][k])
                add(s, static_cast<int>(t), -1, static_cast<int>(k));
    }
    // The tagger's order: by start, then theme (one mention per tree starts at a word).
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.first != b.first              ? a.first < b.first
            : a.second.start != b.second.start ? a.second.start < b.second.start
                                               : a.second.theme < b.second.theme;
    });
    m_offsets.assign(m_programmes.size() + 1, 0);
    for (const auto &e : entries)
        ++m_offsets[e.first + 1];
    for (std::size_t p = 1; p < m_offsets.size(); ++p)
        m_offsets[p] += m_offsets[p - 1];
    m_mentions.reserve(entries.size());
    for (const auto &e : entries)
        m_mentions.push_back(e.second);
}

CountedTags::~CountedTags() = default;

bool CountedTags::tagsOf(std::int64_t programme, TagResult &out) const
{
    const auto it = std::lower_bound(m_programmes.begin(), m_programmes.end(), programme);
    if (it == m_programmes.end() || *it != programme)
        return false;
    const auto p = static_cast<std::size_t>(it - m_programmes.begin());
    const std::size_t themes = m_matcher->dictionary().themes().size();
    out.words = m_words[p];
    out.ownCounts.assign(themes, 0);
    out.counts.assign(themes, 0);
    out.mentions.assign(m_mentions.begin() + static_cast<std::ptrdiff_t>(m_offsets[p]),
                        m_mentions.begin() + static_cast<std::ptrdiff_t>(m_offsets[p + 1]));
    for (const Mention &m : out.mentions) {
        out.ownCounts[static_cast<std::size_t>(m.theme)]++;
        for (const int t : m_matcher->selfAndAncestors()[static_cast<std::size_t>(m.theme)])
            out.counts[static_cast<std::size_t>(t)]++;
    }
    return true;
}

} // namespace vigie::core
