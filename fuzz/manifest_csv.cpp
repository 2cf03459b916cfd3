// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV programme manifests and projects lists: readManifest() and readProjects() on the input saved
// as a .csv file, and parseCsv() on it directly. Errors: ImportError only.
//
// Checked: rows start on increasing lines; entries read have a line, manifests an absolute file
// name and projects a title (their required columns) and a finite budget, not negative.

#include "ManifestFile.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes = vigie::fuzz::bytesOf(data, size);
    try {
        int previous = 0;
        for (const CsvRow &row : parseCsv(std::string(bytes))) {
            VIGIE_FUZZ_CHECK(row.line > previous);
            previous = row.line;
        }
    } catch (const ImportError &e) {
        VIGIE_FUZZ_CHECK(e.kind() == ImportProblem::Kind::UnterminatedQuote);
    }
    vigie::fuzz::readListsFrom(bytes, ".csv");
    return 0;
}
