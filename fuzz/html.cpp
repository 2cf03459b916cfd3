// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// An .html file as the importer reads it: decodeText() on the bytes, then htmlToText() on the
// UTF-8 (libxml2's HTML parser underneath), then NFC. Both report bad input with ImportError only.
//
// Checked: the text is valid UTF-8, empty or ending with one '\n', with never two blank lines in a
// row (the paragraph rule of HtmlText.h).

#include "Fuzz.h"

#include "import/HtmlText.h"
#include "import/ImportError.h"
#include "import/TextDecoder.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string text;
    try {
        text = htmlToText(decodeText(vigie::fuzz::bytesOf(data, size)).utf8);
    } catch (const ImportError &) {
        return 0;
    }
    vigie::fuzz::checkExtractedText(text);
    VIGIE_FUZZ_CHECK(text.find("\n\n\n") == std::string::npos);
    return 0;
}
