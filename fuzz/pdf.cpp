// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A PDF as the importer reads it: pdfToText() on the bytes (poppler), then NFC. Bad files are
// reported with ImportError (DamagedPdf, PasswordProtectedPdf, PdfWithoutText) only.
//
// Poppler is the system's library, not instrumented: the fuzzer's coverage is that of our page
// and line rules (running heads, paragraphs, hyphenation), and AddressSanitizer sees poppler's
// allocations, not its reads. Pages are read without OCR: Tesseract (the system's library too)
// takes about a second a page, and what OCR's text goes through is the ocr_text target's.

#include "Fuzz.h"

#include "import/ImportError.h"
#include "import/PdfText.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    PdfText pdf;
    try {
        pdf = pdfToText(vigie::fuzz::bytesOf(data, size), ExtractionBudget(),
                        { .read = { .ocr = OcrMode::Never, .ocrProgress = {} } });
    } catch (const ImportError &) {
        return 0;
    }
    VIGIE_FUZZ_CHECK(pdf.pages >= 0 && pdf.removedHeaderLines >= 0 && pdf.repairedHyphenations >= 0);
    vigie::fuzz::checkExtractedText(pdf.utf8);
    return 0;
}
