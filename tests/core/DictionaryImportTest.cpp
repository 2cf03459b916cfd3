// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dictionaries from other tools: each reader on a fixture written in its format with the quirks
// real files have (tests/data/dictionaries), what it maps, and what it reports as not imported.
#include "import/DictionaryImport.h"
#include "import/DictionaryExport.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

using namespace vigie::core;

namespace {

std::string fixture(const std::string &name)
{
    return (std::filesystem::path(VIGIE_TEST_DATA_DIR) / "dictionaries" / name).string();
}

// "line: message" for every note of a kind.
std::vector<std::string> notes(const DictionaryImport &d, DictionaryImportNote::Kind kind)
{
    std::vector<std::string> out;
    for (const auto &n : d.notes)
        if (n.kind == kind)
            out.push_back(std::to_string(n.line) + ": " + n.message);
    return out;
}

bool anyContains(const std::vector<std::string> &lines, const std::string &part)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string &l) { return l.find(part) != std::string::npos; });
}

const Theme &theme(const DictionaryImport &d, const std::string &id)
{
    const int i = d.dictionary.themeIndex(id);
    REQUIRE(i >= 0);
    return d.dictionary.themes()[static_cast<std::size_t>(i)];
}

std::vector<std::string> termTexts(const Theme &t)
{
    std::vector<std::string> out;
    for (const Term &term : t.terms)
        out.push_back(term.text);
    return out;
}

// Rolled-up counts by theme id of `text` tagged with the imported dictionary.
std::map<std::string, long long> counts(const Dictionary &d, const std::string &text)
{
    const auto matcher = ThemeMatcher::compile(d);
    Tagger tagger(matcher);
    const TagResult r = tagger.tag(text);
    std::map<std::string, long long> out;
    for (std::size_t t = 0; t < r.counts.size(); ++t)
        if (r.counts[t])
            out[d.themes()[t].id] = r.counts[t];
    return out;
}

using Kind = DictionaryImportNote::Kind;

} // namespace

TEST_CASE("a LIWC 2007 .dic: legend, terms in several categories, wildcards, legacy entries", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("liwc2007.dic"));
    CHECK(d.format == DictionaryFormat::LiwcDic);
    CHECK(d.encoding == "UTF-8");
    CHECK(d.categories == 3);
    // Each LIWC category counts on its own: three root themes.
    for (const Theme &t : d.dictionary.themes())
        CHECK(t.parent.empty());
    CHECK(termTexts(theme(d, "numerique"))
          == std::vector<std::string> { "numérique", "numéris*", "open data", "like", "cloud", "smart city" });
    CHECK(termTexts(theme(d, "donnees")) == std::vector<std::string> { "données ouvertes", "open data", "donnée*" });
    CHECK(termTexts(theme(d, "sante")) == std::vector<std::string> { "télémédecine", "e-santé" });
    for (const Theme &t : d.dictionary.themes())
        for (const Term &term : t.terms)
            CHECK_FALSE(term.plural); // a listed word is that word

    const auto skipped = notes(d, Kind::Skipped);
    CHECK(anyContains(skipped, "13: \"like\": conditional category \"(02 134)125/464\""));
    CHECK(anyContains(skipped, "14: \"kind <of>\": a LIWC 2007 conditional entry"));
    CHECK(anyContains(skipped, "17: \"smart city\": category 9 is not in the legend"));
    CHECK(anyContains(skipped, "18: \":)\": no word to match"));
    CHECK(anyContains(skipped, "19: \"data?\": '?' (any one character) has no Vigie equivalent"));
    CHECK(anyContains(skipped, "20: \"big*data\": a '*' that does not end a word"));
    CHECK(anyContains(notes(d, Kind::Changed), "16: \"cloud\" is listed twice in \"numerique\" (line 15): kept once"));
    CHECK(d.entries == 15);
    CHECK(d.skipped == 5); // kind <of>, :), data?, big*data, and the second cloud
    CHECK(d.terms == 11);

    const auto c = counts(d.dictionary, "Les données ouvertes, l'open data et la numérisation du cloud.");
    CHECK(c.at("donnees") == 2); // données ouvertes, open data
    CHECK(c.at("numerique") == 3); // open data, numérisation, cloud
}

TEST_CASE("a LIWC 2015 .dic: tab-indented child categories keep their parents in their labels", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("liwc2015.dic"));
    REQUIRE(d.categories == 4);
    CHECK(theme(d, "numerique_donnees").labelFr == "numerique › donnees");
    CHECK(theme(d, "numerique_donnees_donnees_ouvertes").labelFr == "numerique › donnees › donnees_ouvertes");
    CHECK(theme(d, "numerique_donnees_donnees_ouvertes").parent.empty());
    CHECK(anyContains(notes(d, Kind::Changed), "0: LIWC counts a word in every category it lists"));
    // "données ouvertes" counts in the three categories that list it, as in LIWC.
    const auto c = counts(d.dictionary, "Des données ouvertes.");
    CHECK(c.at("numerique") == 1);
    CHECK(c.at("numerique_donnees") == 1);
    CHECK(c.at("numerique_donnees_donnees_ouvertes") == 1);
    CHECK(d.skipped == 0);
}

TEST_CASE("a LIWC-22 .dicx: quoted category names, X marks, weights", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("liwc22.dicx"));
    CHECK(d.format == DictionaryFormat::LiwcDicx);
    REQUIRE(d.categories == 3);
    CHECK(theme(d, "sante_soins").labelFr == "Santé, soins");
    CHECK(termTexts(theme(d, "numerique"))
          == std::vector<std::string> { "numérique", "données ouvertes", "open data*", "pondéré" });
    CHECK(termTexts(theme(d, "donnees")) == std::vector<std::string> { "données ouvertes", "open data*" });
    CHECK(termTexts(theme(d, "sante_soins")) == std::vector<std::string> { "télémédecine", "e-santé" });
    CHECK(anyContains(notes(d, Kind::Changed), "7: \"pondéré\": weight 0.5 read as a plain mark"));
    CHECK(anyContains(notes(d, Kind::Skipped), "8: \"orphelin\" is in no category"));
    CHECK(d.entries == 7);
    CHECK(d.skipped == 1);
}

TEST_CASE("a WordStat .CAT in windows-1252: a tree by tabs, weights, phrases with '_'", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("wordstat.cat"));
    CHECK(d.format == DictionaryFormat::WordStat);
    CHECK(d.encoding == "windows-1252");
    REQUIRE(d.categories == 4);
    CHECK(theme(d, "donnees").parent == "numerique");
    CHECK(theme(d, "sante").parent == "numerique");
    CHECK(theme(d, "transport").parent.empty());
    CHECK(termTexts(theme(d, "donnees")) == std::vector<std::string> { "DONNÉES OUVERTES", "OPEN DATA", "DONNÉE*" });
    CHECK(termTexts(theme(d, "numerique")) == std::vector<std::string> { "NUMÉRIQUE" });
    CHECK(termTexts(theme(d, "transport")) == std::vector<std::string> { "RER", "NUMÉRIQUE" });
    CHECK(anyContains(notes(d, Kind::Changed), "4: \"_\" between words read as a space"));
    CHECK(anyContains(notes(d, Kind::Changed), "5: weight (2) ignored"));
    CHECK(anyContains(notes(d, Kind::Skipped),
                      "9: \"DONNÉES OUVERTES\" is also in \"DONNEES\" (line 3), in the same tree of categories"));
    // A tree rolls up: the words of DONNEES count for NUMERIQUE too; case does not matter.
    const auto c = counts(d.dictionary, "Le numérique et les données ouvertes, par le RER.");
    CHECK(c.at("donnees") == 1);
    CHECK(c.at("numerique") == 2);
    CHECK(c.at("transport") == 2);
}

TEST_CASE("a Lexicoder .lc3: +category lines and their patterns", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("lexicoder.lc3"));
    CHECK(d.format == DictionaryFormat::Lexicoder);
    REQUIRE(d.categories == 2);
    CHECK(termTexts(theme(d, "numerique")) == std::vector<std::string> { "numérique", "numéris*", "open data" });
    CHECK(termTexts(theme(d, "sante")) == std::vector<std::string> { "télémédecine", "e-santé" });
    CHECK(anyContains(notes(d, Kind::Skipped), "1: \"orphelin\" comes before any \"+category\" line"));
}

TEST_CASE("a quanteda YAML dictionary: nested keys, block and flow lists, globs", "[dictionary-import]")
{
    const DictionaryImport d = importDictionary(fixture("quanteda.yml"));
    CHECK(d.format == DictionaryFormat::QuantedaYaml);
    REQUIRE(d.categories == 5);
    CHECK(theme(d, "donnees").parent == "numerique");
    CHECK(theme(d, "plateformes").parent == "numerique");
    CHECK(termTexts(theme(d, "donnees"))
          == std::vector<std::string> { "données ouvertes", "open data", "portail de données" });
    CHECK(termTexts(theme(d, "plateformes")) == std::vector<std::string> { "plateforme*", "application mobile" });
    CHECK(termTexts(theme(d, "sante")) == std::vector<std::string> { "télémédecine" });
    CHECK(termTexts(theme(d, "transport")) == std::vector<std::string> { "RER" });
    CHECK(anyContains(notes(d, Kind::Skipped), "7: \"open data\" is also in \"donnees\" (line 5)"));
    CHECK(anyContains(notes(d, Kind::Skipped), "10: \"e-sant?\": '?' (any one character)"));
    const auto c = counts(d.dictionary, "Une plateforme, des plateformes et une application mobile.");
    CHECK(c.at("plateformes") == 3);
    CHECK(c.at("numerique") == 3);
}

TEST_CASE("a dictionary file that cannot be read says where and why", "[dictionary-import]")
{
    const auto problem = [](std::string_view bytes, DictionaryFormat format) {
        try {
            importDictionaryBytes(bytes, "essai", format);
        } catch (const DictionaryError &e) {
            return std::to_string(e.line()) + ": " + e.problem();
        }
        return std::string("no error");
    };
    CHECK(problem("1\tnumerique\n%\n", DictionaryFormat::LiwcDic).rfind("1: a LIWC .dic starts with", 0) == 0);
    CHECK(problem("%\n1\tnumerique\nnumérique\t1\n", DictionaryFormat::LiwcDic).find("no closing")
          != std::string::npos);
    CHECK(problem("%\nun\tnumerique\n%\n", DictionaryFormat::LiwcDic).rfind("2: a category line is", 0) == 0);
    CHECK(problem("Term;Numérique\n", DictionaryFormat::LiwcDicx).rfind("1: a LIWC-22 .dicx starts", 0) == 0);
    CHECK(problem("numerique:\n\t- numérique\n", DictionaryFormat::QuantedaYaml).rfind("2: a tab", 0) == 0);
    CHECK(problem("numerique\n", DictionaryFormat::QuantedaYaml).rfind("1: expected", 0) == 0);
    CHECK(problem("+numerique\n?\n", DictionaryFormat::Lexicoder).find("no entry could be imported")
          != std::string::npos);
    CHECK(problem(std::string("%\0\1\2", 4), DictionaryFormat::LiwcDic).find("binary") != std::string::npos);
    CHECK_THROWS_AS(importDictionary(fixture("absent.dic")), DictionaryError);
    // The format from the extension, or from the first line.
    CHECK(dictionaryFormatOf("x.DIC", "") == DictionaryFormat::LiwcDic);
    CHECK(dictionaryFormatOf("x.txt", "%\n1\ta\n") == DictionaryFormat::LiwcDic);
    CHECK(dictionaryFormatOf("x.txt", "+cat\nword\n") == DictionaryFormat::Lexicoder);
    CHECK_FALSE(dictionaryFormatOf("x.txt", "word\n"));
    CHECK(dictionaryFormatNamed("WordStat") == DictionaryFormat::WordStat);
}

namespace {

DictionaryImport reimport(const Dictionary &d, DictionaryFormat format, std::vector<std::string> &lost)
{
    return importDictionaryBytes(exportDictionary(d, format, lost), "again", format);
}

} // namespace

TEST_CASE("a dictionary written for quanteda or LIWC reads back as it was, and what is lost is listed",
          "[dictionary-import][dictionary-export]")
{
    // Trees of words listed as they are: what both formats can hold (a quanteda key holds words
    // or keys, not both).
    const Dictionary tree = importDictionary(fixture("wordstat.cat")).dictionary;
    std::vector<std::string> lost;
    SECTION("quanteda YAML keeps the tree")
    {
        const Dictionary keys = importDictionary(fixture("quanteda.yml")).dictionary;
        const DictionaryImport again = reimport(keys, DictionaryFormat::QuantedaYaml, lost);
        CHECK(lost.empty());
        REQUIRE(again.dictionary.themes().size() == keys.themes().size());
        for (std::size_t t = 0; t < keys.themes().size(); ++t) {
            CHECK(again.dictionary.themes()[t].id == keys.themes()[t].id);
            CHECK(again.dictionary.themes()[t].parent == keys.themes()[t].parent);
            CHECK(termTexts(again.dictionary.themes()[t]) == termTexts(keys.themes()[t]));
        }
        CHECK(again.notes.empty());
    }
    SECTION("LIWC keeps the counts: a sub-theme's words are listed under its parents too")
    {
        const DictionaryImport again = reimport(tree, DictionaryFormat::LiwcDic, lost);
        CHECK(lost.empty());
        REQUIRE(again.dictionary.themes().size() == tree.themes().size());
        CHECK(theme(again, "numerique_donnees").labelFr == "numerique › donnees");
        const std::string text = "Le numérique, les données ouvertes, l'open data et la télémédecine par le RER.";
        const auto before = counts(tree, text);
        const auto after = counts(again.dictionary, text);
        CHECK(after.at("numerique") == before.at("numerique"));
        CHECK(after.at("numerique_donnees") == before.at("donnees"));
        CHECK(after.at("numerique_sante") == before.at("sante"));
        CHECK(after.at("transport") == before.at("transport"));
    }
    SECTION("the default dictionary: accents survive, rules and plural matching are listed as lost")
    {
        const Dictionary fr = Dictionary::fromFile(VIGIE_DICTIONARY);
        const std::string yaml = exportDictionary(fr, DictionaryFormat::QuantedaYaml, lost);
        CHECK(yaml.find("\"télémédecine\"") != std::string::npos);
        CHECK(anyContains(lost, "theme \"open_data\": rule \"données ouvertes par le verbe\" left out"));
        CHECK(anyContains(lost, "theme \"numerique\": \"numérique\" matches its plural too"));
        CHECK(anyContains(lost, "theme \"numerique\": its own terms are under the key \"numerique_own\""));
        // Counted by kind for the window's summary: the YAML layout line is the only other kind.
        const ExportLossCounts n = countLosses(fr, DictionaryFormat::QuantedaYaml, lost);
        CHECK(n.rules == fr.ruleCount());
        std::size_t exclusions = 0; // of themes and terms (a rule's "unless" phrases go with the rule)
        for (const Theme &t : fr.themes()) {
            exclusions += t.exclusions.size();
            for (const Term &term : t.terms)
                exclusions += term.exclusions.size();
        }
        CHECK(n.exclusions == static_cast<int>(exclusions));
        CHECK(n.plural > 700);
        CHECK(n.other == 1);
        CHECK(n.rules + n.exclusions + n.plural + n.exactOrStem + n.other == static_cast<int>(lost.size()));
        const DictionaryImport again = importDictionaryBytes(yaml, "fr.yml", DictionaryFormat::QuantedaYaml);
        CHECK(termTexts(theme(again, "numerique_own")) == termTexts(fr.themes()[0]));
        CHECK(theme(again, "open_data").parent == "numerique");
        // "FranceConnect" (exact) and "franceconnect": one word once exactness is gone.
        CHECK(again.skipped == 1);
        CHECK(anyContains(notes(again, Kind::Changed), "\"franceconnect\" is listed twice in \"e_administration\""));
        const std::string dic = exportDictionary(fr, DictionaryFormat::LiwcDic, lost);
        const DictionaryImport liwc = importDictionaryBytes(dic, "fr.dic", DictionaryFormat::LiwcDic);
        CHECK(liwc.categories == static_cast<int>(fr.themes().size()));
        CHECK(liwc.skipped == 1);
    }
    CHECK_THROWS_AS(exportDictionary(tree, DictionaryFormat::WordStat, lost), std::invalid_argument);
}
