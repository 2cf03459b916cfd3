// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shares of programmes corrected for the dictionary's errors measured on a validation sample.
#include "analysis/Crosstab.h"
#include "analysis/Validation.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
#include <map>

namespace vigie::core {

namespace {

bool correctsProgrammes(const SampleDesign &design)
{
    return design.unit == SampleUnit::Programme
        && (design.frame == SampleFrame::All || design.frame == SampleFrame::Both);
}

} // namespace

CorrectionSources correctionSources(CorpusStore &store)
{
    CorrectionSources out;
    ValidationStore validation(store);
    auto summaries = validation.samples();
    std::reverse(summaries.begin(), summaries.end()); // newest first
    for (const auto &s : summaries) {
        if (s.design.unit != SampleUnit::Programme) {
            ++out.paragraphSamples;
            continue;
        }
        if (!correctsProgrammes(s.design)) {
            ++out.partialSamples;
            continue;
        }
        if (s.coders.empty()) {
            ++out.uncodedSamples;
            continue;
        }
        std::map<std::string, int> coded;
        for (const PassageCode &c : validation.codes(s.id))
            ++coded[c.coder];
        std::vector<CorrectionSource> sources;
        for (const auto &[coder, n] : coded)
            sources.push_back({ s.id, s.name, coder, n, s.synthetic });
        std::stable_sort(sources.begin(), sources.end(),
                         [](const auto &a, const auto &b) { return a.coded > b.coded; });
        out.usable.insert(out.usable.end(), sources.begin(), sources.end());
    }
    return out;
}

const ThemeCorrection *ShareCorrection::find(const std::string &theme) const
{
    for (const ThemeCorrection &t : themes)
        if (t.theme == theme)
            return &t;
    return nullptr;
}

ShareCorrection measureCorrection(CorpusStore &store, const CorrectionSource &source,
                                  const std::shared_ptr<const ThemeMatcher> &matcher)
{
    ValidationStore validation(store);
    const std::optional<Sample> sample = validation.sample(source.sample);
    if (!sample)
        throw ValidationError("validation sample " + std::to_string(source.sample) + " is not in the study");
    return measureCorrection(*sample, validation.codes(source.sample), source, matcher);
}

ShareCorrection measureCorrection(const Sample &sample, const std::vector<PassageCode> &allCodes,
                                  const CorrectionSource &source, const std::shared_ptr<const ThemeMatcher> &matcher)
{
    if (!correctsProgrammes(sample.design))
        throw ValidationError("validation sample \"" + sample.name
                              + "\" cannot correct shares of programmes: it must be a sample of whole programmes "
                                "drawn over all of them (--unit programme, --frame all or both)");
    std::vector<PassageCode> codes;
    for (const PassageCode &c : allCodes)
        if (c.coder == source.coder)
            codes.push_back(c);
    // No bootstrap: the correction needs sensitivity and specificity, not F1's interval.
    const ValidationResult measured = measureValidation(sample, codes, matcher, 0);
    ShareCorrection out;
    out.source = source;
    out.source.sample = sample.id;
    out.source.sampleName = sample.name;
    out.source.synthetic = sample.synthetic;
    out.source.coded = static_cast<int>(codes.size());
    out.dictionaryLabel = matcher->dictionary().name() + " " + matcher->dictionary().version();
    for (const std::string &theme : sample.themes) {
        ThemeCorrection t;
        t.theme = theme;
        for (const auto &s : measured.scores)
            if (s.theme == theme && s.coder == source.coder) {
                t.sensitivity = s.scores.recall.share;
                t.sensitivitySize = s.scores.recallEffectiveSize;
                t.specificity = s.scores.specificity.share;
                t.specificitySize = s.scores.specificityEffectiveSize;
                t.truePositives = s.scores.truePositives;
                t.falsePositives = s.scores.falsePositives;
                t.falseNegatives = s.scores.falseNegatives;
                t.trueNegatives = s.scores.trueNegatives;
            }
        out.themes.push_back(std::move(t));
    }
    return out;
}

stats::CorrectedShare correctShare(const ShareCorrection &correction, const std::string &theme, double apparent,
                                   double total)
{
    const ThemeCorrection *t = correction.find(theme);
    if (!t) {
        stats::CorrectedShare c;
        c.status = stats::CorrectedShare::Status::NotInFrame;
        return c;
    }
    return stats::roganGladen(apparent, total, t->sensitivity, t->sensitivitySize, t->specificity, t->specificitySize);
}

std::vector<std::vector<stats::CorrectedShare>> correctCrosstab(const CrosstabResult &result,
                                                                const ShareCorrection &correction)
{
    std::vector<std::vector<stats::CorrectedShare>> out;
    const auto correctRow = [&](const CrosstabRow &row) {
        std::vector<stats::CorrectedShare> cells;
        for (std::size_t t = 0; t < result.themes.size() && t < row.cells.size(); ++t)
            cells.push_back(correctShare(correction, result.themes[t], row.cells[t].share.share,
                                         static_cast<double>(row.programmes)));
        out.push_back(std::move(cells));
    };
    for (const CrosstabRow &row : result.rows)
        correctRow(row);
    correctRow(result.total);
    return out;
}

} // namespace vigie::core
