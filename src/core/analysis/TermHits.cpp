// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TermHits.h"

#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <string>

namespace vigie::core {

const std::vector<TextSpan> &TermHits::of(int theme, int term) const
{
    static const std::vector<TextSpan> none;
    if (theme < 0 || term < 0 || static_cast<std::size_t>(theme) >= hits.size())
        return none;
    const auto &terms = hits[static_cast<std::size_t>(theme)];
    return static_cast<std::size_t>(term) < terms.size() ? terms[static_cast<std::size_t>(term)] : none;
}

std::int64_t TermHits::programmesWith(int theme, int term) const
{
    std::int64_t n = 0;
    std::int64_t last = -1;
    for (const TextSpan &s : of(theme, term)) {
        if (s.programme != last)
            ++n;
        last = s.programme;
    }
    return n;
}

std::int64_t TermHits::ownCount(int theme) const
{
    std::int64_t n = 0;
    if (theme >= 0 && static_cast<std::size_t>(theme) < hits.size())
        for (const auto &term : hits[static_cast<std::size_t>(theme)])
            n += static_cast<std::int64_t>(term.size());
    return n;
}

std::optional<TermHits> countTermHits(CorpusStore &store, const Dictionary &dictionary, const ProgressSink &progress,
                                      const std::atomic_bool &cancel)
{
    Tagger tagger(ThemeMatcher::compile(dictionary));
    TermHits out;
    out.hits.resize(dictionary.themes().size());
    for (std::size_t t = 0; t < dictionary.themes().size(); ++t)
        out.hits[t].resize(dictionary.themes()[t].terms.size());

    std::vector<std::int64_t> ids = store.programmeIds();
    const auto total = static_cast<std::int64_t>(ids.size());
    TagResult result;
    for (const std::int64_t id : ids) {
        if (progress)
            progress(out.programmes, total, std::to_string(id));
        if (cancel.load())
            return std::nullopt;
        tagger.tag(NormalizedText::fromUtf8(store.programmeText(id)), result);
        for (const Mention &m : result.mentions)
            out.hits[static_cast<std::size_t>(m.theme)][static_cast<std::size_t>(m.term)].push_back(
                { id, m.start, m.end });
        out.words += result.words;
        ++out.programmes;
    }
    if (progress)
        progress(out.programmes, total, {});
    return out;
}

} // namespace vigie::core
