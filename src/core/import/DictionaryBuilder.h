// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/DictionaryImport.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vigie::core {

class Tokenizer;

// What the readers of other tools' dictionaries (DictionaryReaders.cpp) share: categories become
// themes, patterns become terms, and what cannot be mapped is noted with its line.
class DictionaryBuilder
{
public:
    DictionaryBuilder(DictionaryImport &out, const std::string &sourceName);
    ~DictionaryBuilder();

    // A theme for a category: a root when `parent` is -1. Returns its index.
    int category(const std::string &label, int parent, int line);
    // A category's colour ("#RRGGBB") and description, when the format has them; empty: none.
    void describe(int category, std::string colour, std::string description);
    int categoryCount() const { return static_cast<int>(m_categories.size()); }
    const std::string &label(int category) const { return m_categories[static_cast<std::size_t>(category)].label; }
    // One pattern of a category: words, a final '*' on a word for a prefix. False when it was not
    // imported (the reason is noted).
    bool pattern(int category, const std::string &text, int line);
    // An entry read: counted, and counted as skipped when none of its patterns was imported.
    void entry(bool imported);

    void skip(int line, std::string message);
    void change(int line, std::string message);

    // Builds out.dictionary (validated and compiled once to be sure it tags). Throws
    // DictionaryError when nothing could be imported.
    void finish();

private:
    struct Category
    {
        std::string label;
        int parent = -1;
        int root = 0;
        int line = 0;
        std::string colour;
        std::string description;
        std::vector<Term> terms;
    };
    std::string idFor(const std::string &label);

    DictionaryImport &m_out;
    std::string m_sourceName;
    std::vector<Category> m_categories;
    std::map<std::string, int> m_ids; // theme ids taken
    // (root, folded pattern) -> (category, line): a pattern counts for one theme per tree
    std::map<std::pair<int, std::string>, std::pair<int, int>> m_owners;
    std::unique_ptr<Tokenizer> m_tokenizer;
};

// The text of a dictionary file in UTF-8 (its encoding detected: UTF-8, UTF-16 with a byte order
// mark, windows-1252...), cut into lines without their ends. Throws DictionaryError.
std::vector<std::string> dictionaryLines(std::string_view bytes, const std::string &sourceName, std::string &encoding);

void readLiwcDic(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName);
void readLiwcDicx(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName);
void readWordStat(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName);
void readLexicoder(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName);
void readQuantedaYaml(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName);
// REFI-QDA codebooks are XML, read from the bytes: exchange/RefiQda.h, readRefiCodebook().

} // namespace vigie::core
