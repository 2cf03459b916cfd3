// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A coding sheet filled in by a coder, as `vigie-cli codes import` and the Validation view read it:
// readCodingSheet() on the bytes, against a sample of 20 passages coded on three themes. Bytes
// starting with "PK" are an .xlsx workbook (xlsxRows: ZipArchive, then libxml2 on its parts); any
// other input is read twice: as CSV, and as the XML of xl/worksheets/sheet1.xml wrapped in a valid
// archive of stored entries with a fixed table of shared strings (StoredZip.h), which is how the
// fuzzer reaches the workbook's XML behind the ZIP layer. Errors: ValidationError only.
//
// Checked: codes are for positions of the sample, each once, in the coder's name; their themes
// belong to the coding frame, in its order, without repeats.

#include "Fuzz.h"
#include "StoredZip.h"

#include "analysis/Validation.h"

#include <algorithm>
#include <set>

using namespace vigie::core;

namespace {

constexpr std::string_view kSharedStrings
    = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>position</t></si><si><t>numerique</t></si><si><t>open_data</t></si><si><t>e_sante</t></si>"
      "<si><t>note</t></si><si><t>oui</t></si></sst>";

const Sample &sample()
{
    static const Sample s = [] {
        Sample out;
        out.themes = { "numerique", "open_data", "e_sante" };
        for (int p = 1; p <= 20; ++p) {
            SamplePassage passage;
            passage.position = p;
            out.passages.push_back(passage);
        }
        return out;
    }();
    return s;
}

void readAndCheck(const std::string &content)
{
    std::vector<PassageCode> codes;
    try {
        codes = readCodingSheet("fuzz.sheet", content, sample(), "Fuzz");
    } catch (const ValidationError &) {
        return;
    }
    std::set<int> seen;
    for (const PassageCode &c : codes) {
        VIGIE_FUZZ_CHECK(c.position >= 1 && c.position <= 20);
        VIGIE_FUZZ_CHECK(seen.insert(c.position).second);
        VIGIE_FUZZ_CHECK(c.coder == "Fuzz");
        std::size_t previous = 0;
        for (const std::string &theme : c.themes) {
            const auto at = std::find(sample().themes.begin(), sample().themes.end(), theme);
            VIGIE_FUZZ_CHECK(at != sample().themes.end());
            const auto index = static_cast<std::size_t>(at - sample().themes.begin()) + 1;
            VIGIE_FUZZ_CHECK(index > previous); // frame order, no repeat
            previous = index;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes = vigie::fuzz::bytesOf(data, size);
    readAndCheck(std::string(bytes));
    if (!bytes.starts_with("PK"))
        readAndCheck(vigie::fuzz::storedZip(
            { { "xl/sharedStrings.xml", kSharedStrings }, { "xl/worksheets/sheet1.xml", bytes } }));
    return 0;
}
