// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace vigie::core {

// Read-only access to the entries of a ZIP archive held in memory, enough for the containers of
// .docx and .odt files. libzip reads the archive (ZIP64 and data descriptors included, CRCs
// checked); this class adds what an importer of untrusted files needs around it:
//  - only stored and deflated entries are read, never encrypted ones (no password is ever given);
//  - possible zip bombs are refused (see the limits below) before anything is expanded, on the
//    sizes the central directory declares, and expanding stops as soon as the output passes the
//    declared size, so a lying header gains nothing;
//  - names are compared byte for byte, and two entries with one name make the archive damaged
//    (two readers could otherwise see two different documents).
//
// Ownership: the archive keeps a view of the bytes given to open(), which must outlive it; it
// owns its libzip handle (movable, not copyable).
// Threads: read() counts the bytes it expands and shares the libzip handle, so one archive is used
// by one thread at a time; separate archives are independent.
// Errors: open() and read() throw ImportError: NotZip, DamagedZip with what is damaged ("CRC error
// in \"word/document.xml\""), UnsupportedZip, ZipBomb, MissingZipEntry, OutOfMemory.
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

    // Reads the central directory; reads no entry data yet.
    static ZipArchive open(std::string_view bytes);

    // Names are compared byte for byte, as stored ("word/document.xml").
    bool contains(std::string_view name) const;

    // The uncompressed bytes of an entry, CRC-checked.
    std::string read(std::string_view name) const;

private:
    struct Closer
    {
        void operator()(zip *archive) const;
    };

    ZipArchive() = default;

    std::unique_ptr<zip, Closer> m_zip;
    std::map<std::string, std::uint64_t, std::less<>> m_entries; // name -> libzip's index
    mutable std::uint64_t m_expanded = 0; // bytes returned by read() so far
};

} // namespace vigie::core
