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

// ReadOptions (import/Ocr.h): how documents are read, OCR of scanned PDF pages and its progress.

// An extractor's text and, for a PDF, the pages OCR read.
struct ReadText
{
    std::string utf8;
    std::vector<int> ocrPages; // 1-based, ascending; empty when no page was read by OCR
    double ocrConfidence = 0; // Tesseract's mean confidence over those pages, 0 to 100
};

// A document format Vigie imports. The registry below is the only list of them: the importer,
// the folder walk, the CLI's help, the window's file dialog and its preview all read it, so that
// adding a format is one entry here and its extractor.
struct DocumentFormat
{
    std::string_view id; // as stored in programmes.format: "txt", "md", "html", "pdf", "docx", "odt"
    std::vector<std::string_view> extensions; // lower case, with the dot: ".md", ".markdown"
    std::string_view labelFr; // "Page web"
    std::string_view labelEn; // "Web page"
    // Binary formats (PDF, Office) are read from the file's bytes and recorded with the encoding
    // "binary"; the others are text, decoded first (TextDecoder), their encoding recorded.
    bool binary;
    // The document's text, UTF-8 (not yet NFC): from the file's bytes when `binary`, else from its
    // decoded UTF-8 text, within `budget` (time, cancel, text size), as `options` say. Throws
    // ImportError.
    ReadText (*extract)(std::string_view input, const ExtractionBudget &budget, const ReadOptions &options);
};

const std::vector<DocumentFormat> &documentFormats();
// The format of `path` by its extension (any case), or null.
const DocumentFormat *formatOfPath(const std::string &path);
// ".txt .md .markdown .html .htm .pdf .docx .odt", for messages and help.
std::string supportedExtensions();
// "*.txt *.md *.markdown ...", for a file dialog's filter.
std::string fileNamePatterns();

} // namespace vigie::core
