// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MarkdownText.h"

#include "import/HtmlText.h"
#include "import/ImportError.h"
#include "text/Utf8.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace vigie::core {

namespace {

// ---- characters -------------------------------------------------------------------------------

bool isAsciiPunct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool isAsciiAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

// The code point starting at `i` / ending just before `i` of valid UTF-8 text.
char32_t codePointAt(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(s[k]));
    };
    const char32_t c = b(i);
    if (c < 0x80)
        return c;
    if (c < 0xE0)
        return ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
    if (c < 0xF0)
        return ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    return ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
}

char32_t codePointBefore(std::string_view s, std::size_t i)
{
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
        --start;
    return codePointAt(s, start);
}

bool isWhiteSpace(char32_t c)
{
    return c == '\n' || c == '\r' || u_isUWhiteSpace(static_cast<UChar32>(c));
}

// CommonMark's "Unicode punctuation": the P and S general categories.
bool isPunctuation(char32_t c)
{
    if (c < 0x80)
        return isAsciiPunct(static_cast<char>(c));
    if (u_ispunct(static_cast<UChar32>(c)))
        return true;
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpaceOrTab(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpaceOrTab(s.back()))
        s.remove_suffix(1);
    return s;
}

// Spaces at the start, with a tab counted as reaching the next multiple of 4 (as CommonMark does).
std::size_t indentOf(std::string_view s)
{
    std::size_t width = 0;
    for (const char c : s) {
        if (c == ' ')
            ++width;
        else if (c == '\t')
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

// ---- inline -----------------------------------------------------------------------------------

// Nested brackets in link text are followed this deep; deeper ones stay literal text.
constexpr int kMaxLinkNesting = 16;
// Parentheses nested this deep in a link destination end it (CommonMark lets implementations cap
// them; cmark takes 32): "[a](" repeated would otherwise make each "[" scan to the end.
constexpr int kMaxDestinationParens = 32;

// The inline scanners look for a closing character far ahead ("(<url>", a title's quote, "-->")
// from positions that only move forward. A failed search from one "[" would be repeated from the
// next, and "[a](<" × 100,000 took a minute: each search remembers where it stopped, so that the
// stretch it went over is never read again (issue 17, D3).
class ForwardSearch
{
public:
    // anyOf: the first of the characters of `needle`; otherwise `needle` itself.
    ForwardSearch(std::string_view needle, bool anyOf)
        : m_needle(needle)
        , m_anyOf(anyOf)
    { }

    std::size_t from(std::string_view s, std::size_t pos)
    {
        // The last search went from m_from to m_found without a hit: its answer holds for any
        // position in between.
        if (m_searched && pos >= m_from && pos <= m_found)
            return m_found;
        m_searched = true;
        m_from = pos;
        m_found = m_anyOf ? s.find_first_of(m_needle, pos) : s.find(m_needle, pos);
        return m_found; // npos is the largest position: it answers every later search
    }

private:
    std::string_view m_needle;
    bool m_anyOf;
    bool m_searched = false;
    std::size_t m_from = 0;
    std::size_t m_found = 0;
};

// The searches of one inline text (one paragraph, or the text of one link).
struct InlineSearches
{
    ForwardSearch angleClose { ">\n", true };
    ForwardSearch doubleQuote { "\"", true };
    ForwardSearch singleQuote { "'", true };
    ForwardSearch closeParen { ")", true };
    ForwardSearch commentEnd { "-->", false };
    // Backtick runs by length, their starts in order; made at the first backtick.
    std::optional<std::map<std::size_t, std::vector<std::size_t>>> backtickRuns;
};

struct LinkSpan
{
    std::size_t textBegin = 0, textEnd = 0; // the text between [ and ]
    std::size_t end = 0; // just past the link
};

// `]` matching the `[` at `open`, skipping backslash escapes.
std::optional<std::size_t> closingBracket(std::string_view s, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == '[') {
            if (++depth > kMaxLinkNesting)
                return std::nullopt;
        } else if (s[i] == ']' && --depth == 0) {
            return i;
        }
    }
    return std::nullopt;
}

// "(url)", "(<url> 'title')", "(url \"title\")": returns the position just past ")".
std::optional<std::size_t> inlineDestination(std::string_view s, std::size_t open, InlineSearches &searches)
{
    std::size_t i = open + 1;
    const auto skipSpace = [&] {
        while (i < s.size() && (isSpaceOrTab(s[i]) || s[i] == '\n'))
            ++i;
    };
    skipSpace();
    if (i < s.size() && s[i] == '<') {
        const auto close = searches.angleClose.from(s, i);
        if (close == std::string_view::npos || s[close] != '>')
            return std::nullopt;
        i = close + 1;
    } else {
        int parens = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\\' && i + 1 < s.size()) {
                ++i;
            } else if (c == '(') {
                if (++parens > kMaxDestinationParens)
                    return std::nullopt;
            } else if (c == ')') {
                if (parens == 0)
                    break;
                --parens;
            } else if (isSpaceOrTab(c) || c == '\n') {
                break;
            }
        }
    }
    skipSpace();
    if (i < s.size() && (s[i] == '"' || s[i] == '\'' || s[i] == '(')) {
        ForwardSearch &closer = s[i] == '(' ? searches.closeParen
            : s[i] == '"'                   ? searches.doubleQuote
                                            : searches.singleQuote;
        const auto close = closer.from(s, i + 1);
        if (close == std::string_view::npos)
            return std::nullopt;
        i = close + 1;
        skipSpace();
    }
    if (i < s.size() && s[i] == ')')
        return i + 1;
    return std::nullopt;
}

// [text](destination) or [text][label] / [text][] starting at `open`. A lone [text] (a shortcut
// reference, or just brackets in prose: "[…]", "[sic]") is not taken for a link.
std::optional<LinkSpan> linkAt(std::string_view s, std::size_t open, InlineSearches &searches)
{
    const auto close = closingBracket(s, open);
    if (!close || *close + 1 >= s.size())
        return std::nullopt;
    LinkSpan link { open + 1, *close, 0 };
    if (s[*close + 1] == '(') {
        const auto end = inlineDestination(s, *close + 1, searches);
        if (!end)
            return std::nullopt;
        link.end = *end;
        return link;
    }
    if (s[*close + 1] == '[') {
        const auto labelEnd = s.find_first_of("[]", *close + 2);
        if (labelEnd == std::string_view::npos || s[labelEnd] != ']')
            return std::nullopt;
        link.end = labelEnd + 1;
        return link;
    }
    return std::nullopt;
}

// <http://...>, <mailto:...>, <someone@example.org>: the length, or 0.
std::size_t autolinkAt(std::string_view s, std::size_t open)
{
    // An autolink has no white space: stop there rather than look for a far-away ">".
    const auto close = s.find_first_of(" \t\n<>", open + 1);
    if (close == std::string_view::npos || s[close] != '>' || close == open + 1)
        return 0;
    const std::string_view body = s.substr(open + 1, close - open - 1);
    const auto colon = body.find(':');
    if (colon != std::string_view::npos && colon >= 2 && colon <= 32 && isAsciiAlpha(body[0])) {
        bool scheme = true;
        for (std::size_t k = 1; k < colon; ++k)
            scheme = scheme
                && (isAsciiAlpha(body[k]) || isDigit(body[k]) || body[k] == '+' || body[k] == '.' || body[k] == '-');
        if (scheme)
            return close - open + 1;
    }
    const auto at = body.find('@');
    if (at != std::string_view::npos && at > 0 && at + 1 < body.size() && body.find(':') == std::string_view::npos)
        return close - open + 1;
    return 0;
}

// An HTML open tag, closing tag or comment at `open`: its length, or 0. Attributes follow
// CommonMark's grammar, so "a < b" and "<3" in prose are not mistaken for tags.
std::size_t htmlTagAt(std::string_view s, std::size_t open, bool &lineBreak, InlineSearches &searches)
{
    lineBreak = false;
    if (s.substr(open).starts_with("<!--")) {
        const auto end = searches.commentEnd.from(s, open + 4);
        return end == std::string_view::npos ? 0 : end + 3 - open;
    }
    std::size_t i = open + 1;
    const bool closing = i < s.size() && s[i] == '/';
    if (closing)
        ++i;
    const std::size_t nameStart = i;
    if (i >= s.size() || !isAsciiAlpha(s[i]))
        return 0;
    while (i < s.size() && (isAsciiAlpha(s[i]) || isDigit(s[i]) || s[i] == '-'))
        ++i;
    const std::string_view name = s.substr(nameStart, i - nameStart);
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n';
    };
    const auto skipSpace = [&] {
        const std::size_t from = i;
        while (i < s.size() && isSpace(s[i]))
            ++i;
        return i > from;
    };
    if (closing) {
        skipSpace();
        return i < s.size() && s[i] == '>' ? i + 1 - open : 0;
    }
    for (;;) {
        const bool spaced = skipSpace();
        if (i < s.size() && s[i] == '>')
            break;
        if (i + 1 < s.size() && s[i] == '/' && s[i + 1] == '>') {
            ++i;
            break;
        }
        if (!spaced || i >= s.size() || !(isAsciiAlpha(s[i]) || s[i] == '_' || s[i] == ':'))
            return 0;
        while (i < s.size()
               && (isAsciiAlpha(s[i]) || isDigit(s[i]) || s[i] == '_' || s[i] == '.' || s[i] == ':' || s[i] == '-'))
            ++i;
        const std::size_t beforeValue = i;
        skipSpace();
        if (i >= s.size() || s[i] != '=') {
            i = beforeValue;
            continue;
        }
        ++i;
        skipSpace();
        if (i >= s.size())
            return 0;
        if (s[i] == '"' || s[i] == '\'') {
            const auto close = s.find(s[i], i + 1);
            if (close == std::string_view::npos)
                return 0;
            i = close + 1;
        } else {
            const std::size_t valueStart = i;
            while (i < s.size() && !isSpace(s[i]) && std::string_view("\"'=<>`").find(s[i]) == std::string_view::npos)
                ++i;
            if (i == valueStart)
                return 0;
        }
    }
    lineBreak = name == "br" || name == "BR";
    return i + 1 - open;
}

// A run of * or _ that may open or close emphasis, at `pos` in the output being built.
struct Delimiter
{
    std::size_t pos;
    std::size_t length; // as written, for the "multiple of 3" rule
    std::size_t left; // chars not yet used, counted from the start of the run (openers use the end)
    std::size_t usedFront; // chars used from the start of the run (closers)
    char c;
    bool canOpen;
    bool canClose;
};

// CommonMark's "process emphasis", minus the parts that only decide <em> versus <strong>: marks
// the delimiter characters that pair up, which are then dropped. Unpaired ones stay as text.
//
// Linear, as CommonMark's reference implementation does it (400 kB of "*_" took 31 s when each
// closer looked back over every delimiter before it): the delimiters that may still open are a
// stack, since a match removes every one between opener and closer; and a closer that finds no
// opener records, for its kind (character, whether it can open, length modulo 3: what the rule
// of 3 looks at), that nothing below it will ever match, since openers only lose characters.
void pairDelimiters(std::vector<Delimiter> &delims, std::vector<bool> &drop)
{
    std::vector<std::size_t> openers; // delimiters that can open and have characters left, in order
    std::size_t bottom[2][2][3] = {}; // [c is '_'][closer can open][closer length % 3]: lowest useful opener
    for (std::size_t ci = 0; ci < delims.size(); ++ci) {
        Delimiter &closer = delims[ci];
        if (closer.canClose) {
            std::size_t &floor = bottom[closer.c == '_'][closer.canOpen][closer.length % 3];
            while (closer.left > 0) {
                std::optional<std::size_t> found; // in `openers`
                for (std::size_t k = openers.size(); k-- > 0 && openers[k] >= floor;) {
                    const Delimiter &opener = delims[openers[k]];
                    if (opener.c != closer.c)
                        continue;
                    const bool ruleOf3 = (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 == 0
                        && (opener.length % 3 != 0 || closer.length % 3 != 0);
                    if (ruleOf3)
                        continue;
                    found = k;
                    break;
                }
                if (!found) {
                    floor = ci;
                    break;
                }
                Delimiter &opener = delims[openers[*found]];
                const std::size_t use = opener.left >= 2 && closer.left >= 2 ? 2 : 1;
                for (std::size_t k = 0; k < use; ++k) {
                    drop[opener.pos + opener.left - 1 - k] = true;
                    drop[closer.pos + closer.usedFront + k] = true;
                }
                opener.left -= use;
                closer.left -= use;
                closer.usedFront += use;
                // The delimiters between opener and closer can no longer open anything.
                for (std::size_t k = *found + 1; k < openers.size(); ++k)
                    delims[openers[k]].left = 0;
                openers.resize(opener.left > 0 ? *found + 1 : *found);
            }
        }
        if (closer.canOpen && closer.left > 0)
            openers.push_back(ci);
    }
}

std::string inlineText(std::string_view s, int depth = 0);

void appendCodeSpan(std::string &out, std::string_view code)
{
    std::string content(code);
    for (char &c : content)
        if (c == '\n')
            c = ' ';
    if (content.size() >= 2 && content.front() == ' ' && content.back() == ' '
        && content.find_first_not_of(' ') != std::string::npos)
        content = content.substr(1, content.size() - 2);
    out += content;
}

// Where the code span opened by `run` backticks at `open` ends: the start of the next run of
// exactly as many backticks (backslashes do not escape inside a code span), or npos. The runs are
// listed once per text, so that "`a``a```a..." does not rescan the rest of the text at each run.
std::size_t codeSpanEnd(std::string_view s, std::size_t open, std::size_t run, InlineSearches &searches)
{
    if (!searches.backtickRuns) {
        auto &runs = searches.backtickRuns.emplace();
        for (std::size_t k = s.find('`'); k != std::string_view::npos;) {
            std::size_t n = 1;
            while (k + n < s.size() && s[k + n] == '`')
                ++n;
            runs[n].push_back(k);
            k = s.find('`', k + n);
        }
    }
    // Runs after the opening one are whole runs of the text: the opening run ends at `open + run`
    // with a character that is not a backtick.
    const auto it = searches.backtickRuns->find(run);
    if (it == searches.backtickRuns->end())
        return std::string_view::npos;
    const auto next = std::lower_bound(it->second.begin(), it->second.end(), open + run);
    return next == it->second.end() ? std::string_view::npos : *next;
}

std::string inlineText(std::string_view s, int depth)
{
    std::string out;
    out.reserve(s.size());
    std::vector<Delimiter> delims;
    InlineSearches searches;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && (isAsciiPunct(s[i + 1]) || s[i + 1] == '\n')) {
            out += s[i + 1]; // "\\\n" is a hard line break: the newline stays
            i += 2;
        } else if (c == '`') {
            std::size_t run = 1;
            while (i + run < s.size() && s[i + run] == '`')
                ++run;
            const std::size_t close = codeSpanEnd(s, i, run, searches);
            if (close == std::string_view::npos) {
                out.append(run, '`');
                i += run;
            } else {
                appendCodeSpan(out, s.substr(i + run, close - i - run));
                i = close + run;
            }
        } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' && depth < kMaxLinkNesting) {
            if (const auto image = linkAt(s, i + 1, searches)) {
                i = image->end; // the alt text describes a picture, it is not the programme's text
            } else {
                out += c;
                ++i;
            }
        } else if (c == '[' && depth < kMaxLinkNesting) {
            if (const auto link = linkAt(s, i, searches)) {
                out += inlineText(s.substr(link->textBegin, link->textEnd - link->textBegin), depth + 1);
                i = link->end;
            } else {
                out += c;
                ++i;
            }
        } else if (c == '<') {
            bool lineBreak = false;
            if (const std::size_t n = autolinkAt(s, i)) {
                i += n;
            } else if (const std::size_t tag = htmlTagAt(s, i, lineBreak, searches)) {
                if (lineBreak)
                    out += '\n';
                i += tag;
            } else {
                out += c;
                ++i;
            }
        } else if (c == '&') {
            // Decoded into the output, not the input: "&lt;b&gt;" is text, never a tag, "&#42;" never emphasis.
            if (const auto reference = htmlCharacterReferenceAt(s.substr(i))) {
                out += reference->utf8;
                i += reference->length;
            } else {
                out += c;
                ++i;
            }
        } else if (c == '*' || c == '_') {
            std::size_t run = 1;
            while (i + run < s.size() && s[i + run] == c)
                ++run;
            const char32_t before = i == 0 ? U' ' : codePointBefore(s, i);
            const char32_t after = i + run >= s.size() ? U' ' : codePointAt(s, i + run);
            const bool leftFlanking
                = !isWhiteSpace(after) && (!isPunctuation(after) || isWhiteSpace(before) || isPunctuation(before));
            const bool rightFlanking
                = !isWhiteSpace(before) && (!isPunctuation(before) || isWhiteSpace(after) || isPunctuation(after));
            bool canOpen = leftFlanking, canClose = rightFlanking;
            if (c == '_') { // never inside a word: snake_case, mot_à_mot
                canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
                canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
            }
            if (canOpen || canClose)
                delims.push_back({ out.size(), run, run, 0, c, canOpen, canClose });
            out.append(run, c);
            i += run;
        } else {
            out += c;
            ++i;
        }
    }
    if (delims.empty())
        return out;
    std::vector<bool> drop(out.size(), false);
    pairDelimiters(delims, drop);
    std::string kept;
    kept.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k)
        if (!drop[k])
            kept += out[k];
    return kept;
}

// ---- blocks -----------------------------------------------------------------------------------

// Collects output lines: one blank line at most between paragraphs, none at the ends.
class Emitter
{
public:
    void blank() { m_blankPending = true; }

    // Lines of inline text; `prefix` goes before the first non-empty one.
    void lines(std::string_view text, std::string_view prefix = {})
    {
        std::size_t start = 0;
        while (start <= text.size()) {
            auto end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            const std::string_view line = trimLine(text.substr(start, end - start));
            if (!line.empty()) {
                beginLine();
                m_out += prefix;
                // A removed image or tag leaves two spaces where there was one.
                for (std::size_t k = 0; k < line.size(); ++k)
                    if (line[k] != ' ' || k == 0 || line[k - 1] != ' ')
                        m_out += line[k];
                prefix = {};
            }
            start = end + 1;
        }
    }

    // A line of a code block: its indentation is kept.
    void codeLine(std::string_view line)
    {
        while (!line.empty() && isSpaceOrTab(line.back()))
            line.remove_suffix(1);
        if (line.empty()) {
            blank();
            return;
        }
        beginLine();
        m_out += line;
    }

    std::string finish()
    {
        if (!m_out.empty())
            m_out += '\n';
        return std::move(m_out);
    }

private:
    // Spaces and no-break spaces at line edges are layout, not text.
    static std::string_view trimLine(std::string_view s)
    {
        for (;;) {
            s = trim(s);
            if (s.starts_with("\xC2\xA0"))
                s.remove_prefix(2);
            else if (s.ends_with("\xC2\xA0"))
                s.remove_suffix(2);
            else
                return s;
        }
    }

    void beginLine()
    {
        if (!m_out.empty())
            m_out += m_blankPending ? "\n\n" : "\n";
        m_blankPending = false;
    }

    std::string m_out;
    bool m_blankPending = false;
};

std::optional<std::string_view> atxHeading(std::string_view line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    line = trim(line);
    std::size_t level = 0;
    while (level < line.size() && line[level] == '#')
        ++level;
    if (level == 0 || level > 6 || (level < line.size() && !isSpaceOrTab(line[level])))
        return std::nullopt; // "#hashtag" is text
    std::string_view text = trim(line.substr(level));
    std::size_t hashes = text.size();
    while (hashes > 0 && text[hashes - 1] == '#')
        --hashes;
    if (hashes == 0)
        return std::string_view {};
    if (hashes < text.size() && isSpaceOrTab(text[hashes - 1]))
        text = trim(text.substr(0, hashes)); // "## Titre ##"
    return text;
}

// A line of one repeated character (spaces allowed between when `spaced`), at least `minimum` long.
bool isRunOf(std::string_view line, char c, std::size_t minimum, bool spaced)
{
    if (indentOf(line) > 3)
        return false;
    line = trim(line);
    std::size_t count = 0;
    for (const char ch : line) {
        if (ch == c)
            ++count;
        else if (!(spaced && isSpaceOrTab(ch)))
            return false;
    }
    return count >= minimum;
}

bool isThematicBreak(std::string_view line)
{
    return isRunOf(line, '-', 3, true) || isRunOf(line, '*', 3, true) || isRunOf(line, '_', 3, true);
}

// "[id]: url" or "[id]: <url> 'title'". "[^1]: ..." is a footnote, which is text.
bool isReferenceDefinition(std::string_view line)
{
    if (indentOf(line) > 3)
        return false;
    line = trim(line);
    if (!line.starts_with('[') || line.starts_with("[^"))
        return false;
    const auto close = line.find("]:");
    if (close == std::string_view::npos || close < 2
        || line.substr(1, close - 1).find_first_of("[]") != std::string_view::npos)
        return false;
    const std::string_view rest = trim(line.substr(close + 2));
    if (rest.empty())
        return false;
    const std::string_view destination = rest.substr(0, rest.find_first_of(" \t"));
    const std::string_view title = trim(rest.substr(destination.size()));
    return title.empty() || title.front() == '"' || title.front() == '\'' || title.front() == '(';
}

// The content of a list item, or nullopt. Markers: - * + and 1. 1) (up to 9 digits).
std::optional<std::string_view> listItem(std::string_view line)
{
    const std::string_view s = trim(line);
    std::size_t marker = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '+')) {
        marker = 1;
    } else {
        while (marker < s.size() && marker < 10 && isDigit(s[marker]))
            ++marker;
        if (marker == 0 || marker > 9 || marker >= s.size() || (s[marker] != '.' && s[marker] != ')'))
            return std::nullopt;
        ++marker;
    }
    if (marker < s.size() && !isSpaceOrTab(s[marker]))
        return std::nullopt;
    std::string_view content = trim(s.substr(marker));
    if (content.size() >= 3 && content[0] == '[' && content[2] == ']'
        && (content[1] == ' ' || content[1] == 'x' || content[1] == 'X')
        && (content.size() == 3 || isSpaceOrTab(content[3])))
        content = trim(content.substr(3)); // "- [x] fait"
    return content;
}

struct Fence
{
    char c;
    std::size_t length;
};

std::optional<Fence> fenceOpening(std::string_view line)
{
    if (indentOf(line) > 3)
        return std::nullopt;
    line = trim(line);
    if (line.empty() || (line[0] != '`' && line[0] != '~'))
        return std::nullopt;
    std::size_t n = 0;
    while (n < line.size() && line[n] == line[0])
        ++n;
    if (n < 3)
        return std::nullopt;
    if (line[0] == '`' && line.substr(n).find('`') != std::string_view::npos)
        return std::nullopt; // ```inline``` code on one line
    return Fence { line[0], n };
}

bool closesFence(std::string_view line, const Fence &fence)
{
    return isRunOf(line, fence.c, fence.length, false);
}

// Strips up to `maxDepth` "> " markers; returns how many there were.
std::size_t stripQuoteMarkers(std::string_view &line, std::size_t maxDepth)
{
    std::size_t depth = 0;
    while (depth < maxDepth) {
        const std::size_t indent = indentOf(line);
        const auto first = line.find_first_not_of(" \t");
        if (indent > 3 || first == std::string_view::npos || line[first] != '>')
            break;
        line.remove_prefix(first + 1);
        if (!line.empty() && isSpaceOrTab(line.front()))
            line.remove_prefix(1);
        ++depth;
    }
    return depth;
}

class Converter
{
public:
    void line(std::string_view raw)
    {
        if (!raw.empty() && raw.back() == '\r')
            raw.remove_suffix(1);
        if (m_fence) {
            stripQuoteMarkers(raw, m_fenceQuoteDepth);
            if (closesFence(raw, *m_fence)) {
                m_fence.reset();
                m_out.blank();
            } else {
                m_out.codeLine(raw);
            }
            return;
        }
        if (m_inComment) {
            if (raw.find("-->") != std::string_view::npos)
                m_inComment = false;
            return;
        }
        std::string_view line = raw;
        const std::size_t depth = stripQuoteMarkers(line, std::numeric_limits<std::size_t>::max());
        if (trim(line).empty()) {
            endBlock();
            m_out.blank();
            return;
        }
        if (depth != m_quoteDepth) {
            endBlock();
            m_out.blank();
            m_quoteDepth = depth;
        }
        if (const auto fence = fenceOpening(line)) {
            endBlock();
            m_out.blank();
            m_fence = fence;
            m_fenceQuoteDepth = depth;
            return;
        }
        const std::string_view content = trim(line);
        if (indentOf(line) <= 3 && content.starts_with("<!--") && content.find("-->") == std::string_view::npos) {
            endBlock();
            m_inComment = true;
            return;
        }
        if (const auto heading = atxHeading(line)) {
            endBlock();
            emitHeading(*heading);
            return;
        }
        const bool inParagraph = !m_block.empty() && !m_blockIsItem;
        if (inParagraph && (isRunOf(line, '=', 1, false) || isRunOf(line, '-', 1, false))) {
            const std::string text = std::move(m_block);
            m_block.clear();
            emitHeading(text); // setext: the paragraph above was a heading
            return;
        }
        if (isThematicBreak(line)) {
            endBlock();
            m_out.blank();
            return;
        }
        if (isReferenceDefinition(line)) {
            endBlock();
            return;
        }
        if (const auto item = listItem(line)) {
            endBlock();
            m_block = *item;
            m_blockIsItem = true;
            return;
        }
        if (!m_block.empty())
            m_block += '\n';
        m_block += content;
    }

    std::string finish()
    {
        endBlock();
        return m_out.finish();
    }

private:
    void emitHeading(std::string_view text)
    {
        m_out.blank();
        m_out.lines(inlineText(text));
        m_out.blank();
    }

    void endBlock()
    {
        if (m_block.empty() && !m_blockIsItem)
            return;
        m_out.lines(inlineText(m_block), m_blockIsItem ? "- " : "");
        m_block.clear();
        m_blockIsItem = false;
    }

    Emitter m_out;
    std::string m_block; // the paragraph or list item being read, lines joined by "\n"
    bool m_blockIsItem = false;
    std::size_t m_quoteDepth = 0;
    std::optional<Fence> m_fence;
    std::size_t m_fenceQuoteDepth = 0;
    bool m_inComment = false;
};

} // namespace

std::string markdownToText(std::string_view utf8, const ExtractionBudget &budget)
{
    if (const auto problem = findUtf8Problem(utf8))
        throw ImportError({ .kind = ImportProblem::Kind::UndecodedText, .value = "Markdown", .position = problem });
    Converter converter;
    std::size_t start = 0;
    unsigned lines = 0;
    while (start < utf8.size()) {
        if (++lines % 4096 == 0)
            budget.check();
        auto end = utf8.find('\n', start);
        if (end == std::string_view::npos)
            end = utf8.size();
        converter.line(utf8.substr(start, end - start));
        start = end + 1;
    }
    std::string text = converter.finish();
    budget.checkTextSize(text.size());
    return text;
}

} // namespace vigie::core
