// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CorpusStore.h"

#include <iosfwd>
#include <string>

namespace vigie::cli {

// The study a reading or importing command works on. `create` (init, demo, import) makes a missing
// file, its folder included; otherwise the study must exist and be one: a missing path is refused
// with the command that creates it, an empty file or another kind of file is refused untouched.
// With `waiting`, a command that writes waits for another writer (an import, a retag, the window
// saving a dictionary) to finish, saying so once on `waiting` as "vigie-cli COMMAND: ..."; without,
// it gives up after 5 s with StudyBusy.
core::CorpusStore openStudy(const std::string &path, bool create, std::ostream *waiting = nullptr,
                            const std::string &command = {});

} // namespace vigie::cli
