// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What OCR reads, as pdfToText() takes it in: Tesseract's text (any bytes: a misread page gives
// control characters, lone combining marks, private-use glyphs) cut into lines and paragraphs
// (pdf::ocrLines), measured as a text layer (PageTextLayer, pageNeedsOcr), then the line repairs
// every page goes through. Tesseract itself is not run: it is the system's library, and a page
// takes it a second; the pdf target reads its pages without OCR for the same reason.

#include "Fuzz.h"

#include "import/PdfLines.h"
#include "import/PdfPages.h"

#include <string>

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string read(vigie::fuzz::bytesOf(data, size));
    PageTextLayer layer;
    layer.addText(read);
    VIGIE_FUZZ_CHECK(layer.letters <= layer.visible && layer.unreadable <= layer.visible);
    VIGIE_FUZZ_CHECK(layer.visible <= read.size());
    pageNeedsOcr(layer, OcrMode::Auto);

    std::vector<pdf::Line> lines = pdf::ocrLines(read);
    for (const pdf::Line &line : lines) {
        VIGIE_FUZZ_CHECK(!line.text.empty());
        VIGIE_FUZZ_CHECK(line.text.find('\n') == std::string::npos);
        VIGIE_FUZZ_CHECK(line.text.front() != ' ' && line.text.back() != ' ');
    }
    VIGIE_FUZZ_CHECK(lines.empty() || lines.front().startsParagraph);
    PdfText stats;
    pdf::rejoinDecorativeLetters(lines, stats);
    pdf::repairHyphenation(lines);
    for (pdf::Line &line : lines)
        pdf::separateGluedSentences(line.text);
    return 0;
}
