// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CorpusStore.h"

#include <string>

namespace vigie::cli {

// The study a reading or importing command works on. `create` (init, demo, import) makes a missing
// file, its folder included; otherwise the study must exist and be one: a missing path is refused
// with the command that creates it, an empty file or another kind of file is refused untouched.
core::CorpusStore openStudy(const std::string &path, bool create);

} // namespace vigie::cli
