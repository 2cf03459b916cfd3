// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Barometer.h"
#include "gazetteer/Gazetteer.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

TEST_CASE("barometer projects import and break down by category, sector, size and maturity", "[barometer]")
{
    const fs::path dir = fs::temp_directory_path() / ("vigie-baro-" + std::to_string(std::random_device {}()));
    fs::create_directories(dir);
    {
        auto store = CorpusStore::open((dir / "etude.vigie").string());
        const auto g = Gazetteer::load(VIGIE_GAZETTEER_DIR);
        Importer importer(store, g);
        std::atomic_bool cancel { false };
        const std::string file = VIGIE_TEST_DATA_DIR "/import/projects.csv";
        auto report = importer.importProjects(readProjects(file), file, {}, cancel);
        CHECK(report.imported == 5);
        CHECK(report.unresolved == 1); // Saint-Denis without a department
        report = importer.importProjects(readProjects(file), file, {}, cancel);
        CHECK(report.updated == 5);
        CHECK(store.projectCount() == 5);
        CHECK(store.database().scalarInt("SELECT budget FROM projects WHERE title = 'Stationnement intelligent'")
              == 450000);

        const auto r = barometer(store, {});
        CHECK(r.projects == 5);
        CHECK(r.cities == 3);
        CHECK(r.withoutCity == 1);
        REQUIRE(r.declared.size() == 5);
        CHECK(r.declared[0].projects == 1);
        CHECK(r.declared[0].share.share == Approx(0.2));
        // Each project's sector is found by the dictionary's "secteurs" tree.
        REQUIRE(r.detected.size() == 8);
        for (const char *sector :
             { "loisirs_tourisme", "transports_mobilite", "citoyennete", "education", "energie_environnement" }) {
            INFO(sector);
            const auto it
                = std::find_if(r.detected.begin(), r.detected.end(), [&](const auto &d) { return d.key == sector; });
            REQUIRE(it != r.detected.end());
            CHECK(it->projects == 1);
        }
        // Lyon (2) is over 200,000; Le Havre and Villeurbanne are between 50,000 and 200,000.
        CHECK(r.bySize[2].projects == 2);
        CHECK(r.bySize[1].projects == 2);
        CHECK(r.stages == std::vector<std::string> { "idée", "étude", "déploiement", "en service" }); // stage order
        std::int64_t total = 0;
        for (const auto &row : r.stagesByCategory)
            for (const auto n : row)
                total += n;
        CHECK(total == 5);
    }
    fs::remove_all(dir);
}

TEST_CASE("project files with problems are refused with the line", "[barometer][manifest]")
{
    CHECK_THROWS_WITH(readProjects(VIGIE_TEST_DATA_DIR "/import/projects-bad-budget.csv"),
                      Catch::Contains("projects-bad-budget.csv:2: budget \"beaucoup\" is not an amount"));
    CHECK_THROWS_WITH(readProjects(VIGIE_TEST_DATA_DIR "/import/manifest.csv"),
                      Catch::Contains(":1: unknown column \"file\""));
}
