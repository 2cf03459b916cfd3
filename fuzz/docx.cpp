// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Word (.docx) file as the importer reads it: docxToText() on the bytes (ZipArchive, then libxml2's
// reader on the parts), then NFC. Bad files are reported with ImportError only (the ZIP layer's
// kinds, a missing part, malformed XML, a document type declaration, an old or encrypted file).
//
// An input that does not start with "PK" (no ZIP file does) is taken as the XML of word/document.xml
// and wrapped in a valid archive of stored entries (StoredZip.h): mutations of a real file seldom
// pass the CRC of its deflated parts, so this is how the fuzzer reaches the XML reading.
//
// Checked: the text is valid UTF-8, empty or ending with one '\n'.

#include "Fuzz.h"
#include "StoredZip.h"

#include "import/ImportError.h"
#include "import/OfficeText.h"

using namespace vigie::core;

namespace {

constexpr std::string_view kContentTypes
    = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes = vigie::fuzz::bytesOf(data, size);
    const std::string file = bytes.starts_with("PK")
        ? std::string(bytes)
        : vigie::fuzz::storedZip({ { "[Content_Types].xml", kContentTypes }, { "word/document.xml", bytes } });
    std::string text;
    try {
        text = docxToText(file);
    } catch (const ImportError &) {
        return 0;
    }
    vigie::fuzz::checkExtractedText(text);
    return 0;
}
