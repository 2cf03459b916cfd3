// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentFormats.h"

#include "import/HtmlText.h"
#include "import/MarkdownText.h"
#include "import/OfficeText.h"
#include "import/PdfText.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace vigie::core {

namespace {

ReadText plainText(std::string_view utf8, const ExtractionBudget &budget, const ReadOptions &)
{
    budget.checkTextSize(utf8.size());
    ReadText text;
    text.utf8 = std::string(utf8);
    return text;
}

ReadText pdfText(std::string_view bytes, const ExtractionBudget &budget, const ReadOptions &options)
{
    PdfText pdf = pdfToText(bytes, budget, { .read = options });
    return { std::move(pdf.utf8), std::move(pdf.ocrPages), pdf.ocrConfidence };
}

// The extractors that read no scanned pages.
template <std::string (*read)(std::string_view, const ExtractionBudget &)>
ReadText textOnly(std::string_view input, const ExtractionBudget &budget, const ReadOptions &)
{
    ReadText text;
    text.utf8 = read(input, budget);
    return text;
}

std::string extensionOf(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

} // namespace

const std::vector<DocumentFormat> &documentFormats()
{
    static const std::vector<DocumentFormat> kFormats = {
        { "txt", { ".txt" }, "Texte", "Text", false, plainText },
        { "md", { ".md", ".markdown" }, "Markdown", "Markdown", false, textOnly<markdownToText> },
        { "html", { ".html", ".htm" }, "Page web", "Web page", false, textOnly<htmlToText> },
        { "pdf", { ".pdf" }, "PDF", "PDF", true, pdfText },
        { "docx", { ".docx" }, "Word", "Word", true, textOnly<docxToText> },
        { "odt", { ".odt" }, "OpenDocument", "OpenDocument", true, textOnly<odtToText> },
    };
    return kFormats;
}

const DocumentFormat *formatOfPath(const std::string &path)
{
    const std::string ext = extensionOf(path);
    for (const auto &f : documentFormats())
        if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end())
            return &f;
    return nullptr;
}

std::string supportedExtensions()
{
    std::string out;
    for (const auto &f : documentFormats())
        for (const auto ext : f.extensions)
            out += (out.empty() ? "" : " ") + std::string(ext);
    return out;
}

std::string fileNamePatterns()
{
    std::string out;
    for (const auto &f : documentFormats())
        for (const auto ext : f.extensions)
            out += (out.empty() ? "*" : " *") + std::string(ext);
    return out;
}

} // namespace vigie::core
