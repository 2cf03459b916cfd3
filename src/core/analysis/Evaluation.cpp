// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Evaluation.h"

#include "io/RegularFile.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/NormalizedText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>

namespace vigie::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(int a, int b)
{
    return b == 0 ? kNaN : static_cast<double>(a) / static_cast<double>(b);
}

std::string field(const nlohmann::json &j, const char *key, const std::string &where)
{
    if (!j.contains(key) || !j[key].is_string())
        throw std::runtime_error(where + ": \"" + key + "\" is missing or not a string");
    return j[key].get<std::string>();
}

} // namespace

double ThemeScore::precision() const
{
    return ratio(truePositives, truePositives + falsePositives);
}

double ThemeScore::recall() const
{
    return ratio(truePositives, truePositives + falseNegatives);
}

double ThemeScore::f1() const
{
    // 2TP / (2TP + FP + FN): defined whenever the theme was labelled or found at least once.
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
}

const std::vector<std::string> &evaluatedThemes()
{
    static const std::vector<std::string> kThemes
        = { "numerique", "open_data", "ville_connectee", "e_sante", "french_tech" };
    return kThemes;
}

std::vector<LabelledPassage> readLabelledPassages(const std::string &path)
{
    const RegularFile file = readRegularFile(path, 256u * 1024 * 1024);
    switch (file.failure) {
    case RegularFile::Failure::None:
        break;
    case RegularFile::Failure::NotRegular:
        throw std::runtime_error(path + ": is " + describeSpecialFile(file.special) + ", not a file");
    case RegularFile::Failure::TooLarge:
        throw std::runtime_error(path + ": file larger than 256 MB: not an evaluation set");
    default:
        throw std::runtime_error(path + ": cannot open the file");
    }
    std::istringstream in(file.bytes);
    std::vector<LabelledPassage> out;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const std::string where = path + ":" + std::to_string(number);
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object())
            throw std::runtime_error(where + ": not a JSON object");
        LabelledPassage p;
        p.id = field(j, "id", where);
        p.style = field(j, "style", where);
        p.kind = field(j, "kind", where);
        p.paraphraseClass = field(j, "class", where);
        p.text = field(j, "text", where);
        p.why = j.contains("why") && j["why"].is_string() ? j["why"].get<std::string>() : std::string();
        if (!j.contains("themes") || !j["themes"].is_array())
            throw std::runtime_error(where + ": \"themes\" is missing or not an array");
        for (const auto &t : j["themes"]) {
            if (!t.is_string())
                throw std::runtime_error(where + ": a theme is not a string");
            p.themes.push_back(t.get<std::string>());
        }
        std::sort(p.themes.begin(), p.themes.end());
        p.line = number;
        out.push_back(std::move(p));
    }
    return out;
}

EvaluationResult evaluate(const std::shared_ptr<const ThemeMatcher> &matcher,
                          const std::vector<LabelledPassage> &passages, const std::vector<std::string> &themes)
{
    const Dictionary &dict = matcher->dictionary();
    std::vector<int> index;
    EvaluationResult r;
    for (const auto &id : themes) {
        const int i = dict.themeIndex(id);
        if (i < 0)
            throw std::invalid_argument("the dictionary has no theme \"" + id + "\" to evaluate");
        index.push_back(i);
        r.themes.push_back({ id });
    }
    Tagger tagger(matcher);
    std::map<std::string, EvaluationResult::ClassRecall> classes;
    for (const LabelledPassage &p : passages) {
        const NormalizedText text = NormalizedText::fromUtf8(p.text);
        const TagResult tags = tagger.tag(text);
        Disagreement d;
        d.passage = &p;
        bool anyFound = false;
        bool allLabelsFound = true;
        for (std::size_t t = 0; t < themes.size(); ++t) {
            const bool labelled = std::binary_search(p.themes.begin(), p.themes.end(), themes[t]);
            const bool found = tags.counts[static_cast<std::size_t>(index[t])] > 0;
            anyFound = anyFound || found;
            ThemeScore &s = r.themes[t];
            if (labelled && found)
                ++s.truePositives;
            else if (found)
                ++s.falsePositives, d.extra.push_back(themes[t]);
            else if (labelled)
                ++s.falseNegatives, d.missed.push_back(themes[t]), allLabelsFound = false;
            else
                ++s.trueNegatives;
        }
        if (p.themes.empty()) {
            ++r.negatives;
            r.negativesTagged += anyFound;
            if (p.kind == "hard_negative") {
                ++r.hardNegatives;
                r.hardNegativesTagged += anyFound;
            }
        } else {
            auto &c = classes[p.paraphraseClass];
            c.name = p.paraphraseClass;
            ++c.passages;
            c.found += allLabelsFound;
        }
        if (d.missed.empty() && d.extra.empty())
            continue;
        for (const Mention &m : tags.mentions) {
            d.evidence.push_back(dict.themes()[static_cast<std::size_t>(m.theme)].id + ": " + m.matchedText(text) + " ["
                                 + countedBy(dict, m.theme, m.term, m.rule) + "]");
        }
        r.disagreements.push_back(std::move(d));
    }
    double sum = 0;
    int n = 0;
    for (const auto &s : r.themes)
        if (!std::isnan(s.f1())) {
            sum += s.f1();
            ++n;
        }
    r.macroF1 = n ? sum / n : kNaN;
    for (auto &[name, c] : classes)
        r.classes.push_back(c);
    return r;
}

} // namespace vigie::core
