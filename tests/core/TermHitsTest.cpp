// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TermHits.h"
#include "analysis/Concordance.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

const char *kDictionary = R"({
  "name": "essai", "version": "1",
  "themes": [
    { "id": "numerique", "label": "Numérique", "terms": ["numérique"] },
    { "id": "smart_city", "label": "Ville intelligente", "parent": "numerique",
      "terms": ["ville connectée", "capteur"],
      "exclusions": [{ "phrase": "RER", "window": 8 }] },
    { "id": "open_data", "label": "Open data", "parent": "numerique", "terms": ["données ouvertes"] }
  ]
})";

using Study = vigie::test::TextStudy;

} // namespace

TEST_CASE("term hits follow the counting rules of the dictionary being edited", "[hits]")
{
    Study s({ "Une ville connectée et des capteurs. La ville connectée à Paris par le RER.",
              "Le numérique, les données ouvertes et le numérique encore." });
    const Dictionary d = Dictionary::fromJson(kDictionary, "essai.json");
    std::atomic_bool cancel { false };
    std::vector<std::int64_t> seen;
    const auto hits = countTermHits(
        *s.store, d,
        [&](std::int64_t done, std::int64_t total, const std::string &) {
            CHECK(total == 2);
            seen.push_back(done);
        },
        cancel);
    REQUIRE(hits);
    CHECK(seen == std::vector<std::int64_t> { 0, 2 }); // one batch, then the end
    CHECK(hits->programmes == 2);
    CHECK(hits->words > 20);
    // "ville connectée" once: the RER exclusion cancels the second.
    REQUIRE(hits->count(1, 0) == 1);
    CHECK(hits->of(1, 0)[0].programme == s.ids[0]);
    CHECK(hits->of(1, 0)[0].start == 4);
    CHECK(hits->of(1, 0)[0].end == 19);
    CHECK(hits->count(1, 1) == 1); // capteurs, plural folded
    CHECK(hits->count(0, 0) == 2);
    CHECK(hits->programmesWith(0, 0) == 1);
    CHECK(hits->count(2, 0) == 1);
    CHECK(hits->ownCount(1) == 2);
    // Out of range asks give nothing rather than crash: the editor may ask about a term just removed.
    CHECK(hits->count(7, 0) == 0);
    CHECK(hits->count(0, 3) == 0);

    const auto lines = concordanceAt(*s.store, hits->of(1, 0), 4);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].left == "Une ");
    CHECK(lines[0].match == "ville connectée");
    CHECK(lines[0].right == " et ");
}

TEST_CASE("counting term hits stops when cancelled and refuses a dictionary that does not compile", "[hits]")
{
    Study s({ "Le numérique.", "Le numérique encore." });
    const Dictionary d = Dictionary::fromJson(kDictionary, "essai.json");
    std::atomic_bool cancel { false };
    const auto hits = countTermHits(
        *s.store, d, [&](std::int64_t, std::int64_t, const std::string &) { cancel = true; }, cancel);
    CHECK_FALSE(hits);

    Dictionary twice = d;
    twice.themes()[2].terms.push_back(twice.themes()[1].terms[0]); // "ville connectée" in two themes of one tree
    std::atomic_bool no { false };
    CHECK_THROWS_AS(countTermHits(*s.store, twice, {}, no), DictionaryError);
}

TEST_CASE("a concordance at given places clips places past the end of the text", "[hits]")
{
    Study s({ "Court." });
    const auto lines = concordanceAt(*s.store, { { s.ids[0], 0, 5 }, { s.ids[0], 4, 50 } }, 3);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].match == "Court");
    CHECK(lines[0].right == ".");
    CHECK(lines[1].match == "t.");
    CHECK(lines[1].end == 6);
}

TEST_CASE("term hits are the same on one thread and on several", "[hits]")
{
    std::vector<std::string> texts;
    for (int i = 0; i < 700; ++i) // more than one batch
        texts.push_back("Programme " + std::to_string(i) + ". " + std::string(i % 3 ? "Le numérique. " : "")
                        + std::string(i % 5 ? "Une ville connectée. " : "La ville connectée par le RER. ")
                        + (i % 7 ? "Des capteurs." : "Des données ouvertes."));
    Study s(texts);
    const Dictionary d = Dictionary::fromJson(kDictionary, "essai.json");
    std::atomic_bool no { false };
    const auto one = countTermHits(*s.store, d, {}, no, 1);
    const auto three = countTermHits(*s.store, d, {}, no, 3);
    REQUIRE(one);
    REQUIRE(three);
    CHECK(one->programmes == 700);
    CHECK(three->words == one->words);
    for (int theme = 0; theme < 3; ++theme)
        for (int term = 0; term < 2; ++term) {
            const auto &a = one->of(theme, term);
            const auto &b = three->of(theme, term);
            REQUIRE(a.size() == b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                CHECK((a[i].programme == b[i].programme && a[i].start == b[i].start && a[i].end == b[i].end));
        }
    CHECK(one->count(0, 0) == 466); // i % 3 != 0
    CHECK(one->count(1, 0) == 560); // i % 5 != 0: the others are cancelled by RER
    CHECK(one->count(2, 0) == 100); // i % 7 == 0
}
