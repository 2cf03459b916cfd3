// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lines of a PDF's pages as pdfToText() (PdfText.cpp) rebuilds them, and the repairs made on
// them: running heads, hyphenation, decorative letters, glued sentences, and the lines OCR read.
// Internal to the PDF reader; the rules are written in PdfText.h.

#include "import/PdfText.h"

#include <string>
#include <string_view>
#include <vector>

namespace vigie::core::pdf {

struct Line
{
    std::string text;
    int rotation = 0;
    // The middle of the line across the text, signed so that it grows from one line to the next
    // (downwards for upright text, leftwards for text reading downwards...).
    double position = 0;
    double thickness = 0;
    // Written after a blank line: the first line of a page, or one further below the line before
    // than the page's usual spacing.
    bool startsParagraph = false;
};

// One letter (a capital when `upperOnly`), and nothing else.
bool isSingleLetter(const std::string &text, bool upperOnly = false);
bool startsWithLetter(const std::string &text);

// Takes the running heads and page numbers out of the pages' top and bottom zones; returns how
// many lines were removed.
int removeRunningHeads(std::vector<std::vector<Line>> &pages, int pageCount);
// Joins words broken at the end of a line; returns how many.
int repairHyphenation(std::vector<Line> &lines);
// Rejoins or drops titles printed one letter per line, counted in `stats`.
void rejoinDecorativeLetters(std::vector<Line> &lines, PdfText &stats);
// Gives their space to sentences glued by a lost line break; returns how many.
int separateGluedSentences(std::string &text);
// The lines Tesseract read, a blank line starting a paragraph.
std::vector<Line> ocrLines(const std::string &text);

} // namespace vigie::core::pdf
