// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Validation samples on a real study: drawing (seeded, stratified, reproducible), storing, the
// coding sheet's round trip, and the measures against coders.
#include "analysis/Validation.h"
#include "analysis/Crosstab.h"
#include "analysis/TableExport.h"
#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

// Eight programmes in Lyon (over 200,000 inhabitants) and four in two villages, each of four
// paragraphs: two about digital policy, one not, one too short to be drawn.
struct Fixture
{
    fs::path dir = fs::temp_directory_path() / ("vigie-validation-" + std::to_string(std::random_device {}()));
    std::unique_ptr<CorpusStore> store;
    std::shared_ptr<const ThemeMatcher> matcher;

    Fixture()
    {
        fs::create_directories(dir);
        store = std::make_unique<CorpusStore>(CorpusStore::open((dir / "etude.vigie").string()));
        const auto g = Gazetteer::load(VIGIE_GAZETTEER_DIR);
        const Dictionary dict = Dictionary::fromFile(VIGIE_DICTIONARY);
        const auto version = store->useDictionary(dict);
        matcher = ThemeMatcher::compile(dict);
        Tagger tagger(matcher);
        Transaction tx(store->database());
        for (const char *insee : { "69123", "01001", "01002" })
            store->ensureCommune(g.commune(g.indexOfInsee(insee)));
        for (int k = 0; k < 12; ++k) {
            ProgrammeMeta meta;
            meta.commune = k < 8 ? "69123" : (k < 10 ? "01001" : "01002");
            meta.candidate = "Candidat " + std::to_string(k);
            const std::string text = "Programme " + std::to_string(k) + "\n\n"
                + "Nous ouvrirons les données de la ville en open data, liste " + std::to_string(k) + ".\n\n"
                + "Rénover l'école et planter des arbres dans la cour, promesse numéro " + std::to_string(k) + ".\n\n"
                + "Une téléconsultation médicale dans chaque maison de santé du quartier " + std::to_string(k) + ".\n";
            store->putProgramme(meta, text, tagger.tag(text), dict, version);
        }
        tx.commit();
    }
    ~Fixture()
    {
        store.reset();
        fs::remove_all(dir);
    }
};

std::string substrCodePoints(const std::string &utf8, std::int64_t start, std::int64_t end)
{
    std::size_t b = 0;
    std::int64_t cp = 0;
    std::size_t from = std::string::npos;
    for (; b <= utf8.size(); ++b) {
        if (b == utf8.size() || (static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80) {
            if (cp == start && from == std::string::npos)
                from = b;
            if (cp == end)
                return utf8.substr(from, b - from);
            ++cp;
        }
    }
    return {};
}

const std::vector<std::string> kFrame = { "numerique", "open_data", "e_sante" };

std::string sourceOf(CorpusStore &store, std::int64_t programme)
{
    return store.programme(programme)->meta.source;
}

} // namespace

TEST_CASE("a sample is drawn from the study's paragraphs, reproducibly", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 10;
    d.seed = 42;
    const Sample a = drawSample(*f.store, d, kFrame);
    REQUIRE(a.passages.size() == 10);
    // 12 programmes x 3 paragraphs of at least five words; the title is too short.
    std::set<std::pair<std::int64_t, std::int64_t>> seen;
    for (const SamplePassage &p : a.passages) {
        REQUIRE(p.programme);
        CHECK(substrCodePoints(f.store->programmeText(*p.programme), p.start, p.end) == p.text);
        CHECK(p.text.rfind("Programme ", 0) != 0);
        CHECK(seen.insert({ *p.programme, p.start }).second); // without replacement
        CHECK(p.weight() > 0);
    }
    // Proportional allocation over the size classes: Lyon has 24 of the 36 paragraphs.
    std::map<std::string, int> perStratum;
    for (const SamplePassage &p : a.passages)
        perStratum[p.stratum]++;
    CHECK(perStratum.size() == 2);
    for (const SamplePassage &p : a.passages) {
        CHECK(p.drawn == perStratum[p.stratum]);
        CHECK((p.population == 24 || p.population == 12));
        if (p.population == 24)
            CHECK(p.drawn == 7); // 10 x 24 / 36 = 6.67: largest remainder
    }
    for (std::size_t k = 0; k < a.passages.size(); ++k)
        CHECK(a.passages[k].position == static_cast<int>(k) + 1);

    const Sample b = drawSample(*f.store, d, kFrame);
    for (std::size_t k = 0; k < a.passages.size(); ++k) {
        CHECK(a.passages[k].programme == b.passages[k].programme);
        CHECK(a.passages[k].start == b.passages[k].start);
    }
    d.seed = 43;
    const Sample c = drawSample(*f.store, d, kFrame);
    bool differs = false;
    for (std::size_t k = 0; k < a.passages.size(); ++k)
        differs = differs || a.passages[k].programme != c.passages[k].programme
            || a.passages[k].start != c.passages[k].start;
    CHECK(differs);
}

TEST_CASE("sample frames and allocations", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 12;
    d.frame = SampleFrame::Both;
    d.allocation = Allocation::Equal;
    const Sample s = drawSample(*f.store, d, kFrame);
    REQUIRE(s.passages.size() == 12);
    Tagger tagger(f.matcher);
    std::map<std::string, int> perStratum;
    for (const SamplePassage &p : s.passages) {
        perStratum[p.stratum]++;
        const bool tagged = p.stratum.ends_with("|tagged");
        CHECK((tagged || p.stratum.ends_with("|untagged")));
        CHECK(dictionaryVerdict(tagger, kFrame, p.text).empty() == !tagged);
    }
    CHECK(perStratum.size() == 4); // two size classes x tagged or not
    for (const auto &[stratum, n] : perStratum)
        CHECK(n == 3); // equal allocation
    d.frame = SampleFrame::Untagged;
    d.size = 100; // more than there are: every untagged paragraph
    const Sample u = drawSample(*f.store, d, kFrame);
    CHECK(u.passages.size() == 12);
    for (const SamplePassage &p : u.passages)
        CHECK(dictionaryVerdict(tagger, kFrame, p.text).empty());
    d.unit = SampleUnit::Programme;
    d.frame = SampleFrame::All;
    d.size = 5;
    const Sample whole = drawSample(*f.store, d, kFrame);
    CHECK(whole.passages.size() == 5);
    CHECK(whole.passages[0].text == f.store->programmeText(*whole.passages[0].programme));

    d.grouping = "galaxy";
    CHECK_THROWS_AS(drawSample(*f.store, d, kFrame), ValidationError);
    d.grouping = "size";
    CHECK_THROWS_AS(drawSample(*f.store, d, { "no_such_theme" }), ValidationError);
    d.size = 0;
    CHECK_THROWS_AS(drawSample(*f.store, d, kFrame), ValidationError);
}

TEST_CASE("samples and codes are stored, and the passages outlive their programme", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 6;
    Sample s = drawSample(*f.store, d, kFrame);
    ValidationStore v(*f.store);
    const std::int64_t id = v.save(s);
    CHECK(s.name == "Échantillon 1");
    const auto back = v.sample(id);
    REQUIRE(back);
    CHECK(back->themes == kFrame);
    CHECK(back->design.size == 6);
    CHECK(back->design.seed == d.seed);
    REQUIRE(back->passages.size() == 6);
    CHECK(back->passages[3].text == s.passages[3].text);

    v.putCode(id, { 1, "Alice", { "numerique" }, "", "" });
    v.putCode(id, { 1, "Alice", { "numerique", "open_data" }, "relu", "" }); // replaces
    v.putCode(id, { 2, "Bob", {}, "", "" });
    v.putCode(id, { 3, "Dupont, J.\nbis", {}, "", "" }); // any name, punctuation and line breaks included
    auto codes = v.codes(id);
    REQUIRE(codes.size() == 3);
    CHECK(codes[0].coder == "Alice");
    CHECK(codes[0].themes == std::vector<std::string> { "numerique", "open_data" });
    CHECK(codes[0].note == "relu");
    const auto summaries = v.samples();
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].coders == std::vector<std::string> { "Alice", "Bob", "Dupont, J.\nbis" });
    CHECK(summaries[0].coded == 3);
    v.removeCode(id, 2, "Bob");
    CHECK(v.codes(id).size() == 2);

    // The passage keeps its text when its programme goes.
    const std::int64_t programme = *back->passages[0].programme;
    f.store->database().exec("DELETE FROM programmes WHERE id = " + std::to_string(programme));
    const auto after = v.sample(id);
    for (const SamplePassage &p : after->passages)
        if (p.position == back->passages[0].position) {
            CHECK_FALSE(p.programme);
            CHECK(p.text == back->passages[0].text);
        }
    v.remove(id);
    CHECK(v.samples().empty());
    CHECK(f.store->database().scalarInt("SELECT count(*) FROM validation_codes") == 0);
}

TEST_CASE("the coding sheet goes out and comes back, and its errors name the line", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 4;
    Sample s = drawSample(*f.store, d, kFrame);
    s.name = "essai";
    const std::vector<PassageCode> before
        = { { 2, "Alice", { "numerique", "e_sante" }, "note; avec \"guillemets\"", "" } };
    const Table sheet = codingSheet(s, before, "Alice");
    CHECK(sheet.header
          == std::vector<std::string> { "position", "programme", "strate", "passage", "numerique", "open_data",
                                        "e_sante", "note" });
    std::ostringstream csv;
    writeTableCsv(sheet, csv, CsvDialect::frenchSpreadsheet());
    const auto read = readCodingSheet("codes.csv", csv.str(), s, "Alice");
    REQUIRE(read.size() == 1); // the other three are not coded yet
    CHECK(read[0].position == 2);
    CHECK(read[0].themes == std::vector<std::string> { "numerique", "e_sante" });
    CHECK(read[0].note == "note; avec \"guillemets\"");

    const std::string header = "position;numerique;open_data;e_sante;note\n";
    const auto problem = [&](const std::string &body) {
        try {
            readCodingSheet("codes.csv", header + body, s, "Bob");
        } catch (const ValidationError &e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(problem("1;1;0;0;\n9;1;;;\n").starts_with("codes.csv:3: position 9 is not a passage"));
    CHECK(problem("1;1;peut-être;;\n").starts_with("codes.csv:2: \"peut-être\" in the column \"open_data\""));
    CHECK(problem("1;1;;;\n1;0;;;\n").starts_with("codes.csv:3: position 1 appears twice"));
    CHECK(problem("un;1;;;\n").starts_with("codes.csv:2: position \"un\" is not a number"));
    CHECK(problem("").find("no error") == 0); // a header alone: nothing coded
    CHECK_THROWS_WITH(readCodingSheet("c.csv", "numerique;open_data\n1;0\n", s, "Bob"),
                      Catch::Matchers::StartsWith("c.csv:1: no \"position\" column"));
    const auto yes = readCodingSheet("c.csv", header + "1;oui;non;x;\n3;;;;à revoir\n", s, "Bob");
    REQUIRE(yes.size() == 2);
    CHECK(yes[0].themes == std::vector<std::string> { "numerique", "e_sante" });
    CHECK(yes[1].themes.empty());
    CHECK(yes[1].note == "à revoir");
}

TEST_CASE("a coding sheet comes back as an .xlsx workbook too", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 4;
    Sample s = drawSample(*f.store, d, kFrame);
    s.name = "essai";
    const std::vector<PassageCode> before
        = { { 1, "Alice", { "open_data" }, "", "" }, { 3, "Alice", { "numerique", "e_sante" }, "à revoir", "" } };
    // The workbook Vigie writes (a title row above the header) reads back as the codes it holds.
    const fs::path book = f.dir / "codage.xlsx";
    writeTableXlsxFile(codingSheet(s, before, "Alice"), book.string());
    std::ifstream in(book, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto read = readCodingSheet(book.string(), bytes, s, "Alice");
    REQUIRE(read.size() == 2);
    CHECK(read[0].position == 1);
    CHECK(read[0].themes == std::vector<std::string> { "open_data" });
    CHECK(read[1].themes == std::vector<std::string> { "numerique", "e_sante" });
    CHECK(read[1].note == "à revoir");

    // One saved by another program (tests/data/office/make-fixtures.py): shared, rich-text and
    // inline strings, a boolean, a formula's cached text, a gap between rows and between columns.
    Sample two;
    two.themes = { "numerique", "open_data" };
    for (int p = 1; p <= 9; ++p) {
        SamplePassage passage;
        passage.position = p;
        two.passages.push_back(passage);
    }
    const auto fixture = [](const char *name) {
        std::ifstream file(std::string(VIGIE_TEST_DATA_DIR) + "/office/" + name, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    };
    const auto other = readCodingSheet("claire.xlsx", fixture("coding-sheet.xlsx"), two, "Claire");
    REQUIRE(other.size() == 4);
    CHECK(other[0].themes == std::vector<std::string> { "numerique" });
    CHECK(other[0].note == "à revoir");
    CHECK(other[1].themes == std::vector<std::string> { "open_data" });
    CHECK(other[1].note == "Données ouvertes,");
    CHECK(other[2].themes == std::vector<std::string> { "numerique" });
    CHECK(other[3].position == 9);
    // Errors name the spreadsheet's row, as the coder sees it.
    two.passages.pop_back();
    CHECK_THROWS_WITH(readCodingSheet("claire.xlsx", fixture("coding-sheet.xlsx"), two, "Claire"),
                      Catch::Matchers::StartsWith("claire.xlsx:7: position 9 is not a passage"));
    CHECK_THROWS_WITH(readCodingSheet("claire.xlsx", fixture("coding-sheet-malformed.xlsx"), two, "Claire"),
                      Catch::Matchers::StartsWith("claire.xlsx: cannot read it as an .xlsx workbook:")
                          && Catch::Matchers::Contains("feuille-codage.xml"));
    CHECK_THROWS_WITH(readCodingSheet("x.xlsx", std::string("PK\x03\x04 not really"), two, "Claire"),
                      Catch::Matchers::StartsWith("x.xlsx: cannot read it as an .xlsx workbook:"));
}

TEST_CASE("measures: the dictionary against each coder, and the coders together", "[validation]")
{
    Fixture f;
    SampleDesign d;
    d.size = 20;
    const Sample s = drawSample(*f.store, d, kFrame);
    Tagger tagger(f.matcher);
    // Alice codes as the dictionary does; Bob differs on e_sante for the first two passages
    // where the dictionary finds it.
    std::vector<PassageCode> codes;
    int flipped = 0;
    for (const SamplePassage &p : s.passages) {
        const auto verdict = dictionaryVerdict(tagger, kFrame, p.text);
        codes.push_back({ p.position, "Alice", verdict, "", "" });
        auto bob = verdict;
        if (flipped < 2 && std::find(bob.begin(), bob.end(), "e_sante") != bob.end()) {
            bob.erase(std::find(bob.begin(), bob.end(), "e_sante"));
            ++flipped;
        }
        codes.push_back({ p.position, "Bob", bob, "", "" });
    }
    REQUIRE(flipped == 2);
    const ValidationResult r = measureValidation(s, codes, f.matcher, 200, 1);
    CHECK(r.coders == std::vector<std::string> { "Alice", "Bob" });
    REQUIRE(r.scores.size() == kFrame.size() * 2);
    for (const auto &sc : r.scores) {
        if (sc.coder == "Alice" || sc.theme != "e_sante") {
            CHECK(sc.scores.falsePositives == 0);
            CHECK(sc.scores.falseNegatives == 0);
            if (sc.scores.truePositives > 0)
                CHECK(sc.scores.f1 == 1.0);
        } else {
            CHECK(sc.scores.falsePositives == 2); // the dictionary found it, Bob did not
            CHECK(sc.scores.precision.share < 1.0);
            CHECK(sc.scores.recall.share == 1.0);
        }
    }
    REQUIRE(r.disagreements.size() == 2);
    CHECK(r.disagreements[0].coder == "Bob");
    CHECK(r.disagreements[0].theme == "e_sante");
    CHECK(r.disagreements[0].dictionary);
    CHECK(r.alpha.at("numerique") == 1.0);
    CHECK(r.alpha.at("e_sante") < 1.0);
    CHECK(r.alphaUnits.at("e_sante") == 20);
    CHECK(r.recallEstimable);
    CHECK(r.precisionEstimable);
}

TEST_CASE("only a coded sample of whole programmes over all of them corrects programme shares", "[validation]")
{
    Fixture f;
    ValidationStore v(*f.store);
    SampleDesign d;
    d.size = 6;
    Sample paragraphs = drawSample(*f.store, d, kFrame);
    v.save(paragraphs);
    d.unit = SampleUnit::Programme;
    d.frame = SampleFrame::Tagged;
    Sample tagged = drawSample(*f.store, d, kFrame);
    v.save(tagged);
    d.frame = SampleFrame::All;
    d.size = 12;
    Sample whole = drawSample(*f.store, d, kFrame);
    v.save(whole);
    CorrectionSources sources = correctionSources(*f.store);
    CHECK(sources.usable.empty());
    CHECK(sources.paragraphSamples == 1);
    CHECK(sources.partialSamples == 1);
    CHECK(sources.uncodedSamples == 1);
    CHECK_THROWS_AS(measureCorrection(*f.store, { paragraphs.id, "", "Alice" }, f.matcher), ValidationError);

    Tagger tagger(f.matcher);
    for (const SamplePassage &p : whole.passages) {
        v.putCode(whole.id, { p.position, "Alice", dictionaryVerdict(tagger, kFrame, p.text), "", "" });
        if (p.position <= 5)
            v.putCode(whole.id, { p.position, "Bob", {}, "", "" });
    }
    sources = correctionSources(*f.store);
    REQUIRE(sources.usable.size() == 2);
    CHECK(sources.usable[0].coder == "Alice"); // the coder with most programmes coded first
    CHECK(sources.usable[0].coded == 12);
    CHECK(sources.usable[1].coder == "Bob");
    CHECK(sources.uncodedSamples == 0);

    const ShareCorrection c = measureCorrection(*f.store, sources.usable[0], f.matcher);
    REQUIRE(c.themes.size() == kFrame.size());
    const ThemeCorrection *numerique = c.find("numerique");
    REQUIRE(numerique);
    CHECK(numerique->sensitivity == 1.0);
    CHECK(numerique->sensitivitySize == 12.0);
    CHECK(numerique->specificitySize == 0.0); // every programme talks about digital: nothing to measure it on

    CrosstabOptions o;
    o.themes = { "numerique", "ville_connectee" };
    const CrosstabResult x = crosstab(*f.store, o);
    const auto corrected = correctCrosstab(x, c);
    REQUIRE(corrected.size() == x.rows.size() + 1);
    using S = stats::CorrectedShare::Status;
    CHECK(corrected.back()[0].status == S::TooFewCoded);
    CHECK(corrected.back()[1].status == S::NotInFrame);
    CHECK(std::isnan(corrected.back()[0].share));
    CHECK(stats::correctionNote(corrected.back()[0], true).find("repose sur 12 unités codées") != std::string::npos);
}

TEST_CASE("the demo's synthetic validation: two coders whose known error rates are recovered", "[validation][demo]")
{
    const auto g = Gazetteer::load(VIGIE_GAZETTEER_DIR);
    const DemoStudy demo = generateDemo(DemoBank::fromFile(VIGIE_SOURCE_DATA_DIR "/demo/bank.json"), g);
    const fs::path dir
        = fs::temp_directory_path() / ("vigie-demo-validation-" + std::to_string(std::random_device {}()));
    fs::create_directories(dir);
    {
        auto store = CorpusStore::open((dir / "demo.vigie").string());
        std::atomic_bool cancel { false };
        REQUIRE(storeDemo(store, g, demo, {}, cancel));
        ValidationStore v(store);
        const auto samples = v.samples();
        REQUIRE(samples.size() == 1);
        CHECK(samples[0].synthetic);
        CHECK(samples[0].passages == kDemoSampleSize);
        CHECK(samples[0].coders == std::vector<std::string> { kDemoCoders[0].name, kDemoCoders[1].name });
        const Sample sample = *v.sample(samples[0].id);
        const auto codes = v.codes(sample.id);
        REQUIRE(codes.size() == 2 * kDemoSampleSize);

        // Each coder against the generator's truth: the share of true themes missed and of absent
        // ones ticked, over every passage and theme, have Wilson intervals that hold the rates the
        // codes were drawn at.
        std::map<std::string, const DemoProgramme *> bySource;
        for (std::size_t i = 0; i < demo.programmes.size(); ++i) {
            char source[48];
            std::snprintf(source, sizeof source, "démo:programme-%03zu.txt", i + 1);
            bySource[source] = &demo.programmes[i];
        }
        for (const DemoCoder &coder : kDemoCoders) {
            long long truePairs = 0, missed = 0, falsePairs = 0, added = 0;
            for (const PassageCode &c : codes) {
                if (c.coder != coder.name)
                    continue;
                const SamplePassage &p = sample.passages[static_cast<std::size_t>(c.position) - 1];
                const auto truth = demoTruth(*bySource.at(sourceOf(store, *p.programme)), sample.themes);
                for (const std::string &theme : sample.themes) {
                    const bool there = std::find(truth.begin(), truth.end(), theme) != truth.end();
                    const bool ticked = std::find(c.themes.begin(), c.themes.end(), theme) != c.themes.end();
                    (there ? truePairs : falsePairs)++;
                    if (there && !ticked)
                        ++missed;
                    if (!there && ticked)
                        ++added;
                }
            }
            INFO(coder.name << ": missed " << missed << "/" << truePairs << ", added " << added << "/" << falsePairs);
            const auto miss = stats::wilson(missed, truePairs);
            const auto add = stats::wilson(added, falsePairs);
            CHECK(truePairs >= 50);
            CHECK((miss.low <= coder.missRate && coder.missRate <= miss.high));
            CHECK((add.low <= coder.addRate && coder.addRate <= add.high));
        }
        // The dictionary finds in each programme what the generator put there, so the measures
        // against a coder mirror the coder's own errors: precision falls with the ticks added,
        // recall with the themes missed.
        const auto result = measureValidation(
            sample, codes, ThemeMatcher::compile(store.dictionary(store.currentDictionaryVersion())), 200, 1);
        for (const auto &row : result.scores)
            if (row.theme == "numerique")
                CHECK(row.scores.precision.share > 0.5);
        CHECK(result.alpha.at("numerique") > 0.6);

        // The correction of the study's shares by coder A's measures is Rogan-Gladen on them.
        const CorrectionSources sources = correctionSources(store);
        REQUIRE(sources.usable.size() == 2);
        CHECK(sources.usable[0].sample == sample.id);
        CHECK(sources.usable[0].synthetic);
        const ShareCorrection correction = measureCorrection(
            store, sources.usable[0], ThemeMatcher::compile(store.dictionary(store.currentDictionaryVersion())));
        for (const auto &row : result.scores)
            if (row.coder == sources.usable[0].coder) {
                const ThemeCorrection *t = correction.find(row.theme);
                REQUIRE(t);
                CHECK(t->sensitivity == row.scores.recall.share);
                CHECK(t->specificity == row.scores.specificity.share);
                CHECK(t->sensitivitySize == row.scores.recallEffectiveSize);
            }
        CrosstabOptions o;
        o.themes = sample.themes;
        const CrosstabResult x = crosstab(store, o);
        const auto corrected = correctCrosstab(x, correction);
        REQUIRE(corrected.size() == x.rows.size() + 1);
        for (std::size_t t = 0; t < x.themes.size(); ++t) {
            const ThemeCorrection &m = *correction.find(x.themes[t]);
            const auto expected
                = stats::roganGladen(x.total.cells[t].share.share, static_cast<double>(x.total.programmes),
                                     m.sensitivity, m.sensitivitySize, m.specificity, m.specificitySize);
            INFO(x.themes[t]);
            CHECK(corrected.back()[t].status == expected.status);
            if (expected.corrected)
                CHECK(corrected.back()[t].share == expected.share);
        }
        CHECK(corrected.back()[0].corrected); // numerique: 80 programmes coded are enough
    }
    fs::remove_all(dir);
}
