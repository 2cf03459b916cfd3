// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/NormalizedText.h"
#include "text/Utf8.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// What every fuzz target shares. A target is one LLVMFuzzerTestOneInput in its own .cpp, linked
// either with libFuzzer (VIGIE_BUILD_FUZZ, clang) or with replay_main.cpp (every build), so that
// the corpus and the crash reproducers are replayed by CTest with any compiler.
//
// A target catches only the errors its parser documents (ImportError, DictionaryError); anything
// else escapes and aborts the process, which is what the fuzzer reports as a crash.

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace vigie::fuzz {

inline std::string_view bytesOf(const std::uint8_t *data, std::size_t size)
{
    return { reinterpret_cast<const char *>(data), size };
}

// An invariant of the parser's result that does not hold: a bug, reported as a crash.
[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
    std::abort();
}

} // namespace vigie::fuzz

// Unlike assert(), also checked in release builds (the replay tests are RelWithDebInfo).
#define VIGIE_FUZZ_CHECK(condition)                                                                                    \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::vigie::fuzz::fail(#condition, __FILE__, __LINE__);                                                       \
    } while (false)

namespace vigie::fuzz {

// What every extractor promises of its text (HtmlText.h, MarkdownText.h, PdfText.h, OfficeText.h):
// valid UTF-8, empty or ending with one '\n'. Then NFC, which the importer applies next.
inline void checkExtractedText(const std::string &text)
{
    VIGIE_FUZZ_CHECK(!vigie::core::findUtf8Problem(text));
    VIGIE_FUZZ_CHECK(text.empty() || text.back() == '\n');
    vigie::core::toNfc(text);
}

} // namespace vigie::fuzz
