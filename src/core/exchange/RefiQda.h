// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "gazetteer/SizeClasses.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie::core {

class CorpusStore;
class Dictionary;
class DictionaryBuilder;

// The REFI-QDA exchange standard (QDA-XML 1.0, www.qdasoftware.org), which QDA tools such as
// MAXQDA, ATLAS.ti, NVivo and QualCoder read: a codebook (.qdc) for a dictionary's theme tree, a
// project (.qdpx) for a whole study. What maps to what is in docs/formats.md, "REFI-QDA".
//
// Every GUID is derived from what it names (a theme's id and its dictionary's name, a programme's
// content hash, a mention's place), so exporting the same study twice gives the same GUIDs, and a
// codebook and a project exported from one dictionary share their codes' GUIDs.

inline constexpr const char *kRefiCodebookNamespace = "urn:QDA-XML:codebook:1.0";
inline constexpr const char *kRefiProjectNamespace = "urn:QDA-XML:project:1.0";

// A GUID in the standard's form (8-4-4-4-12 lower-case hexadecimal digits) made from `key`'s
// SHA-256, shaped as a name-based UUID (version 5 bits and variant).
std::string refiGuid(std::string_view key);
// The GUID of a theme's code: from the dictionary's name and the theme's id.
std::string refiCodeGuid(const Dictionary &dictionary, std::string_view themeId);

// The theme tree of `dictionary` as a REFI-QDA codebook: one code per theme (its French label as
// the name, its colour, its description followed by its words, sub-themes nested), UTF-8.
std::string writeRefiCodebook(const Dictionary &dictionary);

// Reads a REFI-QDA codebook (a .qdc's <CodeBook>, or the <CodeBook> of a project's .qde) into
// themes: names, nesting, colours, descriptions. A codebook has no words; the themes come empty.
// Throws DictionaryError naming the file and the line.
void readRefiCodebook(std::string_view xml, DictionaryBuilder &builder, const std::string &sourceName);

struct RefiProjectOptions
{
    // creationDateTime of the project, users and codings ("2026-12-04T09:30:00Z"); the time of
    // the export when empty.
    std::string createdAt;
    SizeClasses sizes = SizeClasses::standard();
};

struct RefiProjectSummary
{
    std::int64_t sources = 0; // programmes, one text source each
    std::int64_t codes = 0; // themes
    std::int64_t selections = 0; // mentions, one coded text selection each
    std::int64_t cases = 0; // communes
    std::int64_t bytes = 0; // of the .qdpx written
};

// Writes the study as a REFI-QDA project to `path` (a ZIP: project.qde and sources/*.txt): each
// programme a text source with its metadata as variables, each theme of the current dictionary a
// code, each of its mentions a coded selection, each commune a case. The file is written beside
// `path` and renamed over it once complete. Throws ExportError (analysis/TableExport.h) when the
// file cannot be written, StorageError when the study cannot be read.
RefiProjectSummary writeRefiProject(CorpusStore &store, const std::string &path, const RefiProjectOptions &options = {},
                                    const ProgressSink &progress = {});

} // namespace vigie::core
