// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// Where a byte sequence stops being valid UTF-8, for messages that let a user find the spot.
// Lines and columns are 1-based; the column counts code points of the valid prefix of that line.
struct Utf8Problem
{
    std::size_t byteOffset = 0;
    std::size_t line = 1;
    std::size_t column = 1;
    std::string reason; // "invalid byte 0xE9", "truncated sequence", "NUL byte (binary file?)"

    std::string describe() const;
};

// Strict validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
// A NUL byte is reported too: French text never has one and binary files nearly always do.
std::optional<Utf8Problem> findUtf8Problem(std::string_view bytes);

// ISO-8859-1 bytes as UTF-8 (each byte is its code point): the 2020 official files' encoding.
std::string latin1ToUtf8(std::string_view bytes);

// The code points of valid UTF-8 (the bytes that do not continue a sequence): what the study's
// offsets count.
std::int64_t countCodePoints(std::string_view utf8);
// The byte where each code point of valid UTF-8 starts, then the size: the study's offsets
// (start, end) cut `utf8` at [at[start], at[end]).
std::vector<std::size_t> codePointStarts(std::string_view utf8);

} // namespace vigie::core
