// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace vigie::core {

std::string Utf8Problem::describe() const
{
    return reason + " at byte " + std::to_string(byteOffset) + " (line " + std::to_string(line) + ", column "
        + std::to_string(column) + ")";
}

namespace {

// Line and column (code points) of byte `at`, for the message; only runs once a problem is found.
void locate(std::string_view bytes, std::size_t at, std::size_t &line, std::size_t &column)
{
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
}

std::optional<Utf8Problem> scan(std::string_view bytes);

} // namespace

std::string latin1ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::optional<Utf8Problem> findUtf8Problem(std::string_view bytes)
{
    auto problem = scan(bytes);
    if (problem)
        locate(bytes, problem->byteOffset, problem->line, problem->column);
    return problem;
}

namespace {

std::optional<Utf8Problem> scan(std::string_view bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    auto problem = [](std::size_t at, std::string reason) {
        return Utf8Problem { at, 1, 1, std::move(reason) };
    };
    auto hex = [](unsigned char c) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02X", c);
        return std::string(buf);
    };
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time, none of them NUL: the bulk of French text.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            const bool ascii = (w & 0x8080808080808080ULL) == 0;
            const bool hasZero = ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
            if (!ascii || hasZero)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c == 0)
                return problem(i, "NUL byte (binary file?)");
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return problem(i, "invalid byte " + hex(c));
        }
        if (i + len > n)
            return problem(i, "truncated sequence");
        for (std::size_t k = 1; k < len; ++k) {
            const unsigned char b = s[i + k];
            const unsigned char l = k == 1 ? lo : 0x80;
            const unsigned char h = k == 1 ? hi : 0xBF;
            if (b < l || b > h)
                return problem(i, "invalid sequence starting with byte " + hex(c));
        }
        i += len;
    }
    return std::nullopt;
}

} // namespace

std::int64_t countCodePoints(std::string_view utf8)
{
    std::int64_t n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::vector<std::size_t> codePointStarts(std::string_view utf8)
{
    std::vector<std::size_t> at;
    at.reserve(utf8.size() + 1);
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80)
            at.push_back(i);
    at.push_back(utf8.size());
    return at;
}

} // namespace vigie::core
