// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/FolderWatch.h"

#include "import/Manifest.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <set>
#include <thread>

namespace vigie::core {

namespace fs = std::filesystem;

namespace {

// "2026-12-04T17:00:00Z" (CorpusStore's timestamps) as a time, or nullopt.
std::optional<std::chrono::system_clock::time_point> parseUtc(const std::string &text)
{
    std::tm tm {};
    if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                    &tm.tm_sec)
        != 6)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

} // namespace

FolderWatch::FolderWatch(CorpusStore &store, const Gazetteer &gazetteer, std::string folder, Options options)
    : m_store(store)
    , m_gazetteer(gazetteer)
    , m_folder(fs::absolute(folder).lexically_normal().string())
    , m_options(std::move(options))
{ }

void FolderWatch::takeStudyAsDone(const std::map<std::string, Stamp> &now)
{
    auto st = m_store.database().prepare("SELECT max(updated_at) FROM programmes WHERE source = ?1");
    for (const auto &[file, stamp] : now) {
        st.bind(1, file);
        if (st.step() && !st.isNull(0))
            if (const auto stored = parseUtc(st.columnText(0))) {
                // Stored timestamps have whole seconds: a file written in the second of its import
                // counts as stored.
                const auto modified = std::chrono::file_clock::to_sys(stamp.modified);
                if (modified < *stored + std::chrono::seconds(1)) {
                    m_done[file] = stamp;
                    m_seen[file] = stamp;
                }
            }
        st.reset();
    }
}

void FolderWatch::readManifest(Round &round)
{
    if (m_options.manifest.empty())
        return;
    std::error_code ec;
    const auto modified = fs::last_write_time(m_options.manifest, ec);
    if (ec || modified == m_manifestModified)
        return;
    try {
        std::vector<ManifestEntry> rows = core::readManifest(m_options.manifest);
        for (ManifestEntry &e : rows)
            e.file = fs::absolute(e.file).lexically_normal().string();
        std::vector<NamePattern> all = m_options.patterns;
        all.push_back(NamePattern::professionsDeFoi2026());
        applyNamePatterns(rows, all);
        m_manifest.clear();
        for (ManifestEntry &e : rows)
            m_manifest[e.file] = std::move(e); // a file listed twice: its last row
        m_manifestModified = modified;
    } catch (const std::exception &e) {
        // The rows read before stay in use; the manifest is tried again when it changes.
        m_manifestModified = modified;
        round.manifestProblems.push_back({ m_options.manifest, importProblemOf(e) });
    }
}

std::map<std::string, FolderWatch::Stamp> FolderWatch::look() const
{
    // A walk and a stat per file, nothing read: a look at 14,256 files costs little enough to
    // repeat every second (docs/PERFORMANCE.md). Links are not followed, as in vigie-cli import.
    std::map<std::string, Stamp> now;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(m_folder, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        const fs::directory_entry &entry = *it;
        std::error_code fileError;
        if (entry.is_symlink(fileError) || !entry.is_regular_file(fileError))
            continue;
        const std::string file = entry.path().lexically_normal().string();
        if (!isSupportedDocument(file))
            continue;
        Stamp stamp;
        stamp.size = entry.file_size(fileError);
        if (!fileError)
            stamp.modified = entry.last_write_time(fileError);
        if (!fileError) // else gone between the walk and now: seen at the next look
            now.emplace(file, stamp);
    }
    if (ec)
        throw fs::filesystem_error("cannot read the watched folder", fs::path(m_folder), ec);
    return now;
}

FolderWatch::Round FolderWatch::poll(const std::atomic_bool &cancel)
{
    Round round;
    if (!fs::is_directory(m_folder))
        throw fs::filesystem_error("the watched folder is gone", fs::path(m_folder),
                                   std::make_error_code(std::errc::no_such_file_or_directory));
    const std::map<std::string, Stamp> now = look();
    if (m_first) {
        takeStudyAsDone(now);
        m_first = false;
    }
    for (const auto &[file, stamp] : m_seen)
        if (!now.count(file)) {
            round.removed.push_back(file);
            m_done.erase(file);
        }
    std::vector<std::string> ready;
    for (const auto &[file, stamp] : now) {
        const auto done = m_done.find(file);
        if (done != m_done.end() && done->second == stamp)
            continue;
        const auto seen = m_seen.find(file);
        if (seen != m_seen.end() && seen->second == stamp)
            ready.push_back(file);
        else
            round.waiting.push_back(file);
    }
    m_seen = now;
    readManifest(round);
    if (ready.empty())
        return round;

    // What the names of the files to import say (patterns), as vigie-cli import reads them; a
    // candidate or results file is not a document, and is left for vigie-cli import.
    const PathEntries named = Importer::entriesForPaths(ready, m_options.patterns);
    std::vector<ManifestEntry> entries;
    std::set<std::string> changed; // imported before, in another version
    std::set<std::string> documents;
    for (const ManifestEntry &e : named.entries) {
        const auto row = m_manifest.find(e.file);
        entries.push_back(row != m_manifest.end() ? row->second : e);
        documents.insert(e.file);
        if (m_done.count(e.file))
            changed.insert(e.file);
    }
    for (const std::string &file : ready)
        if (!documents.count(file))
            m_done[file] = now.at(file);
    std::erase_if(ready, [&](const std::string &file) { return !documents.count(file); });
    if (ready.empty())
        return round;
    Importer importer(m_store, m_gazetteer);
    importer.setJobs(m_options.jobs);
    importer.setOcr(m_options.ocr);
    round.report = importer.importProgrammes(entries, m_progress, cancel);
    if (round.report.cancelled)
        return round; // what was stored is kept; the rest is tried at the next look
    std::set<std::string> failed;
    for (const auto &f : round.report.failures)
        failed.insert(f.item);
    auto versions = m_store.database().prepare("SELECT count(*) FROM programmes WHERE source = ?1");
    for (const std::string &file : ready) {
        m_done[file] = now.at(file);
        if (failed.count(file))
            continue;
        round.imported.push_back(file);
        versions.bind(1, file);
        if (changed.count(file) && versions.step() && versions.columnInt(0) > 1)
            round.superseded.push_back(file);
        versions.reset();
    }
    return round;
}

void FolderWatch::run(const std::atomic_bool &stop, const std::function<void(const Round &)> &onRound,
                      const std::function<void(const std::string &)> &onError, const ProgressSink &onProgress)
{
    if (onProgress)
        m_progress = onProgress;
    while (!stop.load()) {
        try {
            const Round round = poll(stop);
            if (round.did() && onRound)
                onRound(round);
        } catch (const fs::filesystem_error &e) {
            if (onError)
                onError(m_folder + ": " + e.code().message());
        }
        for (auto waited = std::chrono::milliseconds(0); waited < m_options.interval && !stop.load();
             waited += std::chrono::milliseconds(100))
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

} // namespace vigie::core
