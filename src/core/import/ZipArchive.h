// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace vigie::core {

// Read-only access to the entries of a ZIP archive held in memory, enough for the containers of
// .docx and .odt files: stored and deflated entries, no encryption, no ZIP64, no multi-volume.
//
// The index comes from the end-of-central-directory record and the central directory, the
// authoritative copy of each entry's method, sizes and CRC; local headers only give where the data
// starts. Archives are untrusted input, so read() refuses possible zip bombs (see the limits
// below) and never believes a declared size: it stops inflating as soon as the output passes it.
//
// Ownership: the archive keeps a view of the bytes given to open(), which must outlive it.
// Threads: read() counts the bytes it expands, so one archive is used by one thread at a time;
// separate archives are independent.
// Errors: open() and read() throw ImportError: NotZip, DamagedZip with what is damaged ("CRC error
// in \"word/document.xml\""), UnsupportedZip, ZipBomb, MissingZipEntry.
class ZipArchive
{
public:
    // What read() expands, per entry and for all the entries it has read together.
    static constexpr std::uint64_t kMaxExpandedSize = 256u * 1024u * 1024u;
    // Deflate reaches about 1000:1 on a run of zeros; text and XML stay far below 200:1. Small
    // entries are exempt: their ratio says nothing and they cannot hurt.
    static constexpr std::uint64_t kMaxRatio = 200;
    static constexpr std::uint64_t kRatioCheckedAbove = 1024u * 1024u;
    static constexpr std::uint64_t kMaxEntries = 10000;

    // Indexes the central directory; reads no entry data yet.
    static ZipArchive open(std::string_view bytes);

    // Names are compared byte for byte, as stored ("word/document.xml").
    bool contains(std::string_view name) const;

    // The uncompressed bytes of an entry, CRC-checked.
    std::string read(std::string_view name) const;

private:
    struct Entry
    {
        std::uint16_t flags = 0;
        std::uint16_t method = 0;
        std::uint32_t crc = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0;
        std::uint64_t localHeaderOffset = 0;
    };

    explicit ZipArchive(std::string_view bytes)
        : m_bytes(bytes)
    { }

    std::string_view entryData(const std::string &name, const Entry &entry) const;

    std::string_view m_bytes;
    std::uint64_t m_centralDirectoryOffset = 0; // entry data must end before it
    std::map<std::string, Entry, std::less<>> m_entries;
    mutable std::uint64_t m_expanded = 0; // bytes returned by read() so far
};

} // namespace vigie::core
