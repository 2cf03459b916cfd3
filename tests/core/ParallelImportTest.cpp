// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Documents read on N workers and stored by one writer: the study is the same for any N.
#include "OrderedWorkers.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-parallel-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir); }
    ~Folder() { fs::remove_all(dir); }
};

// Every row a study holds about its programmes, in id order, as text.
std::string dump(Database &db)
{
    std::ostringstream out;
    const auto table = [&](const std::string &sql, int columns) {
        auto st = db.prepare(sql);
        while (st.step()) {
            for (int c = 0; c < columns; ++c)
                out << st.columnText(c) << '\t';
            out << '\n';
        }
        out << "--\n";
    };
    table("SELECT id, source, format, encoding, content_hash, words, ocr_pages, round(ocr_confidence, 6), text "
          "FROM programmes ORDER BY id",
          9);
    table("SELECT programme, dictionary_version, theme, term, rule, start, end FROM programme_mentions "
          "ORDER BY programme, start, end, theme",
          7);
    table("SELECT programme, dictionary_version, theme, own, total FROM programme_theme_counts "
          "ORDER BY programme, theme",
          5);
    table("SELECT rowid, * FROM programme_search ORDER BY rowid", 2);
    return out.str();
}

struct Imported
{
    std::string rows;
    std::string failures;
};

Imported importWith(int jobs, const std::vector<ManifestEntry> &entries)
{
    Folder f;
    auto store = CorpusStore::open((f.dir / "etude.vigie").string());
    Importer importer(store, vigie::test::gazetteer());
    importer.setJobs(jobs);
    std::atomic_bool cancel { false };
    const ImportReport r = importer.importProgrammes(entries, {}, cancel);
    Imported out { dump(store.database()), {} };
    for (const auto &failure : r.failures)
        out.failures += failure.item + ": " + failure.problem.message() + "\n";
    for (const auto &o : r.readByOcr)
        out.failures += o.item + ": OCR " + o.pages + "\n";
    return out;
}

} // namespace

TEST_CASE("ordered workers hand items out in index order, whatever order they finish in", "[import][jobs]")
{
    for (const int jobs : { 1, 2, 5 }) {
        INFO(jobs << " workers");
        // Later items are made faster than earlier ones, so workers finish out of order.
        OrderedWorkers<std::size_t> workers(
            40, jobs,
            [](std::size_t i, int) {
                std::this_thread::sleep_for(std::chrono::microseconds(100 * ((40 - i) % 7)));
                return i * i;
            },
            3);
        for (std::size_t i = 0; i < 40; ++i)
            CHECK(workers.next() == i * i);
    }
}

TEST_CASE("an import gives the same study on one worker and on several", "[import][jobs]")
{
    const std::string data = VIGIE_TEST_DATA_DIR;
    // Text in every format, files that fail, PDFs with and without a text layer, scanned pages.
    const PathEntries paths = Importer::entriesForPaths({ data + "/import/programmes", data + "/pdf", data + "/office",
                                                          data + "/ocr/scan-mixed.pdf", data + "/ocr/scan-150dpi.pdf",
                                                          data + "/ocr/scan-blank.pdf" });
    REQUIRE(paths.entries.size() > 20);
    const Imported one = importWith(1, paths.entries);
    const Imported three = importWith(3, paths.entries);
    CHECK(one.failures == three.failures);
    CHECK_THAT(one.failures, Catch::Contains("scan-mixed.pdf: OCR 2"));
    CHECK(one.rows == three.rows);
    CHECK(one.rows.size() > 10000);
}

TEST_CASE("a retag gives the same study on one worker and on several", "[retag][jobs]")
{
    const std::string data = VIGIE_TEST_DATA_DIR;
    const PathEntries paths
        = Importer::entriesForPaths({ data + "/import/programmes", data + "/pdf", data + "/office" });
    Folder f;
    const fs::path original = f.dir / "etude.vigie";
    std::string imported;
    {
        auto store = CorpusStore::open(original.string());
        Importer importer(store, vigie::test::gazetteer());
        std::atomic_bool cancel { false };
        REQUIRE(importer.importProgrammes(paths.entries, {}, cancel).imported > 10);
        imported = dump(store.database());
    }
    // A dictionary of its own (another name: a new version), the same terms.
    Dictionary dictionary = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::string retagged[2];
    for (const int i : { 0, 1 }) {
        const fs::path copy = f.dir / ("copie-" + std::to_string(i) + ".vigie");
        fs::copy_file(original, copy);
        auto store = CorpusStore::open(copy.string());
        std::atomic_bool cancel { false };
        REQUIRE(store.retag(dictionary, {}, cancel, i == 0 ? 1 : 3));
        retagged[i] = dump(store.database());
    }
    CHECK(retagged[0] == retagged[1]);
    CHECK(retagged[0] == imported); // the same dictionary: the rows the import wrote
}
