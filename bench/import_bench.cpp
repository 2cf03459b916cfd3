// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput and query latency on a study built from a folder of .txt files.
//
//   vigie-bench-import CORPUS_DIR [--db FILE] [--keep] [--import-only]
//
// Each file becomes a programme tied to a real commune (every 7th of the gazetteer, so every
// size class and most departments are present) and a year (2014 or 2020), then the import runs
// with tagging and the search index, as `vigie-cli import --manifest` does. Prints MB/s (10^6 bytes
// of text per second), the database size against the text, peak RSS, and the median of 5 runs of
// crosstabs, a search and a concordance (not with --import-only, for profiling the import).
#include "BenchSupport.h"
#include "analysis/Concordance.h"
#include "analysis/Crosstab.h"
#include "gazetteer/Gazetteer.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace vigie::core;
namespace fs = std::filesystem;
using namespace vigie::bench;

int main(int argc, char **argv)
{
    std::string corpus, db;
    bool keep = false, importOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (a == "--keep")
            keep = true;
        else if (a == "--import-only")
            importOnly = true;
        else
            corpus = a;
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: vigie-bench-import CORPUS_DIR [--db FILE] [--keep] [--import-only]\n");
        return 2;
    }
    if (db.empty())
        db = (fs::temp_directory_path() / "vigie-bench-import.vigie").string();
    for (const char *suffix : { "", "-wal", "-shm" })
        fs::remove(db + suffix);

    const Gazetteer &g = Gazetteer::bundled();
    std::vector<ManifestEntry> entries = Importer::entriesForPaths({ corpus }).entries;
    std::uintmax_t bytes = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        entries[i].insee = g.communes()[(i * 7) % g.communes().size()].insee;
        entries[i].year = i % 2 ? 2020 : 2014;
        bytes += fs::file_size(entries[i].file);
    }

    auto store = CorpusStore::open(db);
    Importer importer(store, g);
    std::atomic_bool cancel { false };
    const auto t0 = Clock::now();
    const ImportReport r = importer.importProgrammes(entries, {}, cancel);
    const auto t1 = Clock::now();
    store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double importS = seconds(t0, t1);
    std::uintmax_t dbBytes = 0;
    for (const char *suffix : { "", "-wal" })
        if (fs::exists(db + suffix))
            dbBytes += fs::file_size(db + suffix);

    std::printf("documents\t%zu (imported %d, failed %d)\n", entries.size(), r.imported, r.failed);
    std::printf("text_MB\t%.1f\n", static_cast<double>(bytes) / 1e6);
    std::printf("import_s\t%.2f\n", importS);
    std::printf("import_MB_per_s\t%.1f\n", static_cast<double>(bytes) / 1e6 / importS);
    std::printf("database_MB\t%.1f\n", static_cast<double>(dbBytes) / 1e6);
    std::printf("database_over_text\t%.2f\n", static_cast<double>(dbBytes) / static_cast<double>(bytes));
    std::printf("peak_rss_after_import_MB\t%.1f\n", peakRssMb());

    if (importOnly) {
        if (!keep)
            for (const char *suffix : { "", "-wal", "-shm" })
                fs::remove(db + suffix);
        return 0;
    }
    CrosstabOptions bySize;
    bySize.themes = { "numerique",
                      "open_data",
                      "ville_connectee",
                      "e_sante",
                      "french_tech",
                      "e_administration",
                      "democratie_participative",
                      "education_numerique",
                      "inclusion_numerique",
                      "tres_haut_debit",
                      "tiers_lieux",
                      "donnees_personnelles_cybersecurite" };
    bySize.withTests = false;
    std::printf("crosstab_size_12_themes_ms\t%.1f\n", medianMs([&] { crosstab(store, bySize); }));
    CrosstabOptions byDept = bySize;
    byDept.by = Grouping::Department;
    std::printf("crosstab_department_12_themes_ms\t%.1f\n", medianMs([&] { crosstab(store, byDept); }));
    CrosstabOptions all;
    all.by = Grouping::Year;
    all.withTests = false;
    std::printf("crosstab_year_all_themes_ms\t%.1f\n", medianMs([&] { crosstab(store, all); }));
    bySize.withTests = true;
    std::printf("crosstab_size_12_themes_with_tests_ms\t%.1f\n", medianMs([&] { crosstab(store, bySize); }));
    const auto depts = crosstab(store, byDept);
    std::printf("test_department_numerique_ms\t%.1f (%zu groups)\n", medianMs([&] { crosstabTest(depts, 0); }, 3),
                depts.rows.size());
    std::size_t hits = 0;
    std::printf("search_ms\t%.1f", medianMs([&] { hits = store.search("\"logiciel libre\"", 100000).size(); }));
    std::printf(" (%zu programmes)\n", hits);
    ConcordanceQuery q;
    q.theme = "open_data";
    q.limit = 500;
    std::printf("kwic_open_data_ms\t%.1f\n", medianMs([&] { concordance(store, q); }, 3));
    std::printf("peak_rss_MB\t%.1f\n", peakRssMb());
    if (!keep)
        for (const char *suffix : { "", "-wal", "-shm" })
            fs::remove(db + suffix);
    return 0;
}
