// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TermHits.h"

#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
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
    const Dictionary &dictionary = matcher->dictionary();
    TermHits out;
    out.hits.resize(dictionary.themes().size());
    out.ruleHits.resize(dictionary.themes().size());
    for (std::size_t t = 0; t < dictionary.themes().size(); ++t) {
        out.hits[t].resize(dictionary.themes()[t].terms.size());
        out.ruleHits[t].resize(dictionary.themes()[t].rules.size());
    }
    if (threads <= 0)
        threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    // One tagger per thread, kept across batches (their spelling caches fill once).
    std::vector<std::unique_ptr<Tagger>> taggers;
    for (int i = 0; i < threads; ++i)
        taggers.push_back(std::make_unique<Tagger>(matcher));

    // Batches of texts read by this thread (the store is not shared), tagged by every thread,
    // then merged in programme order: the result does not depend on the number of threads.
    struct Document
    {
        std::int64_t id = 0;
        std::string text;
        TagResult tags;
    };
    constexpr std::size_t kBatchBytes = 8u << 20;
    constexpr std::size_t kBatchDocuments = 512;
    const std::vector<std::int64_t> ids = store.programmeIds();
    const auto total = static_cast<std::int64_t>(ids.size());
    std::vector<Document> batch;
    std::size_t next = 0;
    while (next < ids.size()) {
        if (progress)
            progress(out.programmes, total, std::to_string(ids[next]));
        if (cancel.load())
            return std::nullopt;
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
        const auto work = [&](Tagger &tagger) {
            for (std::size_t i = claimed++; i < batch.size() && !cancel.load(); i = claimed++)
                tagger.tag(NormalizedText::fromUtf8(batch[i].text), batch[i].tags);
        };
        const int helpers
            = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads), batch.size())) - 1;
        std::vector<std::thread> pool;
        for (int i = 0; i < helpers; ++i)
            pool.emplace_back(work, std::ref(*taggers[static_cast<std::size_t>(i) + 1]));
        work(*taggers[0]);
        for (auto &t : pool)
            t.join();
        if (cancel.load())
            return std::nullopt;
        for (const Document &d : batch) {
            for (const Mention &m : d.tags.mentions) {
                auto &table = m.rule >= 0 ? out.ruleHits : out.hits;
                table[static_cast<std::size_t>(m.theme)][static_cast<std::size_t>(m.rule >= 0 ? m.rule : m.term)]
                    .push_back({ d.id, m.start, m.end });
            }
            out.words += d.tags.words;
            ++out.programmes;
        }
    }
    if (progress)
        progress(out.programmes, total, {});
    return out;
}

} // namespace vigie::core
