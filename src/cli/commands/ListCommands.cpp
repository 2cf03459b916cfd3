// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Printable.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Export.h"
#include "analysis/Lists.h"
#include "analysis/ProgrammeFacts.h"
#include "analysis/TableExport.h"
#include "storage/CorpusStore.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace vigie::cli {

namespace {

constexpr const char *kListsUsage = R"(Usage: vigie-cli lists [--db FILE] [--year Y] [--round N] [--without-document]
                       [--format table|csv]
       vigie-cli lists coverage [--db FILE] [--by GROUPING] [--year Y] [--round N]
                       [--format table|csv|json]
       vigie-cli lists precedence [--db FILE] [KIND,KIND,...]

The lists of the study, as the Ministry's candidate files gave them (vigie-cli import
CANDIDATE-FILE): commune, panel, name, head, nuance, and how many documents the study has for
each list and round. --without-document: only the lists without one.

coverage: the share of lists with at least one document, by group (the true denominator of
"share of lists with a programme online"), with Wilson 95 % intervals. GROUPING as for stats.

precedence: which document of a list and round is counted (its primary one) when it has several
(docs/counting.md, "One document per list"). Without KINDs, prints the study's; with them, sets it.
Kinds: programme, profession_foi, accessible, falc, tract; those left out follow in that order.
)";

struct Args
{
    std::string db = core::defaultStudyPath();
    std::string action; // "", "coverage", "precedence"
    std::optional<int> year, round;
    bool withoutDocument = false;
    std::string format = "table";
    std::string by = "size";
    std::string precedence;
};

std::string percent(double v)
{
    return std::isnan(v) ? std::string("-") : core::formatFixed(100 * v, 1);
}

int printCoverage(core::CorpusStore &store, const Args &a, Streams s)
{
    const core::GroupingSpec *spec = core::findGrouping(a.by);
    if (!spec) {
        s.err << "vigie-cli lists: unknown grouping \"" << printable(a.by) << "\" (" << core::groupingIds() << ")\n";
        return kUsage;
    }
    const core::CoverageResult r = core::listCoverage(store, spec->grouping, spec->sizeClasses(), { a.year, a.round });
    if (r.total.lists == 0) {
        s.err << "vigie-cli lists: " << a.db
              << " has no lists (import a candidate file: vigie-cli import --db FILE CANDIDATE-FILE)\n";
        return kFailed;
    }
    if (a.format == "json") {
        nlohmann::ordered_json j;
        j["by"] = std::string(spec->id);
        j["ungrouped"] = r.ungrouped;
        const auto row = [](const core::CoverageRow &c) {
            nlohmann::ordered_json o;
            o["key"] = c.key;
            o["label"] = c.label;
            o["lists"] = c.lists;
            o["with_document"] = c.withDocument;
            for (const auto &[name, v] : { std::pair { "share", c.share.share }, std::pair { "low", c.share.low },
                                           std::pair { "high", c.share.high } })
                o[name] = std::isnan(v) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
            return o;
        };
        auto rows = nlohmann::ordered_json::array();
        for (const auto &c : r.rows)
            rows.push_back(row(c));
        j["rows"] = rows;
        j["total"] = row(r.total);
        s.out << j.dump(2) << "\n";
        return kOk;
    }
    const bool csv = a.format == "csv";
    if (r.synthetic)
        s.out << (csv ? "# " : "!! ") << core::syntheticNotice(false) << "\n";
    s.out << (csv ? "group,lists,with_document,share,low,high\n"
                  : "group\tlists\twith a document\tshare %\t95 % interval\n");
    for (std::size_t i = 0; i <= r.rows.size(); ++i) {
        const core::CoverageRow &c = i < r.rows.size() ? r.rows[i] : r.total;
        if (csv)
            s.out << core::csvField(c.label) << "," << c.lists << "," << c.withDocument << ","
                  << core::formatFixed(c.share.share, 4) << "," << core::formatFixed(c.share.low, 4) << ","
                  << core::formatFixed(c.share.high, 4) << "\n";
        else
            s.out << (i < r.rows.size() ? c.label : std::string("All")) << "\t" << c.lists << "\t" << c.withDocument
                  << "\t" << percent(c.share.share) << "\t" << percent(c.share.low) << "-" << percent(c.share.high)
                  << "\n";
    }
    if (r.ungrouped > 0 && !csv)
        s.out << r.ungrouped << " list(s) have no " << spec->id << " (code not a commune, no population or value): "
              << "counted in the total only\n";
    return kOk;
}

int printLists(core::CorpusStore &store, const Args &a, Streams s)
{
    const bool csv = a.format == "csv";
    s.out << (csv ? "year,round,insee,commune,panel,list,head,nuance_code,nuance,candidates,elected,documents\n"
                  : "year\tround\tcommune\tpanel\tlist\thead\tnuance\tdocuments\n");
    std::int64_t shown = 0;
    for (const core::ListFacts &l : core::readLists(store, core::SizeClasses::standard(), { a.year, a.round })) {
        if (a.withoutDocument && l.documents > 0)
            continue;
        ++shown;
        const std::string elected = l.elected ? (*l.elected ? "1" : "0") : "";
        if (csv)
            s.out << l.year << "," << l.round << "," << core::csvField(l.constituency) << ","
                  << core::csvField(l.communeName) << "," << l.panel << "," << core::csvField(l.name) << ","
                  << core::csvField(l.head) << "," << core::csvField(l.nuanceCode) << ","
                  << core::csvField(l.nuanceLabel) << "," << l.candidates << "," << elected << "," << l.documents
                  << "\n";
        else
            s.out << l.year << "\t" << l.round << "\t" << printable(l.communeName) << " (" << l.constituency << ")\t"
                  << l.panel << "\t" << printable(l.name) << "\t" << printable(l.head) << "\t"
                  << printable(l.nuanceLabel.empty() ? l.nuanceCode : l.nuanceLabel) << "\t" << l.documents << "\n";
    }
    if (!csv)
        s.out << shown << (shown == 1 ? " list\n" : " lists\n");
    return kOk;
}

} // namespace

int runLists(const std::vector<std::string> &args, Streams s)
{
    Args a;
    bool help = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &x = args[i];
        const bool hasValue = i + 1 < args.size();
        if (x == "--db" && hasValue) {
            a.db = args[++i];
        } else if ((x == "--year" || x == "--round") && hasValue) {
            const auto n = x == "--year" ? wholeNumberOption("lists", x, args[++i], 1900, 2100, s.err)
                                         : wholeNumberOption("lists", x, args[++i], 1, 2, s.err);
            if (!n)
                return kUsage;
            (x == "--year" ? a.year : a.round) = static_cast<int>(*n);
        } else if (x == "--format" && hasValue) {
            a.format = args[++i];
        } else if (x == "--by" && hasValue) {
            a.by = args[++i];
        } else if (x == "--without-document") {
            a.withoutDocument = true;
        } else if (x == "-h" || x == "--help") {
            help = true;
        } else if (i == 0 && (x == "coverage" || x == "precedence")) {
            a.action = x;
        } else if (a.action == "precedence" && a.precedence.empty() && !x.starts_with("-")) {
            a.precedence = x;
        } else {
            s.err << "vigie-cli lists: unexpected argument \"" << printable(x) << "\"\n\n" << kListsUsage;
            return kUsage;
        }
    }
    if (help) {
        s.out << kListsUsage;
        return kOk;
    }
    if (a.format != "table" && a.format != "csv" && !(a.format == "json" && a.action == "coverage")) {
        s.err << "vigie-cli lists: unknown format \"" << printable(a.format) << "\"\n";
        return kUsage;
    }
    try {
        auto store = openStudy(a.db, false, &s.err, "lists");
        if (a.action == "coverage")
            return printCoverage(store, a, s);
        if (a.action == "precedence") {
            if (!a.precedence.empty()) {
                const auto p = core::parseDocumentPrecedence(a.precedence);
                if (!p) {
                    s.err << "vigie-cli lists: \"" << printable(a.precedence)
                          << "\" is not a precedence: kinds (programme, profession_foi, accessible, falc, tract) "
                             "separated by commas, each once\n";
                    return kUsage;
                }
                core::setDocumentPrecedence(store, *p);
            }
            s.out << core::documentPrecedenceText(core::documentPrecedence(store)) << "\n";
            return kOk;
        }
        return printLists(store, a, s);
    } catch (const std::exception &e) {
        s.err << "vigie-cli lists: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
