// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli watch: a folder's new and changed documents imported as they arrive (FolderWatch).
#include "cli/Cli.h"

#include "DataPaths.h"
#include "cli/commands/Options.h"
#include "cli/commands/Printable.h"
#include "cli/commands/Studies.h"
#include "gazetteer/Gazetteer.h"
#include "import/FolderWatch.h"

#include <atomic>
#include <cmath>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <ostream>

namespace vigie::cli {

namespace {

constexpr const char *kWatchUsage
    = R"(Usage: vigie-cli watch [--db FILE] [--manifest FILE] [--pattern PATTERN]... [--interval SECONDS]
                       [--ocr auto|never|always] [-j N] FOLDER

Watches FOLDER (and its subfolders) and imports the documents added to it or changed, as
`vigie-cli import` would, until Ctrl-C. A file is imported once its size and modification time
have stayed the same for one interval (default 1 second): a file still being copied is waited for.
Documents already in the study are not imported again unless they change. A document that cannot
be read is reported and tried again only when it changes; the watch goes on. A document removed
from the folder is reported; its programme stays in the study. With --manifest, the manifest's rows
give the metadata of the documents it names (read again when it changes). See docs/formats.md,
"Watched folders".

Each import is printed on a line starting with the time; failures and removals on standard error.
)";

std::atomic_bool g_stop { false };

void stopWatching(int)
{
    g_stop = true;
}

std::string clock()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
    return buf;
}

std::string shown(const std::string &file, const std::string &folder)
{
    const std::filesystem::path relative = std::filesystem::path(file).lexically_relative(folder);
    return printable(relative.empty() ? file : relative.string());
}

} // namespace

int runWatch(const std::vector<std::string> &args, Streams s)
{
    std::string db;
    std::string folder;
    core::FolderWatch::Options options;
    std::vector<std::string> patternTexts;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "-h" || a == "--help") {
            s.out << kWatchUsage;
            return kOk;
        } else if (a == "--db" && hasValue) {
            db = args[++i];
        } else if (a == "--manifest" && hasValue) {
            options.manifest = args[++i];
        } else if (a == "--pattern" && hasValue) {
            patternTexts.push_back(args[++i]);
        } else if (a == "--interval" && hasValue) {
            const auto n = wholeNumberOption("watch", a, args[++i], 1, 3600, s.err);
            if (!n)
                return kUsage;
            options.interval = std::chrono::seconds(*n);
        } else if (a == "--ocr" && hasValue) {
            const auto mode = core::parseOcrMode(args[++i]);
            if (!mode) {
                s.err << "vigie-cli watch: --ocr \"" << printable(args[i]) << "\" is not auto, never or always\n";
                return kUsage;
            }
            options.ocr = *mode;
        } else if ((a == "-j" || a == "--jobs") && hasValue) {
            const auto n = wholeNumberOption("watch", a, args[++i], 1, 256, s.err);
            if (!n)
                return kUsage;
            options.jobs = static_cast<int>(*n);
        } else if (a.size() > 1 && a[0] == '-') {
            s.err << "vigie-cli watch: unknown option " << a << "\n\n" << kWatchUsage;
            return kUsage;
        } else if (folder.empty()) {
            folder = a;
        } else {
            s.err << "vigie-cli watch: one folder at a time (" << printable(folder) << ", then " << printable(a)
                  << ")\n";
            return kUsage;
        }
    }
    if (folder.empty()) {
        s.err << "vigie-cli watch: no folder to watch\n\n" << kWatchUsage;
        return kUsage;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        s.err << "vigie-cli watch: " << printable(folder) << ": not a folder\n";
        return kFailed;
    }
    if (db.empty())
        db = core::defaultStudyPath();
    try {
        for (const std::string &text : patternTexts)
            options.patterns.push_back(core::NamePattern::parse(text, std::nullopt, std::nullopt));
        auto store = openStudy(db, true, &s.err, "watch");
        core::FolderWatch watch(store, core::Gazetteer::bundled(), folder, options);
        g_stop = false;
        std::signal(SIGINT, stopWatching);
        std::signal(SIGTERM, stopWatching);
        s.out << clock() << " watching " << printable(watch.folder()) << " for study " << printable(db)
              << " (Ctrl-C to stop)\n"
              << std::flush;
        const std::string &root = watch.folder();
        watch.run(
            g_stop,
            [&](const core::FolderWatch::Round &r) {
                if (!r.imported.empty()) {
                    s.out << clock() << " imported " << r.imported.size() << ":";
                    constexpr std::size_t kNamed = 10; // a first look at a full folder imports thousands
                    for (std::size_t i = 0; i < r.imported.size() && i < kNamed; ++i)
                        s.out << " " << shown(r.imported[i], root);
                    if (r.imported.size() > kNamed)
                        s.out << " and " << r.imported.size() - kNamed << " more";
                    s.out << " (study: " << store.programmeCount() << " programmes)\n";
                }
                for (const auto &o : r.report.readByOcr)
                    s.out << clock() << " " << shown(o.item, root) << ": " << ocrLine(o.pages, o.confidence) << "\n";
                s.out << std::flush;
                for (const auto &f : r.report.failures)
                    s.err << clock() << " vigie-cli watch: " << shown(f.item, root) << ": "
                          << printable(f.problem.message()) << " (tried again when it changes)\n";
                for (const auto &u : r.report.unresolvedCities)
                    s.err << clock() << " vigie-cli watch: " << shown(u.item, root)
                          << ": city not resolved: " << printable(u.problem.message()) << "\n";
                for (const std::string &file : r.superseded)
                    s.err << clock() << " vigie-cli watch: " << shown(file, root)
                          << " changed: its new text was imported, and its earlier text is still in the study\n";
                for (const std::string &file : r.removed)
                    s.err << clock() << " vigie-cli watch: " << shown(file, root)
                          << " was removed from the folder; its programme stays in the study\n";
                for (const auto &m : r.manifestProblems)
                    s.err << clock() << " vigie-cli watch: " << printable(m.item) << ": "
                          << printable(m.problem.message()) << "\n";
                s.err << std::flush;
            },
            [&](const std::string &problem) {
                s.err << clock() << " vigie-cli watch: " << printable(problem) << " (looking again)\n" << std::flush;
            });
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        s.out << clock() << " stopped watching\n";
        return kOk;
    } catch (const std::exception &e) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        s.err << "vigie-cli watch: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
