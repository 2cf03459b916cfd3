// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/Studies.h"

#include <filesystem>
#include <ostream>

namespace vigie::cli {

namespace {

core::CorpusStore openStudyAs(const std::string &path, bool create)
{
    namespace fs = std::filesystem;
    if (create) {
        if (fs::path(path).has_parent_path())
            fs::create_directories(fs::path(path).parent_path());
        return core::CorpusStore::open(path, core::CorpusStore::Opening::CreateIfMissing);
    }
    try {
        return core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
    } catch (const core::StudyMissing &) {
        throw core::StorageError(path + ": no such study (create it with: vigie-cli init --db " + path + ")");
    }
}

} // namespace

core::CorpusStore openStudy(const std::string &path, bool create, std::ostream *waiting, const std::string &command)
{
    core::CorpusStore store = openStudyAs(path, create);
    if (waiting) {
        // Another import or a window saving: wait for it, once saying so (a script's two imports
        // then run one after the other instead of the second failing).
        store.setWriterWait([waiting, path, command, said = false](double) mutable {
            if (!said)
                *waiting << "vigie-cli " << command << ": another program is writing to " << path
                         << "; waiting for it to finish (Ctrl-C to stop)\n"
                         << std::flush;
            said = true;
            return true;
        });
    }
    return store;
}

} // namespace vigie::cli
