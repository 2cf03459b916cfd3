// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Markdown file as the importer reads it: decodeText() on the bytes, then markdownToText() on the
// UTF-8, then NFC. Both report bad input with ImportError only.
//
// Checked: the text is valid UTF-8 (character references decode to whole characters), empty or
// ending with one '\n'.

#include "Fuzz.h"

#include "import/ImportError.h"
#include "import/MarkdownText.h"
#include "import/TextDecoder.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string text;
    try {
        text = markdownToText(decodeText(vigie::fuzz::bytesOf(data, size)).utf8);
    } catch (const ImportError &) {
        return 0;
    }
    vigie::fuzz::checkExtractedText(text);
    return 0;
}
