// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The measures of a validation sample: the dictionary against each coder, the coders together.
#include "analysis/Validation.h"
#include "tagging/Tagger.h"

#include <algorithm>
#include <set>

namespace vigie::core {

namespace {

bool has(const std::vector<std::string> &themes, const std::string &theme)
{
    return std::find(themes.begin(), themes.end(), theme) != themes.end();
}

} // namespace

ValidationResult measureValidation(const Sample &sample, const std::vector<PassageCode> &codes,
                                   const std::shared_ptr<const ThemeMatcher> &matcher, int replicates,
                                   std::uint64_t seed)
{
    ValidationResult r;
    r.themes = sample.themes;
    r.precisionEstimable = sample.design.frame != SampleFrame::Untagged;
    r.recallEstimable = sample.design.frame != SampleFrame::Tagged;
    Tagger tagger(matcher);
    std::map<int, const SamplePassage *> passages;
    std::map<std::string, int> strata;
    for (const SamplePassage &p : sample.passages) {
        passages[p.position] = &p;
        r.verdicts[p.position] = dictionaryVerdict(tagger, sample.themes, p.text);
        strata.emplace(p.stratum, static_cast<int>(strata.size()));
    }
    std::set<std::string> coders;
    std::map<int, std::vector<const PassageCode *>> byPosition;
    for (const PassageCode &c : codes) {
        if (!passages.count(c.position))
            continue;
        coders.insert(c.coder);
        byPosition[c.position].push_back(&c);
    }
    r.coders.assign(coders.begin(), coders.end());

    for (const std::string &theme : sample.themes) {
        for (const std::string &coder : r.coders) {
            std::vector<stats::BinaryItem> items;
            for (const PassageCode &c : codes) {
                if (c.coder != coder || !passages.count(c.position))
                    continue;
                const SamplePassage &p = *passages[c.position];
                items.push_back(
                    { has(r.verdicts[c.position], theme), has(c.themes, theme), p.weight(), strata[p.stratum] });
            }
            r.scores.push_back({ theme, coder, stats::scoreClassifier(items, replicates, seed) });
        }
        std::vector<std::vector<int>> units;
        int paired = 0;
        for (const auto &[position, list] : byPosition) {
            std::vector<int> values;
            for (const PassageCode *c : list)
                values.push_back(has(c->themes, theme) ? 1 : 0);
            paired += values.size() >= 2 ? 1 : 0;
            units.push_back(std::move(values));
        }
        r.alpha[theme] = stats::krippendorffAlphaNominal(units);
        r.alphaUnits[theme] = paired;
    }
    for (const auto &[position, list] : byPosition)
        for (const PassageCode *c : list)
            for (const std::string &theme : sample.themes) {
                const bool dictionary = has(r.verdicts[position], theme);
                if (dictionary != has(c->themes, theme))
                    r.disagreements.push_back({ position, c->coder, theme, dictionary });
            }
    std::stable_sort(r.disagreements.begin(), r.disagreements.end(), [](const auto &a, const auto &b) {
        return a.position != b.position ? a.position < b.position : a.coder < b.coder;
    });
    return r;
}

} // namespace vigie::core
