// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "DataPaths.h"

#include "import/DocumentFormats.h"

#include <exception>
#include <new>
#include <ostream>
#include <string>

namespace vigie::cli {

namespace {

constexpr const char *kUsageText = R"(Usage: vigie-cli COMMAND [OPTIONS]

Vigie finds what French municipal programmes say about digital policy.

Commands:
  tag [--dictionary FILE] [--json] [--spans] [-j N] PATH... | -
                      Tag UTF-8 text files (a folder: its .txt and .md files; -: standard input)
                      and print each one's word count and mentions per theme.
  dict check FILE     Validate a theme dictionary and print what it holds.
  dict import [--format F] [--out OUT.json] FILE
                      Read a LIWC, WordStat, Lexicoder or quanteda dictionary or a REFI-QDA
                      codebook, with a report.
  dict export --format liwc|yaml|qdc [--out OUT] DICTIONARY.json
                      Write a dictionary for LIWC, quanteda or QDA tools (REFI-QDA codebook),
                      listing what they cannot say.
  init [--db FILE]    Create a study (a SQLite file) with the bundled dictionary.
  demo [--db FILE]    Write the bundled demo study (real communes, invented programmes and
                      projects, marked as synthetic) into a new study.
  import [--db FILE] [--manifest FILE] [--ocr auto|never|always] [-j N] [PATH...]
                      Import programmes (@FORMATS@;
                      folders; a CSV or JSON manifest with candidate, list, nuance, city, year...).
                      File names of the 2026 professions de foi join each document to its
                      list; --pattern declares another naming. A candidate file of the Ministry
                      of the Interior (2026 or 2020) among the paths gives the study its lists.
                      Scanned PDF pages are read by OCR; N documents are read at once.
  watch [--db FILE] [--manifest FILE] FOLDER
                      Import the documents added to a folder or changed, as they arrive, until
                      Ctrl-C; report the ones that fail or are removed.
  lists [--db FILE] [--year Y] [--round N] [--without-document] [--format table|csv]
  lists coverage [--by GROUPING] ... | lists precedence [KINDS]
                      The lists of the study with their documents; the share of lists with a
                      document by group; which document of a list is counted.
  import-runs [--db FILE] [--undo RUN | --forget RUN]
                      Imports that were interrupted (killed, a full disk): what each stored.
                      Running the same import again goes on from there; --undo removes what
                      it stored, --forget keeps it and drops the record.
  import-projects [--db FILE] FILE
                      Import barometer projects (CSV or JSON: title, city, category, maturity...).
  barometer [--db FILE]
                      Projects by declared and detected category, size class, city, maturity.
  search [--db FILE] [--limit N] WORDS...
                      Programmes containing the words ("a phrase" in double quotes).
  stats [--db FILE] [--themes ID,...] [--by GROUPING] [--sizes default|insee|N,N...]
        [--format table|csv|json] [--corrected [--sample ID] [--coder NAME]]
                      Share of programmes mentioning each theme by group (size, department,
                      region, nuance, year, elected, commune, none), with 95 % intervals,
                      mentions per 10,000 words and the test of difference between groups;
                      --corrected: also corrected by a coded validation sample of programmes.
  kwic [--db FILE] (--theme ID | WORDS...) [--sort document|left|right] [--context N]
                      Keyword in context for a theme or a word/phrase.
  retag [--db FILE] [--dictionary FILE]
                      Tag every programme again after a dictionary change.
  export [--db FILE] programmes|mentions|stats [--out FILE]
                      CSV of the programmes (with per-theme counts), the mentions, or a crosstab.
  export [--db FILE] qdpx --out FILE.qdpx
                      The study as a REFI-QDA project for QDA tools (MAXQDA, ATLAS.ti, NVivo...).
  sample [--db FILE] [--unit paragraph|programme] [--n N] [--by GROUPING] [--seed S]
         [--frame all|tagged|untagged|both] [--allocation proportional|equal] [--themes ID,...]
                      Draw and store a random sample of passages for hand coding (validation).
  sample list|export|delete [--db FILE] [--sample ID] [--coder NAME] [--out FILE]
                      The study's samples; a coding sheet (CSV or XLSX) for a coder; remove one.
  codes import [--db FILE] --sample ID --coder NAME FILE.csv
                      Store a coder's filled-in coding sheet.
  validate [--db FILE] [--sample ID] [--format table|csv|json] [--disagreements]
                      The dictionary against the coders: precision, recall, F1, kappa, alpha.
  report [--db FILE] --out DIR [--lang fr|en]
                      The observatory report of the study, as HTML (charts inside) and PDF.
  cities resolve [--department D] NAME...
                      Resolve city names against the INSEE commune list.

The study defaults to $VIGIE_STUDY, else ~/.local/share/vigie/etude.vigie.

Options:
  -h, --help          Show this help (or a command's: vigie-cli tag --help).
  --version           Show the version.

Exit codes: 0 success, 1 an input failed (see the message), 2 wrong usage.
)";

// The formats come from core's registry, as the window's file dialog does.
std::string usageText()
{
    std::string text = kUsageText;
    const std::string marker = "@FORMATS@";
    text.replace(text.find(marker), marker.size(), core::supportedExtensions());
    return text;
}

} // namespace

int run(const std::vector<std::string> &args, Streams streams)
{
    try {
        if (args.empty()) {
            streams.err << usageText();
            return kUsage;
        }
        const std::string &command = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (command == "-h" || command == "--help" || command == "help") {
            streams.out << usageText();
            return kOk;
        }
        if (command == "--version") {
            const std::string data = core::dataDirectory(); // which data it reads: installed or not
            streams.out << "vigie-cli " << VIGIE_VERSION << " (data: " << (data.empty() ? "not found" : data) << ")\n";
            return kOk;
        }
        if (command == "tag")
            return runTag(rest, streams);
        if (command == "dict")
            return runDict(rest, streams);
        if (command == "init")
            return runInit(rest, streams);
        if (command == "demo")
            return runDemo(rest, streams);
        if (command == "report") {
#ifdef VIGIE_HAVE_REPORT
            return runReport(rest, streams);
#else
            streams.err << "vigie-cli report: this vigie-cli was built without Qt (VIGIE_BUILD_GUI=OFF)\n";
            return kFailed;
#endif
        }
        if (command == "import")
            return runImport(rest, streams);
        if (command == "search")
            return runSearch(rest, streams);
        if (command == "cities")
            return runCities(rest, streams);
        if (command == "stats")
            return runStats(rest, streams);
        if (command == "kwic")
            return runKwic(rest, streams);
        if (command == "retag")
            return runRetag(rest, streams);
        if (command == "watch")
            return runWatch(rest, streams);
        if (command == "import-runs")
            return runImportRuns(rest, streams);
        if (command == "import-projects")
            return runImportProjects(rest, streams);
        if (command == "barometer")
            return runBarometer(rest, streams);
        if (command == "lists")
            return runLists(rest, streams);
        if (command == "export")
            return runExport(rest, streams);
        if (command == "sample")
            return runSample(rest, streams);
        if (command == "codes")
            return runCodes(rest, streams);
        if (command == "validate")
            return runValidate(rest, streams);
        streams.err << "vigie-cli: unknown command \"" << command << "\"\n\n" << kUsageText;
        return kUsage;
    } catch (const std::bad_alloc &) { // its what() is "std::bad_alloc"
        streams.err << "vigie-cli: out of memory\n";
        return kFailed;
    } catch (const std::exception &e) {
        streams.err << "vigie-cli: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
