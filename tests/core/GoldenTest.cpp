// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: tests/golden/<case>/input.txt is tagged with the default dictionary (or the case's
// own dictionary.json) and must give exactly expected.json: word count, rolled-up counts and every
// span. To accept a deliberate change, run with VIGIE_UPDATE_GOLDEN=1 and review the diff.
#include "tagging/TagResultJson.h"
#include "text/Utf8.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

} // namespace

TEST_CASE("golden files: tagging output is exactly as reviewed", "[golden]")
{
    const bool update = std::getenv("VIGIE_UPDATE_GOLDEN") != nullptr;
    const auto defaultMatcher = ThemeMatcher::compile(Dictionary::fromFile(VIGIE_DICTIONARY));
    std::vector<fs::path> cases;
    for (const auto &entry : fs::directory_iterator(VIGIE_GOLDEN_DIR))
        if (entry.is_directory())
            cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 8); // a suite that silently finds nothing must fail

    for (const auto &dir : cases) {
        SECTION(dir.filename().string())
        {
            const std::string input = slurp(dir / "input.txt");
            REQUIRE_FALSE(findUtf8Problem(input));
            auto matcher = defaultMatcher;
            if (fs::exists(dir / "dictionary.json"))
                matcher = ThemeMatcher::compile(Dictionary::fromFile((dir / "dictionary.json").string()));
            Tagger tagger(matcher);
            const auto text = NormalizedText::fromUtf8(input);
            const auto actual = tagResultToJson(tagger.tag(text), text, matcher->dictionary(), true);
            if (update) {
                std::ofstream(dir / "expected.json") << actual.dump(2) << "\n";
                continue;
            }
            REQUIRE(fs::exists(dir / "expected.json"));
            const auto expected = nlohmann::ordered_json::parse(slurp(dir / "expected.json"));
            INFO("expected: " << expected.dump(1));
            INFO("actual:   " << actual.dump(1));
            CHECK(actual == expected);
        }
    }
}
