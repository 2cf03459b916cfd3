// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The default dictionary against the hand-labelled passages of data/evaluation (docs/evaluation.md):
// it may not fall below the figures recorded for the test half, and the scores are computed right.
#include "analysis/Evaluation.h"
#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

using namespace vigie::core;
namespace fs = std::filesystem;

namespace {

const std::string kSet = VIGIE_SOURCE_DATA_DIR "/evaluation/";

} // namespace

TEST_CASE("the default dictionary scores at least the recorded F1 on the test half", "[evaluation]")
{
    std::ifstream in(kSet + "record.json");
    REQUIRE(in);
    const auto record = nlohmann::json::parse(in);
    const auto passages = readLabelledPassages(kSet + std::string(record["half"]) + ".jsonl");
    REQUIRE(passages.size() >= 200);
    const auto result
        = evaluate(ThemeMatcher::compile(Dictionary::fromFile(VIGIE_DICTIONARY)), passages, evaluatedThemes());
    REQUIRE(result.themes.size() == 5);
    for (const auto &score : result.themes) {
        INFO(score.theme << ": F1 " << score.f1() << ", TP " << score.truePositives << ", FP " << score.falsePositives
                         << ", FN " << score.falseNegatives);
        REQUIRE(record["f1"].contains(score.theme));
        CHECK(score.f1() >= record["f1"][score.theme].get<double>() - 1e-9);
    }
    CHECK(result.hardNegativesTagged <= record["hard_negatives_tagged"].get<int>());
}

TEST_CASE("evaluation counts agreements per theme from rolled-up counts", "[evaluation]")
{
    const fs::path file = fs::temp_directory_path() / ("vigie-eval-" + std::to_string(std::random_device {}()));
    {
        std::ofstream out(file);
        out << R"({"id": "a", "style": "ville", "kind": "positive", "class": "explicit", "themes": ["numerique", "open_data"], "text": "Nos données ouvertes.", "why": ""})"
            << "\n"
            << R"({"id": "b", "style": "ville", "kind": "hard_negative", "class": "x", "themes": [], "text": "Un open de tennis.", "why": ""})"
            << "\n\n"
            << R"({"id": "c", "style": "ville", "kind": "positive", "class": "od-open-verb", "themes": ["numerique", "open_data"], "text": "Le marché du samedi.", "why": ""})"
            << "\n"
            << R"({"id": "d", "style": "ville", "kind": "negative", "class": "none", "themes": [], "text": "Le numérique.", "why": ""})"
            << "\n";
    }
    const auto passages = readLabelledPassages(file.string());
    fs::remove(file);
    REQUIRE(passages.size() == 4);
    CHECK(passages[2].line == 4); // blank lines are skipped but counted
    const auto matcher = ThemeMatcher::compile(Dictionary::fromJson(R"({"themes": [
        {"id": "numerique", "label": "N", "terms": ["numérique"]},
        {"id": "open_data", "label": "O", "parent": "numerique", "terms": ["données ouvertes", "open"]}]})",
                                                                    "t"));
    const auto r = evaluate(matcher, passages, { "numerique", "open_data" });
    // numerique: a (found via open_data, rolled up), b (open: wrong), c (missed), d (wrong).
    CHECK(r.themes[0].truePositives == 1);
    CHECK(r.themes[0].falsePositives == 2);
    CHECK(r.themes[0].falseNegatives == 1);
    CHECK(r.themes[0].precision() == Approx(1.0 / 3));
    CHECK(r.themes[0].recall() == Approx(0.5));
    CHECK(r.themes[0].f1() == Approx(2.0 / 5)); // 2TP / (2TP + FP + FN)
    CHECK(r.hardNegatives == 1);
    CHECK(r.hardNegativesTagged == 1);
    CHECK(r.negativesTagged == 2);
    REQUIRE(r.disagreements.size() == 3);
    CHECK(r.disagreements[0].passage->id == "b");
    CHECK(r.disagreements[0].extra == std::vector<std::string> { "numerique", "open_data" });
    CHECK(r.disagreements[0].evidence == std::vector<std::string> { "open_data: open [open]" });
    REQUIRE(r.classes.size() == 2);
    CHECK(r.classes[1].name == "od-open-verb");
    CHECK(r.classes[1].found == 0);
    CHECK_THROWS_AS(evaluate(matcher, passages, { "e_sante" }), std::invalid_argument);
    // A malformed line is named with its file and line.
    const fs::path bad = fs::temp_directory_path() / ("vigie-eval-bad-" + std::to_string(std::random_device {}()));
    std::ofstream(bad) << "{\"id\": \"x\"}\n";
    CHECK_THROWS_WITH(readLabelledPassages(bad.string()), Catch::Contains(":1:") && Catch::Contains("style"));
    fs::remove(bad);
}
