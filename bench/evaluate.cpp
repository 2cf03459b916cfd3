// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How right a dictionary's counts are on hand-labelled French passages (data/evaluation/, coding
// frame in docs/evaluation.md): per theme, precision, recall and F1 on each half; false positives
// on the hard negatives; recall by paraphrase class; and every disagreement with its evidence.
//
//   vigie-evaluate [--dictionary FILE | --keywords FILE.tsv] [--set DIR] [--half NAME]...
//                  [--disagreements] [--json]
//
// --keywords scores a plain keyword list (theme<TAB>term lines, accent- and case-folded, whole
// words, no plural folding; bench/evaluation/keywords.tsv is the one docs/PERFORMANCE.md quotes)
// instead of a dictionary. --half picks the halves to score (default: every *.jsonl of the set
// whose name does not start with "second-coder"). --disagreements lists each passage the
// dictionary gets wrong: do not read the test half's while tuning a dictionary.
#include "DataPaths.h"
#include "analysis/Evaluation.h"
#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace vigie::core;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the file");
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string pct(double v)
{
    if (std::isnan(v))
        return "  -  ";
    char b[16];
    std::snprintf(b, sizeof b, "%.3f", v);
    return b;
}

void printHalf(const std::string &name, const EvaluationResult &r, std::size_t passages, bool disagreements)
{
    std::cout << "== " << name << " (" << passages << " passages)\n";
    std::cout << "theme               TP   FP   FN  precision  recall     F1\n";
    for (const auto &s : r.themes) {
        char line[160];
        std::snprintf(line, sizeof line, "%-18s %4d %4d %4d      %s   %s  %s\n", s.theme.c_str(), s.truePositives,
                      s.falsePositives, s.falseNegatives, pct(s.precision()).c_str(), pct(s.recall()).c_str(),
                      pct(s.f1()).c_str());
        std::cout << line;
    }
    std::cout << "macro F1 " << pct(r.macroF1) << "; passages without a theme given one: " << r.negativesTagged << "/"
              << r.negatives << " (hard negatives: " << r.hardNegativesTagged << "/" << r.hardNegatives << ")\n";
    std::cout << "recall by paraphrase class (every label found):";
    for (const auto &c : r.classes)
        std::cout << " " << c.name << " " << c.found << "/" << c.passages;
    std::cout << "\n";
    if (disagreements)
        for (const auto &d : r.disagreements) {
            std::cout << "\n"
                      << d.passage->id << " [" << d.passage->style << ", " << d.passage->kind << ", "
                      << d.passage->paraphraseClass << "]";
            for (const auto &t : d.missed)
                std::cout << " missed:" << t;
            for (const auto &t : d.extra)
                std::cout << " extra:" << t;
            std::cout << "\n  " << d.passage->text << "\n";
            for (const auto &e : d.evidence)
                std::cout << "  > " << e << "\n";
        }
    std::cout << "\n";
}

// A keyword list as a dictionary: the peers' theme<TAB>term format, with the digital themes under
// "numerique" so that a passage with any of them talks about digital, as the labels say.
Dictionary keywordList(const std::string &tsv, const std::string &name)
{
    Dictionary d = Dictionary::fromPeerTsv(tsv, name);
    if (d.themeIndex("numerique") >= 0)
        for (auto &t : d.themes())
            if (t.id != "numerique" && t.parent == "all")
                t.parent = "numerique";
    d.validate();
    return d;
}

nlohmann::json toJson(const EvaluationResult &r, std::size_t passages)
{
    nlohmann::json j;
    j["passages"] = passages;
    auto number = [](double v) {
        return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
    };
    for (const auto &s : r.themes)
        j["themes"][s.theme] = { { "tp", s.truePositives },        { "fp", s.falsePositives },
                                 { "fn", s.falseNegatives },       { "precision", number(s.precision()) },
                                 { "recall", number(s.recall()) }, { "f1", number(s.f1()) } };
    j["macro_f1"] = number(r.macroF1);
    j["hard_negatives"] = r.hardNegatives;
    j["hard_negatives_tagged"] = r.hardNegativesTagged;
    j["negatives_tagged"] = r.negativesTagged;
    return j;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dictionary = dataDirectory() + "/dictionaries/fr.json";
    std::string keywords;
    std::string set = dataDirectory() + "/evaluation";
    std::vector<std::string> halves;
    bool disagreements = false;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool value = i + 1 < argc;
        if (a == "--dictionary" && value)
            dictionary = argv[++i];
        else if (a == "--keywords" && value)
            keywords = argv[++i];
        else if (a == "--set" && value)
            set = argv[++i];
        else if (a == "--half" && value)
            halves.push_back(argv[++i]);
        else if (a == "--disagreements")
            disagreements = true;
        else if (a == "--json")
            json = true;
        else {
            std::cerr << "usage: vigie-evaluate [--dictionary FILE | --keywords FILE.tsv] [--set DIR] [--half NAME]... "
                         "[--disagreements] [--json]\n";
            return 2;
        }
    }
    try {
        std::shared_ptr<const ThemeMatcher> matcher;
        if (keywords.empty()) {
            matcher = ThemeMatcher::compile(Dictionary::fromFile(dictionary));
        } else {
            ThemeMatcher::Options o;
            o.duplicates = ThemeMatcher::Duplicates::FirstThemeWins;
            matcher = ThemeMatcher::compile(keywordList(slurp(keywords), keywords), o);
        }
        if (halves.empty()) {
            for (const auto &e : fs::directory_iterator(set)) {
                const std::string stem = e.path().stem().string();
                if (e.path().extension() == ".jsonl" && stem.rfind("second-coder", 0) != 0)
                    halves.push_back(stem);
            }
            std::sort(halves.begin(), halves.end());
        }
        nlohmann::json all;
        for (const auto &half : halves) {
            const auto passages = readLabelledPassages(set + "/" + half + ".jsonl");
            const auto r = evaluate(matcher, passages, evaluatedThemes());
            if (json)
                all[half] = toJson(r, passages.size());
            else
                printHalf(half, r, passages.size(), disagreements);
        }
        if (json)
            std::cout << all.dump(2) << "\n";
        std::cerr << (keywords.empty()
                          ? "dictionary " + matcher->dictionary().name() + " " + matcher->dictionary().version()
                          : "keyword list " + keywords)
                  << "\n";
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "vigie-evaluate: " << e.what() << "\n";
        return 1;
    }
}
