// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A recount after an edit reads only the programmes the edit can change, and must give exactly what
// a full count gives: every edit kind the dictionary view makes, one by one and chained, on the
// evaluation passages (data/evaluation) and on texts with line-break hyphenation.
#include "analysis/StudyWords.h"
#include "analysis/TermHits.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/DictionaryDiff.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

// Words broken at line ends, as PDF extraction leaves them: some are repaired, some are compounds.
const std::vector<std::string> kHyphenated = {
    "La cyber-\nsécurité des services de la ville et la télé-\nconsultation pour tous. Les don-\nnées ouvertes "
    "sur un portail open-\ndata, le numé-\nrique responsable.",
    "Un réseau à très haut dé-\nbit, la visio-\nconférence au conseil, la fibre op-\ntique dans les écoles. "
    "Le porte-\nparole du collectif de la smart-\ncity. Les cap-\nteurs de la ville connec-\ntée à Paris par le RER.",
    "Un tiers-\nlieu, un fab-\nlab, une ap-\nplication de la ville, des tablet-\ntes pour les élèves, les "
    "données person-\nnelles protégées, une plate-\nforme de don-\nnées.",
};

std::vector<std::string> evaluationTexts()
{
    // Ten passages per programme: several themes in one text, as in a real programme.
    std::vector<std::string> texts;
    for (const char *name : { "dev.jsonl", "dev-b.jsonl" }) {
        std::ifstream in(fs::path(VIGIE_SOURCE_DATA_DIR) / "evaluation" / name);
        REQUIRE(in);
        std::string line;
        std::string text;
        int n = 0;
        while (std::getline(in, line)) {
            text += nlohmann::json::parse(line).at("text").get<std::string>() + "\n\n";
            if (++n % 10 == 0) {
                texts.push_back(std::move(text));
                text.clear();
            }
        }
        if (!text.empty())
            texts.push_back(text);
    }
    texts.insert(texts.end(), kHyphenated.begin(), kHyphenated.end());
    return texts;
}

using Study = vigie::test::TextStudy;

void requireSame(const TermHits &got, const TermHits &want)
{
    REQUIRE(got.programmes == want.programmes);
    REQUIRE(got.words == want.words);
    using Table = std::vector<std::vector<std::vector<TextSpan>>> TermHits::*;
    for (const Table table : { &TermHits::hits, &TermHits::ruleHits }) {
        REQUIRE((got.*table).size() == (want.*table).size());
        for (std::size_t t = 0; t < (want.*table).size(); ++t) {
            REQUIRE((got.*table)[t].size() == (want.*table)[t].size());
            for (std::size_t k = 0; k < (want.*table)[t].size(); ++k) {
                const auto &a = (got.*table)[t][k];
                const auto &b = (want.*table)[t][k];
                INFO("theme " << t << (table == &TermHits::hits ? " term " : " rule ") << k);
                REQUIRE(a.size() == b.size());
                for (std::size_t i = 0; i < a.size(); ++i) {
                    CHECK(a[i].programme == b[i].programme);
                    CHECK(a[i].start == b[i].start);
                    CHECK(a[i].end == b[i].end);
                }
            }
        }
    }
}

Term term(std::string text)
{
    Term t;
    t.text = std::move(text);
    return t;
}

Exclusion exclusion(std::string phrase, int window)
{
    Exclusion e;
    e.phrase = std::move(phrase);
    e.window = window;
    return e;
}

struct Edit
{
    std::string what;
    std::function<void(Dictionary &)> apply;
    bool incremental = true;
    bool readsAll = false; // its words are in every programme
};

// The edits the dictionary view makes, on the default dictionary (themes: 0 numerique, 1 open_data,
// 2 ville_connectee, 3 e_sante, 4 french_tech, 5 e_administration, 9 tres_haut_debit,
// 11 donnees_personnelles_cybersecurite).
const std::vector<Edit> &edits()
{
    static const std::vector<Edit> all = {
        { "add a word",
          [](Dictionary &d) {
              d.themes()[0].terms.push_back(term("gamification"));
          } },
        { "add a phrase",
          [](Dictionary &d) {
              d.themes()[1].terms.push_back(term("plateforme de données"));
          } },
        { "add a common word",
          [](Dictionary &d) {
              d.themes()[2].terms.push_back(term("quartier"));
          } },
        { "add a prefix",
          [](Dictionary &d) {
              d.themes()[0].terms.push_back(term("robot*"));
          } },
        { "add a stem",
          [](Dictionary &d) {
              Term t = term("mutualiser");
              t.stem = true;
              d.themes()[5].terms.push_back(t);
          } },
        { "add an exact term",
          [](Dictionary &d) {
              Term t = term("IoT");
              t.exact = true;
              d.themes()[2].terms.push_back(t);
          } },
        { "add a term a hyphenation break makes",
          [](Dictionary &d) {
              d.themes()[0].terms.push_back(term("rique"));
          } },
        { "add the halves of a broken word",
          [](Dictionary &d) {
              Term t = term("plate forme");
              t.exact = true; // no run-together spelling: the break is kept when its halves are a term
              d.themes()[0].terms.push_back(t);
          } },
        { "delete a term in the middle",
          [](Dictionary &d) {
              d.themes()[0].terms.erase(d.themes()[0].terms.begin() + 5);
          } },
        { "delete the first term",
          [](Dictionary &d) {
              d.themes()[1].terms.erase(d.themes()[1].terms.begin());
          } },
        { "change a term's text",
          [](Dictionary &d) {
              d.themes()[3].terms[4].text = "télédiagnostic";
          } },
        { "make a term plural-sensitive",
          [](Dictionary &d) {
              d.themes()[9].terms[3].plural = false;
          } },
        { "add a theme exclusion",
          [](Dictionary &d) {
              d.themes()[2].exclusions.push_back(exclusion("Paris", 6));
          } },
        { "add a term exclusion",
          [](Dictionary &d) {
              d.themes()[0].terms[0].exclusions.push_back(exclusion("responsable", 0));
          } },
        { "remove an exclusion",
          [](Dictionary &d) {
              d.themes()[19].exclusions.pop_back();
          } },
        { "change a rule's window",
          [](Dictionary &d) {
              d.themes()[1].rules[0].window = 3;
          } },
        { "widen a rule to its paragraph",
          [](Dictionary &d) {
              d.themes()[2].rules[0].scope = Rule::Scope::Paragraph;
          } },
        { "add a context word",
          [](Dictionary &d) {
              d.themes()[0].rules[1].near.push_back(term("mairie"));
          } },
        { "add an unless phrase",
          [](Dictionary &d) {
              d.themes()[11].rules[0].unless.push_back(exclusion("jeu", 0));
          } },
        { "delete a rule", [](Dictionary &d) { d.themes()[3].rules.erase(d.themes()[3].rules.begin() + 1); }, true,
          true },
        { "relabel a theme (counts nothing)",
          [](Dictionary &d) {
              d.themes()[4].labelFr = "La French Tech";
          } },
        { "add a theme",
          [](Dictionary &d) {
              Theme t;
              t.id = "metavers";
              t.labelFr = "Métavers";
              t.colour = "#336699";
              t.parent = "numerique";
              t.terms.push_back(term("métavers"));
              d.themes().push_back(t);
          },
          false },
        { "reorder two terms", [](Dictionary &d) { std::swap(d.themes()[4].terms[0], d.themes()[4].terms[1]); },
          false },
    };
    return all;
}

} // namespace

TEST_CASE("a recount after each kind of edit equals a full count", "[hits][recount]")
{
    Study s(evaluationTexts());
    const Dictionary base = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::atomic_bool no { false };
    const auto before = countTerms(*s.store, ThemeMatcher::compile(base), {}, no, 2);
    REQUIRE(before);
    CHECK(before->words->programmes().size() == 47);
    CHECK(before->words->spellingCount() > 3000);
    for (const Edit &edit : edits()) {
        DYNAMIC_SECTION(edit.what)
        {
            Dictionary edited = base;
            edit.apply(edited);
            const auto matcher = ThemeMatcher::compile(edited);
            RecountReport report;
            const auto after = recountTerms(*s.store, *before, matcher, {}, no, 2, &report);
            REQUIRE(after);
            const auto full = countTermHits(*s.store, matcher, {}, no, 1);
            REQUIRE(full);
            requireSame(*after->hits, *full);
            CHECK(report.incremental == edit.incremental);
            if (edit.incremental && !edit.readsAll)
                CHECK(report.programmesRead < report.programmes);
            // The edit back: the first count again.
            const auto undone = recountTerms(*s.store, *after, before->matcher, {}, no, 1);
            REQUIRE(undone);
            requireSame(*undone->hits, *before->hits);
        }
    }
}

TEST_CASE("a recount reads only the programmes where the edit can match", "[hits][recount]")
{
    Study s({ "Le numérique à l'école.", "La fibre optique et le très haut débit.", "Une plateforme de covoiturage.",
              "Des données de la plateforme." });
    Dictionary base = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::atomic_bool no { false };
    const auto before = countTerms(*s.store, ThemeMatcher::compile(base), {}, no, 1);
    REQUIRE(before);
    RecountReport report;

    // "plateforme de données": every word is needed, wherever they stand.
    Dictionary d = base;
    d.themes()[1].terms.push_back(term("plateforme de données"));
    REQUIRE(recountTerms(*s.store, *before, ThemeMatcher::compile(d), {}, no, 1, &report));
    CHECK(report.incremental);
    CHECK(report.changedPhrases == 1);
    CHECK(report.programmesRead == 1); // the fourth: the third has no "données"

    // Nothing that counts changed: nothing is read.
    d = base;
    d.themes()[0].labelEn = "Digital";
    d.themes()[0].terms[0].note = "why";
    REQUIRE(recountTerms(*s.store, *before, ThemeMatcher::compile(d), {}, no, 1, &report));
    CHECK(report.incremental);
    CHECK(report.programmesRead == 0);

    // A prefix reaches every word it starts.
    d = base;
    d.themes()[0].terms.push_back(term("plat*"));
    REQUIRE(recountTerms(*s.store, *before, ThemeMatcher::compile(d), {}, no, 1, &report));
    CHECK(report.programmesRead == 2);

    // A programme added since the count: everything is read again.
    Tagger tagger(ThemeMatcher::compile(base));
    const auto version = s.store->currentDictionaryVersion();
    s.store->putProgramme({}, "Encore du numérique.", tagger.tag("Encore du numérique."), base, version);
    const auto after = recountTerms(*s.store, *before, ThemeMatcher::compile(d), {}, no, 1, &report);
    REQUIRE(after);
    CHECK_FALSE(report.incremental);
    CHECK(report.programmesRead == 5);
    CHECK(after->words->programmes().size() == 5);

    // An import undone, another made: the same ids can come back with other texts.
    const auto ids = s.store->programmeIds();
    s.store->database().exec("DELETE FROM programmes WHERE id = " + std::to_string(ids.back()));
    const auto id
        = s.store->putProgramme({}, "La plateforme de données.", tagger.tag("La plateforme de données."), base, version)
              .id;
    REQUIRE(id == ids.back()); // SQLite gives the freed id again
    const auto again = recountTerms(*s.store, *after, ThemeMatcher::compile(base), {}, no, 1, &report);
    REQUIRE(again);
    CHECK_FALSE(report.incremental);
    const auto full = countTermHits(*s.store, ThemeMatcher::compile(base), {}, no, 1);
    REQUIRE(full);
    requireSame(*again->hits, *full);
}

TEST_CASE("chained random edits recount to the full count", "[hits][recount]")
{
    Study s(evaluationTexts());
    std::mt19937 random(20261204);
    const std::vector<std::string> words
        = { "données", "cyber",   "sécurité", "consultation", "télé",        "numérique", "open",
            "data",    "débit",   "ville",    "connectée",    "application", "capteur",   "plate",
            "forme",   "portail", "école",    "tablette",     "réseau",      "fibre" };
    const auto pick = [&](std::size_t n) {
        return static_cast<std::size_t>(random() % n);
    };
    Dictionary d = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::atomic_bool no { false };
    auto count = countTerms(*s.store, ThemeMatcher::compile(d), {}, no, 2);
    REQUIRE(count);
    int incremental = 0;
    for (int step = 0; step < 60; ++step) {
        Dictionary next = d;
        auto &themes = next.themes();
        Theme &theme = themes[pick(12)];
        std::string phrase = words[pick(words.size())];
        if (pick(2))
            phrase += " " + words[pick(words.size())];
        std::string what;
        switch (pick(8)) {
        case 0: {
            Term t = term(pick(3) == 0 ? phrase + "*" : phrase);
            t.exact = pick(5) == 0;
            t.stem = !t.exact && pick(5) == 0;
            t.plural = pick(4) != 0;
            theme.terms.push_back(t);
            what = "add term " + t.text;
            break;
        }
        case 1:
            if (theme.terms.empty())
                continue;
            what = "delete term " + theme.terms[pick(theme.terms.size())].text;
            theme.terms.erase(theme.terms.begin() + static_cast<long>(pick(theme.terms.size())));
            break;
        case 2:
            theme.exclusions.push_back(exclusion(phrase, static_cast<int>(pick(8))));
            what = "add exclusion " + phrase;
            break;
        case 3:
            if (theme.terms.empty())
                continue;
            theme.terms[pick(theme.terms.size())].exclusions.push_back(exclusion(phrase, 0));
            what = "add term exclusion " + phrase;
            break;
        case 4:
            if (theme.rules.empty())
                continue;
            theme.rules[pick(theme.rules.size())].window = 1 + static_cast<int>(pick(20));
            what = "rule window";
            break;
        case 5:
            if (theme.rules.empty())
                continue;
            theme.rules[pick(theme.rules.size())].near.push_back(term(phrase));
            what = "add context " + phrase;
            break;
        case 6:
            if (theme.rules.empty())
                continue;
            theme.rules[pick(theme.rules.size())].unless.push_back(exclusion(phrase, 0));
            what = "add unless " + phrase;
            break;
        default:
            if (theme.rules.empty())
                continue;
            theme.rules.erase(theme.rules.begin() + static_cast<long>(pick(theme.rules.size())));
            what = "delete a rule";
            break;
        }
        std::shared_ptr<const ThemeMatcher> matcher;
        try {
            matcher = ThemeMatcher::compile(next);
        } catch (const DictionaryError &) {
            continue; // the same words in two themes: the editor refuses it too
        }
        INFO("step " << step << ": " << what);
        RecountReport report;
        auto after = recountTerms(*s.store, *count, matcher, {}, no, 2, &report);
        REQUIRE(after);
        const auto full = countTermHits(*s.store, matcher, {}, no, 1);
        REQUIRE(full);
        requireSame(*after->hits, *full);
        incremental += report.incremental ? 1 : 0;
        d = std::move(next);
        count = std::move(after);
    }
    CHECK(incremental > 30);
}

TEST_CASE("a dictionary diff names what changed and pairs what did not", "[hits][recount]")
{
    const Dictionary a = Dictionary::fromFile(VIGIE_DICTIONARY);
    Dictionary b = a;
    b.themes()[1].terms.erase(b.themes()[1].terms.begin() + 2); // "données ouvertes"
    b.themes()[1].terms.push_back(term("plateforme de données"));
    b.themes()[1].rules[0].window = 4;
    auto diff = diffDictionaries(a, b);
    CHECK_FALSE(diff.structural);
    CHECK(diff.sameTerm[1][0] == 0);
    CHECK(diff.sameTerm[1][2] == 3); // shifted by the deletion
    CHECK(diff.sameTerm[1].back() == -1);
    CHECK(diff.sameRule[1][0] == -1);
    CHECK(diff.sameRule[1][1] == 1);
    std::vector<std::string> texts;
    for (const auto &p : diff.phrases)
        if (!p.joinOnly)
            texts.push_back(p.text);
    CHECK(std::count(texts.begin(), texts.end(), "données ouvertes") >= 1);
    CHECK(std::count(texts.begin(), texts.end(), "plateforme de données") == 1);
    REQUIRE(diff.rules.size() == 2); // the rule as it was and as it is: both count somewhere
    CHECK(diff.rules[0].terms.size() == b.themes()[1].rules[0].terms.size());
    CHECK(diff.rules[0].near.size() == b.themes()[1].rules[0].near.size());
    CHECK(diffDictionaries(a, a).empty());

    b = a;
    std::swap(b.themes()[2], b.themes()[3]);
    CHECK(diffDictionaries(a, b).structural);
}

namespace {

// Every row a dictionary version has in the study, in one text to compare.
std::string storedRows(CorpusStore &store, const std::string &version)
{
    std::string out;
    for (const char *sql :
         { "SELECT m.programme, m.theme, m.term, m.rule, m.start, m.end FROM programme_mentions m JOIN "
           "dictionary_versions v ON v.id = m.dictionary_version WHERE v.version = ?1 ORDER BY 1, 2, 3, 4, 5, 6",
           "SELECT c.programme, c.theme, c.own, c.total, 0, 0 FROM programme_theme_counts c JOIN dictionary_versions v "
           "ON v.id = c.dictionary_version WHERE v.version = ?1 ORDER BY 1, 2" }) {
        auto st = store.database().prepare(sql);
        st.bind(1, version);
        while (st.step()) {
            for (int c = 0; c < 6; ++c)
                out += st.columnText(c) + ' ';
            out += '\n';
        }
    }
    return out;
}

} // namespace

TEST_CASE("saving from the editor's count stores what a full retag stores", "[hits][recount]")
{
    Study counted(evaluationTexts());
    Study retagged(evaluationTexts());
    Dictionary edited = counted.dict;
    edited.themes()[1].terms.push_back(term("plateforme de données"));
    edited.themes()[2].exclusions.push_back(exclusion("Paris", 6));
    edited.themes()[1].rules[0].window = 3;
    edited.setVersion("essai");
    std::atomic_bool no { false };
    const auto before = countTerms(*counted.store, ThemeMatcher::compile(counted.dict), {}, no, 2);
    REQUIRE(before);
    const auto after = recountTerms(*counted.store, *before, ThemeMatcher::compile(edited), {}, no, 2);
    REQUIRE(after);
    const CountedTags tags(*after);
    std::atomic_int given { 0 };
    REQUIRE(counted.store->retag(edited, {}, no, 2, [&](std::int64_t id, TagResult &out) {
        const bool known = tags.tagsOf(id, out);
        given += known ? 1 : 0;
        return known;
    }));
    CHECK(given == 47); // no text was tagged again
    REQUIRE(retagged.store->retag(edited, {}, no, 1));
    const std::string rows = storedRows(*counted.store, "essai");
    CHECK(rows.size() > 10000);
    CHECK(rows == storedRows(*retagged.store, "essai"));

    // A programme the count does not have is tagged.
    TagResult unused;
    CHECK_FALSE(tags.tagsOf(999999, unused));
}
