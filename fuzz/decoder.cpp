// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The text decoder every .txt, .md and .html file goes through first (decodeText: byte order
// marks, UTF-8, UTF-16, the legacy 8-bit encodings, ICU's detector). It reports what it refuses
// with ImportError only.
//
// Checked: what it returns is valid UTF-8 with LF line ends only, and names its encoding.

#include "Fuzz.h"

#include "import/ImportError.h"
#include "import/TextDecoder.h"
#include "text/Utf8.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    DecodedText decoded;
    try {
        decoded = decodeText(vigie::fuzz::bytesOf(data, size));
    } catch (const ImportError &) {
        return 0;
    }
    VIGIE_FUZZ_CHECK(!decoded.encoding.empty());
    VIGIE_FUZZ_CHECK(decoded.utf8.find('\r') == std::string::npos);
    VIGIE_FUZZ_CHECK(!findUtf8Problem(decoded.utf8));
    return 0;
}
