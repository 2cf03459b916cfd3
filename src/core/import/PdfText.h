// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"
#include "import/Ocr.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// The text of a PDF programme, ready for the tagger, and what was done to it.
struct PdfText
{
    std::string utf8; // pages and paragraphs apart by a blank line; ends with one '\n' (empty if nothing is left)
    int pages = 0; // pages in the document, with or without text
    int removedHeaderLines = 0; // running heads and page numbers taken out
    int repairedHyphenations = 0; // words rejoined across a line or page break
    // What design tools do to leaflets, repaired (see the rules below):
    int rejoinedLetterSpacing = 0; // letter-spaced or one-letter-per-line titles joined into words
    int droppedDecorativeLetters = 0; // one-letter-per-line words that repeat a nearby heading
    int joinedDropCapitals = 0; // drop capitals joined to their word
    int expandedLigatures = 0; // U+FB00-FB06 written as their letters
    int separatedSentences = 0; // sentences glued by a lost line break, given their space
    // Pages read by OCR (1-based, ascending), Tesseract's mean confidence over them (0 to 100,
    // each page weighing the same), and how many of them were turned upright first.
    std::vector<int> ocrPages;
    double ocrConfidence = 0;
    int ocrRotatedPages = 0;
};

// How pdfToText() reads pages whose text layer is missing or unusable.
struct PdfOptions
{
    ReadOptions read; // OCR's mode, and who is told before OCR reads a page
    int ocrDpi = 300; // the resolution pages are drawn at for OCR
};

// Extracts the text of a PDF held in memory (poppler's own classes, as poppler-cpp's word list
// does), in poppler's reading order, one line per line of the page.
//
// Rules, in order:
// - Running heads: on each page, the first 3 and last 3 lines form its top and bottom zones. A zone
//   line whose normalised form (trimmed, spaces collapsed, digit runs as '#', ASCII lower-cased) is in
//   a zone of at least 60 % of the pages, and of at least 3 pages, is removed from every zone; so is
//   a zone line that is only a page number ("3", "- 3 -", "Page 3", "Page 3 sur 12", "3/12").
// - Paragraphs: within a page, a line further below the previous one than 1.5 times the page's usual
//   line spacing (the lower median of its line-to-line advances, running heads left out) starts a
//   paragraph, written after a blank line; a heading above its text usually does too.
// - Line-break hyphens: a line ending with a word and '-', U+2010 or U+00AD, followed by a line that
//   starts with a word, is joined to it (no hyphen, no break) unless lineBreakHyphenation()
//   (text/Hyphenation.h) says Keep, so "numé-|rique" becomes "numérique", "e-|santé" stays. The
//   same holds across a page break, running heads and page numbers being out by then: a page whose
//   last line ends with "numé-" is joined to the first line of the next, and that page break gets
//   no blank line, since the word shows that the sentence runs on.
//
// - Scanned pages (docs/formats.md, "Scanned pages"): each page whose text layer pageNeedsOcr()
//   (PdfPages.h) finds missing or unusable, under options.read.ocr, is drawn at options.ocrDpi and read
//   by ocrPage() (Ocr.h); its lines replace the layer's, with paragraphs where Tesseract puts
//   them, and go through the rules below like any page's. A page that draws nothing (no
//   character, image or path) is not drawn for OCR; one OCR reads nothing on keeps its layer (a
//   photograph) and is not counted as read by OCR. OCR pages get their own
//   time on top of the budget's (kOcrPageTime each): a scanned programme of 30 pages is slow, not
//   broken.
// - Leaflets: ligatures (U+FB00 to U+FB06) become their letters; a run of 3 or more one-letter
//   words on a line (letter-spaced titles) is joined, a space kept where the gap is well above the
//   run's usual one; 3 or more lines of one letter each (a word printed downwards) are joined into
//   a line, or dropped when one of the 3 lines around says that word already; a drop capital (a
//   one-letter capital at least 1.8 times as thick as what follows, alone on its line or first
//   on it) is joined to its word; a '.', '!' or '?' between two letters or digits and a capital
//   followed by a lowercase letter ("tour.Depuis") gets its space.
//
// The budget is checked between pages and inside each page (Cancel, time): poppler stops drawing a
// page at the next form XObject or after a few operators once it is spent, so that a page drawing
// one form thousands of times (minutes inside poppler) is refused when the time is up, not when
// the page ends. The text is checked as it grows (size), and a page drawing more than 100,000
// characters is refused (poppler's layout of a page grows faster than its characters).
//
// Throws ImportError of kind DamagedPdf ("not a valid PDF (damaged or truncated)"),
// PasswordProtectedPdf, PdfWithoutText (no text even after OCR, or OCR off), OcrUnavailable or
// PdfPageTooDense, or the budget's kinds (Cancelled, ExtractionTooSlow, TextTooLong). Poppler's own diagnostics are
// silenced for the whole process on first use. Reentrant: distinct calls share no state of ours.
PdfText pdfToText(std::string_view bytes, const ExtractionBudget &budget = ExtractionBudget(),
                  const PdfOptions &options = PdfOptions());

} // namespace vigie::core
