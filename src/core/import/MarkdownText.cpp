// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MarkdownText.h"

#include "import/HtmlText.h"
#include "import/ImportError.h"
#include "text/Utf8.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace vigie::core {

namespace {

// The budget's clock is read once per this many nodes of the tree.
constexpr unsigned kNodesPerCheck = 4096;

std::string_view view(const char *s)
{
    return s ? std::string_view(s) : std::string_view();
}

bool blankLine(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The lines of a front matter block and where the Markdown starts after it; 0 when there is none.
// A block opens on the very first line with "---" (YAML) or "+++" (TOML), closes with the same
// marker (or "..." for YAML), and its first non-blank line is a "key:" or "key =" line: a page
// that starts with a thematic break and a paragraph is not taken for one.
std::size_t frontMatterEnd(std::string_view text)
{
    const auto lineAt = [&](std::size_t at) {
        const auto end = text.find('\n', at);
        return text.substr(at, (end == std::string_view::npos ? text.size() : end) - at);
    };
    const auto trimmed = [](std::string_view line) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        return line;
    };
    const std::string_view first = trimmed(lineAt(0));
    if (first != "---" && first != "+++")
        return 0;
    const bool yaml = first == "---";
    std::size_t at = lineAt(0).size() + 1;
    bool keyed = false, sawContent = false;
    while (at <= text.size()) {
        const std::string_view raw = lineAt(at);
        const std::string_view line = trimmed(raw);
        const std::size_t next = at + raw.size() + 1;
        if (line == first || (yaml && line == "..."))
            return keyed || !sawContent ? std::min(next, text.size()) : 0;
        if (!sawContent && !blankLine(line)) {
            sawContent = true;
            const auto key
                = line.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. \"'");
            keyed = key != std::string_view::npos && key > 0 && (line[key] == ':' || (!yaml && line[key] == '='));
            if (!keyed)
                return 0;
        }
        if (next > text.size())
            break;
        at = next;
    }
    return 0;
}

// The plain text, built paragraph by paragraph: what is appended waits for its separator (a line
// break or a blank line) until some text follows, so no paragraph ever ends in a run of blank lines.
class Output
{
public:
    enum Break { None = 0, Line = 1, Paragraph = 2 };

    void requestBreak(Break b)
    {
        if (!m_text.empty() && !m_afterMarker && b > m_pending)
            m_pending = b;
    }
    // A list item's bullet, on a line of its own: the item's first block goes on after it.
    void marker(std::string_view bullet)
    {
        raw(bullet);
        m_afterMarker = true;
    }
    bool atLineStart() const { return m_text.empty() || m_text.back() == '\n' || m_pending != None; }

    // Text of a paragraph: spaces at a line's start are dropped and a space is never doubled (a
    // removed link or image leaves its two neighbours' spaces side by side).
    void text(std::string_view s)
    {
        if (atLineStart() || (!m_text.empty() && m_text.back() == ' '))
            while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
                s.remove_prefix(1);
        raw(s);
    }
    // Text as written (code): only its line breaks are Output's.
    void raw(std::string_view s)
    {
        if (s.empty())
            return;
        flush();
        m_text.append(s);
        m_afterMarker = false;
    }
    void newline()
    {
        flush();
        if (!m_text.empty())
            m_pending = std::max(m_pending, Line);
    }
    std::size_t size() const { return m_text.size(); }

    // One "\n" at the end, no line ending in spaces, never two blank lines in a row.
    std::string finish()
    {
        std::string out;
        out.reserve(m_text.size() + 1);
        std::size_t start = 0;
        int blanks = 0;
        while (start < m_text.size()) {
            auto end = m_text.find('\n', start);
            if (end == std::string::npos)
                end = m_text.size();
            std::string_view line(m_text.data() + start, end - start);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
                line.remove_suffix(1);
            start = end + 1;
            if (line.empty()) {
                if (++blanks == 1 && !out.empty())
                    out += '\n';
                continue;
            }
            blanks = 0;
            out.append(line);
            out += '\n';
        }
        while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
            out.pop_back();
        return out;
    }

private:
    void flush()
    {
        if (m_pending == Paragraph)
            m_text += "\n\n";
        else if (m_pending == Line)
            m_text += '\n';
        m_pending = None;
    }

    std::string m_text;
    Break m_pending = None;
    bool m_afterMarker = false;
};

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

// Walks cmark-gfm's tree and writes what a reader reads.
class Renderer
{
public:
    Renderer(const ExtractionBudget &budget)
        : m_budget(budget)
    { }

    void block(cmark_node *node)
    {
        tick();
        const std::string_view extension = view(cmark_node_get_type_string(node));
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
            children(node);
            m_out.requestBreak(Output::Paragraph);
            return;
        case CMARK_NODE_LIST:
            ++m_listDepth;
            children(node);
            --m_listDepth;
            m_out.requestBreak(Output::Paragraph);
            return;
        case CMARK_NODE_ITEM:
            // "- " at the start of the item: the tokenizer takes a bullet as a phrase break.
            m_out.requestBreak(Output::Line);
            m_out.marker("- ");
            children(node);
            m_out.requestBreak(Output::Line);
            return;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            m_out.requestBreak(m_listDepth > 0 && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
                                   ? Output::Line
                                   : Output::Paragraph);
            inlines(node);
            m_out.requestBreak(m_listDepth > 0 ? Output::Line : Output::Paragraph);
            return;
        case CMARK_NODE_CODE_BLOCK: {
            m_out.requestBreak(Output::Paragraph);
            std::string_view code = view(cmark_node_get_literal(node));
            while (!code.empty() && code.back() == '\n')
                code.remove_suffix(1);
            m_out.raw(code);
            m_out.requestBreak(Output::Paragraph);
            return;
        }
        case CMARK_NODE_HTML_BLOCK: {
            // Raw HTML as a browser shows it: <style>, <script> and comments drop out with their
            // content, tags go, the text stays.
            m_out.requestBreak(Output::Paragraph);
            std::string_view text = view(cmark_node_get_literal(node));
            const std::string plain = htmlToText(text, m_budget);
            std::string_view shown(plain);
            while (!shown.empty() && shown.back() == '\n')
                shown.remove_suffix(1);
            m_out.raw(shown);
            m_out.requestBreak(Output::Paragraph);
            return;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            m_out.requestBreak(Output::Paragraph);
            return;
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            m_out.requestBreak(Output::Paragraph);
            children(node);
            m_out.requestBreak(Output::Paragraph);
            return;
        default:
            break;
        }
        if (extension == "table_cell") { // each cell a paragraph of its own, as in Office tables
            m_out.requestBreak(Output::Paragraph);
            inlines(node);
            m_out.requestBreak(Output::Paragraph);
            return;
        }
        // "table", "table_row" and any block an extension adds: their children.
        m_out.requestBreak(Output::Paragraph);
        children(node);
        m_out.requestBreak(Output::Paragraph);
    }

    std::string finish() { return m_out.finish(); }
    std::size_t size() const { return m_out.size(); }

private:
    void tick()
    {
        if (++m_nodes % kNodesPerCheck == 0) {
            m_budget.check();
            m_budget.checkTextSize(m_out.size());
        }
    }

    void children(cmark_node *node)
    {
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
            block(c);
    }

    void inlines(cmark_node *node)
    {
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
            inline_(c);
    }

    void inline_(cmark_node *node)
    {
        tick();
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            m_out.text(view(cmark_node_get_literal(node)));
            return;
        case CMARK_NODE_CODE:
            m_out.text(view(cmark_node_get_literal(node)));
            return;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            m_out.newline();
            return;
        case CMARK_NODE_HTML_INLINE: {
            const std::string_view tag = view(cmark_node_get_literal(node));
            if (tag.size() > 3 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R')
                && (tag[3] == '>' || tag[3] == '/' || tag[3] == ' '))
                m_out.newline();
            return; // other tags and comments: nothing
        }
        case CMARK_NODE_IMAGE: // its alt text describes a picture, it is not the programme's text
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return;
        case CMARK_NODE_LINK: {
            // An autolink (<https://...>, <contact@ville.fr>, or a bare www. address) shows its
            // address: not words of the programme.
            const std::string_view url = view(cmark_node_get_url(node));
            cmark_node *only = cmark_node_first_child(node);
            if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_TEXT) {
                const std::string_view text = view(cmark_node_get_literal(only));
                if (text == url || "mailto:" + std::string(text) == url || "http://" + std::string(text) == url)
                    return;
            }
            inlines(node);
            return;
        }
        default: // emphasis, strong, strikethrough, and inlines an extension adds: their text
            inlines(node);
            return;
        }
    }

    const ExtractionBudget &m_budget;
    Output m_out;
    int m_listDepth = 0;
    unsigned m_nodes = 0;
};

} // namespace

std::string markdownToText(std::string_view utf8, const ExtractionBudget &budget)
{
    if (const auto problem = findUtf8Problem(utf8))
        throw ImportError({ .kind = ImportProblem::Kind::UndecodedText, .value = "Markdown", .position = problem });
    if (utf8.starts_with("\xEF\xBB\xBF"))
        utf8.remove_prefix(3);
    utf8.remove_prefix(frontMatterEnd(utf8));

    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (!parser)
        throw ImportError({ .kind = ImportProblem::Kind::OutOfMemory, .detail = "cannot start the Markdown parser" });
    for (const char *name : { "table", "strikethrough", "autolink", "tasklist" })
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    cmark_parser_feed(parser.get(), utf8.data(), utf8.size());
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        throw ImportError({ .kind = ImportProblem::Kind::OutOfMemory, .detail = "cannot parse the Markdown" });
    budget.check(); // the parse itself cannot be interrupted

    Renderer renderer(budget);
    renderer.block(document.get());
    std::string text = renderer.finish();
    budget.checkTextSize(text.size());
    return text;
}

} // namespace vigie::core
