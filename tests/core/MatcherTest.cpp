// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace vigie;
using test::TagFixture;
using V = std::vector<std::string>;
using C = std::map<std::string, long long>;

namespace {

// A small dictionary exercising every kind of term; the default dictionary has its own tests.
const char *kDict = R"({
  "name": "test", "version": "1",
  "themes": [
    {"id": "numerique", "label": "Numérique",
     "terms": ["numérique", "données", "internet", "digital", "en ligne", "wifi",
               {"text": "ENT", "exact": true},
               {"text": "connect*"}],
     "exclusions": ["empreinte digitale", "en ligne directe"]},
    {"id": "open_data", "label": "Open data", "parent": "numerique",
     "terms": ["open data", "opendata", "données ouvertes", "ouverture des données publiques",
               {"text": "open*", "exclusions": ["open de tennis", "open space"]}]},
    {"id": "ville_connectee", "label": "Ville connectée", "parent": "numerique",
     "terms": [{"text": "ville connectée", "exclusions": [{"phrase": "RER", "window": 8}]}, "smart city"]},
    {"id": "e_sante", "label": "e-santé", "parent": "numerique",
     "terms": ["e-santé", {"text": "télémédecine", "stem": true}]},
    {"id": "french_tech", "label": "French Tech", "parent": "numerique",
     "terms": ["French Tech", {"text": "french*", "exclusions": ["french touch"]}]},
    {"id": "tres_haut_debit", "label": "THD", "parent": "numerique",
     "terms": ["wifi public", "très haut débit", "débit internet", {"text": "réseaux", "plural": false}]},
    {"id": "secteurs", "label": "Secteurs"},
    {"id": "sante_social", "label": "Santé", "parent": "secteurs", "terms": ["santé", "télémédecine"]}
  ]
})";

} // namespace

TEST_CASE("longest match wins and is counted once", "[matcher][counting]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("des données ouvertes") == V { "open_data:données ouvertes" });
    CHECK(f.counts("des données ouvertes") == C { { "numerique", 1 }, { "open_data", 1 } });
    CHECK(f.mentions("un wifi public") == V { "tres_haut_debit:wifi public" });
    CHECK(f.mentions("le wifi") == V { "numerique:wifi" });
    // Four-word phrase beats the two-word one starting at the same place...
    CHECK(f.mentions("l'ouverture des données publiques") == V { "open_data:ouverture des données publiques" });
    // ...and a shorter term inside a longer match is not counted again.
    CHECK(f.count("l'ouverture des données publiques", "numerique") == 1);
}

TEST_CASE("overlapping candidates: the leftmost wins, then the longest", "[matcher][counting]")
{
    TagFixture f(kDict);
    // "très haut débit" starts first; "débit internet" overlaps it and is dropped, though "internet"
    // after it still counts.
    CHECK(f.mentions("le très haut débit internet") == V { "tres_haut_debit:très haut débit", "numerique:internet" });
    CHECK(f.mentions("le débit internet") == V { "tres_haut_debit:débit internet" });
}

TEST_CASE("counts roll up to every ancestor", "[matcher][rollup]")
{
    TagFixture f(kDict);
    const auto c = f.counts("La smart city, l'open data, la e-santé et le numérique.");
    CHECK(c
          == C { { "numerique", 4 },
                 { "open_data", 1 },
                 { "ville_connectee", 1 },
                 { "e_sante", 1 },
                 { "sante_social", 1 },
                 { "secteurs", 1 } });
    const auto r = f.tagger.tag(std::string("La smart city et le numérique."));
    const int num = f.matcher->dictionary().themeIndex("numerique");
    CHECK(r.ownCounts[static_cast<std::size_t>(num)] == 1);
    CHECK(r.counts[static_cast<std::size_t>(num)] == 2);
}

TEST_CASE("each root tree is resolved on its own", "[matcher][trees]")
{
    TagFixture f(kDict);
    // The same words count once in the digital tree and once in the sectors tree.
    CHECK(f.mentions("la télémédecine") == V { "e_sante:télémédecine", "sante_social:télémédecine" });
    // "santé" inside "e-santé" is a sector mention; it does not add to the digital tree.
    CHECK(f.counts("la e-santé")
          == C { { "numerique", 1 }, { "e_sante", 1 }, { "secteurs", 1 }, { "sante_social", 1 } });
}

TEST_CASE("exclusions that cover a match cancel it", "[matcher][exclusions]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("Venez à l'Open de tennis !") == V {});
    CHECK(f.mentions("un open space") == V {});
    CHECK(f.mentions("l'opendata") == V { "open_data:opendata" });
    CHECK(f.mentions("une openness") == V { "open_data:openness" }); // the prefix term is greedy by design
    CHECK(f.mentions("la French touch") == V {});
    CHECK(f.mentions("la French Tech") == V { "french_tech:French Tech" });
    CHECK(f.mentions("ses empreintes digitales") == V {});
    CHECK(f.mentions("le marketing digital") == V { "numerique:digital" });
    CHECK(f.mentions("en ligne directe") == V {});
    CHECK(f.mentions("payer en ligne") == V { "numerique:en ligne" });
}

TEST_CASE("windowed exclusions cancel a match nearby in the same sentence only", "[matcher][exclusions]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("une ville connectée à Paris par le RER") == V { "numerique:connectée" });
    CHECK(f.count("une ville connectée à Paris par le RER", "ville_connectee") == 0);
    CHECK(f.count("le RER nous relie : une ville connectée", "ville_connectee") == 0); // before, 5 words away
    // Nine words away: out of the window of 8.
    CHECK(f.count("une ville connectée et un deux trois quatre cinq six sept RER", "ville_connectee") == 1);
    // Another sentence: the window stops at the full stop.
    CHECK(f.count("Le RER est en travaux. Une ville connectée pour tous.", "ville_connectee") == 1);
}

TEST_CASE("a cancelled candidate gives way to a shorter one", "[matcher][exclusions]")
{
    TagFixture f(kDict);
    // "ville connectée" is cancelled by RER; "connectée" alone (connect*) is a numerique term with
    // no exclusion, so it is counted.
    CHECK(f.mentions("ville connectée au RER") == V { "numerique:connectée" });
}

TEST_CASE("exact terms match case and accents as written", "[matcher][exact]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("l'ENT du collège") == V { "numerique:ENT" });
    CHECK(f.mentions("ils mangent, ent, Ent") == V {});
}

TEST_CASE("matching ignores case and accents by default", "[matcher][folding]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("NUMERIQUE, Numerique, numérique, NUMÉRIQUE")
          == V { "numerique:NUMERIQUE", "numerique:Numerique", "numerique:numérique", "numerique:NUMÉRIQUE" });
    CHECK(f.mentions("tres haut debit") == V { "tres_haut_debit:tres haut debit" });
}

TEST_CASE("plurals match singular terms and the reverse", "[matcher][plural]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("une donnée ouverte") == V { "open_data:donnée ouverte" });
    CHECK(f.mentions("les smart cities") == V {}); // English plurals are not folded: list them as terms
    CHECK(f.mentions("les villes connectées") == V { "ville_connectee:villes connectées" });
    // "plural": false keeps the term to its written number.
    CHECK(f.mentions("les réseaux") == V { "tres_haut_debit:réseaux" });
    CHECK(f.mentions("le réseau") == V {});
}

TEST_CASE("stem terms match every form with the same stem", "[matcher][stem]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("des télémédecines") == V { "e_sante:télémédecines", "sante_social:télémédecines" });
}

TEST_CASE("prefix terms match words starting with the prefix", "[matcher][prefix]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("connecter, connexion, connectivité") == V { "numerique:connecter", "numerique:connectivité" });
}

TEST_CASE("phrases do not match across punctuation", "[matcher][breaks]")
{
    TagFixture f(kDict);
    CHECK(f.count("la ville, connectée au monde", "ville_connectee") == 0);
    CHECK(f.count("smart. City", "ville_connectee") == 0);
    CHECK(f.count("smart\ncity", "ville_connectee") == 1); // a PDF line wrap is not a break
    core::ThemeMatcher::Options plainWords;
    plainWords.tokenizer.punctuationBreaks = false;
    TagFixture peer(kDict, plainWords);
    CHECK(peer.count("smart. City", "ville_connectee") == 1);
}

TEST_CASE("elisions, CamelCase and hashtags reach the terms", "[matcher][elision][camel]")
{
    TagFixture f(kDict);
    for (const char *a : { "'", "\u2019", "\u02BC", "\u2018", "\u00B4" })
        CHECK(f.mentions(std::string("l") + a + "open data") == V { "open_data:open data" });
    CHECK(f.mentions("#OpenData #FrenchTech") == V { "open_data:OpenData", "french_tech:FrenchTech" });
    CHECK(f.mentions("jusqu’à l’internet") == V { "numerique:internet" });
}

TEST_CASE("hyphen variants and typographic spaces are alike", "[matcher][hyphen]")
{
    TagFixture f(kDict);
    for (const char *h : { "-", "\u2010", "\u2011", "\u2013", "\u2212", " ", "\u00A0", "\u202F" })
        CHECK(f.mentions(std::string("la e") + h + "santé")
              == V { "e_sante:e" + std::string(h) + "santé", "sante_social:santé" });
}

TEST_CASE("line-break hyphenation is repaired, real compounds are kept", "[matcher][hyphenation]")
{
    TagFixture f(kDict);
    CHECK(f.mentions("le numé-\nrique") == V { "numerique:numé-\nrique" });
    CHECK(f.mentions("le numé\u00AD\nrique") == V { "numerique:numé\u00AD\nrique" });
    CHECK(f.mentions("la e-\nsanté") == V { "e_sante:e-\nsanté", "sante_social:santé" });
    CHECK(f.mentions("la télé-\nmédecine") == V { "e_sante:télé-\nmédecine", "sante_social:télé-\nmédecine" });
    CHECK(f.mentions("des don-\nnées ouvertes") == V { "open_data:don-\nnées ouvertes" });
    // The joined word counts as one word.
    CHECK(f.tagger.tag(std::string("le numé-\nrique")).words == 2);
    CHECK(f.tagger.tag(std::string("la e-\nsanté")).words == 3);
}

TEST_CASE("word counts skip clitics and count CamelCase words once", "[matcher][words]")
{
    TagFixture f(kDict);
    CHECK(f.tagger.tag(std::string("L'open data, c'est l'avenir.")).words == 4);
    CHECK(f.tagger.tag(std::string("#FrenchTech 2024")).words == 2);
    CHECK(f.tagger.tag(std::string("")).words == 0);
    CHECK(f.tagger.tag(std::string("  ... ;; ")).words == 0);
}

TEST_CASE("offsets are code points of the input, even around emoji and decomposed accents", "[matcher][offsets]")
{
    TagFixture f(kDict);
    auto r = f.tagger.tag(std::string("\xF0\x9F\x93\xB1 Le nume\u0301rique"));
    REQUIRE(r.mentions.size() == 1);
    CHECK(r.mentions[0].start == 5); // emoji, space, "Le", space
    CHECK(r.mentions[0].end == 15); // "nume" + U+0301 + "rique" = 10 code points
    r = f.tagger.tag(std::string("L\u2019open data"));
    REQUIRE(r.mentions.size() == 1);
    CHECK(r.mentions[0].start == 2);
    CHECK(r.mentions[0].end == 11);
}

TEST_CASE("the same term in two themes of one tree is refused with both lines", "[matcher][dictionary]")
{
    const char *dup = "{\"themes\": [\n"
                      "{\"id\": \"a\", \"label\": \"A\", \"terms\": [\"données ouvertes\"]},\n"
                      "{\"id\": \"b\", \"label\": \"B\", \"parent\": \"a\",\n"
                      " \"terms\": [\"Donnée ouverte\"]}\n"
                      "]}";
    try {
        core::ThemeMatcher::compile(core::Dictionary::fromJson(dup, "dup.json"));
        FAIL("expected a DictionaryError");
    } catch (const core::DictionaryError &e) {
        CHECK(e.line() == 4);
        CHECK_THAT(e.what(), Catch::Contains("(line 2)") && Catch::Contains("\"a\""));
    }
    // In two different trees it is allowed.
    const char *ok = R"({"themes": [{"id": "a", "label": "A", "terms": ["santé"]},
                                    {"id": "b", "label": "B", "terms": ["santé"]}]})";
    CHECK_NOTHROW(core::ThemeMatcher::compile(core::Dictionary::fromJson(ok, "ok.json")));
}

TEST_CASE("a repeated term in one theme is a warning, and a term without words an error", "[matcher][dictionary]")
{
    const char *rep = R"({"themes": [{"id": "a", "label": "A", "terms": ["capteur", "capteurs"]}]})";
    const auto m = core::ThemeMatcher::compile(core::Dictionary::fromJson(rep, "rep.json"));
    REQUIRE(m->warnings().size() == 1);
    CHECK_THAT(m->warnings()[0], Catch::Contains("\"capteurs\" matches the same words as \"capteur\""));
    const char *empty = R"({"themes": [{"id": "a", "label": "A", "terms": ["…!"]}]})";
    CHECK_THROWS_WITH(core::ThemeMatcher::compile(core::Dictionary::fromJson(empty, "e.json")),
                      Catch::Contains("contains no word"));
}
