// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace vigie::core {

class ThemeMatcher;

// A passage labelled by hand with the themes it talks about (data/evaluation/*.jsonl; the coding
// frame is docs/evaluation.md).
struct LabelledPassage
{
    std::string id; // "t001"
    std::string style; // programme, ville, presse, conseil
    std::string kind; // positive, negative, hard_negative
    std::string paraphraseClass; // for positives: od-open-verb...; for hard negatives: the trap word
    std::vector<std::string> themes; // sorted theme ids
    std::string text;
    std::string why;
    int line = 0; // in its file
};

// Reads a JSON Lines file of passages. Throws std::runtime_error naming the file and the line of
// a malformed record (not JSON, a field missing or of the wrong type).
std::vector<LabelledPassage> readLabelledPassages(const std::string &path);

// How a dictionary does on one theme: passages it tags with the theme against those labelled
// with it (a passage "has" a theme when the theme's rolled-up count is at least 1).
struct ThemeScore
{
    std::string theme;
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;

    double precision() const; // NaN when the dictionary tagged no passage with the theme
    double recall() const; // NaN when no passage is labelled with it
    double f1() const; // NaN when both are
};

// A passage where the dictionary and the label differ on at least one evaluated theme.
struct Disagreement
{
    const LabelledPassage *passage = nullptr;
    std::vector<std::string> missed; // labelled, not found
    std::vector<std::string> extra; // found, not labelled
    std::vector<std::string> evidence; // "theme: matched text [term or rule]" for every mention
};

struct EvaluationResult
{
    std::vector<ThemeScore> themes; // in the order asked
    double macroF1 = 0; // mean of the themes' F1 (NaN ones left out)
    int hardNegatives = 0;
    int hardNegativesTagged = 0; // hard negatives given any evaluated theme
    int negatives = 0; // passages without a label, hard ones included
    int negativesTagged = 0;
    // Per paraphrase class of the positives: passages, and those whose every label was found.
    struct ClassRecall
    {
        std::string name;
        int passages = 0;
        int found = 0;
    };
    std::vector<ClassRecall> classes; // sorted by name
    std::vector<Disagreement> disagreements; // in passage order
};

// Tags every passage with `matcher` and scores it on `themes` (ids of the matcher's dictionary;
// an unknown one throws std::invalid_argument). Pure and deterministic.
EvaluationResult evaluate(const std::shared_ptr<const ThemeMatcher> &matcher,
                          const std::vector<LabelledPassage> &passages, const std::vector<std::string> &themes);

// The themes the evaluation set is labelled with, in report order.
const std::vector<std::string> &evaluatedThemes();

} // namespace vigie::core
