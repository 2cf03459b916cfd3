// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/Studies.h"

#include <filesystem>

namespace vigie::cli {

core::CorpusStore openStudy(const std::string &path, bool create)
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

} // namespace vigie::cli
