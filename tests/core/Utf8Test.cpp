// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Utf8.h"

#include <catch2/catch.hpp>

using vigie::core::findUtf8Problem;

TEST_CASE("valid UTF-8 French text passes, BOM included", "[utf8]")
{
    CHECK_FALSE(findUtf8Problem("Numérique, œuvre, 50\u202F000 habitants, \xF0\x9F\x93\xB1 appli"));
    CHECK_FALSE(findUtf8Problem("\xEF\xBB\xBFProgramme"));
    CHECK_FALSE(findUtf8Problem(""));
}

TEST_CASE("Latin-1 bytes are reported with byte, line and column", "[utf8]")
{
    // "ligne 1\nd\xE9mocratie": the é of a Windows-1252 file.
    const auto p = findUtf8Problem("ligne 1\nd\xE9mocratie");
    REQUIRE(p);
    CHECK(p->byteOffset == 9);
    CHECK(p->line == 2);
    CHECK(p->column == 2);
    CHECK(p->describe() == "invalid sequence starting with byte 0xE9 at byte 9 (line 2, column 2)");
}

TEST_CASE("overlongs, surrogates, out-of-range and truncated sequences are invalid", "[utf8]")
{
    CHECK(findUtf8Problem("\xC0\xAF")); // overlong '/'
    CHECK(findUtf8Problem("\xE0\x80\xAF")); // overlong
    CHECK(findUtf8Problem("\xED\xA0\x80")); // U+D800
    CHECK(findUtf8Problem("\xF4\x90\x80\x80")); // above U+10FFFF
    const auto t = findUtf8Problem("caf\xC3"); // cut in the middle of é
    REQUIRE(t);
    CHECK(t->reason == "truncated sequence");
    CHECK(t->byteOffset == 3);
}

TEST_CASE("a NUL byte means a binary file", "[utf8]")
{
    const std::string bin("PK\x03\x04\x00\x00", 6);
    const auto p = findUtf8Problem(bin);
    REQUIRE(p);
    CHECK(p->reason == "NUL byte (binary file?)");
    CHECK(p->byteOffset == 4);
}

TEST_CASE("code points are counted as the study's offsets count them", "[utf8]")
{
    using vigie::core::countCodePoints;
    CHECK(countCodePoints("") == 0);
    CHECK(countCodePoints("abc") == 3);
    CHECK(countCodePoints("\xC3\xA9t\xC3\xA9") == 3); // été
    CHECK(countCodePoints("\xE2\x82\xAC \xF0\x9F\x98\x80") == 3); // € and an emoji outside the BMP
}
