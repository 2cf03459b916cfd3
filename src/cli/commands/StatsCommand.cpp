// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Crosstab.h"
#include "analysis/Export.h"
#include "analysis/Validation.h"
#include "storage/CorpusStore.h"
#include "tagging/ThemeMatcher.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>

namespace vigie::cli {

namespace {

constexpr const char *kStatsUsageHead = R"(Usage: vigie-cli stats [--db FILE] [--themes ID,...] [--by GROUPING]
                       [--sizes default|insee|N,N,...] [--format table|csv|json]
                       [--corrected [--sample ID] [--coder NAME]]

For each theme: programmes, programmes mentioning it (rolled-up counts), their share with a
Wilson 95 % interval, mentions per 10,000 words, by group; then the test of difference between
groups (chi-square, or Fisher's exact test for 2x2 tables and when expected counts are below 5).

--corrected: each share also corrected for the dictionary's errors measured on a coded
validation sample of whole programmes (Rogan-Gladen; docs/statistics.md, "Corrected shares"):
by default the newest such sample and its coder with the most programmes coded; --sample and
--coder choose. The same correction serves every group.

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

using Corrected = std::vector<std::vector<core::stats::CorrectedShare>>;

std::string correctionLine(const core::ShareCorrection &c)
{
    std::string line = "corrected by sample " + std::to_string(c.source.sample) + " \"" + c.source.sampleName
        + "\", coder " + c.source.coder + " (" + std::to_string(c.source.coded) + " programmes coded)"
        + (c.source.synthetic ? ", synthetic codes" : "") + "; one correction for every group";
    return line;
}

void printTable(const core::CrosstabResult &r, std::ostream &out, const core::ShareCorrection *correction,
                const Corrected &corrected)
{
    if (r.synthetic)
        out << "!! " << core::syntheticNotice(false) << "\n\n";
    if (correction) {
        out << correctionLine(*correction) << "\n";
        for (const auto &t : correction->themes)
            out << "  " << t.theme << ": sensitivity " << core::formatFixed(100 * t.sensitivity, 1)
                << " % (n = " << core::formatFixed(t.sensitivitySize, 0) << "), specificity "
                << core::formatFixed(100 * t.specificity, 1) << " % (n = " << core::formatFixed(t.specificitySize, 0)
                << ")\n";
        out << "\n";
    }
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        out << r.themes[t] << " (" << r.themeLabels[t] << ")\n";
        out << "  group\tprogrammes\tmentioning\tshare %\t95 % interval\tper 10k words"
            << (correction ? "\tcorrected %\t95 % interval" : "") << "\n";
        auto line = [&](const core::CrosstabRow &row, std::size_t index) {
            const auto &c = row.cells[t];
            // The command line speaks English: the core's French total label is "All" here (CSV keeps it).
            out << "  " << (index == r.rows.size() ? std::string("All") : row.label) << "\t" << row.programmes << "\t"
                << c.mentioning << "\t" << core::formatFixed(100 * c.share.share, 1) << "\t"
                << core::formatFixed(100 * c.share.low, 1) << "-" << core::formatFixed(100 * c.share.high, 1) << "\t"
                << core::formatFixed(c.perTenThousandWords, 2);
            if (correction) {
                const auto &k = corrected[index][t];
                if (k.corrected)
                    out << "\t" << core::formatFixed(100 * k.share, 1) << "\t" << core::formatFixed(100 * k.low, 1)
                        << "-" << core::formatFixed(100 * k.high, 1);
                else
                    out << "\t-\t-";
            }
            out << "\n";
        };
        for (std::size_t i = 0; i < r.rows.size(); ++i)
            line(r.rows[i], i);
        line(r.total, r.rows.size());
        if (correction) {
            const std::string note = core::stats::correctionNote(corrected.back()[t], false);
            if (!note.empty())
                out << "  correction: " << note << "\n";
        }
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
    if (r.notPrimary > 0)
        out << r.notPrimary << " document(s) not counted: another document of the same list and round is its "
            << "primary one (vigie-cli lists precedence; docs/counting.md, \"One document per list\")\n";
}

void printJson(const core::CrosstabResult &r, std::ostream &out, const core::ShareCorrection *correction,
               const Corrected &corrected)
{
    nlohmann::ordered_json j;
    j["by"] = core::groupingName(r.by);
    j["dictionary_version"] = r.dictionaryVersion;
    j["ungrouped"] = r.ungrouped;
    j["not_primary"] = r.notPrimary;
    if (r.synthetic)
        j["synthetic_data"] = core::syntheticNotice(false);
    auto themes = nlohmann::ordered_json::array();
    auto number = [](double v) {
        return std::isnan(v) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
    };
    if (correction) {
        auto measures = nlohmann::ordered_json::array();
        for (const auto &t : correction->themes)
            measures.push_back({ { "theme", t.theme },
                                 { "sensitivity", number(t.sensitivity) },
                                 { "sensitivity_n", t.sensitivitySize },
                                 { "specificity", number(t.specificity) },
                                 { "specificity_n", t.specificitySize } });
        j["correction"] = { { "sample", correction->source.sample },
                            { "sample_name", correction->source.sampleName },
                            { "coder", correction->source.coder },
                            { "coded", correction->source.coded },
                            { "synthetic_codes", correction->source.synthetic },
                            { "dictionary", correction->dictionaryLabel },
                            { "measures", measures } };
    }
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        nlohmann::ordered_json theme;
        theme["theme"] = r.themes[t];
        theme["label"] = r.themeLabels[t];
        auto rows = nlohmann::ordered_json::array();
        auto row = [&](const core::CrosstabRow &g, std::size_t index) {
            const auto &c = g.cells[t];
            nlohmann::ordered_json o { { "group", g.key },
                                       { "label", g.label },
                                       { "programmes", g.programmes },
                                       { "mentioning", c.mentioning },
                                       { "share", number(c.share.share) },
                                       { "low", number(c.share.low) },
                                       { "high", number(c.share.high) },
                                       { "mentions", c.mentions },
                                       { "words", g.words },
                                       { "per_10k_words", c.perTenThousandWords } };
            if (correction) {
                const auto &k = corrected[index][t];
                o["corrected"] = { { "share", number(k.share) },
                                   { "low", number(k.low) },
                                   { "high", number(k.high) },
                                   { "note", core::stats::correctionNote(k, false) } };
            }
            return o;
        };
        for (std::size_t i = 0; i < r.rows.size(); ++i)
            rows.push_back(row(r.rows[i], i));
        theme["groups"] = rows;
        theme["total"] = row(r.total, r.rows.size());
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
    bool correct = false;
    std::optional<std::int64_t> sampleId;
    std::string coder;
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
        } else if (a == "--corrected") {
            correct = true;
        } else if (a == "--sample" && hasValue) {
            sampleId
                = wholeNumberOption("stats", "--sample", args[++i], 1, std::numeric_limits<std::int64_t>::max(), s.err);
            if (!sampleId)
                return kUsage;
        } else if (a == "--coder" && hasValue) {
            coder = args[++i];
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
    if ((sampleId || !coder.empty()) && !correct) {
        s.err << "vigie-cli stats: --sample and --coder choose the validation of --corrected\n";
        return kUsage;
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
        std::optional<core::ShareCorrection> correction;
        Corrected corrected;
        if (correct) {
            const core::CorrectionSources sources = core::correctionSources(store);
            const core::CorrectionSource *source = nullptr;
            for (const auto &candidate : sources.usable)
                if ((!sampleId || candidate.sample == *sampleId) && (coder.empty() || candidate.coder == coder)) {
                    source = &candidate;
                    break;
                }
            if (!source && !sources.usable.empty()) {
                s.err << "vigie-cli stats: " << db << ": no validation sample that can correct the shares has";
                if (sampleId)
                    s.err << " id " << *sampleId << (coder.empty() ? "" : " and");
                if (!coder.empty())
                    s.err << " coder \"" << coder << "\"";
                s.err << "; these can:";
                for (const auto &u : sources.usable)
                    s.err << " --sample " << u.sample << " --coder \"" << u.coder << "\";";
                s.err << "\n";
                return kFailed;
            }
            if (!source) {
                s.err << "vigie-cli stats: " << db << ": no coded validation sample of whole programmes drawn from all "
                      << "of them to correct the shares with (" << sources.paragraphSamples << " paragraph sample(s), "
                      << sources.partialSamples << " drawn from tagged or untagged programmes only, "
                      << sources.uncodedSamples << " not coded yet); draw one with vigie-cli sample --unit programme "
                      << "and code it\n";
                return kFailed;
            }
            correction = core::measureCorrection(
                store, *source, core::ThemeMatcher::compile(store.dictionary(result.dictionaryVersion)));
            corrected = core::correctCrosstab(result, *correction);
        }
        const core::ShareCorrection *c = correction ? &*correction : nullptr;
        if (format == "csv")
            core::writeCrosstabCsv(result, s.out, c ? &corrected : nullptr);
        else if (format == "json")
            printJson(result, s.out, c, corrected);
        else
            printTable(result, s.out, c, corrected);
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli stats: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
