// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlText.h"

#include "import/ImportError.h"
#include "text/Utf8.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vigie::core {

namespace {

enum class Role {
    Inline,
    Block, // ends a paragraph before and after
    Drop, // not text a reader sees
    LineBreak,
    Rule,
    Row,
    Cell,
};

Role roleOf(std::string_view name)
{
    static constexpr std::array<std::string_view, 11> kDrop { "head",     "title",    "script", "style",
                                                              "noscript", "template", "svg",    "iframe",
                                                              "object",   "embed",    "math" };
    // Elements that end a paragraph, containers (ul, table, body) included so that text right
    // before a list or a table does not run into it.
    static constexpr std::array<std::string_view, 46> kBlock {
        "address", "article", "aside", "blockquote", "body",     "caption",    "center", "dd",     "details", "dialog",
        "dir",     "div",     "dl",    "dt",         "fieldset", "figcaption", "figure", "footer", "form",    "h1",
        "h2",      "h3",      "h4",    "h5",         "h6",       "header",     "hgroup", "html",   "legend",  "li",
        "listing", "main",    "menu",  "nav",        "ol",       "option",     "p",      "pre",    "section", "summary",
        "table",   "tbody",   "tfoot", "thead",      "ul",       "xmp"
    };
    if (name == "br")
        return Role::LineBreak;
    if (name == "hr")
        return Role::Rule;
    if (name == "tr")
        return Role::Row;
    if (name == "td" || name == "th")
        return Role::Cell;
    if (std::find(kDrop.begin(), kDrop.end(), name) != kDrop.end())
        return Role::Drop;
    if (std::find(kBlock.begin(), kBlock.end(), name) != kBlock.end())
        return Role::Block;
    return Role::Inline;
}

bool keepsWhiteSpace(std::string_view name)
{
    return name == "pre" || name == "listing" || name == "xmp";
}

// Builds the text. White space is held back until the next visible character shows that it is
// inside a line; a pending break is written only when text follows, so blocks that turn out empty
// leave no blank lines behind.
class TextWriter
{
public:
    void text(std::string_view s)
    {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (m_pendingSpace.empty() || m_pendingSpace.back() != ' ')
                    m_pendingSpace += ' ';
            } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
                m_pendingSpace += "\xC2\xA0";
                ++i;
            } else {
                visible(c);
            }
        }
    }

    void preformattedText(std::string_view s)
    {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
                    ++i;
                newline();
            } else {
                visible(c);
            }
        }
    }

    void paragraphBreak() { requestBreak(2); }

    void lineBreak() { requestBreak(std::min(2, m_pendingBreak + 1)); }

    void beginRow()
    {
        paragraphBreak();
        m_rowHasText = false;
    }

    void beginCell()
    {
        if (m_cellCount++ > 0) {
            m_pendingSpace.clear();
            // The row's own break goes out before its first tab; a break left by a block inside the
            // previous cell does not: the row stays on one line.
            if (m_rowHasText)
                m_pendingBreak = 0;
            flushBreak();
            m_out += '\t';
            m_rowHasText = true;
        }
    }

    // Cells are counted per row; rows of a nested table restore the outer count when they end.
    int enterRow() { return std::exchange(m_cellCount, 0); }
    void leaveRow(int outerCellCount) { m_cellCount = outerCellCount; }

    std::string finish()
    {
        while (!m_out.empty() && (m_out.back() == '\n' || m_out.back() == '\t' || m_out.back() == ' '))
            m_out.pop_back();
        if (!m_out.empty())
            m_out += '\n';
        return std::move(m_out);
    }

private:
    bool atLineStart() const { return m_out.empty() || m_out.back() == '\n' || m_out.back() == '\t'; }

    void requestBreak(int lines)
    {
        m_pendingSpace.clear();
        m_pendingBreak = std::max(m_pendingBreak, lines);
    }

    int trailingNewlines() const
    {
        int n = 0;
        for (auto it = m_out.rbegin(); it != m_out.rend() && *it == '\n' && n < 2; ++it)
            ++n;
        return n;
    }

    void flushBreak()
    {
        if (m_pendingBreak == 0)
            return;
        if (!m_out.empty()) {
            while (!m_out.empty() && m_out.back() == '\t') // empty cells at the end of a row
                m_out.pop_back();
            for (int n = trailingNewlines(); n < m_pendingBreak; ++n)
                m_out += '\n';
        }
        m_pendingBreak = 0;
    }

    void visible(char c)
    {
        flushBreak();
        if (!m_pendingSpace.empty() && !atLineStart())
            m_out += m_pendingSpace;
        m_pendingSpace.clear();
        m_out += c;
        m_rowHasText = true;
    }

    void newline()
    {
        flushBreak();
        m_pendingSpace.clear();
        while (!m_out.empty() && m_out.back() == ' ')
            m_out.pop_back();
        if (!m_out.empty() && trailingNewlines() < 2)
            m_out += '\n';
    }

    std::string m_out;
    std::string m_pendingSpace; // " ", no-break spaces, or a mix: collapsed, not yet written
    int m_pendingBreak = 0; // newlines owed before the next text: 1 ends a line, 2 a paragraph
    int m_cellCount = 0;
    bool m_rowHasText = false;
};

std::string_view nameOf(const xmlNode &node)
{
    return reinterpret_cast<const char *>(node.name);
}

std::optional<std::string> attributeOf(const xmlNode &node, const char *name)
{
    xmlChar *v = xmlGetProp(&node, reinterpret_cast<const xmlChar *>(name));
    if (!v)
        return std::nullopt;
    std::string out(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

std::string lowerAscii(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Visible characters (not white space) of the text under each element, and how many of them are
// inside links: what tells a menu from prose. One pass, bottom-up, without recursion.
class LinkDensity
{
public:
    struct Counts
    {
        std::size_t text = 0, linked = 0, links = 0;
    };

    explicit LinkDensity(xmlDoc &doc)
    {
        std::vector<std::pair<xmlNode *, bool>> stack; // node, children done
        for (xmlNode *n = doc.children; n; n = n->next)
            stack.push_back({ n, false });
        while (!stack.empty()) {
            auto [n, done] = stack.back();
            stack.pop_back();
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                m_visible[n] = visibleCharacters(n->content);
                continue;
            }
            if (n->type != XML_ELEMENT_NODE || roleOf(nameOf(*n)) == Role::Drop)
                continue;
            if (!done) {
                stack.push_back({ n, true });
                for (xmlNode *c = n->children; c; c = c->next)
                    stack.push_back({ c, false });
                continue;
            }
            Counts counts;
            const bool link = nameOf(*n) == "a" && xmlHasProp(n, reinterpret_cast<const xmlChar *>("href"));
            for (xmlNode *c = n->children; c; c = c->next) {
                if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                    const std::size_t v = m_visible[c];
                    counts.text += v;
                    counts.linked += link ? v : 0;
                } else if (const auto it = m_counts.find(c); it != m_counts.end()) {
                    counts.text += it->second.text;
                    counts.linked += link ? it->second.text : it->second.linked;
                    counts.links += it->second.links;
                }
            }
            counts.links += link ? 1 : 0;
            m_counts[n] = counts;
        }
    }

    Counts of(const xmlNode &node) const
    {
        const auto it = m_counts.find(const_cast<xmlNode *>(&node));
        return it == m_counts.end() ? Counts {} : it->second;
    }

private:
    static std::size_t visibleCharacters(const xmlChar *content)
    {
        std::size_t n = 0;
        for (const xmlChar *p = content; p && *p; ++p)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f' && (*p & 0xC0) != 0x80)
                ++n;
        return n;
    }

    std::unordered_map<xmlNode *, Counts> m_counts;
    std::unordered_map<xmlNode *, std::size_t> m_visible;
};

// Page chrome: what a website puts around the text on every page (docs/formats.md, "HTML").
bool isChrome(const xmlNode &node, const LinkDensity &density)
{
    const std::string_view name = nameOf(node);
    if (name == "nav" || name == "aside")
        return true;
    if (name == "header" || name == "footer") {
        // The page's header and footer, not an article's or a section's own.
        for (const xmlNode *up = node.parent; up && up->type == XML_ELEMENT_NODE; up = up->parent) {
            const std::string_view outer = nameOf(*up);
            if (outer == "article" || outer == "main" || outer == "section")
                return false;
        }
        return true;
    }
    if (attributeOf(node, "hidden") || lowerAscii(attributeOf(node, "aria-hidden").value_or("")) == "true")
        return true;
    static constexpr std::array<std::string_view, 7> kRoles { "navigation", "banner",  "contentinfo",  "search",
                                                              "menu",       "menubar", "complementary" };
    const std::string role = lowerAscii(attributeOf(node, "role").value_or(""));
    if (std::find(kRoles.begin(), kRoles.end(), role) != kRoles.end())
        return true;
    // Cookie and consent banners, by the names their libraries and sites give them.
    static constexpr std::array<std::string_view, 12> kMarks { "cookie",        "consent",    "gdpr",      "rgpd",
                                                               "tarteaucitron", "axeptio",    "didomi",    "cmplz",
                                                               "onetrust",      "breadcrumb", "skip-link", "navbar" };
    const std::string marks
        = lowerAscii(attributeOf(node, "id").value_or("") + " " + attributeOf(node, "class").value_or(""));
    for (const std::string_view mark : kMarks)
        if (marks.find(mark) != std::string::npos)
            return true;
    // A menu: a list or a box of at least three links whose text is nearly all link text, a few
    // words each. A paragraph is never one, whatever its links.
    if (name == "ul" || name == "ol" || name == "div" || name == "menu" || name == "section") {
        const LinkDensity::Counts c = density.of(node);
        if (c.links >= 3 && c.linked * 10 >= c.text * 8 && c.text <= c.links * 30)
            return true;
    }
    return false;
}

class Walker
{
public:
    Walker(TextWriter &writer, const ExtractionBudget &budget, const LinkDensity &density)
        : m_writer(writer)
        , m_budget(budget)
        , m_density(density)
    { }

    // Depth-first over the tree without recursion: a page of a few thousand nested divs (generated
    // pages have them) must not exhaust the stack.
    void walk(xmlDoc &doc)
    {
        xmlNode *n = doc.children;
        unsigned nodes = 0;
        while (n != nullptr) {
            if (++nodes % 4096 == 0)
                m_budget.check();
            const bool entered = enter(*n);
            if (entered && n->children != nullptr) {
                n = n->children;
                continue;
            }
            if (entered)
                leave(*n);
            while (n->next == nullptr) {
                n = n->parent;
                if (n == nullptr || n->type != XML_ELEMENT_NODE)
                    return;
                leave(*n);
            }
            n = n->next;
        }
    }

private:
    // True for the elements whose content is read (and whose end must be seen).
    bool enter(const xmlNode &node)
    {
        if (node.type == XML_TEXT_NODE || node.type == XML_CDATA_SECTION_NODE) {
            if (node.content != nullptr) {
                const std::string_view s = reinterpret_cast<const char *>(node.content);
                if (m_preDepth > 0)
                    m_writer.preformattedText(s);
                else
                    m_writer.text(s);
            }
            return false;
        }
        if (node.type != XML_ELEMENT_NODE)
            return false; // comments, processing instructions, the DTD
        const std::string_view name = nameOf(node);
        if (roleOf(name) != Role::Drop && isChrome(node, m_density)) {
            m_writer.paragraphBreak(); // what was before and what comes after do not run together
            return false;
        }
        switch (roleOf(name)) {
        case Role::Drop:
            return false;
        case Role::LineBreak:
            m_writer.lineBreak();
            break;
        case Role::Rule:
        case Role::Block:
            m_writer.paragraphBreak();
            break;
        case Role::Row:
            m_outerCellCounts.push_back(m_writer.enterRow());
            m_writer.beginRow();
            break;
        case Role::Cell:
            m_writer.beginCell();
            break;
        case Role::Inline:
            break;
        }
        if (keepsWhiteSpace(name))
            ++m_preDepth;
        return true;
    }

    void leave(const xmlNode &node)
    {
        const std::string_view name = nameOf(node);
        switch (roleOf(name)) {
        case Role::Block:
        case Role::Rule:
            m_writer.paragraphBreak();
            break;
        case Role::Row:
            m_writer.paragraphBreak();
            m_writer.leaveRow(m_outerCellCounts.back());
            m_outerCellCounts.pop_back();
            break;
        default:
            break;
        }
        if (keepsWhiteSpace(name))
            --m_preDepth;
    }

    TextWriter &m_writer;
    const ExtractionBudget &m_budget;
    const LinkDensity &m_density;
    int m_preDepth = 0;
    std::vector<int> m_outerCellCounts;
};

struct DocFreer
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

} // namespace

std::string htmlToText(std::string_view utf8Html, const ExtractionBudget &budget)
{
    if (const auto problem = findUtf8Problem(utf8Html))
        throw ImportError({ .kind = ImportProblem::Kind::UndecodedText, .value = "HTML", .position = problem });
    if (utf8Html.size() > static_cast<std::size_t>(INT_MAX))
        throw ImportError({ .kind = ImportProblem::Kind::FileTooLarge, .limitMb = 2048 });
    if (utf8Html.empty())
        return {};
    // libxml2 must be initialised once before threads use it; a function-local static is thread-safe.
    static const bool kInitialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)kInitialised;

    // Forcing "UTF-8" and HTML_PARSE_IGNORE_ENC makes libxml2 ignore a <meta charset> that disagrees.
    // HTML_PARSE_NOBLANKS is left out on purpose: it drops the space in "3<sup>e</sup> <b>adjoint</b>"
    // and white space is collapsed here anyway. XML_PARSE_HUGE lifts limits that would silently lose
    // text: past 256 nested elements (page builders nest that deep) libxml2 stops and the page comes
    // out empty; a text node over 10 MB would be cut.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC | static_cast<int>(XML_PARSE_HUGE);
    std::unique_ptr<xmlDoc, DocFreer> doc(
        htmlReadMemory(utf8Html.data(), static_cast<int>(utf8Html.size()), nullptr, "UTF-8", options));
    if (!doc)
        throw ImportError(ImportProblem::Kind::HtmlUnparsable);
    budget.check(); // libxml2's parse cannot be interrupted: checked after it
    TextWriter writer;
    const LinkDensity density(*doc);
    budget.check();
    Walker(writer, budget, density).walk(*doc);
    std::string text = writer.finish();
    budget.checkTextSize(text.size());
    return text;
}

} // namespace vigie::core
