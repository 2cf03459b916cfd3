// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"
#include "import/NamePattern.h"
#include "import/Ocr.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;
class Gazetteer;

// A folder watched during a campaign (`vigie-cli watch`, the window's "Surveiller un dossier";
// docs/formats.md, "Watched folders"): the documents added to it or changed are imported as they
// arrive. The folder is looked at every `interval` (polling: it works on network shares and for
// files copied in by any means, where change notifications do not always come):
//
// - A document (a supported format, found as `vigie-cli import` finds them, name patterns
//   included) is imported once it is new or changed (size or modification time) and has kept the
//   same size and modification time for one interval: a file still being written or copied is
//   waited for.
// - Documents already in the study when the watch starts (a programme with that source, stored
//   after the file's last modification) are not imported again; those changed since are.
// - A document that fails is reported with its reason and not tried again until it changes; the
//   watch goes on.
// - A document removed from the folder is reported once; its programme stays in the study.
// - A changed document's new text is stored as the import stores it (a new text is a new
//   programme): its earlier text stays in the study and is reported (`superseded`), for the
//   analyst to decide.
// - With a manifest, its rows give the metadata of the documents it names (read again when it
//   changes); the others get what their names say.
//
// Each look that finds documents to import runs one import (Importer::importProgrammes, its run
// recorded and resumable) on `jobs` workers. Not thread-safe: one thread calls poll() or run().
class FolderWatch
{
public:
    struct Options
    {
        std::string manifest; // empty: none
        std::vector<NamePattern> patterns;
        std::chrono::milliseconds interval { 1000 };
        OcrMode ocr = OcrMode::Auto;
        int jobs = defaultJobs();
    };

    // What one look at the folder did.
    struct Round
    {
        std::vector<std::string> imported; // files imported (new or updated programmes), in name order
        ImportReport report; // of the import, when there was one
        std::vector<std::string> removed; // files gone since the last look, in name order
        std::vector<std::string> superseded; // changed files whose earlier text is still in the study
        std::vector<std::string> waiting; // new or changed files not yet stable
        std::vector<ImportReport::Issue> manifestProblems; // the manifest could not be read
        bool did() const
        {
            return !imported.empty() || report.failed > 0 || !removed.empty() || !manifestProblems.empty();
        }
    };

    FolderWatch(CorpusStore &store, const Gazetteer &gazetteer, std::string folder, Options options);

    // One look: imports what is ready, reports what is gone. Throws StorageError when the study
    // fails (the import stops as Importer says) and std::filesystem errors when the folder
    // itself cannot be read.
    Round poll(const std::atomic_bool &cancel);

    // Looks every interval until `stop` is set (checked every 100 ms), telling `onRound` about each
    // look that did something; `onProgress` hears the imports' progress. A look whose folder
    // cannot be read is reported (onError) and the watch goes on.
    void run(const std::atomic_bool &stop, const std::function<void(const Round &)> &onRound,
             const std::function<void(const std::string &)> &onError, const ProgressSink &onProgress = {});

    const std::string &folder() const { return m_folder; }
    // The imports' progress, for poll() (run() sets it too).
    void setProgress(ProgressSink progress) { m_progress = std::move(progress); }

private:
    struct Stamp
    {
        std::uintmax_t size = 0;
        std::filesystem::file_time_type modified {};
        bool operator==(const Stamp &) const = default;
    };

    std::map<std::string, Stamp> look() const; // the folder's documents now
    void readManifest(Round &round);
    void takeStudyAsDone(const std::map<std::string, Stamp> &now);

    CorpusStore &m_store;
    const Gazetteer &m_gazetteer;
    std::string m_folder;
    Options m_options;
    bool m_first = true;
    std::map<std::string, Stamp> m_seen; // at the last look
    std::map<std::string, Stamp> m_done; // as last imported or failed
    std::map<std::string, ManifestEntry> m_manifest; // by absolute file
    std::filesystem::file_time_type m_manifestModified {};
    ProgressSink m_progress;
};

} // namespace vigie::core
