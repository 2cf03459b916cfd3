// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

using Study = vigie::test::TextStudy;

std::vector<std::string> matches(const std::vector<ConcordanceLine> &lines)
{
    std::vector<std::string> out;
    for (const auto &l : lines)
        out.push_back(l.left + "[" + l.match + "]" + l.right);
    return out;
}

} // namespace

TEST_CASE("a theme's concordance shows its mentions and its sub-themes', in context", "[kwic]")
{
    Study s({ "Nous ouvrirons les données publiques.\nEt la smart city.", "Le 📱 numérique pour tous." });
    ConcordanceQuery q;
    q.theme = "numerique";
    q.context = 10;
    const auto lines = concordance(*s.store, q);
    REQUIRE(lines.size() == 3);
    CHECK(matches(lines)
          == std::vector<std::string> { "Nous [ouvrirons les données publiques]. Et la sm", "es. Et la [smart city].",
                                        "Le 📱 [numérique] pour tous" });
    CHECK(lines[0].theme == "open_data");
    CHECK(lines[0].term == "rule données publiques (réutilisables)"); // counted by a rule: its name
    CHECK(lines[2].start == 5); // code points: the emoji is one
    CHECK(lines[2].end == 14);
    CHECK(lines[2].programme == s.ids[1]);
    q.theme = "open_data";
    CHECK(concordance(*s.store, q).size() == 1);
    q.theme = "opendata";
    CHECK_THROWS_WITH(concordance(*s.store, q), Catch::Contains("unknown theme"));
}

TEST_CASE("a word or phrase matches like a dictionary term", "[kwic]")
{
    Study s({ "La Ville connectée, des villes connectées.", "Une ville, connectée ?", "Connectivité et connexion." });
    ConcordanceQuery q;
    q.phrase = "ville connectée";
    q.context = 5;
    auto lines = concordance(*s.store, q);
    CHECK(matches(lines) == std::vector<std::string> { "La [Ville connectée], des", " des [villes connectées]." });
    q.phrase = "connect*";
    lines = concordance(*s.store, q);
    CHECK(lines.size() == 4);
}

TEST_CASE("concordance lines sort by left or right context", "[kwic]")
{
    Study s({ "Budget: zèbre open data. Ainsi, avec open data zoo. Enfin, bref open data aimé." });
    ConcordanceQuery q;
    q.phrase = "open data";
    q.context = 6;
    q.sort = ConcordanceQuery::Sort::Right;
    auto lines = concordance(*s.store, q);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].right == " aimé."); // aime < ains < zoo: punctuation does not count
    CHECK(lines[1].right == ". Ains");
    CHECK(lines[2].right == " zoo. ");
    q.sort = ConcordanceQuery::Sort::Left;
    lines = concordance(*s.store, q);
    CHECK(lines[0].left == " avec "); // avec < bref < zebre (accents folded), nearest word first
    CHECK(lines[1].left == " bref ");
    CHECK(lines[2].left == "zèbre ");
    q.limit = 1;
    CHECK(concordance(*s.store, q).size() == 1);
}

TEST_CASE("retag replaces every count with the new dictionary's, all or nothing", "[kwic][retag]")
{
    Study s({ "Le wifi et la fibre.", "Rien ici." });
    auto &db = s.store->database();
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE dictionary_version = 1") == 2);
    auto smaller = Dictionary::fromJson(R"({"name": "fibre seule", "version": "1",
        "themes": [{"id": "numerique", "label": "Numérique", "terms": ["fibre"]}]})",
                                        "small.json");
    std::atomic_bool cancel { true };
    CHECK_FALSE(s.store->retag(smaller, {}, cancel));
    CHECK(s.store->currentDictionaryVersion() == 1); // cancelled: nothing changed
    cancel = false;
    std::vector<std::int64_t> seen;
    CHECK(s.store->retag(
        smaller, [&](std::int64_t done, std::int64_t, const std::string &) { seen.push_back(done); }, cancel));
    CHECK(s.store->currentDictionaryVersion() == 2);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE dictionary_version = 2") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE dictionary_version = 1") == 2); // history kept
    CHECK(seen == std::vector<std::int64_t> { 0, 1, 2 });
}

TEST_CASE("retag also tags the barometer projects again", "[kwic][retag]")
{
    Study s({ "Le wifi." });
    auto &db = s.store->database();
    ProjectMeta p;
    p.title = "Fibre optique dans les écoles";
    p.description = "Raccorder les groupes scolaires.";
    const Dictionary first = s.store->dictionary(s.store->currentDictionaryVersion());
    Tagger tagger(ThemeMatcher::compile(first));
    s.store->putProject(p, tagger.tag(CorpusStore::projectText(p)), first, s.store->currentDictionaryVersion());
    auto smaller = Dictionary::fromJson(R"({"name": "fibre seule", "version": "1",
        "themes": [{"id": "numerique", "label": "Numérique", "terms": ["fibre"]}]})",
                                        "small.json");
    std::atomic_bool cancel { false };
    REQUIRE(s.store->retag(smaller, {}, cancel));
    const auto v = s.store->currentDictionaryVersion();
    auto st = db.prepare("SELECT count(*) FROM project_theme_counts WHERE dictionary_version = ?1 AND theme = "
                         "'numerique' AND total = 1");
    st.bind(1, v);
    REQUIRE(st.step());
    CHECK(st.columnInt(0) == 1);
}

TEST_CASE("a cancelled concordance stops before reading more programmes", "[kwic]")
{
    Study s({ "Le numérique.", "Le numérique encore.", "Toujours le numérique." });
    ConcordanceQuery q;
    q.theme = "numerique";
    std::atomic_bool cancel { false };
    q.cancel = &cancel;
    CHECK(concordance(*s.store, q).size() == 3);
    cancel = true;
    CHECK(concordance(*s.store, q).empty());
    q.theme.clear();
    q.phrase = "numérique";
    CHECK(concordance(*s.store, q).empty());
    cancel = false;
    CHECK(concordance(*s.store, q).size() == 3);
}
