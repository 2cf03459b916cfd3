// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/RefiQda.h"

#include "exchange/RefiXml.h"
#include "import/DictionaryBuilder.h"
#include "storage/Sha256.h"
#include "tagging/Dictionary.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>

namespace vigie::core {

namespace {

// The paragraphs a codebook's descriptions get from Vigie after the theme's own description: the
// words and rules that count for it. Reading a codebook back drops them (they are not the
// analyst's description, and the words are not read from them).
constexpr std::string_view kWordsLead = "Mots (Vigie) : ";
constexpr std::string_view kRulesLead = "Règles de contexte (Vigie) : ";

std::string codeDescription(const Theme &t)
{
    std::string words;
    for (const Term &term : t.terms)
        words += (words.empty() ? "" : ", ") + term.text;
    std::string rules;
    for (const Rule &r : t.rules)
        rules += (rules.empty() ? "" : ", ") + r.name;
    std::string out = t.description;
    if (!words.empty())
        out += (out.empty() ? "" : "\n\n") + std::string(kWordsLead) + words + ".";
    if (!rules.empty())
        out += (out.empty() ? "" : "\n\n") + std::string(kRulesLead) + rules + ".";
    return out;
}

std::string withoutVigieParagraphs(const std::string &description)
{
    std::string out;
    std::size_t pos = 0;
    while (pos <= description.size()) {
        std::size_t end = description.find("\n\n", pos);
        if (end == std::string::npos)
            end = description.size();
        const std::string_view paragraph(description.data() + pos, end - pos);
        if (!paragraph.starts_with(kWordsLead) && !paragraph.starts_with(kRulesLead))
            out += (out.empty() ? "" : "\n\n") + std::string(paragraph);
        pos = end + 2;
    }
    return out;
}

std::string_view name(const xmlNode *n)
{
    return n && n->name ? std::string_view(reinterpret_cast<const char *>(n->name)) : std::string_view();
}

std::string attribute(const xmlNode *n, const char *attr)
{
    xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>(attr));
    if (!v)
        return {};
    std::string s(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return s;
}

std::string content(const xmlNode *n)
{
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return {};
    std::string s(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return s;
}

int lineOf(const xmlNode *n)
{
    const long line = xmlGetLineNo(n);
    return line > 0 && line < INT_MAX ? static_cast<int>(line) : 0;
}

// "#abc" and "#aabbcc" as Vigie writes colours, "#AABBCC"; empty when it is neither.
std::string colourOf(const std::string &rgb)
{
    const auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    if (rgb.empty() || rgb[0] != '#' || (rgb.size() != 4 && rgb.size() != 7))
        return {};
    std::string out = "#";
    for (std::size_t i = 1; i < rgb.size(); ++i) {
        if (!hex(rgb[i]))
            return {};
        const char c = static_cast<char>(rgb[i] >= 'a' ? rgb[i] - 'a' + 'A' : rgb[i]);
        out.append(rgb.size() == 4 ? 2 : 1, c);
    }
    return out;
}

struct DocFree
{
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
struct ContextFree
{
    void operator()(xmlParserCtxt *c) const { xmlFreeParserCtxt(c); }
};

void readCode(const xmlNode *code, int parent, DictionaryBuilder &b)
{
    const int line = lineOf(code);
    std::string label = attribute(code, "name");
    if (label.empty())
        b.change(line, "a code without a name: named after its place");
    const int index = b.category(label, parent, line);
    std::string colour;
    std::string description;
    for (const xmlNode *child = code->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (name(child) == "Description")
            description = withoutVigieParagraphs(content(child));
        else if (name(child) == "NoteRef")
            b.skip(lineOf(child), "a note of code \"" + b.label(index) + "\": notes are not part of a dictionary");
    }
    const std::string rgb = attribute(code, "color");
    colour = colourOf(rgb);
    if (!rgb.empty() && colour.empty())
        b.change(line, "code \"" + b.label(index) + "\": colour \"" + rgb + "\" is not #RGB or #RRGGBB; another given");
    b.describe(index, colour, description);
    b.entry(true);
    for (const xmlNode *child = code->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE && name(child) == "Code")
            readCode(child, index, b);
}

} // namespace

std::string refiGuid(std::string_view key)
{
    std::string h = sha256Hex(key).substr(0, 32);
    h[12] = '5'; // version 5 (name-based)
    h[16] = "89ab"[std::stoi(std::string(1, h[16]), nullptr, 16) & 3]; // RFC 4122 variant
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

namespace refi {

std::string origin()
{
    return std::string("Vigie ") + VIGIE_VERSION;
}

} // namespace refi

std::string refiCodeGuid(const Dictionary &dictionary, std::string_view themeId)
{
    return refiGuid("vigie:theme:" + dictionary.name() + ":" + std::string(themeId));
}

void refi::appendCodes(std::string &out, const Dictionary &d)
{
    const auto parents = d.parentIndexes();
    std::vector<std::vector<std::size_t>> children(d.themes().size() + 1); // last: the roots
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        children[parents[t] < 0 ? d.themes().size() : static_cast<std::size_t>(parents[t])].push_back(t);
    out += "  <Codes>\n";
    const auto write = [&](const auto &self, std::size_t t, int depth) -> void {
        const Theme &theme = d.themes()[t];
        const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
        out += indent + "<Code guid=\"" + refiCodeGuid(d, theme.id) + "\" name=\"";
        refi::appendEscaped(out, theme.labelFr);
        out += "\" isCodable=\"true\"";
        if (!theme.colour.empty())
            out += " color=\"" + refi::escaped(theme.colour) + "\"";
        const std::string description = codeDescription(theme);
        if (description.empty() && children[t].empty()) {
            out += "/>\n";
            return;
        }
        out += ">\n";
        if (!description.empty()) {
            out += indent + "  <Description>";
            refi::appendEscaped(out, description);
            out += "</Description>\n";
        }
        for (const std::size_t c : children[t])
            self(self, c, depth + 1);
        out += indent + "</Code>\n";
    };
    for (const std::size_t root : children.back())
        write(write, root, 2);
    out += "  </Codes>\n";
}

std::string writeRefiCodebook(const Dictionary &d)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"";
    out += kRefiCodebookNamespace;
    out += "\" origin=\"" + refi::escaped(refi::origin()) + "\">\n";
    refi::appendCodes(out, d);
    out += "</CodeBook>\n";
    return out;
}

void readRefiCodebook(std::string_view xml, DictionaryBuilder &b, const std::string &sourceName)
{
    [[maybe_unused]] static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    if (xml.size() > INT_MAX)
        throw DictionaryError(sourceName, 0, "file too large for a codebook");
    std::unique_ptr<xmlParserCtxt, ContextFree> context(xmlNewParserCtxt());
    if (!context)
        throw DictionaryError(sourceName, 0, "out of memory");
    // No network, no external entity or DTD loaded, libxml2's default size limits.
    std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()),
                                                           sourceName.c_str(), nullptr,
                                                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    const xmlError *error = xmlCtxtGetLastError(context.get());
    if (!doc || (error && error->level >= XML_ERR_ERROR)) {
        std::string message = error && error->message ? error->message : "not well-formed XML";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        throw DictionaryError(sourceName, error ? error->line : 0, "not a well-formed XML file: " + message);
    }
    if (doc->intSubset)
        throw DictionaryError(sourceName, lineOf(reinterpret_cast<xmlNode *>(doc->intSubset)),
                              "a document type declaration: a codebook has none, and Vigie reads none");
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    const xmlNode *codebook = nullptr;
    if (name(root) == "CodeBook") {
        codebook = root;
    } else if (name(root) == "Project") {
        for (const xmlNode *c = root->children; c && !codebook; c = c->next)
            if (c->type == XML_ELEMENT_NODE && name(c) == "CodeBook")
                codebook = c;
    }
    if (!codebook)
        throw DictionaryError(sourceName, lineOf(root),
                              "not a REFI-QDA codebook: the root element is <" + std::string(name(root))
                                  + ">, not <CodeBook> (or a <Project> with one)");
    const std::string ns = codebook->ns && codebook->ns->href ? reinterpret_cast<const char *>(codebook->ns->href) : "";
    if (ns != kRefiCodebookNamespace && ns != kRefiProjectNamespace)
        b.change(lineOf(codebook),
                 "namespace \"" + ns + "\" is not the standard's (" + kRefiCodebookNamespace
                     + "): read as a codebook all the same");
    for (const xmlNode *c = codebook->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name(c) == "Codes") {
            for (const xmlNode *code = c->children; code; code = code->next)
                if (code->type == XML_ELEMENT_NODE && name(code) == "Code")
                    readCode(code, -1, b);
        } else if (name(c) == "Sets") {
            b.skip(lineOf(c), "sets of codes: a dictionary has no sets (the codes themselves are read)");
        }
    }
}

} // namespace vigie::core
