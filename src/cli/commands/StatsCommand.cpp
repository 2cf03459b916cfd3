// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Crosstab.h"
#include "analysis/Export.h"
#include "storage/CorpusStore.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <ostream>
#include <sstream>

namespace vigie::cli {

namespace {

constexpr const char *kStatsUsageHead = R"(Usage: vigie-cli stats [--db FILE] [--themes ID,...] [--by GROUPING]
                       [--sizes default|insee|N,N,...] [--format table|csv|json]

For each theme: programmes, programmes mentioning it (rolled-up counts), their share with a
Wilson 95 % interval, mentions per 10,000 words, by group; then the test of difference between
groups (chi-square, or Fisher's exact test for 2x2 tables and when expected counts are below 5).

)";

// The groupings come from core's registry, as the window's menus do.
std::string statsUsage()
{
    return std::string(kStatsUsageHead) + "GROUPING: " + core::groupingIds()
        + " (default: size; size-insee uses the 5 INSEE classes).\n"
          "--themes: comma-separated theme ids (default: numerique and its children).\n"
          "--sizes: size-class thresholds (default 50000,200000; insee = 10000,50000,100000,200000);\n"
          "         given, they replace the grouping's own.\n";
}

void printTable(const core::CrosstabResult &r, std::ostream &out)
{
    if (r.synthetic)
        out << "!! " << core::syntheticNotice(false) << "\n\n";
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        out << r.themes[t] << " (" << r.themeLabels[t] << ")\n";
        out << "  group\tprogrammes\tmentioning\tshare %\t95 % interval\tper 10k words\n";
        auto line = [&](const core::CrosstabRow &row) {
            const auto &c = row.cells[t];
            out << "  " << row.label << "\t" << row.programmes << "\t" << c.mentioning << "\t"
                << core::formatFixed(100 * c.share.share, 1) << "\t" << core::formatFixed(100 * c.share.low, 1) << "-"
                << core::formatFixed(100 * c.share.high, 1) << "\t" << core::formatFixed(c.perTenThousandWords, 2)
                << "\n";
        };
        for (const auto &row : r.rows)
            line(row);
        line(r.total);
        const auto &test = r.tests[t];
        out << "  test: " << core::testMethodName(static_cast<int>(test.method))
            << ", p = " << core::formatFixed(test.pValue, 4);
        if (test.method == core::stats::IndependenceTest::Method::ChiSquare)
            out << " (chi2 = " << core::formatFixed(test.chiSquare, 2) << ", df = " << test.degreesOfFreedom << ")";
        if (test.lowExpectedWarning)
            out << "; warning: expected counts below 5";
        out << "\n\n";
    }
    if (r.ungrouped > 0)
        out << r.ungrouped << " programme(s) have no " << core::groupingName(r.by)
            << " (unknown commune or value): counted in the total only\n";
}

void printJson(const core::CrosstabResult &r, std::ostream &out)
{
    nlohmann::ordered_json j;
    j["by"] = core::groupingName(r.by);
    j["dictionary_version"] = r.dictionaryVersion;
    j["ungrouped"] = r.ungrouped;
    if (r.synthetic)
        j["synthetic_data"] = core::syntheticNotice(false);
    auto themes = nlohmann::ordered_json::array();
    auto number = [](double v) {
        return std::isnan(v) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
    };
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        nlohmann::ordered_json theme;
        theme["theme"] = r.themes[t];
        theme["label"] = r.themeLabels[t];
        auto rows = nlohmann::ordered_json::array();
        auto row = [&](const core::CrosstabRow &g) {
            const auto &c = g.cells[t];
            return nlohmann::ordered_json { { "group", g.key },
                                            { "label", g.label },
                                            { "programmes", g.programmes },
                                            { "mentioning", c.mentioning },
                                            { "share", number(c.share.share) },
                                            { "low", number(c.share.low) },
                                            { "high", number(c.share.high) },
                                            { "mentions", c.mentions },
                                            { "words", g.words },
                                            { "per_10k_words", c.perTenThousandWords } };
        };
        for (const auto &g : r.rows)
            rows.push_back(row(g));
        theme["groups"] = rows;
        theme["total"] = row(r.total);
        const auto &test = r.tests[t];
        theme["test"] = { { "method", core::testMethodName(static_cast<int>(test.method)) },
                          { "p_value", number(test.pValue) },
                          { "chi_square", number(test.chiSquare) },
                          { "df", test.degreesOfFreedom },
                          { "low_expected_warning", test.lowExpectedWarning },
                          { "note", test.note } };
        themes.push_back(theme);
    }
    j["themes"] = themes;
    out << j.dump(2) << "\n";
}

} // namespace

int runStats(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    std::string format = "table";
    core::CrosstabOptions options;
    bool themesGiven = false;
    bool sizesGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "-h" || a == "--help") {
            s.out << statsUsage();
            return kOk;
        } else if (a == "--db" && hasValue) {
            db = args[++i];
        } else if (a == "--format" && hasValue) {
            format = args[++i];
        } else if (a == "--themes" && hasValue) {
            options.themes = splitList(args[++i]);
            themesGiven = true;
        } else if (a == "--by" && hasValue) {
            const core::GroupingSpec *g = core::findGrouping(args[++i]);
            if (!g) {
                s.err << "vigie-cli stats: unknown grouping \"" << args[i] << "\"\n\n" << statsUsage();
                return kUsage;
            }
            options.by = g->grouping;
            if (!sizesGiven)
                options.sizes = g->sizeClasses();
        } else if (a == "--sizes" && hasValue) {
            const std::string v = args[++i];
            sizesGiven = true;
            try {
                if (v == "insee")
                    options.sizes = core::SizeClasses::insee();
                else if (v != "default") {
                    std::vector<std::int64_t> t;
                    for (const auto &part : splitList(v)) {
                        const auto n = wholeNumberOption("stats", "--sizes", part, 1,
                                                         std::numeric_limits<std::int64_t>::max(), s.err);
                        if (!n)
                            return kUsage;
                        t.push_back(*n);
                    }
                    options.sizes = core::SizeClasses(t);
                }
            } catch (const std::exception &) {
                s.err
                    << "vigie-cli stats: --sizes takes default, insee, or increasing thresholds such as 20000,100000\n";
                return kUsage;
            }
        } else {
            s.err << "vigie-cli stats: unexpected argument \"" << a << "\"\n\n" << statsUsage();
            return kUsage;
        }
    }
    if (format != "table" && format != "csv" && format != "json") {
        s.err << "vigie-cli stats: --format is table, csv or json\n";
        return kUsage;
    }
    try {
        auto store = openStudy(db, false);
        if (!themesGiven) {
            const auto dict = store.dictionary(store.currentDictionaryVersion());
            for (std::size_t t = 0; t < dict.themes().size(); ++t) {
                const auto chain = dict.ancestors(static_cast<int>(t));
                if (dict.themes()[t].id == "numerique"
                    || (!chain.empty() && dict.themes()[static_cast<std::size_t>(chain.back())].id == "numerique"))
                    options.themes.push_back(dict.themes()[t].id);
            }
        }
        const auto result = core::crosstab(store, options);
        if (format == "csv")
            core::writeCrosstabCsv(result, s.out);
        else if (format == "json")
            printJson(result, s.out);
        else
            printTable(result, s.out);
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli stats: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
