// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli report: the observatory report of a study, as HTML and PDF.
#include "cli/Cli.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Export.h"
#include "analysis/ReportData.h"
#include "gazetteer/SizeClasses.h"
#include "report/ReportWriter.h"
#include "storage/CorpusStore.h"

#include <QGuiApplication>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>

#include <unistd.h>

namespace vigie::cli {

namespace {

// Fonts and painting need a QGuiApplication; without a display, the offscreen platform.
std::unique_ptr<QGuiApplication> guiApplication()
{
    if (QGuiApplication::instance())
        return nullptr;
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    if (!std::getenv("XDG_RUNTIME_DIR")) { // Qt warns on stderr without one
        const auto dir = std::filesystem::temp_directory_path() / ("vigie-runtime-" + std::to_string(getuid()));
        std::filesystem::create_directories(dir);
        std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
        setenv("XDG_RUNTIME_DIR", dir.c_str(), 1);
    }
    static int argc = 1;
    static char name[] = "vigie-cli";
    static char *argv[] = { name, nullptr };
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int runReport(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath(), out;
    bool english = false, help = false;
    core::ReportOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--db" && i + 1 < args.size())
            db = args[++i];
        else if (a == "--out" && i + 1 < args.size())
            out = args[++i];
        else if (a == "--lang" && i + 1 < args.size()) {
            const std::string lang = args[++i];
            if (lang != "fr" && lang != "en") {
                s.err << "vigie-cli report: --lang is fr or en, not \"" << lang << "\"\n";
                return kUsage;
            }
            english = lang == "en";
        } else if (a == "--sizes" && i + 1 < args.size()) {
            const std::string sizes = args[++i];
            if (sizes == "insee")
                options.sizes = core::SizeClasses::insee();
            else if (sizes != "default") {
                s.err << "vigie-cli report: --sizes is default or insee\n";
                return kUsage;
            }
        } else if (a == "-h" || a == "--help")
            help = true;
        else {
            s.err << "vigie-cli report: unexpected argument " << a << "\n";
            return kUsage;
        }
    }
    if (help || out.empty()) {
        (help ? s.out : s.err)
            << "Usage: vigie-cli report [--db FILE] --out DIR [--lang fr|en] [--sizes default|insee]\n\n"
               "Writes the observatory report of a study: DIR/rapport.html (self-contained, charts inside)\n"
               "and DIR/rapport.pdf (report.html and report.pdf in English). It holds the share of\n"
               "programmes talking about digital by city size with intervals and the test, the theme\n"
               "counts, the charts, the barometer, promise and practice for cities in both, a concordance\n"
               "sample per theme as evidence, and the method (corpus, dictionary and its terms, counting\n"
               "rules, size classes, tests).\n";
        return help ? kOk : kUsage;
    }
    try {
        auto store = openStudy(db, false);
        const auto app = guiApplication();
        options.french = !english;
        const core::ReportData data = core::collectReport(store, options);
        report::ReportFiles files;
        QString error;
        if (!report::writeReport(data, QString::fromStdString(out), &files, &error)) {
            s.err << "vigie-cli report: " << error.toStdString() << "\n";
            return kFailed;
        }
        s.out << "Report written: " << files.html.toStdString() << " and " << files.pdf.toStdString() << "\n";
        if (data.synthetic)
            s.out << core::syntheticNotice(false) << "\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli report: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
