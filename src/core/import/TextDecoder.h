// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::core {

// The text of a .txt, .md or .html file, in UTF-8 with LF line ends, and the encoding it was read in.
struct DecodedText
{
    std::string utf8;
    std::string encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252" or "ISO-8859-15"
};

// Turns the raw bytes of a text file into UTF-8, deciding the encoding from the bytes alone (a
// declaration inside the text, such as an HTML <meta charset>, is not consulted). In order:
//
//  1. UTF-8 byte order mark: stripped; the rest must be strictly valid UTF-8.
//  2. UTF-16LE/BE byte order mark: converted; an odd byte count, an unpaired surrogate or a NUL
//     character is an error. A UTF-32 byte order mark is refused.
//  3. Valid UTF-8 (pure ASCII included): taken as is.
//  4. A NUL byte, or more than 1% control characters other than \t \n \r \f: "binary file, not
//     text", unless ICU's detector is sure it is UTF-16/UTF-32 without a byte order mark, which
//     is refused by name ("unsupported text encoding (looks like UTF-16LE)").
//  5. Mostly valid UTF-8 with a few bad bytes (more valid multi-byte sequences than bad bytes): a
//     damaged UTF-8 file or one with mixed encodings. Refused with the first bad byte's position,
//     because reading it as windows-1252 would garble every accented letter that was right.
//  6. Otherwise a legacy 8-bit text. ICU's detector (ucsdet) must not be confident (>= 30) that it
//     is something other than a Latin single-byte encoding (ISO-8859-1/2/9, windows-1250/1252/1254):
//     a Shift_JIS or windows-1251 text is refused by name. Short texts give weak verdicts and are
//     read as French. The encoding is then windows-1252 if any byte 0x80-0x9F occurs (C1 controls
//     in every ISO-8859 encoding, € ’ œ … in windows-1252); ISO-8859-15 if the bytes only make
//     sense there: 0xA4 (€) next to a digit, or 0xBC/0xBD (Œ œ), 0xA6/0xA8 (Š š), 0xB4/0xB8 (Ž ž),
//     0xBE (Ÿ) next to a letter (but "l´école", the acute accent typed as an apostrophe after an
//     elided word, is windows-1252); windows-1252 otherwise. A byte windows-1252 leaves undefined
//     (0x81 0x8D 0x8F 0x90 0x9D) is an error.
//
// Line ends are normalised: CRLF and lone CR become LF. The text is not NFC-normalised (the caller
// does that). Errors are thrown as ImportError (InvalidUtf8, InvalidEncoding, BinaryFile,
// UnsupportedEncoding...), with the byte offset, line and column of the first bad byte in its
// position where there is one. Pure and thread-safe.
DecodedText decodeText(std::string_view bytes);

} // namespace vigie::core
