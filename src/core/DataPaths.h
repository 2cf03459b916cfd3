// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vigie::core {

// Where Vigie's bundled data (dictionaries, gazetteer, demo bank) is found, first match wins:
// $VIGIE_DATA_DIR; share/vigie beside the running program's bin/ (an installed program, wherever
// it was installed); the source tree's data/ (a build that was not installed); the install
// prefix's share/vigie.
// Returns an empty string when none exists.
std::string dataDirectory();

// data/dictionaries/fr.json in dataDirectory(); empty if not found.
std::string defaultDictionaryPath();

// The study used when none is named: $VIGIE_STUDY, else $XDG_DATA_HOME/vigie/etude.vigie, else
// ~/.local/share/vigie/etude.vigie. The folder is not created here.
std::string defaultStudyPath();

} // namespace vigie::core
