// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Manifest.h"

#include <string_view>
#include <vector>

namespace vigie::core {

// True when `bytes` start like a ZIP archive (what an .xlsx file is).
bool looksLikeZip(std::string_view bytes);

// The cells of the first worksheet of an .xlsx workbook (Office Open XML spreadsheet, as Excel,
// LibreOffice and libxlsxwriter write it), as rows of text fields: shared strings, inline strings
// and formula strings as their text, numbers and booleans as written in the file ("1", "0.5"),
// empty cells as empty fields. Each row's `line` is its row number in the spreadsheet (what the
// coder sees); empty rows are left out. Through ZipArchive's limits and the same XML parser as
// the .docx reader (no DTD, no network). Throws ImportError: NotZip, DamagedZip, ZipBomb,
// MissingZipEntry (no worksheet), DamagedOfficeXml.
std::vector<CsvRow> xlsxRows(std::string_view bytes);

} // namespace vigie::core
