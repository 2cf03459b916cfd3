// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExtractionBudget.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// When a PDF page is read by optical character recognition instead of its text layer
// (docs/formats.md, "Scanned pages"):
// - Auto: a page whose text layer is missing or unusable (pdfToText() says which), the default;
// - Never: no page (a PDF without any text is refused, as before OCR);
// - Always: every page, whatever its text layer says.
enum class OcrMode { Auto, Never, Always };

// How documents are read: OCR of scanned PDF pages (PdfText.h), and who hears of each page OCR
// reads (1-based page, pages in the document; on the reading thread). Every extractor takes it
// (DocumentFormats.h); only PDFs use it.
struct ReadOptions
{
    OcrMode ocr = OcrMode::Auto;
    std::function<void(int page, int pages)> ocrProgress;
};

// "auto", "never", "always" (what --ocr takes and the study settings store).
std::string_view ocrModeId(OcrMode mode);
std::optional<OcrMode> parseOcrMode(std::string_view text);

// Pages as ranges, "1,3-4" for {1, 3, 4} (ascending, no repeats), and back; parsePageRanges()
// skips what is not a page or a range.
std::string pageRanges(const std::vector<int> &pages);
std::vector<int> parsePageRanges(std::string_view text);

// A page image: 8-bit grey, one byte per pixel, `stride` bytes per row (at least `width`), 0 black.
struct GreyImage
{
    int width = 0;
    int height = 0;
    int stride = 0;
    int dpi = 300;
    std::vector<std::uint8_t> pixels; // stride * height bytes

    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * stride + x]; }
    // The image turned a quarter clockwise `quarters` times (0 to 3).
    GreyImage rotated(int quarters) const;
    // Whether anything is drawn: a pixel darker than mid-grey in at least 1 in 10,000.
    bool hasInk() const;
};

// What Tesseract read on one page.
struct OcrPage
{
    std::string text; // UTF-8, lines as Tesseract found them, paragraphs apart by a blank line
    double confidence = 0; // Tesseract's mean word confidence, 0 to 100 (0 when no word was read)
    int rotation = 0; // degrees the page was turned clockwise before reading it (0, 90, 180, 270)
};

// Whether Tesseract and its French data are there (checked once per process).
bool ocrAvailable();

// Reads the French text of `image` with Tesseract (LSTM engine, automatic page segmentation).
// The page's orientation is found first (Tesseract's orientation detection, osd.traineddata): a
// page printed sideways or upside down is turned upright when that detection is confident
// enough. Each thread keeps its own Tesseract engines (made on first use, about a third of a
// second): calls on distinct threads run in parallel. Tesseract checks the budget between words:
// Cancel and the time limit stop it (ImportError Cancelled or ExtractionTooSlow). Throws
// ImportError OcrUnavailable when Tesseract cannot load its French data.
OcrPage ocrPage(const GreyImage &image, const ExtractionBudget &budget);

} // namespace vigie::core
