// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vigie::core {

// The readable text of an HTML page, as a browser would lay it out in paragraphs, for counting.
//
// The input must already be UTF-8: decode the file's bytes with decodeText() first. A <meta charset>
// (or http-equiv Content-Type) naming another encoding is ignored, because the bytes have been
// re-encoded since it was written; honouring it would garble every accented letter.
//
// Rules, on libxml2's forgiving HTML parser (unclosed and stray tags are repaired, entities decoded):
//  - dropped with their content: head (title included), script, style, noscript, template, svg,
//    math, iframe, object, embed, comments; img alt text is dropped too;
//  - page chrome is dropped with its content: nav and aside; header and footer unless inside an
//    article, main or section (the page's, not an article's); elements with role navigation,
//    banner, contentinfo, search, menu, menubar or complementary; hidden or aria-hidden="true"
//    ones; cookie and consent banners, breadcrumbs, skip links and navbars by their id or class
//    (cookie, consent, gdpr, rgpd, tarteaucitron, axeptio, didomi, cmplz, onetrust, breadcrumb,
//    skip-link, navbar); menus: a ul, ol, div, menu or section with 3 links or more whose text is
//    at least 80 % link text, 30 characters a link at most (a paragraph is never a menu);
//  - block elements (p, div, section, article, header, footer, nav, aside, main, h1-h6, ul, ol, li,
//    dl, dt, dd, blockquote, pre, table, tr, caption, figure, figcaption, form, fieldset, legend,
//    address, details, summary, hr...) end a paragraph: paragraphs are separated by one blank line,
//    never more; br ends a line (two br make a blank line);
//  - table cells (td, th) of a row are separated by a tab, the row is one line;
//  - elsewhere runs of white space (space, tab, CR, LF, FF) collapse to one space, and spaces at
//    the start and end of lines are dropped; pre keeps its spaces and line breaks;
//  - no-break spaces (U+00A0, &nbsp;) are kept inside a line (French typography puts them before
//    ; : ! ? and inside « »), dropped at line edges like other spaces.
// The result ends with one "\n", or is empty when the page has no text.
//
// Throws ImportError if the input is not valid UTF-8 (UndecodedText, with the position of the first
// bad byte) or too large for libxml2 (FileTooLarge, 2 GiB), and when the budget is spent: checked
// after libxml2's parse (which cannot be interrupted) and every few thousand nodes of the tree
// (Cancelled, ExtractionTooSlow), and on the whole text (TextTooLong). Thread-safe.
std::string htmlToText(std::string_view utf8Html, const ExtractionBudget &budget = ExtractionBudget());

} // namespace vigie::core
