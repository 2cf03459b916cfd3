// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ListImport.h"

#include "DataPaths.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"

#include <filesystem>
#include <fstream>
#include <regex>

namespace vigie::core {

std::optional<int> roundFromFileName(const std::string &path)
{
    static const std::regex round(
        R"((?:^|[^a-z0-9])(?:tour|t)[-_ ]?([12])(?:[^0-9]|$)|(?:^|[^a-z0-9])([12])(?:nd|er|e)?[-_ ]?tour)",
        std::regex::icase);
    const std::string name = std::filesystem::path(path).filename().string();
    std::smatch m;
    if (!std::regex_search(name, m, round))
        return std::nullopt;
    return (m[1].matched ? m[1].str() : m[2].str()) == "2" ? 2 : 1;
}

std::optional<int> yearFromFileName(const std::string &path)
{
    static const std::regex year(R"((?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$))");
    const std::string name = std::filesystem::path(path).filename().string();
    std::smatch m;
    if (!std::regex_search(name, m, year))
        return std::nullopt;
    return std::stoi(m[1].str());
}

ResultsImportReport importResultsFile(CorpusStore &store, const std::string &path, std::optional<int> year,
                                      std::optional<int> round)
{
    ResultsImportReport report;
    report.file = path;
    auto namedYear = year ? year : yearFromFileName(path);
    if (!namedYear) { // the study's lists are of one election: that one
        auto years = store.database().prepare("SELECT DISTINCT year FROM lists LIMIT 2");
        std::vector<int> found;
        while (years.step())
            found.push_back(static_cast<int>(years.columnInt(0)));
        if (found.size() == 1)
            namedYear = found.front();
    }
    if (!namedYear)
        throw ImportError({ .kind = ImportProblem::Kind::Other,
                            .source = path,
                            .detail = "neither the file name nor the study's lists say the election's year; give it "
                                      "(vigie-cli import --year 2026)" });
    report.year = *namedYear;
    report.round = round.value_or(roundFromFileName(path).value_or(1));
    ResultsFile file = readResultsFile(path);
    report.rows = file.rows;
    report.results = static_cast<int>(file.results.size());
    report.problems = std::move(file.problems);

    // The elected list of each commune: the most seats, when there are any.
    std::map<std::string, std::int64_t> most;
    for (const ListResult &r : file.results)
        most[r.code] = std::max(most[r.code], r.seats);
    Database &db = store.database();
    Transaction tx(db);
    auto put = db.prepare("UPDATE lists SET seats = ?1, elected = ?2, results = ?3, updated_at = ?4 WHERE year = ?5 "
                          "AND round = ?6 AND constituency = ?7 AND panel = ?8");
    const std::string now = utcNow();
    for (const ListResult &r : file.results) {
        const bool elected = r.seats > 0 && r.seats == most[r.code];
        put.bind(1, r.seats).bind(2, elected ? 1 : 0).bind(3, path).bind(4, now);
        put.bind(5, report.year).bind(6, report.round).bind(7, r.code).bind(8, r.panel);
        put.run();
        put.reset();
        if (db.changes() > 0) {
            ++report.matched;
            report.elected += elected;
        } else {
            report.unmatched.push_back(r);
        }
    }
    tx.commit();
    return report;
}

std::string nuanceLabel2020(const std::string &code)
{
    static const std::map<std::string, std::string> grid = [] {
        std::map<std::string, std::string> out;
        const std::string dir = dataDirectory();
        if (dir.empty())
            return out;
        std::ifstream in(dir + "/nuances/municipales-2020.tsv");
        std::string line;
        std::getline(in, line); // header
        while (std::getline(in, line)) {
            const auto tab = line.find('\t');
            if (tab != std::string::npos)
                out.emplace(line.substr(0, tab), line.substr(tab + 1));
        }
        return out;
    }();
    const auto it = grid.find(code);
    return it == grid.end() ? std::string() : it->second;
}

ListImportReport importCandidateFile(CorpusStore &store, const Gazetteer &gazetteer, const std::string &path,
                                     std::optional<int> round, const ProgressSink &progress,
                                     const std::atomic_bool &cancel)
{
    ListImportReport report;
    report.file = path;
    report.round = round.value_or(roundFromFileName(path).value_or(1));
    std::int64_t fileSize = 0;
    CandidateFile file;
    try {
        file = readCandidateFile(
            path, report.round,
            [&](std::int64_t done, std::int64_t total) {
                fileSize = total;
                if (progress)
                    progress(done, total + total / 20, path);
            },
            &cancel);
    } catch (const ImportError &e) {
        if (e.kind() == ImportProblem::Kind::Cancelled) {
            report.cancelled = true;
            return report;
        }
        throw;
    }
    report.shape = file.shape;
    report.year = file.shape == CandidateFileShape::Municipales2026 ? 2026 : 2020;
    report.rows = file.rows;
    report.lists = static_cast<int>(file.lists.size());
    report.problems = std::move(file.problems);

    Database &db = store.database();
    Transaction tx(db);
    const auto count = [&] {
        auto st = db.prepare("SELECT count(*) FROM lists WHERE year = ?1 AND round = ?2");
        st.bind(1, report.year).bind(2, report.round);
        return st.step() ? st.columnInt(0) : 0;
    };
    const std::int64_t before = count();
    auto put = db.prepare(
        "INSERT INTO lists(year, round, constituency, commune, commune_name, panel, name, short_name, nuance_code, "
        "nuance_label, head, candidates, source, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13, ?14) ON CONFLICT(year, round, constituency, panel) DO UPDATE SET commune = excluded.commune, "
        "commune_name = excluded.commune_name, name = excluded.name, short_name = excluded.short_name, "
        "nuance_code = excluded.nuance_code, nuance_label = excluded.nuance_label, head = excluded.head, "
        "candidates = excluded.candidates, source = excluded.source, updated_at = excluded.updated_at");
    const std::string now = utcNow();
    std::size_t done = 0;
    for (const OfficialList &l : file.lists) {
        if (cancel.load()) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        const CityResolution where = gazetteer.resolveEntry(l.insee, {}, {});
        std::optional<std::string> commune;
        if (where.resolved()) {
            const Commune &c = gazetteer.commune(where.commune);
            store.ensureCommune(c);
            commune = c.insee;
        } else {
            report.unresolved.push_back(l);
        }
        std::string label = l.nuanceLabel;
        if (label.empty() && file.shape == CandidateFileShape::Municipales2020)
            label = nuanceLabel2020(l.nuanceCode);
        std::string head = l.headFirstName;
        if (!l.headLastName.empty())
            head += (head.empty() ? "" : " ") + l.headLastName;
        put.bind(1, report.year).bind(2, report.round).bind(3, l.insee).bind(4, commune).bind(5, l.communeName);
        put.bind(6, l.panel).bind(7, l.name).bind(8, l.shortName).bind(9, l.nuanceCode).bind(10, label);
        put.bind(11, head).bind(12, l.candidates).bind(13, path).bind(14, now);
        put.run();
        put.reset();
        if (progress && ++done % 4096 == 0)
            progress(fileSize
                         + fileSize / 20 * static_cast<std::int64_t>(done)
                             / static_cast<std::int64_t>(file.lists.size()),
                     fileSize + fileSize / 20, path);
    }
    const std::int64_t after = count();
    report.added = static_cast<int>(after - before);
    report.updated = report.lists - report.added;
    report.yearsFromLists = giveYearsFromLists(store);
    auto withDocs = db.prepare(
        "SELECT count(*) FROM lists l WHERE l.year = ?1 AND l.round = ?2 AND l.source = ?3 AND EXISTS (SELECT 1 "
        "FROM programmes p WHERE p.commune = l.commune AND p.panel = l.panel AND p.year = l.year AND p.round = "
        "l.round)");
    withDocs.bind(1, report.year).bind(2, report.round).bind(3, path);
    report.withDocuments = withDocs.step() ? static_cast<int>(withDocs.columnInt(0)) : 0;
    tx.commit();
    if (progress)
        progress(fileSize + fileSize / 20, fileSize + fileSize / 20, path);
    return report;
}

int giveYearsFromLists(CorpusStore &store)
{
    auto st = store.database().prepare(
        "UPDATE programmes SET year = (SELECT min(l.year) FROM lists l WHERE l.commune = programmes.commune AND "
        "l.panel = programmes.panel AND l.round = programmes.round) "
        "WHERE year IS NULL AND round IS NOT NULL AND panel IS NOT NULL AND commune IS NOT NULL AND "
        "(SELECT count(DISTINCT l.year) FROM lists l WHERE l.commune = programmes.commune AND "
        "l.panel = programmes.panel AND l.round = programmes.round) = 1");
    st.run();
    return static_cast<int>(store.database().changes());
}

} // namespace vigie::core
