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
#include <climits>
#include <memory>
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

class Walker
{
public:
    Walker(TextWriter &writer, const ExtractionBudget &budget)
        : m_writer(writer)
        , m_budget(budget)
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
    int m_preDepth = 0;
    std::vector<int> m_outerCellCounts;
};

struct DocFreer
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

std::string utf8Of(char32_t c)
{
    char buffer[U8_MAX_LENGTH];
    std::size_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    return std::string(buffer, length);
}

bool isAsciiAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The value of a hex or decimal digit, or -1.
int digitValue(char c, bool hex)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (hex && c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<HtmlCharacterReference> htmlCharacterReferenceAt(std::string_view text)
{
    if (text.size() < 3 || text[0] != '&')
        return std::nullopt;
    if (text[1] == '#') {
        const bool hex = text[2] == 'x' || text[2] == 'X';
        const std::size_t first = hex ? 3 : 2;
        const std::size_t maxDigits = hex ? 6 : 7; // enough for U+10FFFF, few enough not to overflow
        std::size_t i = first;
        char32_t value = 0;
        for (; i < text.size() && i - first < maxDigits; ++i) {
            const int digit = digitValue(text[i], hex);
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        }
        if (i == first || i >= text.size() || text[i] != ';')
            return std::nullopt; // no digits, too many, or no ';'
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        return HtmlCharacterReference { utf8Of(value), i + 1 };
    }
    // The longest name of the table has 8 letters, HTML5's longest 31: no need to look further.
    constexpr std::size_t kMaxName = 32;
    std::size_t i = 1;
    while (i < text.size() && i <= kMaxName && isAsciiAlnum(text[i]))
        ++i;
    if (i == 1 || i >= text.size() || text[i] != ';')
        return std::nullopt;
    const std::string name(text.substr(1, i - 1));
    const htmlEntityDesc *entity = htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.c_str()));
    if (entity == nullptr)
        return std::nullopt;
    return HtmlCharacterReference { utf8Of(static_cast<char32_t>(entity->value)), i + 1 };
}

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
    Walker(writer, budget).walk(*doc);
    std::string text = writer.finish();
    budget.checkTextSize(text.size());
    return text;
}

} // namespace vigie::core
