// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace vigie::core {

// The FTS5 tokenizer "vigie": the tagger's tokenizer and folding (elisions, CamelCase, accents,
// case, ligatures, apostrophes, plural folding) applied to the search index and to queries, so
// that search finds what the tagger counts ("donnée" finds "données", "open data" finds
// "#OpenData"). Offsets given to FTS5 are UTF-8 byte offsets, as it requires.
//
// Must be registered on every connection before a table using it is read or written.
// Throws StorageError if this SQLite has no FTS5.
void registerSearchTokenizer(sqlite3 *db);

// Builds an FTS5 MATCH expression from what a user typed, never passing their text as FTS5
// syntax: every word becomes a quoted string, so quotes, NEAR, AND/OR/NOT, parentheses, '*',
// '^' and column filters are plain words. Words are ANDed; text the user put between double
// quotes is a phrase. Returns an empty string when there is no word to search.
std::string searchExpression(std::string_view userText);

// The words of `text` as the index sees them (folded keys), for highlighting and tests.
std::vector<std::string> searchKeys(std::string_view text);

} // namespace vigie::core
