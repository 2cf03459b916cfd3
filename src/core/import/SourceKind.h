// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vigie::core {

// What a path given to an import holds.
enum class SourceKind {
    Document, // one programme file
    Folder, // programme files, recursively (supported formats only)
    Manifest, // a CSV/JSON list of programme files with their metadata (docs/manifest.md)
    Projects, // a CSV/JSON list of barometer projects
    Candidates, // a candidate file of the Ministry of the Interior (import/CandidateFile.h): lists
    Results, // a results file of the Ministry by commune (import/ResultsFile.h): the lists' seats
};

// The kind a path looks like, from its first bytes: a folder, a programme, or for a .csv/.json
// the list its header (or its first JSON object) describes: a "file" column makes a manifest, a
// "title" column a projects list; otherwise the side with more of its own columns wins, a
// manifest on a tie (so that a manifest that lost its "file" column is reported as such rather
// than read as projects). A .csv, .txt or .tsv whose header is a candidate file's is Candidates, a results file's
// Results. The header is split as readManifest() splits it (separator, quotes, byte-order mark). A file that cannot be
// read is guessed a manifest: reading it will say why. Never throws.
SourceKind guessSourceKind(const std::string &path);

} // namespace vigie::core
