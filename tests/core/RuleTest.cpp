// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Context rules (docs/counting.md §6): an ambiguous word counts for a theme only with its context.
#include "TestSupport.h"
#include "tagging/TagResultJson.h"

#include <catch2/catch.hpp>

using namespace vigie;
using test::TagFixture;
using V = std::vector<std::string>;
using C = std::map<std::string, long long>;

namespace {

const char *kDict = R"({
  "name": "règles", "version": "1",
  "themes": [
    {"id": "numerique", "label": "Numérique", "terms": ["site internet", "numérique"],
     "rules": [
       {"name": "données informatiques", "terms": ["données"], "near": ["logiciel", "serveur*"], "window": 4}
     ]},
    {"id": "open_data", "label": "Open data", "parent": "numerique", "terms": ["open data"],
     "exclusions": ["données de l'Insee"],
     "rules": [
       {"name": "données ouvertes", "terms": ["données", "jeux de données"],
        "near": ["ouvrir", "publier*", "libérer", "format ouvert"], "window": 6,
        "unless": ["statistiques", {"phrase": "confidentiel*", "window": 2}]},
       {"name": "réutilisation après", "terms": ["réutilisation"], "near": ["données"], "order": "after",
        "window": 3}
     ]},
    {"id": "ville_connectee", "label": "Ville connectée", "parent": "numerique",
     "rules": [
       {"name": "capteurs en réseau", "terms": ["capteur"], "near": ["temps réel", "supervision"],
        "order": "before", "window": 8},
       {"name": "éclairage piloté", "terms": ["éclairage"], "near": ["à distance"], "window": 8,
        "scope": "paragraph"}
     ]},
    {"id": "secteurs", "label": "Secteurs"},
    {"id": "culture", "label": "Culture", "parent": "secteurs", "terms": ["médiathèque"],
     "rules": [{"name": "données culturelles", "terms": ["données"], "near": ["musée"], "window": 5}]}
  ]
})";

} // namespace

TEST_CASE("a rule's term counts only with its context within the window", "[rules]")
{
    TagFixture f(kDict);
    CHECK(f.counts("Les données de fréquentation.").empty()); // "données" alone: nothing
    CHECK(f.mentions("Nous allons ouvrir nos données.") == V { "open_data:ouvrir nos données" });
    CHECK(f.counts("Nous allons ouvrir nos données.") == C { { "numerique", 1 }, { "open_data", 1 } });
    // Window of 6: "publier" is 6 words before "données" here, 7 there.
    CHECK(f.count("publier chaque année toutes ses propres données", "open_data") == 1);
    CHECK(f.count("publier chaque année et pour tous ses données", "open_data") == 0);
    // A phrase on either side, and prefixes: "publierons", "format ouvert".
    CHECK(f.count("les jeux de données seront en format ouvert", "open_data") == 1);
    CHECK(f.count("nous publierons les données", "open_data") == 1);
}

TEST_CASE("a rule's context must be in the same sentence, or paragraph when it says so", "[rules]")
{
    TagFixture f(kDict);
    CHECK(f.count("Il faut ouvrir. Les données sont là.", "open_data") == 0);
    CHECK(f.count("Il faut ouvrir, les données sont là.", "open_data") == 1);
    // Paragraph scope: across a sentence, not across a blank line.
    CHECK(f.count("L'éclairage public sera modernisé. Il sera commandé à distance.", "ville_connectee") == 1);
    CHECK(f.count("L'éclairage public sera modernisé.\n\nIl sera commandé à distance.", "ville_connectee") == 0);
}

TEST_CASE("a rule's order puts its context before or after its term", "[rules]")
{
    TagFixture f(kDict);
    CHECK(f.count("La supervision en temps réel des capteurs.", "ville_connectee") == 1);
    CHECK(f.count("Des capteurs reliés à la supervision.", "ville_connectee") == 0); // context after
    CHECK(f.count("la réutilisation des données", "open_data") == 1); // context after, as asked
    CHECK(f.count("des données pour la réutilisation", "open_data") == 0);
}

TEST_CASE("unless and the theme's exclusions cancel a rule's match", "[rules]")
{
    TagFixture f(kDict);
    CHECK(f.count("publier les données statistiques", "open_data") == 0);
    CHECK(f.count("publier les statistiques et les données", "open_data") == 0); // within the rule's window
    // "confidentiel*" has its own window of 2.
    CHECK(f.count("publier les données, sauf le confidentiel", "open_data") == 1);
    CHECK(f.count("publier les données confidentielles", "open_data") == 0);
    // The theme's exclusions apply to its rules as to its terms.
    CHECK(f.count("publier les données de l'Insee", "open_data") == 0);
}

TEST_CASE("a rule's mention spans both sides but counts only its term's words", "[rules][counting]")
{
    TagFixture f(kDict);
    const std::string text = "Publier sur le site internet les données.";
    const auto norm = core::NormalizedText::fromUtf8(text);
    const auto r = f.tagger.tag(norm);
    REQUIRE(r.mentions.size() == 2);
    // The context words around "site internet" do not take it: both count.
    CHECK(r.mentions[0].matchedText(norm) == "Publier sur le site internet les données");
    CHECK(r.mentions[0].rule == 0);
    CHECK(r.mentions[0].term == -1);
    CHECK(r.mentions[1].matchedText(norm) == "site internet");
    CHECK(r.counts[0] == 2); // numerique: the rule's mention rolled up, and the term's
    // Two occurrences of the term near one context: two mentions (each term word counts once).
    CHECK(f.count("ouvrir les données et les données", "open_data") == 2);
    // A context word is no term: it may serve several rules, and count as a term of its own.
    CHECK(f.count("le musée va ouvrir ses données", "culture") == 1);
    CHECK(f.count("le musée va ouvrir ses données", "open_data") == 1);
}

TEST_CASE("rules of one tree with the same term: the most specific whose context is there wins", "[rules][counting]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("le serveur et ses données") == V { "numerique:serveur et ses données" });
    CHECK(f.mentions("ouvrir les données") == V { "open_data:ouvrir les données" });
    // Both contexts: the rule of the deeper theme counts the word.
    CHECK(f.mentions("ouvrir les données du serveur") == V { "open_data:ouvrir les données" });
}

TEST_CASE("spans of rules name the rule", "[rules][json]")
{
    TagFixture f(kDict);
    const auto norm = core::NormalizedText::fromUtf8("ouvrir nos données");
    const auto json = core::tagResultToJson(f.tagger.tag(norm), norm, f.matcher->dictionary(), true);
    CHECK(json["spans"][0]["rule"] == "données ouvertes");
    CHECK(json["spans"][0]["text"] == "ouvrir nos données");
}

TEST_CASE("rules are read, checked and written back with a format version", "[rules][dictionary]")
{
    const auto d = core::Dictionary::fromJson(kDict, "regles.json");
    CHECK(d.ruleCount() == 6);
    const auto &rule = d.themes()[1].rules[0];
    CHECK(rule.name == "données ouvertes");
    CHECK(rule.window == 6);
    CHECK(rule.unless.size() == 2);
    CHECK(rule.line == 11);
    const std::string json = d.toJson();
    CHECK(json.find("\"formatVersion\": 2") != std::string::npos);
    const auto again = core::Dictionary::fromJson(json, "again.json");
    CHECK(again.fingerprint() == d.fingerprint());
    CHECK(again.themes()[2].rules[0].order == core::Rule::Order::NearBefore);
    CHECK(again.themes()[2].rules[1].scope == core::Rule::Scope::Paragraph);
    // Without rules, a dictionary is written exactly as before: version 1, same fingerprint.
    const auto plain = core::Dictionary::fromJson(R"({"themes": [{"id": "a", "label": "A", "terms": ["x"]}]})", "a");
    CHECK(plain.toJson().find("\"formatVersion\": 1") != std::string::npos);
    CHECK(plain.toJson().find("rules") == std::string::npos);

    auto errorOf = [](const std::string &source) -> std::string {
        try {
            core::ThemeMatcher::compile(core::Dictionary::fromJson(source, "d.json"));
        } catch (const core::DictionaryError &e) {
            return e.what();
        }
        return "accepted";
    };
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A",
        "rules": [{"name": "r", "terms": ["x"], "near": ["y"], "window": 0}]}]})"),
               Catch::Contains("d.json:2") && Catch::Contains("from 1 to 50"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A",
        "rules": [{"name": "r", "terms": ["x"], "near": []}]}]})"),
               Catch::Contains("\"near\" must be a non-empty array"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A", "rules": [
        {"name": "r", "terms": ["x"], "near": ["y"]},
        {"name": "r", "terms": ["z"], "near": ["y"]}]}]})"),
               Catch::Contains("d.json:3") && Catch::Contains("used twice"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A",
        "rules": [{"name": "r", "terms": ["x"], "near": ["y"], "order": "avant"}]}]})"),
               Catch::Contains("\"order\""));
    // A window of 2^62 + 5 words was read through an int, which kept 5.
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A",
        "rules": [{"name": "r", "terms": ["x"], "near": ["y"], "window": 4611686018427387909,
                   "unless": [{"phrase": "z", "window": 4611686018427387909}]}]}]})"),
               Catch::Contains("from 1 to 50"));
    CHECK_THAT(errorOf(R"({"themes": [{"id": "a", "label": "A", "terms": ["x"], "terms": ["y"]}]})"),
               Catch::Contains("d.json:1") && Catch::Contains("\"terms\" is given twice"));
}

TEST_CASE("the same words as a term and a rule: the rule wins when its context is there", "[rules][counting]")
{
    TagFixture f(R"({"themes": [
        {"id": "numerique", "label": "N", "terms": ["logiciel"],
         "rules": [{"name": "tablette numérique", "terms": ["tablette"], "near": ["numérique", "soins"]}]},
        {"id": "e_sante", "label": "E", "parent": "numerique",
         "rules": [{"name": "outils de soins", "terms": ["logiciel", "tablette"], "near": ["soins"]}]}]})");
    CHECK(f.mentions("un logiciel de gestion") == V { "numerique:logiciel" });
    CHECK(f.mentions("un logiciel de soins") == V { "e_sante:logiciel de soins" });
    // Two rules: the deeper theme's wins.
    CHECK(f.mentions("une tablette pour les soins") == V { "e_sante:tablette pour les soins" });
    CHECK(f.mentions("une tablette numérique") == V { "numerique:tablette numérique" });
}

TEST_CASE("an exclusion may stand on one side only", "[rules][exclusions]")
{
    TagFixture f(R"({"themes": [{"id": "v", "label": "V", "terms": [{"text": "ville connectée", "exclusions": [
        {"phrase": "à", "window": 1, "order": "after"}, {"phrase": "par", "window": 2, "order": "after"}]}]}]})");
    CHECK(f.count("une ville connectée à Paris", "v") == 0);
    CHECK(f.count("une ville connectée par le tram", "v") == 0);
    CHECK(f.count("bienvenue à la ville connectée", "v") == 1); // "à" before: not the linked sense
    CHECK(f.count("la ville connectée, à nos yeux", "v") == 0); // within the window, after
    const auto d = core::Dictionary::fromJson(f.matcher->dictionary().toJson(), "again");
    CHECK(d.themes()[0].terms[0].exclusions[0].order == core::Exclusion::Order::After);
}

TEST_CASE("a compound written with a hyphen, a space or run together matches one term", "[rules][compounds]")
{
    TagFixture f(R"({"themes": [{"id": "n", "label": "N",
        "terms": ["visio-conférence", "e-administration", "tiers lieu", "open data"]}]})");
    for (const char *text : { "la visio-conférence", "la visio conférence", "la visioconférence", "la Visioconférence",
                              "les visioconférences" })
        CHECK(f.count(text, "n") == 1);
    CHECK(f.count("l'e-administration et l'eadministration", "n") == 2);
    CHECK(f.count("un tiers-lieu, deux tiers lieux, des tierslieux", "n") == 3);
    CHECK(f.count("opendata", "n") == 1);
}
