// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"

#include <string>
#include <string_view>

namespace vigie::core {

// The plain text of a Markdown document, so that markup neither counts as words nor glues phrases
// together. A line-by-line text transformation in the spirit of CommonMark, not a full parser: no
// source map is kept, offsets into the result do not point back into the Markdown.
//
// Blocks:
//  - ATX headings ("## Titre", closing #s too) and setext headings (a paragraph underlined with ===
//    or ---) become their own paragraph, without the markers;
//  - list items ("- ", "* ", "+ ", "1. ", "1) ", any indentation, task boxes "[ ]"/"[x]" dropped)
//    become "- " at the start of the line: the tokenizer takes a bullet as a phrase break;
//  - fenced code blocks (``` or ~~~) keep their content, without the fences;
//  - "> " blockquote markers, horizontal rules (---, ***, ___), reference link definitions
//    ("[id]: http://..."), multi-line HTML comments are removed;
//  - blank lines separate paragraphs, never more than one in a row.
// Inline:
//  - emphasis markers (* _ ** __ ***) are removed where CommonMark's flanking rules make them
//    emphasis, so snake_case, "5 * 3" and an unmatched "Nantes*" keep theirs;
//  - [text](url) and [text][id] become text; images ![alt](url) and autolinks <http://...> vanish;
//  - `code` loses its backticks; HTML tags and comments are stripped (<br> ends a line);
//  - a backslash escape keeps the escaped character (\&amp; gives "&amp;");
//  - character references (&amp; &eacute; &nbsp; &#233; &#xE9;) are decoded, as CommonMark says,
//    except in code spans and fenced code blocks, with htmlCharacterReferenceAt() (HtmlText.h): the names
//    htmlToText() knows, no more; an unknown name or a missing ';' leaves the text as written.
// Tables are left as written.
//
// The result ends with one "\n", or is empty. Throws ImportError if the input is not valid UTF-8
// (decode the file with decodeText() first), and when the budget is spent: checked every few
// thousand lines (Cancelled, ExtractionTooSlow) and on the whole text (TextTooLong). Pure and
// thread-safe.
std::string markdownToText(std::string_view utf8, const ExtractionBudget &budget = ExtractionBudget());

} // namespace vigie::core
