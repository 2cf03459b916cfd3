// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

using vigie::core::Dictionary;
using vigie::core::DictionaryError;

namespace {

// Loads `json` and returns the error's line and problem, or fails the test if it loads.
std::pair<int, std::string> errorOf(const std::string &json)
{
    try {
        Dictionary::fromJson(json, "d.json");
    } catch (const DictionaryError &e) {
        return { e.line(), e.problem() };
    }
    FAIL("the dictionary was accepted");
    return {};
}

} // namespace

TEST_CASE("a well-formed dictionary loads with its tree", "[dictionary]")
{
    const auto d = Dictionary::fromJson(R"({
      "format": "vigie-dictionary", "formatVersion": 1, "name": "n", "version": "3",
      // comments are allowed: dictionaries are edited by hand
      "themes": [
        {"id": "numerique", "label": {"fr": "Numérique", "en": "Digital"}, "colour": "#0072B2",
         "terms": ["numérique", {"text": "ENT", "exact": true, "note": "sigle"}],
         "exclusions": [{"phrase": "RER", "window": 3}]},
        {"id": "open_data", "label": "Open data", "parent": "numerique", "terms": ["open data"]}
      ]})",
                                        "d.json");
    REQUIRE(d.themes().size() == 2);
    CHECK(d.themes()[0].labelEn == "Digital");
    CHECK(d.themes()[1].labelEn == "Open data"); // falls back to the French label
    CHECK(d.themes()[1].colour.size() == 7); // palette colour when none is given
    CHECK(d.themes()[0].terms[1].exact);
    CHECK(d.themes()[0].exclusions[0].window == 3);
    CHECK(d.ancestors(1) == std::vector<int> { 0 });
    CHECK(d.termCount() == 3);
    CHECK(d.exclusionCount() == 1);
    CHECK(d.themes()[0].terms[1].line == 6);
}

TEST_CASE("JSON syntax errors give the line", "[dictionary][errors]")
{
    const auto [line, problem]
        = errorOf("{\"themes\": [\n  {\"id\": \"a\", \"label\": \"A\"},\n  {\"id\": \"b\" \"label\": \"B\"}\n]}");
    CHECK(line == 3);
    CHECK_THAT(problem, Catch::StartsWith("invalid JSON"));
}

TEST_CASE("unknown keys are refused with the line (typos must not pass silently)", "[dictionary][errors]")
{
    const auto [line, problem] = errorOf("{\"themes\": [\n{\"id\": \"a\", \"label\": \"A\",\n \"terms\": [\n"
                                         "  {\"text\": \"x\", \"exlusions\": []}]}]}");
    CHECK(line == 4);
    CHECK_THAT(problem, Catch::Contains("unknown key \"exlusions\""));
}

TEST_CASE("tree problems are refused", "[dictionary][errors]")
{
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A", "parent": "zz"}]})").second,
               Catch::Contains("unknown parent \"zz\""));
    CHECK_THAT(
        errorOf(R"({"themes": [{"id": "a", "label": "A", "parent": "b"}, {"id": "b", "label": "B", "parent": "a"}]})")
            .second,
        Catch::Contains("cycle"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]})").second,
               Catch::Contains("used twice"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "Open Data", "label": "A"}]})").second, Catch::Contains("theme id"));
    CHECK_THAT(errorOf(R"({"themes": []})").second, Catch::Contains("non-empty"));
}

TEST_CASE("a deep tree of themes is checked and rolled up in one pass per theme", "[dictionary]")
{
    // 4,000 themes, each the child of the one before: the parent lookups were linear per step
    // (a minute and a half to load such a study's dictionary, the window silent meanwhile).
    constexpr int n = 4000;
    std::string json = R"({"themes": [{"id": "t0", "label": "T", "terms": ["x0"]})";
    for (int i = 1; i < n; ++i)
        json += R"(, {"id": "t)" + std::to_string(i) + R"(", "label": "T", "parent": "t)" + std::to_string(i - 1)
            + R"(", "terms": ["x)" + std::to_string(i) + R"("]})";
    const auto d = Dictionary::fromJson(json + "]}", "profond.json");
    CHECK(d.ancestors(n - 1).size() == static_cast<std::size_t>(n - 1));
    CHECK(d.ancestors(n - 1).front() == n - 2);
    CHECK(d.parentIndexes()[1] == 0);
    const auto matcher = vigie::core::ThemeMatcher::compile(d);
    CHECK(matcher->dictionary().themes().size() == static_cast<std::size_t>(n));
    // The same chain closed into a loop at its top: a cycle, found as before.
    const std::string top = R"("id": "t0", "label": "T")";
    std::string loop = json;
    loop.replace(loop.find(top), top.size(), R"("id": "t0", "label": "T", "parent": "t3999")");
    CHECK_THAT(errorOf(loop + "]}").second, Catch::Contains("its parents form a cycle"));
}

TEST_CASE("value problems are refused with the line", "[dictionary][errors]")
{
    auto e = errorOf("{\"themes\": [{\"id\": \"a\",\n \"label\": \"A\",\n \"colour\": \"blue\"}]}");
    CHECK(e.first == 3);
    CHECK_THAT(e.second, Catch::Contains("#RRGGBB"));
    e = errorOf(
        "{\"themes\": [{\"id\": \"a\", \"label\": \"A\",\n \"exclusions\": [{\"phrase\": \"x\", \"window\": 99}]}]}");
    CHECK(e.first == 2);
    CHECK_THAT(e.second, Catch::Contains("from 0 to 50"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A", "terms": [""]}]})").second,
               Catch::Contains("empty term"));
    CHECK_THAT(
        errorOf(R"({"themes": [{"id": "a", "label": "A", "terms": [{"text": "x", "exact": true, "stem": true}]}]})")
            .second,
        Catch::Contains("both"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A", "terms": [{"text": "x", "stem": "yes"}]}]})").second,
               Catch::Contains("true or false"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a"}]})").second, Catch::Contains("no \"label\""));
    CHECK_THAT(errorOf(R"([1, 2])").second, Catch::Contains("JSON object"));
}

TEST_CASE("a dictionary from a newer Vigie is refused, not misread", "[dictionary][errors]")
{
    CHECK_THAT(errorOf(R"({"formatVersion": 3, "themes": [{"id": "a", "label": "A"}]})").second,
               Catch::Contains("newer Vigie"));
}

TEST_CASE("a missing file is reported by name", "[dictionary][errors]")
{
    CHECK_THROWS_WITH(Dictionary::fromFile("/nonexistent/dict.json"), "/nonexistent/dict.json: no such file");
}

TEST_CASE("saving and loading again gives the same dictionary", "[dictionary]")
{
    const auto d = Dictionary::fromFile(VIGIE_DICTIONARY);
    const auto again = Dictionary::fromJson(d.toJson(), "again.json");
    CHECK(again.fingerprint() == d.fingerprint());
    CHECK(again.termCount() == d.termCount());
    CHECK(again.exclusionCount() == d.exclusionCount());
    auto changed = d;
    changed.themes()[1].terms.push_back({ "nouveau terme", false, false, true, "", {}, 0 });
    CHECK(changed.fingerprint() != d.fingerprint());
}

TEST_CASE("the peer benchmark's TSV format loads with first-theme-wins", "[dictionary][tsv]")
{
    const auto d = Dictionary::fromPeerTsv("# comment\ntheme\tterm\nopen_data\topen data\nopen_data\topen-data\n"
                                           "numerique_general\tnumérique\nville\tdonnées\nopen_data\tdonnées\n",
                                           "themes.tsv");
    REQUIRE(d.themes().size() == 4);
    CHECK(d.themes()[0].id == "all");
    CHECK(d.themes()[1].id == "open_data");
    CHECK(d.themes()[1].parent == "all");
    CHECK(d.themes()[1].terms.size() == 3);
    CHECK_FALSE(d.themes()[1].terms[0].plural);
    vigie::core::ThemeMatcher::Options o;
    o.duplicates = vigie::core::ThemeMatcher::Duplicates::FirstThemeWins;
    CHECK_NOTHROW(vigie::core::ThemeMatcher::compile(d, o));
    CHECK_THROWS_AS(vigie::core::ThemeMatcher::compile(d), DictionaryError);
}
