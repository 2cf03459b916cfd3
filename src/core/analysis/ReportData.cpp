// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ReportData.h"

#include "analysis/Lists.h"
#include "import/Ocr.h"

#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace vigie::core {

namespace {

// Up to `n` lines from different programmes, spread over the concordance (which is in document
// order), so the evidence is not all from the first programmes.
std::vector<ConcordanceLine> spread(const std::vector<ConcordanceLine> &lines, int n)
{
    std::vector<ConcordanceLine> distinct;
    std::set<std::int64_t> seen;
    for (const auto &l : lines)
        if (seen.insert(l.programme).second)
            distinct.push_back(l);
    if (static_cast<int>(distinct.size()) <= n)
        return distinct;
    std::vector<ConcordanceLine> out;
    for (int k = 0; k < n; ++k)
        out.push_back(distinct[distinct.size() * static_cast<std::size_t>(k) / static_cast<std::size_t>(n)]);
    return out;
}

// Code points [from, to) of `text`, spaces and line breaks folded to single spaces, with "…"
// where it was cut.
std::string excerptOf(const std::string &text, std::int64_t from, std::int64_t to)
{
    std::string out;
    std::int64_t cp = -1;
    bool space = false;
    for (std::size_t b = 0; b < text.size(); ++b) {
        const auto c = static_cast<unsigned char>(text[b]);
        if ((c & 0xC0) != 0x80)
            ++cp;
        if (cp < from)
            continue;
        if (cp >= to)
            return out + "…";
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

// What a reader of a disagreement needs to see: the text around the theme's first mention (or one
// of its descendants') when the dictionary found it, else the passage's start.
std::string passageExcerpt(Tagger &tagger, const Dictionary &dictionary, const std::string &theme,
                           const std::string &text, bool dictionaryFound)
{
    constexpr std::int64_t kAround = 110, kStart = 260;
    const int t = dictionary.themeIndex(theme);
    if (dictionaryFound && t >= 0)
        for (const Mention &m : tagger.tag(text).mentions) {
            const auto up = dictionary.ancestors(m.theme);
            if (m.theme != t && std::find(up.begin(), up.end(), t) == up.end())
                continue;
            const std::int64_t from = std::max<std::int64_t>(0, m.start - kAround);
            return (from > 0 ? "…" : "") + excerptOf(text, from, m.end + kAround);
        }
    return excerptOf(text, 0, kStart);
}

// Corpus counts and the dictionary's description, for the key figures and the method.
void collectCorpus(CorpusStore &store, const Dictionary &dictionary, ReportData &r)
{
    auto &db = store.database();
    r.programmes = store.programmeCount();
    r.words = db.scalarInt("SELECT coalesce(sum(words), 0) FROM programmes").value_or(0);
    r.communes = db.scalarInt("SELECT count(DISTINCT commune) FROM programmes").value_or(0);
    r.projects = store.projectCount();
    const CoverageResult coverage = listCoverage(store, Grouping::None, SizeClasses::standard());
    r.lists = coverage.total.lists;
    r.listsWithDocument = coverage.total.withDocument;
    r.projectCities = db.scalarInt("SELECT count(DISTINCT commune) FROM projects").value_or(0);
    auto ocr = db.prepare("SELECT ocr_pages, ocr_confidence FROM programmes WHERE ocr_pages <> ''");
    double confidence = 0;
    while (ocr.step()) {
        ++r.ocrDocuments;
        r.ocrPages += static_cast<std::int64_t>(parsePageRanges(ocr.columnText(0)).size());
        confidence += ocr.isNull(1) ? 0.0 : ocr.columnDouble(1);
    }
    if (r.ocrDocuments > 0)
        r.ocrConfidence = confidence / static_cast<double>(r.ocrDocuments);
    r.candidates = store.settingNumber("demo.candidates").value_or(0);
    r.dictionaryName = dictionary.name();
    r.dictionaryVersion = dictionary.version();
    r.dictionaryFingerprint = dictionary.fingerprint();
    r.dictionaryTerms = dictionary.termCount();
    r.dictionaryExclusions = dictionary.exclusionCount();
}

// The root's tree: the root, then the themes whose ancestors include it, in dictionary order.
std::vector<ReportTheme> reportThemes(const Dictionary &dictionary, int root, bool french)
{
    const auto &themes = dictionary.themes();
    std::vector<int> tree { root };
    for (int t = 0; t < static_cast<int>(themes.size()); ++t) {
        const auto anc = dictionary.ancestors(t);
        if (std::find(anc.begin(), anc.end(), root) != anc.end())
            tree.push_back(t);
    }
    std::vector<ReportTheme> out;
    for (int t : tree) {
        const Theme &th = themes[static_cast<std::size_t>(t)];
        ReportTheme rt;
        rt.id = th.id;
        rt.label = french || th.labelEn.empty() ? th.labelFr : th.labelEn;
        for (const auto &term : th.terms) {
            rt.terms.push_back(term.text);
            rt.exclusions += static_cast<int>(term.exclusions.size());
        }
        rt.exclusions += static_cast<int>(th.exclusions.size());
        out.push_back(rt);
    }
    return out;
}

// The root by size class (the headline), then every theme of the tree by size class, with tests.
void collectCrosstabs(CorpusStore &store, const ReportOptions &options, ReportData &r)
{
    CrosstabOptions headline;
    headline.by = Grouping::SizeClass;
    headline.sizes = options.sizes;
    headline.themes = { options.rootTheme };
    headline.withTests = true;
    r.headline = crosstab(store, headline);
    CrosstabOptions byTheme = headline;
    byTheme.themes.clear();
    for (const auto &t : r.themes)
        byTheme.themes.push_back(t.id);
    r.byTheme = crosstab(store, byTheme);
}

// Position of a theme in the report's themes, -1 if it is not one of them.
int themePosition(const std::vector<ReportTheme> &themes, const std::string &id)
{
    for (std::size_t i = 0; i < themes.size(); ++i)
        if (themes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

// Adds a city whose elected list is known to the per-theme summary.
void countPromise(const CityPromise &c, std::vector<PromiseSummary> &promise)
{
    for (std::size_t t = 0; t < promise.size(); ++t) {
        PromiseSummary &s = promise[t];
        const bool p = c.promised[t], d = c.projects[t] > 0;
        s.cities++;
        s.promised += p;
        s.run += d;
        s.both += p && d;
        s.promisedOnly += p && !d;
        s.runOnly += !p && d;
    }
}

// Promise and practice: cities in both the programmes and the barometer, largest first; per theme,
// whether the elected list's programme mentions it and how many of the city's projects do.
void collectPromises(CorpusStore &store, std::int64_t version, const SizeClasses &sizes, ReportData &r)
{
    auto &db = store.database();
    auto cities = db.prepare("SELECT c.insee, c.name, coalesce(c.population, -1) FROM communes c "
                             "WHERE EXISTS (SELECT 1 FROM projects WHERE commune = c.insee) "
                             "AND EXISTS (SELECT 1 FROM programmes WHERE commune = c.insee) "
                             "ORDER BY c.population DESC, c.name");
    auto elected = db.prepare("SELECT id, list_name, candidate FROM programmes WHERE commune = ?1 AND elected = 1 "
                              "ORDER BY round DESC, id LIMIT 1");
    auto promised = db.prepare("SELECT theme FROM programme_theme_counts WHERE programme = ?1 "
                               "AND dictionary_version = ?2 AND total > 0");
    auto run = db.prepare("SELECT t.theme, count(*) FROM project_theme_counts t JOIN projects p ON p.id = t.project "
                          "WHERE p.commune = ?1 AND t.dictionary_version = ?2 AND t.total > 0 GROUP BY t.theme");
    auto projectCount = db.prepare("SELECT count(*) FROM projects WHERE commune = ?1");
    r.promise.assign(r.themes.size(), {});
    while (cities.step()) {
        CityPromise c;
        c.insee = cities.columnText(0);
        c.name = cities.columnText(1);
        const int cls = sizes.classOf(cities.columnInt(2));
        c.sizeClass = cls < 0 ? "" : sizes.classes()[static_cast<std::size_t>(cls)].label;
        c.promised.assign(r.themes.size(), false);
        c.projects.assign(r.themes.size(), 0);
        elected.reset();
        elected.bind(1, c.insee);
        if (elected.step()) {
            const std::int64_t id = elected.columnInt(0);
            c.electedList = elected.columnText(1);
            c.electedCandidate = elected.columnText(2);
            promised.reset();
            promised.bind(1, id).bind(2, version);
            while (promised.step())
                if (const int i = themePosition(r.themes, promised.columnText(0)); i >= 0)
                    c.promised[static_cast<std::size_t>(i)] = true;
        }
        run.reset();
        run.bind(1, c.insee).bind(2, version);
        while (run.step())
            if (const int i = themePosition(r.themes, run.columnText(0)); i >= 0)
                c.projects[static_cast<std::size_t>(i)] = run.columnInt(1);
        projectCount.reset();
        projectCount.bind(1, c.insee);
        projectCount.step();
        c.projectCount = projectCount.columnInt(0);
        if (!c.electedList.empty() || !c.electedCandidate.empty())
            countPromise(c, r.promise);
        r.cities.push_back(std::move(c));
    }
}

// Evidence: a few concordance lines per theme, from different programmes, with their list,
// candidate and commune.
std::vector<std::vector<ConcordanceSample>> collectSamples(CorpusStore &store, const std::vector<ReportTheme> &themes,
                                                           int perTheme)
{
    auto &db = store.database();
    std::vector<std::vector<ConcordanceSample>> out;
    for (const auto &t : themes) {
        ConcordanceQuery q;
        q.theme = t.id;
        q.context = 70;
        q.limit = 2000;
        std::vector<ConcordanceSample> samples;
        for (const auto &line : spread(concordance(store, q), perTheme)) {
            ConcordanceSample s { line, {}, {}, {} };
            if (const auto p = store.programme(line.programme)) {
                s.candidate = p->meta.candidate;
                s.listName = p->meta.listName;
                auto name = db.prepare("SELECT name FROM communes WHERE insee = ?1");
                name.bind(1, p->meta.commune);
                if (name.step())
                    s.commune = name.columnText(0);
            }
            samples.push_back(std::move(s));
        }
        out.push_back(std::move(samples));
    }
    return out;
}

} // namespace

// The coded validation samples, measured with the current dictionary, and the correction of the
// shares by the first sample that can correct them.
void collectValidation(CorpusStore &store, const Dictionary &dictionary, const ReportOptions &options, ReportData &r)
{
    ValidationStore validation(store);
    auto summaries = validation.samples();
    std::reverse(summaries.begin(), summaries.end());
    const auto matcher = ThemeMatcher::compile(dictionary);
    const auto label = [&](const std::string &id) {
        const int t = dictionary.themeIndex(id);
        if (t < 0)
            return id;
        const Theme &theme = dictionary.themes()[static_cast<std::size_t>(t)];
        return !options.french && !theme.labelEn.empty() ? theme.labelEn : theme.labelFr;
    };
    Tagger tagger(matcher);
    auto &communeName = store.database().cached("SELECT name FROM communes WHERE insee = ?1");
    for (const auto &summary : summaries) {
        if (summary.coded == 0)
            continue;
        if (static_cast<int>(r.validations.size()) >= options.validationSamples) {
            ++r.otherValidations;
            continue;
        }
        const std::optional<Sample> sample = validation.sample(summary.id);
        if (!sample)
            continue;
        ReportValidation v;
        v.summary = summary;
        v.dictionaryLabel = dictionary.name() + " " + dictionary.version();
        const std::vector<PassageCode> codes = validation.codes(summary.id);
        std::map<std::string, int> coded;
        for (const PassageCode &c : codes)
            ++coded[c.coder];
        v.coders.assign(coded.begin(), coded.end());
        v.result = measureValidation(*sample, codes, matcher);
        for (const std::string &theme : sample->themes) {
            v.themeLabels.push_back(label(theme));
            std::vector<ReportValidation::Example> examples;
            for (const auto &d : v.result.disagreements) {
                if (d.theme != theme)
                    continue;
                if (static_cast<int>(examples.size()) >= options.disagreementsPerTheme)
                    break;
                const SamplePassage &p = sample->passages[static_cast<std::size_t>(d.position) - 1];
                ReportValidation::Example e;
                e.position = d.position;
                e.theme = theme;
                e.coder = d.coder;
                e.dictionary = d.dictionary;
                e.excerpt = passageExcerpt(tagger, dictionary, theme, p.text, d.dictionary);
                if (p.programme)
                    if (const auto programme = store.programme(*p.programme)) {
                        e.candidate = programme->meta.candidate;
                        communeName.bind(1, programme->meta.commune);
                        if (communeName.step())
                            e.commune = communeName.columnText(0);
                        communeName.reset();
                    }
                examples.push_back(std::move(e));
            }
            v.examples.push_back(std::move(examples));
        }
        r.validations.push_back(std::move(v));
    }

    r.correctionSources = correctionSources(store);
    if (r.correctionSources.usable.empty())
        return;
    r.correction = measureCorrection(store, r.correctionSources.usable.front(), matcher);
    r.headlineCorrected = correctCrosstab(r.headline, *r.correction);
    r.byThemeCorrected = correctCrosstab(r.byTheme, *r.correction);
}

ReportData collectReport(CorpusStore &store, const ReportOptions &options)
{
    ReportData r;
    r.french = options.french;
    r.synthetic = store.isSynthetic();
    r.study = store.database().path();
    r.generatedAt = utcNow();
    r.sizes = options.sizes;
    const std::int64_t version = store.currentDictionaryVersion();
    if (version == 0)
        throw StorageError(r.study + ": the study has no dictionary yet (import programmes first)");
    const Dictionary dictionary = store.dictionary(version);
    const int root = dictionary.themeIndex(options.rootTheme);
    if (root < 0)
        throw std::invalid_argument("the dictionary has no theme \"" + options.rootTheme + "\"");

    collectCorpus(store, dictionary, r);
    r.rootTheme = options.rootTheme;
    r.themes = reportThemes(dictionary, root, options.french);
    r.rootLabel = r.themes.front().label;
    collectCrosstabs(store, options, r);
    BarometerOptions b;
    b.sizes = options.sizes;
    if (r.projects > 0)
        r.barometer = barometer(store, b);
    collectPromises(store, version, options.sizes, r);
    r.samples = collectSamples(store, r.themes, options.samplesPerTheme);
    collectValidation(store, dictionary, options, r);
    return r;
}

} // namespace vigie::core
