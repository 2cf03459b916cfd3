// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DictionaryImport.h"

#include "exchange/RefiQda.h"
#include "import/DictionaryBuilder.h"
#include "import/ImportError.h"
#include "import/TextDecoder.h"
#include "tagging/ThemeMatcher.h"
#include "text/AsciiText.h"
#include "text/Folding.h"
#include "text/Tokenizer.h"

#include <algorithm>
#include <filesystem>

namespace vigie::core {

namespace { } // namespace

std::optional<DictionaryFormat> dictionaryFormatOf(const std::string &path, std::string_view head)
{
    const std::string ext = asciiLower(std::filesystem::path(path).extension().string());
    if (ext == ".dic")
        return DictionaryFormat::LiwcDic;
    if (ext == ".dicx")
        return DictionaryFormat::LiwcDicx;
    if (ext == ".cat")
        return DictionaryFormat::WordStat;
    if (ext == ".lc3" || ext == ".lcd")
        return DictionaryFormat::Lexicoder;
    if (ext == ".yml" || ext == ".yaml")
        return DictionaryFormat::QuantedaYaml;
    if (ext == ".qdc")
        return DictionaryFormat::RefiCodebook;
    // No telling extension: the first line says for some.
    const std::string first = trimmedField(std::string(head.substr(0, head.find('\n'))));
    if (first == "%")
        return DictionaryFormat::LiwcDic;
    if (!first.empty() && first[0] == '+')
        return DictionaryFormat::Lexicoder;
    if (first.starts_with("<?xml") && head.find("<CodeBook") != std::string_view::npos)
        return DictionaryFormat::RefiCodebook;
    return std::nullopt;
}

std::string dictionaryFormatName(DictionaryFormat format)
{
    switch (format) {
    case DictionaryFormat::LiwcDic:
        return "LIWC .dic";
    case DictionaryFormat::LiwcDicx:
        return "LIWC-22 .dicx";
    case DictionaryFormat::WordStat:
        return "WordStat .CAT";
    case DictionaryFormat::Lexicoder:
        return "Lexicoder .lc3";
    case DictionaryFormat::QuantedaYaml:
        return "quanteda YAML";
    case DictionaryFormat::RefiCodebook:
        return "REFI-QDA codebook .qdc";
    }
    return {};
}

std::optional<DictionaryFormat> dictionaryFormatNamed(std::string_view name)
{
    const std::string n = asciiLower(std::string(name));
    if (n == "liwc" || n == "dic")
        return DictionaryFormat::LiwcDic;
    if (n == "dicx")
        return DictionaryFormat::LiwcDicx;
    if (n == "wordstat" || n == "cat")
        return DictionaryFormat::WordStat;
    if (n == "lexicoder" || n == "lc3")
        return DictionaryFormat::Lexicoder;
    if (n == "yaml" || n == "yml" || n == "quanteda")
        return DictionaryFormat::QuantedaYaml;
    if (n == "qdc" || n == "refi" || n == "refi-qda")
        return DictionaryFormat::RefiCodebook;
    return std::nullopt;
}

DictionaryImport importDictionary(const std::string &path, std::optional<DictionaryFormat> format)
{
    const std::string bytes = readDictionaryFile(path);
    if (!format)
        format = dictionaryFormatOf(path, bytes.substr(0, 256));
    if (!format)
        throw DictionaryError(path, 0,
                              "not a dictionary format Vigie reads (.dic, .dicx, .cat, .lc3, .yml, .qdc); name the "
                              "format with --format");
    return importDictionaryBytes(bytes, path, *format);
}

DictionaryImport importDictionaryBytes(std::string_view bytes, const std::string &sourceName, DictionaryFormat format)
{
    DictionaryImport out;
    out.format = format;
    if (format == DictionaryFormat::RefiCodebook) {
        out.encoding = "UTF-8"; // as the XML declares: libxml2 decodes
        DictionaryBuilder b(out, sourceName);
        readRefiCodebook(bytes, b, sourceName);
        b.finish();
        return out;
    }
    const std::vector<std::string> lines = dictionaryLines(bytes, sourceName, out.encoding);
    DictionaryBuilder b(out, sourceName);
    switch (format) {
    case DictionaryFormat::LiwcDic:
        readLiwcDic(lines, b, sourceName);
        break;
    case DictionaryFormat::LiwcDicx:
        readLiwcDicx(lines, b, sourceName);
        break;
    case DictionaryFormat::WordStat:
        readWordStat(lines, b, sourceName);
        break;
    case DictionaryFormat::Lexicoder:
        readLexicoder(lines, b, sourceName);
        break;
    case DictionaryFormat::QuantedaYaml:
        readQuantedaYaml(lines, b, sourceName);
        break;
    case DictionaryFormat::RefiCodebook:
        break; // read above
    }
    b.finish();
    return out;
}

std::vector<std::string> dictionaryLines(std::string_view bytes, const std::string &sourceName, std::string &encoding)
{
    DecodedText text;
    try {
        text = decodeText(bytes);
    } catch (const ImportError &e) {
        throw DictionaryError(sourceName, e.line(), e.what());
    }
    encoding = text.encoding;
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= text.utf8.size()) {
        std::size_t nl = text.utf8.find('\n', pos);
        if (nl == std::string::npos)
            nl = text.utf8.size();
        lines.push_back(text.utf8.substr(pos, nl - pos));
        pos = nl + 1;
    }
    return lines;
}

DictionaryBuilder::DictionaryBuilder(DictionaryImport &out, const std::string &sourceName)
    : m_out(out)
    , m_sourceName(sourceName)
    , m_tokenizer(std::make_unique<Tokenizer>())
{ }

DictionaryBuilder::~DictionaryBuilder() = default;

std::string DictionaryBuilder::idFor(const std::string &label)
{
    // Folded ASCII letters and digits, the rest as one '_': "Émotions positives" -> "emotions_positives".
    std::string id;
    for (const char16_t c : foldToken(fromUtf8(label))) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += static_cast<char>(c);
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    if (id.empty())
        id = "categorie";
    id = id.substr(0, 56);
    std::string unique = id;
    for (int n = 2; m_ids.count(unique); ++n)
        unique = id + "_" + std::to_string(n);
    m_ids[unique] = 1;
    return unique;
}

int DictionaryBuilder::category(const std::string &label, int parent, int line)
{
    Category c;
    c.label = label.empty() ? "catégorie " + std::to_string(m_categories.size() + 1) : label;
    c.parent = parent;
    c.root = parent < 0 ? static_cast<int>(m_categories.size()) : m_categories[static_cast<std::size_t>(parent)].root;
    c.line = line;
    m_categories.push_back(std::move(c));
    return static_cast<int>(m_categories.size()) - 1;
}

void DictionaryBuilder::describe(int category, std::string colour, std::string description)
{
    Category &c = m_categories[static_cast<std::size_t>(category)];
    c.colour = std::move(colour);
    c.description = std::move(description);
}

void DictionaryBuilder::skip(int line, std::string message)
{
    m_out.notes.push_back({ line, DictionaryImportNote::Kind::Skipped, std::move(message) });
}

void DictionaryBuilder::change(int line, std::string message)
{
    m_out.notes.push_back({ line, DictionaryImportNote::Kind::Changed, std::move(message) });
}

void DictionaryBuilder::entry(bool imported)
{
    ++m_out.entries;
    if (!imported)
        ++m_out.skipped;
}

bool DictionaryBuilder::pattern(int category, const std::string &raw, int line)
{
    // Words separated by one space.
    std::vector<std::string> words;
    std::string word;
    for (const char c : raw + ' ') {
        if (c == ' ' || c == '\t') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (words.empty()) {
        skip(line, "an empty entry");
        return false;
    }
    std::string text;
    for (std::string &w : words) {
        if (w.find('?') != std::string::npos) {
            skip(line, "\"" + raw + "\": '?' (any one character) has no Vigie equivalent");
            return false;
        }
        const auto star = w.find('*');
        if (star != std::string::npos) {
            const auto last = w.find_last_not_of('*');
            if (last == std::string::npos || w.find('*') < last) {
                skip(line, "\"" + raw + "\": a '*' that does not end a word has no Vigie equivalent");
                return false;
            }
            if (w.size() - last - 1 > 1)
                w = w.substr(0, last + 2); // "data**" is "data*"
        }
        text += (text.empty() ? "" : " ") + w;
    }
    // The words as a document's would be read: punctuation alone ("(:", "-") is no word.
    std::string plain = text;
    plain.erase(std::remove(plain.begin(), plain.end(), '*'), plain.end());
    std::vector<Token> tokens;
    m_tokenizer->tokenize(fromUtf8(plain), tokens);
    if (tokens.empty()) {
        skip(line, "\"" + raw + "\": no word to match (punctuation or symbols only)");
        return false;
    }
    Category &c = m_categories[static_cast<std::size_t>(category)];
    const std::string key = toUtf8(foldToken(fromUtf8(text)));
    const auto [owner, fresh] = m_owners.emplace(std::make_pair(c.root, key), std::make_pair(category, line));
    if (!fresh) {
        const auto &[other, otherLine] = owner->second;
        if (other == category)
            change(line,
                   "\"" + raw + "\" is listed twice in \"" + c.label + "\" (line " + std::to_string(otherLine)
                       + "): kept once");
        else
            skip(line,
                 "\"" + raw + "\" is also in \"" + label(other) + "\" (line " + std::to_string(otherLine)
                     + "), in the same tree of categories: Vigie counts a word for one theme per tree");
        return false;
    }
    Term t;
    t.text = text;
    t.plural = false; // other tools match the words as listed: "donnée" is not "données"
    t.line = line;
    c.terms.push_back(std::move(t));
    ++m_out.terms;
    return true;
}

void DictionaryBuilder::finish()
{
    const std::string stem = std::filesystem::path(m_sourceName).stem().string();
    Dictionary d = Dictionary::blank(m_sourceName, stem.empty() ? m_sourceName : stem, "1");
    for (std::size_t i = 0; i < m_categories.size(); ++i) {
        Category &c = m_categories[i];
        Theme t;
        t.id = idFor(c.label);
        t.labelFr = t.labelEn = c.label;
        t.colour = c.colour.empty() ? Dictionary::paletteColour(i) : c.colour;
        if (c.parent >= 0)
            t.parent = d.themes()[static_cast<std::size_t>(c.parent)].id;
        // Content for the analysts, in French as the dictionaries' labels are.
        t.description = c.description.empty() ? "Importé de " + dictionaryFormatName(m_out.format) + " : "
                + std::filesystem::path(m_sourceName).filename().string() + ", ligne " + std::to_string(c.line)
                                              : c.description;
        t.terms = std::move(c.terms);
        t.line = c.line;
        d.themes().push_back(std::move(t));
    }
    m_out.categories = static_cast<int>(m_categories.size());
    if (m_categories.empty())
        throw DictionaryError(m_sourceName, 0,
                              "no category found in this " + dictionaryFormatName(m_out.format) + " file");
    if (m_out.format == DictionaryFormat::RefiCodebook) // codes without words: the analyst adds them
        change(0,
               "a codebook holds codes, not words: the " + std::to_string(m_categories.size())
                   + " themes have no terms yet; add them in the editor");
    else if (m_out.terms == 0)
        throw DictionaryError(m_sourceName, 0, "no entry could be imported (see why above)");
    std::stable_sort(m_out.notes.begin(), m_out.notes.end(),
                     [](const DictionaryImportNote &a, const DictionaryImportNote &b) { return a.line < b.line; });
    ThemeMatcher::compile(d); // throws DictionaryError, naming the line, if something slipped through
    m_out.dictionary = std::move(d);
}

} // namespace vigie::core
