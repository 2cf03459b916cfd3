// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile documents made in code, for the extractors' budgets: too large to keep as fixtures, or
// simpler to read as what they are than as bytes.

#include "StoredZip.h" // fuzz/: a ZIP of stored entries

#include <string>
#include <vector>

namespace vigie::test {

// An .odt whose office:text holds `body` (text: elements), as a stored ZIP.
inline std::string odtWithBody(const std::string &body)
{
    const std::string content
        = R"(<?xml version="1.0" encoding="UTF-8"?>)"
          R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
          R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">)"
          "<office:body><office:text>"
        + body + "</office:text></office:body></office:document-content>";
    return fuzz::storedZip({ { "mimetype", "application/vnd.oasis.opendocument.text" }, { "content.xml", content } });
}

// A .docx whose w:body holds `body` (w: elements), as a stored ZIP.
inline std::string docxWithBody(const std::string &body)
{
    const std::string document
        = R"(<?xml version="1.0" encoding="UTF-8"?>)"
          R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
          "<w:body>"
        + body + "</w:body></w:document>";
    return fuzz::storedZip({ { "word/document.xml", document } });
}

// A PDF of `pages` pages, each drawing one form XObject (a line of `text`, ASCII without
// parentheses or backslashes) `draws` times at one place: poppler's time for a page grows faster than its number of
// draws (issue 17, D2: a 123 kB file of this kind took more than 300 s). Objects: 1 catalog, 2 pages, 3 font, 4 form,
// then a page and its content stream per page.
inline std::string formHeavyPdf(int pages, int draws, const std::string &text = "Bonjour la ville numerique")
{
    std::vector<std::string> objects;
    const auto stream = [](const std::string &dictionary, const std::string &data) {
        return "<< " + dictionary + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
    };
    std::string kids;
    for (int p = 0; p < pages; ++p)
        kids += std::to_string(5 + 2 * p) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    objects.push_back(stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>",
                             "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"));
    std::string content;
    for (int d = 0; d < draws; ++d)
        content += "q /X0 Do Q\n";
    for (int p = 0; p < pages; ++p) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X0 4 0 R >> "
                          ">> /Contents "
                          + std::to_string(6 + 2 * p) + " 0 R >>");
        objects.push_back(stream("", content));
    }
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace vigie::test
