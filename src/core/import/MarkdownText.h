// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"

#include <string>
#include <string_view>

namespace vigie::core {

// The plain text of a Markdown document, so that markup neither counts as words nor glues phrases
// together. Parsed by cmark-gfm, the CommonMark reference library, with GitHub's table,
// strikethrough, autolink and task-list extensions: what is a heading, a list, code, a table or
// raw HTML is the parser's answer, not a guess. No source map is kept: offsets into the result do
// not point back into the Markdown.
//
// Before parsing, front matter is dropped: a block at the very top between "---" lines (YAML;
// "..." closes it too) or "+++" lines (TOML) whose first line is a "key:" (or "key =") line. A
// page that opens with a thematic break followed by a sentence keeps its text.
//
// Blocks: headings and paragraphs become paragraphs (separated by one blank line); list items
// start their line with "- " (the tokenizer takes a bullet as a phrase break), the items of one
// list on consecutive lines, a new list (another bullet character) after a blank line; code
// blocks keep their text; every table cell is a paragraph of its own, so that no phrase runs
// from one cell into the next; block quotes give their paragraphs; thematic breaks separate.
// Raw HTML blocks go through htmlToText(): <style>, <script>, comments and the rest of what a
// browser does not show are dropped, tags go, the text stays.
// Inline: emphasis, strong and strikethrough give their text; a link gives its text, an autolink
// (<https://...>, <contact@ville.fr>, a bare www. or https:// address) nothing, nor does an image
// (its alt text describes a picture); code spans give their text; inline HTML tags are dropped
// and <br> ends a line; character references are decoded as CommonMark says (every HTML5 name;
// an unknown one stays as written); soft and hard line breaks end a line.
// Lines lose their trailing spaces; never two blank lines in a row.
//
// The result ends with one "\n", or is empty. Throws ImportError if the input is not valid UTF-8
// (decode the file with decodeText() first), and when the budget is spent: checked after the
// parse (which cannot be interrupted) and every few thousand nodes of the tree (Cancelled,
// ExtractionTooSlow), and on the text (TextTooLong). Pure and thread-safe.
std::string markdownToText(std::string_view utf8, const ExtractionBudget &budget = ExtractionBudget());

} // namespace vigie::core
