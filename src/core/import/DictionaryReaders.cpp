// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of other tools' dictionary formats (import/DictionaryImport.h). Each reads lines and
// hands categories and patterns to the DictionaryBuilder, noting what it leaves out and why.
#include "import/DictionaryBuilder.h"
#include "text/AsciiText.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace vigie::core {

namespace {

bool allDigits(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Leading tabs, or leading spaces (four to a tab) in files saved by editors that replace tabs.
int depthOf(const std::string &line)
{
    int tabs = 0;
    int spaces = 0;
    for (const char c : line) {
        if (c == '\t')
            ++tabs;
        else if (c == ' ')
            ++spaces;
        else
            break;
    }
    return tabs + spaces / 4;
}

std::vector<std::string> splitOn(const std::string &s, char separator)
{
    std::vector<std::string> out;
    std::string part;
    for (const char c : s) {
        if (c == separator) {
            out.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    out.push_back(part);
    return out;
}

std::vector<std::string> words(const std::string &s)
{
    std::vector<std::string> out;
    for (const std::string &p : splitOn(s, ' '))
        for (const std::string &q : splitOn(p, '\t'))
            if (!q.empty())
                out.push_back(q);
    return out;
}

} // namespace

void readLiwcDic(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName)
{
    std::size_t i = 0;
    while (i < lines.size() && trimmedField(lines[i]).empty())
        ++i;
    if (i == lines.size() || trimmedField(lines[i]) != "%")
        throw DictionaryError(sourceName, static_cast<int>(i + 1),
                              "a LIWC .dic starts with a line holding only \"%\", then the categories");
    // The legend: "id<TAB>name", children indented by a tab (LIWC 2015). Every category counts
    // on its own in LIWC, so each becomes a root theme; a child's label names its parents.
    std::map<std::string, int> byId;
    std::vector<std::pair<int, std::string>> parents; // (depth, label) of the open categories
    for (++i; i < lines.size() && trimmedField(lines[i]) != "%"; ++i) {
        const std::string line = trimmedField(lines[i]);
        if (line.empty())
            continue;
        const int lineNo = static_cast<int>(i + 1);
        const auto fields = words(line);
        if (!allDigits(fields[0]) && fields.size() >= 2 && allDigits(fields.back()))
            throw DictionaryError(sourceName, lineNo,
                                  "an entry in the category legend: the legend has no closing \"%\" line");
        if (!allDigits(fields[0]) || fields.size() < 2)
            throw DictionaryError(sourceName, lineNo, "a category line is \"number<TAB>name\": \"" + line + "\"");
        std::string name = fields[1];
        for (std::size_t k = 2; k < fields.size(); ++k)
            name += " " + fields[k];
        const int depth = depthOf(lines[i]);
        while (!parents.empty() && parents.back().first >= depth)
            parents.pop_back();
        const std::string label = parents.empty() ? name : parents.back().second + " › " + name;
        parents.emplace_back(depth, label);
        const std::string id = std::to_string(std::stoll(fields[0].substr(0, 12)));
        if (byId.count(id)) {
            b.skip(lineNo, "category " + id + " is defined twice: the first is kept");
            continue;
        }
        byId[id] = b.category(label, -1, lineNo);
    }
    if (i == lines.size())
        throw DictionaryError(sourceName, static_cast<int>(i), "the category legend has no closing \"%\" line");
    if (byId.empty())
        throw DictionaryError(sourceName, static_cast<int>(i + 1), "the category legend is empty");
    if (std::any_of(byId.begin(), byId.end(),
                    [&](const auto &c) { return b.label(c.second).find(" › ") != std::string::npos; }))
        b.change(0,
                 "LIWC counts a word in every category it lists: each category is a theme of its own (its "
                 "label names its parents), not rolled up into them");

    // Entries: "term<TAB>id<TAB>id...", or spaces for tabs. The ids are the trailing numbers; what
    // precedes them is the term, which may have several words.
    for (++i; i < lines.size(); ++i) {
        const std::string line = trimmedField(lines[i]);
        if (line.empty())
            continue;
        const int lineNo = static_cast<int>(i + 1);
        auto fields = splitOn(line, '\t');
        fields.erase(
            std::remove_if(fields.begin(), fields.end(), [](const std::string &f) { return trimmedField(f).empty(); }),
            fields.end());
        std::string term;
        std::vector<std::string> ids;
        if (fields.size() >= 2) {
            term = trimmedField(fields[0]);
            for (std::size_t k = 1; k < fields.size(); ++k) {
                if (fields[k].find('(') != std::string::npos) { // "(02 134)125/464": one condition
                    ids.push_back(trimmedField(fields[k]));
                    continue;
                }
                for (const std::string &w : words(fields[k]))
                    ids.push_back(w);
            }
        } else {
            auto ws = words(line);
            std::size_t k = ws.size();
            while (k > 1 && (allDigits(ws[k - 1]) || ws[k - 1].find_first_of("(</") != std::string::npos))
                --k;
            for (std::size_t w = 0; w < k; ++w)
                term += (w ? " " : "") + ws[w];
            ids.assign(ws.begin() + static_cast<long>(k), ws.end());
        }
        if (term.find('<') != std::string::npos || term.find('>') != std::string::npos) {
            b.skip(lineNo, "\"" + term + "\": a LIWC 2007 conditional entry (\"<of>\" style) has no Vigie equivalent");
            b.entry(false);
            continue;
        }
        if (ids.empty()) {
            b.skip(lineNo, "\"" + term + "\" has no category");
            b.entry(false);
            continue;
        }
        bool imported = false;
        for (const std::string &id : ids) {
            if (!allDigits(id)) {
                b.skip(lineNo,
                       "\"" + term + "\": conditional category \"" + id + "\" (LIWC 2007) has no Vigie equivalent");
                continue;
            }
            const auto it = byId.find(std::to_string(std::stoll(id.substr(0, 12))));
            if (it == byId.end()) {
                b.skip(lineNo, "\"" + term + "\": category " + id + " is not in the legend");
                continue;
            }
            imported = b.pattern(it->second, term, lineNo) || imported;
        }
        b.entry(imported);
    }
}

namespace {

// One CSV record (RFC 4180: quotes, doubled quotes, separators inside quotes); a quoted field
// running over a line end takes the next line too.
std::vector<std::string> csvRecord(const std::vector<std::string> &lines, std::size_t &i)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (;;) {
        const std::string &line = lines[i];
        for (std::size_t k = 0; k < line.size(); ++k) {
            const char c = line[k];
            if (quoted) {
                if (c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
                    fields.back() += '"';
                    ++k;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    fields.back() += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.emplace_back();
            } else {
                fields.back() += c;
            }
        }
        if (!quoted || i + 1 >= lines.size())
            return fields;
        fields.back() += '\n';
        ++i;
    }
}

} // namespace

void readLiwcDicx(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName)
{
    std::size_t i = 0;
    while (i < lines.size() && trimmedField(lines[i]).empty())
        ++i;
    if (i == lines.size())
        throw DictionaryError(sourceName, 0, "empty file");
    const std::size_t headerLine = i;
    const auto header = csvRecord(lines, i);
    const std::string first = asciiLower(trimmedField(header[0]));
    if (first != "dicterm" && first != "entry" && first != "term")
        throw DictionaryError(sourceName, static_cast<int>(headerLine + 1),
                              "a LIWC-22 .dicx starts with a header \"DicTerm\" (or \"Entry\") then one column per "
                              "category");
    std::vector<int> column(header.size(), -1);
    for (std::size_t c = 1; c < header.size(); ++c) {
        if (trimmedField(header[c]).empty()) {
            b.skip(static_cast<int>(headerLine + 1), "column " + std::to_string(c + 1) + " has no category name");
            continue;
        }
        column[c] = b.category(trimmedField(header[c]), -1, static_cast<int>(headerLine + 1));
    }
    bool weighted = false;
    for (++i; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        if (trimmedField(lines[i]).empty())
            continue;
        const auto row = csvRecord(lines, i);
        const std::string term = trimmedField(row[0]);
        bool any = false;
        bool imported = false;
        for (std::size_t c = 1; c < row.size(); ++c) {
            std::string mark = trimmedField(row[c]);
            if (mark.empty() || mark == "0")
                continue;
            if (c >= column.size() || column[c] < 0) {
                b.skip(lineNo,
                       "\"" + term + "\": a mark in column " + std::to_string(c + 1) + ", which has no category");
                continue;
            }
            any = true;
            const bool x = mark == "X" || mark == "x" || mark == "1";
            if (!x && !weighted) {
                weighted = true;
                b.change(lineNo,
                         "\"" + term + "\": weight " + mark
                             + " read as a plain mark (Vigie counts each mention once; so for every weight)");
            }
            imported = b.pattern(column[c], term, lineNo) || imported;
        }
        if (!any)
            b.skip(lineNo, "\"" + term + "\" is in no category");
        b.entry(imported);
    }
}

void readWordStat(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName)
{
    (void)sourceName;
    // A line is a category when the next non-empty line is indented deeper; otherwise an entry,
    // with an optional " (n)" weight. "_" joins the words of a phrase.
    std::vector<std::pair<int, int>> open; // (depth, category)
    bool weightNoted = false;
    bool underscoreNoted = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line = trimmedField(lines[i]);
        if (line.empty())
            continue;
        const int lineNo = static_cast<int>(i + 1);
        const int depth = depthOf(lines[i]);
        std::size_t next = i + 1;
        while (next < lines.size() && trimmedField(lines[next]).empty())
            ++next;
        while (!open.empty() && open.back().first >= depth)
            open.pop_back();
        if (next < lines.size() && depthOf(lines[next]) > depth) {
            open.emplace_back(depth, b.category(line, open.empty() ? -1 : open.back().second, lineNo));
            continue;
        }
        if (line.size() > 2 && line.back() == ')') {
            const auto paren = line.rfind('(');
            if (paren != std::string::npos) {
                const std::string weight = trimmedField(line.substr(paren + 1, line.size() - paren - 2));
                if (!weight.empty() && weight.find_first_not_of("0123456789.") == std::string::npos) {
                    if (weight != "1" && !weightNoted) {
                        weightNoted = true;
                        b.change(lineNo,
                                 "weight (" + weight
                                     + ") ignored: Vigie counts each mention once (so for every weight)");
                    }
                    line = trimmedField(line.substr(0, paren));
                }
            }
        }
        if (open.empty()) {
            b.skip(lineNo, "\"" + line + "\" is in no category");
            b.entry(false);
            continue;
        }
        if (line.find('_') != std::string::npos) {
            std::replace(line.begin(), line.end(), '_', ' ');
            if (!underscoreNoted) {
                underscoreNoted = true;
                b.change(lineNo, "\"_\" between words read as a space: a phrase");
            }
        }
        b.entry(b.pattern(open.back().second, line, lineNo));
    }
}

void readLexicoder(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName)
{
    (void)sourceName;
    int current = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string line = trimmedField(lines[i]);
        const int lineNo = static_cast<int>(i + 1);
        if (line.empty())
            continue;
        if (line[0] == '+') {
            current = b.category(trimmedField(line.substr(1)), -1, lineNo);
            continue;
        }
        if (current < 0) {
            b.skip(lineNo, "\"" + line + "\" comes before any \"+category\" line");
            b.entry(false);
            continue;
        }
        b.entry(b.pattern(current, line, lineNo));
    }
}

namespace {

// A YAML scalar as written: quotes removed ('' and \" unescaped), a comment after it dropped.
std::string scalar(std::string s)
{
    s = trimmedField(s);
    if (s.size() >= 2 && (s[0] == '"' || s[0] == '\'')) {
        const char q = s[0];
        std::string out;
        for (std::size_t k = 1; k < s.size(); ++k) {
            if (q == '\'' && s[k] == '\'' && k + 1 < s.size() && s[k + 1] == '\'') {
                out += '\'';
                ++k;
            } else if (q == '"' && s[k] == '\\' && k + 1 < s.size()) {
                out += s[++k];
            } else if (s[k] == q) {
                break;
            } else {
                out += s[k];
            }
        }
        return out;
    }
    const auto hash = s.find(" #");
    return trimmedField(hash == std::string::npos ? s : s.substr(0, hash));
}

// Where a key's colon is (outside quotes), or npos.
std::size_t keyColon(const std::string &s)
{
    char quote = 0;
    for (std::size_t k = 0; k < s.size(); ++k) {
        if (quote) {
            if (s[k] == quote)
                quote = 0;
        } else if (s[k] == '"' || s[k] == '\'') {
            quote = s[k];
        } else if (s[k] == ':' && (k + 1 == s.size() || s[k + 1] == ' ')) {
            return k;
        }
    }
    return std::string::npos;
}

std::vector<std::string> flowList(const std::string &s)
{
    std::vector<std::string> out;
    std::string inner = trimmedField(s);
    inner = inner.substr(1, inner.size() - 2);
    std::string item;
    char quote = 0;
    for (const char c : inner + ',') {
        if (quote) {
            item += c;
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
            item += c;
        } else if (c == ',') {
            if (!trimmedField(item).empty())
                out.push_back(scalar(item));
            item.clear();
        } else {
            item += c;
        }
    }
    return out;
}

} // namespace

void readQuantedaYaml(const std::vector<std::string> &lines, DictionaryBuilder &b, const std::string &sourceName)
{
    // The part of YAML quanteda's dictionaries use: nested keys, and under a key a list of
    // patterns ("- word", "[a, b]" or one value). Each top-level key starts a tree; nested keys
    // are sub-themes, rolled up into their parents.
    std::vector<std::pair<int, int>> open; // (indent, category)
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string &raw = lines[i];
        const int lineNo = static_cast<int>(i + 1);
        const std::string line = trimmedField(raw);
        if (line.empty() || line[0] == '#' || line == "---" || line == "...")
            continue;
        const auto firstChar = raw.find_first_not_of(' ');
        if (raw.find_first_not_of(" \t") != firstChar)
            throw DictionaryError(sourceName, lineNo, "a tab in the indentation: YAML indents with spaces");
        const int indent = static_cast<int>(firstChar);
        if (line[0] == '-') {
            // A list item: a pattern of the deepest key at or left of it.
            while (!open.empty() && open.back().first > indent)
                open.pop_back();
            const std::string value = scalar(line.substr(1));
            if (open.empty()) {
                b.skip(lineNo, "\"" + value + "\" is under no key");
                b.entry(false);
            } else if (keyColon(value) != std::string::npos && value.front() != '"' && value.front() != '\'') {
                b.skip(lineNo, "\"" + value + "\": a list of keys is not a quanteda dictionary; skipped");
                b.entry(false);
            } else {
                b.entry(b.pattern(open.back().second, value, lineNo));
            }
            continue;
        }
        const auto colon = keyColon(line);
        if (colon == std::string::npos)
            throw DictionaryError(sourceName, lineNo, "expected \"key:\" or \"- pattern\": \"" + line + "\"");
        while (!open.empty() && open.back().first >= indent)
            open.pop_back();
        const int category = b.category(scalar(line.substr(0, colon)), open.empty() ? -1 : open.back().second, lineNo);
        open.emplace_back(indent, category);
        const std::string rest = trimmedField(line.substr(colon + 1));
        if (rest.empty() || rest[0] == '#')
            continue;
        if (rest[0] == '[' && rest.back() == ']') {
            for (const std::string &value : flowList(rest))
                b.entry(b.pattern(category, value, lineNo));
        } else {
            b.entry(b.pattern(category, scalar(rest), lineNo));
        }
    }
}

} // namespace vigie::core
