// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"

#include <string>
#include <string_view>

namespace vigie::core {

// The running text of word-processor files, as UTF-8, for tagging: body paragraphs in document
// order, each followed by a blank line ("\n\n"), tabs as '\t', manual line breaks as '\n'; the end
// of the text is trimmed to a single '\n'. Table cells, list items and text boxes give
// paragraphs of their own. Footnotes and endnotes come after the body, in the order of their
// references in it, each of their paragraphs a paragraph of its own: the sentence that cites a
// note reads on without it, and the note's number is left out. Left out: deleted text of tracked
// changes (a note cited only there too), comments, field instructions, headers and footers (they
// repeat on every page), list labels and images.
//
// In both, a run of spaces and tabs (typed, or asked for by text:s, text:tab, w:tab) is cut after
// 8 characters: alignment, not text, and the way a few bytes of XML ask for a thousand spaces.
// The budget is checked every few thousand XML nodes (Cancel, time) and as the text grows (size).
//
// Both take the whole file in memory and are pure: safe to call from any thread. They throw
// ImportError when the file cannot be read: not a ZIP archive or a damaged one, a possible zip
// bomb (ZipArchive's kinds), a missing main part (NotWordDocument, NotOpenDocument), malformed XML
// (DamagedOfficeXml, with the part and its line), a password-protected or old-format file
// (PasswordProtectedOdt, OldWordDocument), or when the budget is spent (Cancelled,
// ExtractionTooSlow, TextTooLong). XML is parsed without fetching anything
// and a document type declaration (the vehicle of entity attacks) is refused.

// .docx (Office Open XML, transitional or strict): the text of word/document.xml, then the notes
// it cites from word/footnotes.xml and word/endnotes.xml (read only when cited, through the same
// zip-bomb limits; the separator and continuation "notes", which have a w:type, are not text).
// Soft hyphens stay as U+00AD, non-breaking hyphens become '-'; where Word stores a text box twice
// (a markup-compatibility choice and its fallback), the first choice is read.
std::string docxToText(std::string_view bytes, const ExtractionBudget &budget = ExtractionBudget());

// .odt (OpenDocument text): the text of office:text in content.xml, with the text:note-body of each
// text:note moved after it (headers and footers are in styles.xml, which is not read). White space
// inside paragraphs is collapsed as ODF 1.2 §6.1.2 requires (runs to one space, none at either end
// of a paragraph); text:s, text:tab and text:line-break give the spaces, tabs and line breaks that
// survive it.
std::string odtToText(std::string_view bytes, const ExtractionBudget &budget = ExtractionBudget());

} // namespace vigie::core
