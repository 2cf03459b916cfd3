// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sample, codes and validate: validation of the dictionary by hand coding (docs/statistics.md).
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Export.h"
#include "analysis/Groupings.h"
#include "analysis/TableExport.h"
#include "analysis/Validation.h"
#include "storage/CorpusStore.h"
#include "tagging/ThemeMatcher.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <ostream>
#include <sstream>

namespace vigie::cli {

namespace {

constexpr const char *kSampleUsage
    = R"(Usage: vigie-cli sample [--db FILE] [--unit paragraph|programme] [--n N] [--by GROUPING]
                        [--allocation proportional|equal] [--frame all|tagged|untagged|both]
                        [--themes ID,...] [--seed S] [--name NAME]
       vigie-cli sample list [--db FILE]
       vigie-cli sample export [--db FILE] --sample ID --coder NAME --out FILE.csv|FILE.xlsx
       vigie-cli sample delete [--db FILE] --sample ID

Draws a random sample of passages (paragraphs, or whole programmes) from the study for hand
coding, stratified by GROUPING (default: size), and stores it with its design, so that the same
seed on the same study draws the same passages. --frame tagged draws only passages the dictionary
tags with a theme of the coding frame (to measure precision), untagged only the others (recall),
both each as strata of their own. --themes is the coding frame (default: numerique, open_data,
ville_connectee, e_sante, french_tech). Defaults: --n 100, --seed 1.
"export" writes a coding sheet for a coder (a CSV or XLSX spreadsheet: one row per passage, one
column per theme; write 1 where the passage talks about the theme). The dictionary's verdict is
not in it.
)";

constexpr const char *kCodesUsage
    = R"(Usage: vigie-cli codes import [--db FILE] --sample ID --coder NAME FILE.csv|FILE.xlsx

Reads a coding sheet filled in by a coder (as written by "vigie-cli sample export", saved as CSV
or as an .xlsx workbook: its first sheet) and stores the coder's codes, replacing the coder's
earlier codes of the same passages. A problem in the sheet is reported with its line (the
spreadsheet's row number for a workbook), and then nothing is stored.
)";

constexpr const char *kValidateUsage
    = R"(Usage: vigie-cli validate [--db FILE] [--sample ID] [--format table|csv|json] [--disagreements]

Measures the study's current dictionary against the coders of a validation sample (default: the
latest): per theme and coder, precision, recall and F1 with 95 % intervals (Wilson; F1 by seeded
bootstrap), Cohen's kappa; per theme, Krippendorff's alpha across coders. Estimates are weighted
back to the study by each passage's stratum (docs/statistics.md). --disagreements lists the
passages where the dictionary and a coder differ.
)";

std::string percent(double v)
{
    return std::isnan(v) ? "-" : core::formatFixed(100 * v, 1);
}

std::string interval(double low, double high)
{
    return std::isnan(low) ? "-" : percent(low) + "-" + percent(high);
}

nlohmann::ordered_json number(double v)
{
    return std::isnan(v) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
}

std::shared_ptr<const core::ThemeMatcher> currentMatcher(core::CorpusStore &store)
{
    return core::ThemeMatcher::compile(store.dictionary(store.currentDictionaryVersion()));
}

int drawCommand(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    core::SampleDesign design;
    std::vector<std::string> themes;
    std::string name;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool hasValue = i + 1 < args.size();
        const auto bad = [&](const std::string &what) {
            s.err << "vigie-cli sample: " << what << "\n\n" << kSampleUsage;
            return kUsage;
        };
        if (a == "-h" || a == "--help") {
            s.out << kSampleUsage;
            return kOk;
        } else if (a == "--db" && hasValue) {
            db = args[++i];
        } else if (a == "--unit" && hasValue) {
            const auto unit = core::sampleUnitFromName(args[++i]);
            if (!unit)
                return bad("--unit is paragraph or programme, not \"" + args[i] + "\"");
            design.unit = *unit;
        } else if (a == "--frame" && hasValue) {
            const auto frame = core::sampleFrameFromName(args[++i]);
            if (!frame)
                return bad("--frame is all, tagged, untagged or both, not \"" + args[i] + "\"");
            design.frame = *frame;
        } else if (a == "--allocation" && hasValue) {
            const auto allocation = core::allocationFromName(args[++i]);
            if (!allocation)
                return bad("--allocation is proportional or equal, not \"" + args[i] + "\"");
            design.allocation = *allocation;
        } else if (a == "--by" && hasValue) {
            design.grouping = args[++i];
            if (!core::findGrouping(design.grouping))
                return bad("unknown grouping \"" + design.grouping + "\" (" + core::groupingIds() + ")");
        } else if (a == "--n" && hasValue) {
            const auto n = wholeNumberOption("sample", "--n", args[++i], 1, 100000, s.err);
            if (!n)
                return kUsage;
            design.size = static_cast<int>(*n);
        } else if (a == "--seed" && hasValue) {
            const auto seed
                = wholeNumberOption("sample", "--seed", args[++i], 0, std::numeric_limits<std::int64_t>::max(), s.err);
            if (!seed)
                return kUsage;
            design.seed = static_cast<std::uint64_t>(*seed);
        } else if (a == "--themes" && hasValue) {
            themes = splitList(args[++i]);
        } else if (a == "--name" && hasValue) {
            name = args[++i];
        } else {
            return bad("unexpected argument \"" + a + "\"");
        }
    }
    try {
        auto store = openStudy(db, false, &s.err, "sample");
        if (themes.empty())
            themes = core::defaultCodingFrame(*currentMatcher(store));
        core::Sample sample = core::drawSample(store, design, themes);
        sample.name = name;
        core::ValidationStore(store).save(sample);
        std::map<std::string, std::pair<std::string, std::int64_t>> strata;
        for (const auto &p : sample.passages)
            strata[p.stratum] = { p.stratumLabel
                                      + (p.stratum.ends_with("|tagged")         ? " (tagged)"
                                             : p.stratum.ends_with("|untagged") ? " (untagged)"
                                                                                : ""),
                                  p.drawn };
        s.out << "sample " << sample.id << " \"" << sample.name << "\": " << sample.passages.size() << " "
              << core::sampleUnitName(design.unit) << (sample.passages.size() == 1 ? "" : "s") << " drawn (seed "
              << design.seed << ", " << core::allocationName(design.allocation) << " by " << design.grouping
              << ", frame " << core::sampleFrameName(design.frame) << "; dictionary " << sample.dictionaryLabel
              << ")\n";
        for (const std::string &key : sample.strata) // in the grouping's order: size classes by size
            if (const auto it = strata.find(key); it != strata.end())
                s.out << "  " << it->second.first << ": " << it->second.second << "\n";
        s.out << "coding frame: ";
        for (std::size_t t = 0; t < sample.themes.size(); ++t)
            s.out << (t ? ", " : "") << sample.themes[t];
        s.out << "\n";
        if (static_cast<int>(sample.passages.size()) < design.size)
            s.out << "(the study has only " << sample.passages.size() << " passages that fit the design)\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli sample: " << e.what() << "\n";
        return kFailed;
    }
}

// --db, --sample, --coder, --out and one positional argument, for the subcommands.
struct SampleArgs
{
    std::string db = core::defaultStudyPath();
    std::optional<std::int64_t> sample;
    std::string coder;
    std::string out;
    std::string file;
    std::string format = "table";
    bool disagreements = false;
};

bool parseSampleArgs(const std::vector<std::string> &args, const char *command, const char *usage, Streams s,
                     SampleArgs &a, int &exit)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &x = args[i];
        const bool hasValue = i + 1 < args.size();
        if (x == "-h" || x == "--help") {
            s.out << usage;
            exit = kOk;
            return false;
        } else if (x == "--db" && hasValue) {
            a.db = args[++i];
        } else if (x == "--sample" && hasValue) {
            a.sample
                = wholeNumberOption(command, "--sample", args[++i], 1, std::numeric_limits<std::int64_t>::max(), s.err);
            if (!a.sample) {
                exit = kUsage;
                return false;
            }
        } else if (x == "--coder" && hasValue) {
            a.coder = args[++i];
        } else if (x == "--out" && hasValue) {
            a.out = args[++i];
        } else if (x == "--format" && hasValue) {
            a.format = args[++i];
        } else if (x == "--disagreements") {
            a.disagreements = true;
        } else if (!x.starts_with("-") && a.file.empty()) {
            a.file = x;
        } else {
            s.err << "vigie-cli " << command << ": unexpected argument \"" << x << "\"\n\n" << usage;
            exit = kUsage;
            return false;
        }
    }
    return true;
}

core::Sample loadSample(core::ValidationStore &v, const std::optional<std::int64_t> &id)
{
    std::optional<std::int64_t> wanted = id;
    if (!wanted) {
        const auto all = v.samples();
        if (all.empty())
            throw core::ValidationError("the study has no validation sample: draw one with \"vigie-cli sample\"");
        wanted = all.back().id;
    }
    auto sample = v.sample(*wanted);
    if (!sample)
        throw core::ValidationError("the study has no sample " + std::to_string(*wanted)
                                    + " (\"vigie-cli sample list\" shows them)");
    return *sample;
}

int sampleSubcommand(const std::string &which, const std::vector<std::string> &args, Streams s)
{
    SampleArgs a;
    int exit = kOk;
    if (!parseSampleArgs(args, "sample", kSampleUsage, s, a, exit))
        return exit;
    if (which != "list" && !a.sample) {
        s.err << "vigie-cli sample " << which << ": --sample ID is required\n\n" << kSampleUsage;
        return kUsage;
    }
    if (which == "export" && (a.coder.empty() || a.out.empty())) {
        s.err << "vigie-cli sample export: --coder NAME and --out FILE are required\n\n" << kSampleUsage;
        return kUsage;
    }
    try {
        auto store = openStudy(a.db, false, &s.err, "sample");
        core::ValidationStore v(store);
        if (which == "list") {
            for (const auto &sum : v.samples()) {
                s.out << sum.id << "\t" << sum.name << "\t" << sum.passages << " "
                      << core::sampleUnitName(sum.design.unit) << "s\t" << sum.coded << " coded\tcoders: ";
                for (std::size_t k = 0; k < sum.coders.size(); ++k)
                    s.out << (k ? ", " : "") << sum.coders[k];
                s.out << (sum.synthetic ? "\t(synthetic)" : "") << "\n";
            }
            return kOk;
        }
        const core::Sample sample = loadSample(v, a.sample);
        if (which == "delete") {
            v.remove(sample.id);
            s.out << "sample " << sample.id << " \"" << sample.name << "\" and its codes removed\n";
            return kOk;
        }
        const core::Table sheet = core::codingSheet(sample, v.codes(sample.id), a.coder);
        if (a.out.ends_with(".xlsx"))
            core::writeTableXlsxFile(sheet, a.out);
        else
            core::writeTableCsvFile(sheet, a.out, core::CsvDialect::frenchSpreadsheet());
        s.out << "wrote " << a.out << ": " << sheet.rows.size() << " passages of sample " << sample.id << " for "
              << a.coder << "\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli sample " << which << ": " << e.what() << "\n";
        return kFailed;
    }
}

void printValidationTable(const core::Sample &sample, const core::ValidationResult &r, bool disagreements,
                          std::ostream &out)
{
    out << "sample " << sample.id << " \"" << sample.name << "\": " << sample.passages.size() << " "
        << core::sampleUnitName(sample.design.unit) << "s, seed " << sample.design.seed << ", "
        << core::allocationName(sample.design.allocation) << " by " << sample.design.grouping << ", frame "
        << core::sampleFrameName(sample.design.frame) << (sample.synthetic ? " (synthetic codes)" : "") << "\n";
    if (r.coders.empty()) {
        out << "no passage coded yet\n";
        return;
    }
    if (!r.recallEstimable)
        out << "recall cannot be estimated: the sample holds only passages the dictionary tags\n";
    if (!r.precisionEstimable)
        out << "precision cannot be estimated: the sample holds only passages the dictionary does not tag\n";
    out << "theme\tcoder\tcoded\tTP\tFP\tFN\tTN\tprecision %\t95 %\trecall %\t95 %\tF1 %\t95 %\tkappa\n";
    for (const auto &row : r.scores) {
        const auto &c = row.scores;
        out << row.theme << "\t" << row.coder << "\t" << c.items << "\t" << c.truePositives << "\t" << c.falsePositives
            << "\t" << c.falseNegatives << "\t" << c.trueNegatives << "\t"
            << (r.precisionEstimable ? percent(c.precision.share) : "-") << "\t"
            << (r.precisionEstimable ? interval(c.precision.low, c.precision.high) : "-") << "\t"
            << (r.recallEstimable ? percent(c.recall.share) : "-") << "\t"
            << (r.recallEstimable ? interval(c.recall.low, c.recall.high) : "-") << "\t" << percent(c.f1) << "\t"
            << interval(c.f1Low, c.f1High) << "\t" << (std::isnan(c.kappa) ? "-" : core::formatFixed(c.kappa, 3))
            << "\n";
    }
    if (r.coders.size() > 1) {
        out << "agreement between coders (Krippendorff's alpha, nominal):\n";
        for (const std::string &theme : r.themes)
            out << "  " << theme << "\t"
                << (std::isnan(r.alpha.at(theme)) ? "-" : core::formatFixed(r.alpha.at(theme), 3)) << "\t("
                << r.alphaUnits.at(theme) << " passages coded twice or more)\n";
    }
    out << r.disagreements.size() << " disagreement" << (r.disagreements.size() == 1 ? "" : "s")
        << " between the dictionary and a coder" << (disagreements ? ":" : " (--disagreements lists them)") << "\n";
    if (!disagreements)
        return;
    std::map<int, const core::SamplePassage *> byPosition;
    for (const auto &p : sample.passages)
        byPosition[p.position] = &p;
    for (const auto &d : r.disagreements) {
        const auto &p = *byPosition[d.position];
        std::string excerpt = p.text.substr(0, 160);
        while (!excerpt.empty() && (static_cast<unsigned char>(excerpt.back()) & 0xC0) == 0x80)
            excerpt.pop_back(); // not in the middle of a character
        if (!excerpt.empty() && static_cast<unsigned char>(excerpt.back()) >= 0xC0)
            excerpt.pop_back();
        for (char &c : excerpt)
            if (c == '\n')
                c = ' ';
        out << "  #" << d.position << "\t" << d.coder << "\t" << d.theme << "\t"
            << (d.dictionary ? "dictionary yes, coder no" : "dictionary no, coder yes") << "\t"
            << (p.programme ? "programme " + std::to_string(*p.programme) : std::string("(programme removed)")) << "\t"
            << excerpt << (p.text.size() > excerpt.size() ? "…" : "") << "\n";
    }
}

void printValidationJson(const core::Sample &sample, const core::ValidationResult &r, std::ostream &out)
{
    nlohmann::ordered_json j;
    j["sample"] = sample.id;
    j["name"] = sample.name;
    j["design"] = { { "unit", core::sampleUnitName(sample.design.unit) },
                    { "frame", core::sampleFrameName(sample.design.frame) },
                    { "grouping", sample.design.grouping },
                    { "allocation", core::allocationName(sample.design.allocation) },
                    { "size", sample.design.size },
                    { "seed", sample.design.seed } };
    j["passages"] = sample.passages.size();
    j["synthetic"] = sample.synthetic;
    j["coders"] = r.coders;
    auto scores = nlohmann::ordered_json::array();
    for (const auto &row : r.scores) {
        const auto &c = row.scores;
        scores.push_back({ { "theme", row.theme },
                           { "coder", row.coder },
                           { "coded", c.items },
                           { "tp", c.truePositives },
                           { "fp", c.falsePositives },
                           { "fn", c.falseNegatives },
                           { "tn", c.trueNegatives },
                           { "precision", number(r.precisionEstimable ? c.precision.share : NAN) },
                           { "precision_low", number(r.precisionEstimable ? c.precision.low : NAN) },
                           { "precision_high", number(r.precisionEstimable ? c.precision.high : NAN) },
                           { "recall", number(r.recallEstimable ? c.recall.share : NAN) },
                           { "recall_low", number(r.recallEstimable ? c.recall.low : NAN) },
                           { "recall_high", number(r.recallEstimable ? c.recall.high : NAN) },
                           { "f1", number(c.f1) },
                           { "f1_low", number(c.f1Low) },
                           { "f1_high", number(c.f1High) },
                           { "kappa", number(c.kappa) } });
    }
    j["scores"] = scores;
    auto alpha = nlohmann::ordered_json::object();
    for (const std::string &theme : r.themes)
        alpha[theme] = { { "alpha", number(r.alpha.at(theme)) }, { "passages", r.alphaUnits.at(theme) } };
    j["krippendorff_alpha"] = alpha;
    auto dis = nlohmann::ordered_json::array();
    for (const auto &d : r.disagreements)
        dis.push_back(
            { { "position", d.position }, { "coder", d.coder }, { "theme", d.theme }, { "dictionary", d.dictionary } });
    j["disagreements"] = dis;
    out << j.dump(2) << "\n";
}

void printValidationCsv(const core::ValidationResult &r, std::ostream &out)
{
    out << "theme,coder,coded,tp,fp,fn,tn,precision,precision_low,precision_high,recall,recall_low,recall_high,f1,"
           "f1_low,f1_high,kappa\n";
    const auto num = [](double v) {
        return std::isnan(v) ? std::string() : core::formatFixed(v, 6);
    };
    for (const auto &row : r.scores) {
        const auto &c = row.scores;
        out << core::csvField(row.theme) << "," << core::csvField(row.coder) << "," << c.items << "," << c.truePositives
            << "," << c.falsePositives << "," << c.falseNegatives << "," << c.trueNegatives << ","
            << num(r.precisionEstimable ? c.precision.share : NAN) << ","
            << num(r.precisionEstimable ? c.precision.low : NAN) << ","
            << num(r.precisionEstimable ? c.precision.high : NAN) << ","
            << num(r.recallEstimable ? c.recall.share : NAN) << "," << num(r.recallEstimable ? c.recall.low : NAN)
            << "," << num(r.recallEstimable ? c.recall.high : NAN) << "," << num(c.f1) << "," << num(c.f1Low) << ","
            << num(c.f1High) << "," << num(c.kappa) << "\n";
    }
}

} // namespace

int runSample(const std::vector<std::string> &args, Streams s)
{
    if (!args.empty() && (args[0] == "list" || args[0] == "export" || args[0] == "delete"))
        return sampleSubcommand(args[0], std::vector<std::string>(args.begin() + 1, args.end()), s);
    return drawCommand(args, s);
}

int runCodes(const std::vector<std::string> &args, Streams s)
{
    if (args.empty() || args[0] != "import") {
        if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
            s.out << kCodesUsage;
            return kOk;
        }
        s.err << kCodesUsage;
        return kUsage;
    }
    SampleArgs a;
    int exit = kOk;
    if (!parseSampleArgs(std::vector<std::string>(args.begin() + 1, args.end()), "codes", kCodesUsage, s, a, exit))
        return exit;
    if (!a.sample || a.coder.empty() || a.file.empty()) {
        s.err << "vigie-cli codes import: --sample ID, --coder NAME and the sheet FILE are required\n\n" << kCodesUsage;
        return kUsage;
    }
    try {
        std::ifstream in(a.file, std::ios::binary);
        if (!in)
            throw core::ValidationError(a.file + ": cannot be read");
        std::ostringstream content;
        content << in.rdbuf();
        auto store = openStudy(a.db, false, &s.err, "codes");
        core::ValidationStore v(store);
        const core::Sample sample = loadSample(v, a.sample);
        const auto codes = core::readCodingSheet(a.file, content.str(), sample, a.coder);
        v.putCodes(sample.id, codes);
        s.out << "stored " << codes.size() << " code" << (codes.size() == 1 ? "" : "s") << " of " << a.coder
              << " for sample " << sample.id << " (" << sample.passages.size() << " passages)\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli codes import: " << e.what() << "\n";
        return kFailed;
    }
}

int runValidate(const std::vector<std::string> &args, Streams s)
{
    SampleArgs a;
    int exit = kOk;
    if (!parseSampleArgs(args, "validate", kValidateUsage, s, a, exit))
        return exit;
    if (a.format != "table" && a.format != "csv" && a.format != "json") {
        s.err << "vigie-cli validate: --format is table, csv or json\n";
        return kUsage;
    }
    if (!a.file.empty()) {
        s.err << "vigie-cli validate: unexpected argument \"" << a.file << "\"\n\n" << kValidateUsage;
        return kUsage;
    }
    try {
        auto store = openStudy(a.db, false);
        core::ValidationStore v(store);
        const core::Sample sample = loadSample(v, a.sample);
        const auto result = core::measureValidation(sample, v.codes(sample.id), currentMatcher(store));
        if (a.format == "json")
            printValidationJson(sample, result, s.out);
        else if (a.format == "csv")
            printValidationCsv(result, s.out);
        else
            printValidationTable(sample, result, a.disagreements, s.out);
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli validate: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
