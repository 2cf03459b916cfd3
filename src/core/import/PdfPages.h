// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What pdfToText() (PdfText.cpp) needs of a page besides its text layer: whether that layer is
// usable, and the page as an image for OCR. Internal to the PDF reader.

#include "import/ExtractionBudget.h"
#include "import/Ocr.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

class PDFDoc;

namespace vigie::core {

// What a page's text layer holds.
struct PageTextLayer
{
    std::size_t letters = 0; // alphabetic characters
    std::size_t visible = 0; // characters other than white space
    std::size_t unreadable = 0; // U+FFFD, private-use characters and controls: glyphs without a meaning
    double imageCover = 0; // share of the page under images (their areas added, at most 1)
    bool blank = false; // the page draws nothing (no character, image or path): OCR has nothing to read

    void addText(std::string_view utf8);
};

// Whether OCR reads the page instead of its text layer. Always: yes; Never: no; Auto: when the
// layer is missing (fewer than 20 letters), unusable (more than 10 % of its characters unreadable,
// or fewer than half of them letters), or a caption over a picture of the text (images cover half
// the page or more and the layer has fewer than 200 letters).
bool pageNeedsOcr(const PageTextLayer &layer, OcrMode mode);

// The most pixels a page is drawn with for OCR: an A4 page at 300 dpi is 8.7 million, an A0 poster
// 140 million; a hostile file may declare a page of kilometres.
constexpr std::int64_t kMaxRenderPixels = 40'000'000;

// The resolution a page of `widthPoints` x `heightPoints` is drawn at: `dpi`, or less so that it
// holds at most kMaxRenderPixels (at least 1 dpi).
int renderDpi(double widthPoints, double heightPoints, int dpi);

// Page `number` (1-based) drawn in grey at `dpi` (renderDpi()), white paper, crop box, upright
// as displayed. Poppler stops drawing when the budget is spent (the caller checks it after).
GreyImage renderPage(PDFDoc &document, int number, int dpi, const ExtractionBudget &budget);

} // namespace vigie::core
