// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// Dictionaries made with other tools, read into Vigie's model with a report of what was read,
// mapped and skipped, line by line (docs/dictionary.md, "Dictionaries from other tools"). Nothing
// is lost silently: every entry either becomes a term or is named in the report with the reason.
enum class DictionaryFormat {
    LiwcDic, // LIWC 2007/2015 .dic: a "%" legend of numbered categories, then term<TAB>ids
    LiwcDicx, // LIWC-22 .dicx: CSV, the entry then one column per category marked "X"
    WordStat, // WordStat .CAT: categories and words by leading tabs, " (n)" weights
    Lexicoder, // Lexicoder .lc3: "+category" lines, then its patterns
    QuantedaYaml, // quanteda's YAML: nested keys, lists of patterns with * and ? globs
    RefiCodebook, // REFI-QDA codebook .qdc: a tree of codes (names, colours, descriptions), no words
};

struct DictionaryImportNote
{
    enum class Kind {
        Skipped, // an entry or a part of one that has no Vigie equivalent: not imported
        Changed, // imported, but not exactly as the other tool reads it
    };
    int line = 0; // 1-based; 0 for the whole file
    Kind kind = Kind::Skipped;
    std::string message;
};

struct DictionaryImport
{
    Dictionary dictionary;
    DictionaryFormat format = DictionaryFormat::LiwcDic;
    std::string encoding; // of the file ("UTF-8", "windows-1252"...)
    int categories = 0; // themes made
    int entries = 0; // entries read (a LIWC term in three categories is one entry)
    int terms = 0; // terms made
    int skipped = 0; // entries not imported at all
    std::vector<DictionaryImportNote> notes; // in line order
};

// The format of a file, from its extension and first bytes; nullopt when none fits.
std::optional<DictionaryFormat> dictionaryFormatOf(const std::string &path, std::string_view head);
// "LIWC .dic", "LIWC-22 .dicx", "WordStat .CAT", "Lexicoder .lc3", "quanteda YAML",
// "REFI-QDA codebook .qdc".
std::string dictionaryFormatName(DictionaryFormat format);
// The names `--format` accepts: liwc, dicx, wordstat, lexicoder, yaml, qdc.
std::optional<DictionaryFormat> dictionaryFormatNamed(std::string_view name);

// Reads `path` (its format detected unless given). Throws DictionaryError naming the file and
// the line when the file cannot be read as that format at all (not text, no category, a broken
// structure), and when nothing of it could be imported.
DictionaryImport importDictionary(const std::string &path, std::optional<DictionaryFormat> format = std::nullopt);
// The same on bytes already read; `sourceName` names them in messages and becomes the name.
DictionaryImport importDictionaryBytes(std::string_view bytes, const std::string &sourceName, DictionaryFormat format);

} // namespace vigie::core
