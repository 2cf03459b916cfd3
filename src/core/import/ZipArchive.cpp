// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ZipArchive.h"

#include "import/ImportError.h"

#include <array>
#include <optional>
#include <string>

#define ZLIB_CONST
#include <zlib.h>

namespace vigie::core {

namespace {

// Record layouts: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local header), 4.3.12 (central
// directory header), 4.3.15-16 (ZIP64 locator, end of central directory).
constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kMaxCommentSize = 0xFFFF;

constexpr std::uint16_t kFlagEncrypted = 1u << 0;
constexpr std::uint16_t kFlagStrongEncryption = 1u << 6;
constexpr std::uint16_t kFlagMaskedHeaders = 1u << 13;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflated = 8;
constexpr std::uint16_t kMethodAes = 99; // WinZip AES: the real method hides in an extra field

using Kind = ImportProblem::Kind;

static_assert(ZipArchive::kMaxExpandedSize == 256u * 1024u * 1024u && ZipArchive::kMaxRatio == 200
                  && ZipArchive::kMaxEntries == 10000,
              "the messages name the limits");

std::uint16_t u16(std::string_view b, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

std::uint32_t u32(std::string_view b, std::size_t at)
{
    return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

// Entry names go into messages: keep them printable ASCII whatever the archive holds.
std::string printable(std::string_view name)
{
    std::string out;
    for (const char c : name)
        out += (c >= 0x20 && c < 0x7F) ? c : '?';
    return out;
}

std::string quoted(std::string_view name)
{
    return "\"" + printable(name) + '"';
}

[[noreturn]] void damaged(const std::string &why)
{
    throw ImportError({ .kind = Kind::DamagedZip, .detail = why });
}

[[noreturn]] void unsupported(const std::string &sentence)
{
    throw ImportError({ .kind = Kind::UnsupportedZip, .detail = sentence });
}

[[noreturn]] void bomb(const std::string &limit)
{
    throw ImportError({ .kind = Kind::ZipBomb, .detail = limit });
}

// The last end-of-central-directory signature whose comment fits in the file. Searching from the
// end skips signatures that happen to sit in entry data; the comment is at most 64 KiB.
std::optional<std::size_t> findEnd(std::string_view b)
{
    if (b.size() < kEndSize)
        return std::nullopt;
    const std::size_t lowest = b.size() - kEndSize > kMaxCommentSize ? b.size() - kEndSize - kMaxCommentSize : 0;
    for (std::size_t at = b.size() - kEndSize + 1; at-- > lowest;) {
        if (u32(b, at) == kEndSignature && at + kEndSize + u16(b, at + 20) <= b.size())
            return at;
    }
    return std::nullopt;
}

struct InflateStream
{
    z_stream z {};
    bool initialised = false;
    ~InflateStream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

std::string inflateEntry(std::string_view data, std::uint64_t declaredSize, const std::string &name)
{
    InflateStream s;
    // Negative window bits: raw deflate, as ZIP stores it (no zlib header, no Adler-32).
    if (inflateInit2(&s.z, -MAX_WBITS) != Z_OK)
        throw ImportError({ .kind = Kind::OutOfMemory, .detail = "cannot start decompression" });
    s.initialised = true;
    s.z.next_in = reinterpret_cast<const Bytef *>(data.data());
    s.z.avail_in = static_cast<uInt>(data.size()); // < 4 GiB: ZIP64 is refused

    std::string out;
    std::array<unsigned char, 64 * 1024> chunk;
    for (;;) {
        s.z.next_out = chunk.data();
        s.z.avail_out = static_cast<uInt>(chunk.size());
        const int ret = inflate(&s.z, Z_NO_FLUSH);
        if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR)
            damaged("invalid compressed data in " + quoted(name));
        const std::size_t produced = chunk.size() - s.z.avail_out;
        // The declared size is under kMaxExpandedSize (checked by read()), so this also stops a
        // stream whose header lies about how far it expands, after one chunk at most.
        if (out.size() + produced > declaredSize)
            damaged(quoted(name) + " expands beyond its declared size");
        out.append(reinterpret_cast<const char *>(chunk.data()), produced);
        if (ret == Z_STREAM_END)
            return out;
        // Room left for output yet no stream end: inflate has eaten all the input.
        if (s.z.avail_out != 0 && s.z.avail_in == 0)
            damaged("truncated data in " + quoted(name));
    }
}

} // namespace

ZipArchive ZipArchive::open(std::string_view bytes)
{
    const auto end = findEnd(bytes);
    if (!end) {
        // A local header at the start but no end record: the usual shape of a cut download.
        if (bytes.size() >= 4 && u32(bytes, 0) == kLocalHeaderSignature)
            damaged("truncated: end of central directory not found");
        throw ImportError(Kind::NotZip);
    }
    const std::size_t e = *end;
    const std::uint16_t disk = u16(bytes, e + 4);
    const std::uint16_t centralDisk = u16(bytes, e + 6);
    const std::uint16_t entriesHere = u16(bytes, e + 8);
    const std::uint16_t entryCount = u16(bytes, e + 10);
    const std::uint32_t centralSize = u32(bytes, e + 12);
    const std::uint32_t centralOffset = u32(bytes, e + 16);

    // A ZIP64 archive says so with a locator just before the end record, or with saturated fields.
    if ((e >= kZip64LocatorSize && u32(bytes, e - kZip64LocatorSize) == kZip64LocatorSignature) || entryCount == 0xFFFF
        || centralSize == 0xFFFFFFFF || centralOffset == 0xFFFFFFFF)
        unsupported("ZIP64 archives are not supported");
    if (disk != 0 || centralDisk != 0 || entriesHere != entryCount)
        unsupported("multi-volume ZIP archives are not supported");
    if (entryCount > kMaxEntries)
        bomb("the archive has more than 10,000 entries");
    if (std::uint64_t(centralOffset) + centralSize > e)
        damaged("central directory out of bounds");

    ZipArchive archive(bytes);
    archive.m_centralDirectoryOffset = centralOffset;
    const std::size_t centralEnd = std::size_t(centralOffset) + centralSize;
    std::size_t at = centralOffset;
    for (std::uint16_t i = 0; i < entryCount; ++i) {
        if (at + kCentralHeaderSize > centralEnd || u32(bytes, at) != kCentralHeaderSignature)
            damaged("bad central directory entry " + std::to_string(i + 1));
        Entry entry;
        entry.flags = u16(bytes, at + 8);
        entry.method = u16(bytes, at + 10);
        entry.crc = u32(bytes, at + 16);
        entry.compressedSize = u32(bytes, at + 20);
        entry.size = u32(bytes, at + 24);
        const std::size_t nameSize = u16(bytes, at + 28);
        const std::size_t extraSize = u16(bytes, at + 30);
        const std::size_t commentSize = u16(bytes, at + 32);
        entry.localHeaderOffset = u32(bytes, at + 42);
        const std::size_t next = at + kCentralHeaderSize + nameSize + extraSize + commentSize;
        if (next > centralEnd)
            damaged("bad central directory entry " + std::to_string(i + 1));
        if (entry.compressedSize == 0xFFFFFFFF || entry.size == 0xFFFFFFFF || entry.localHeaderOffset == 0xFFFFFFFF)
            unsupported("ZIP64 archives are not supported");
        std::string name(bytes.substr(at + kCentralHeaderSize, nameSize));
        // Two entries with one name would let two readers see two different documents.
        if (archive.m_entries.contains(name))
            damaged("duplicate entry " + quoted(name));
        archive.m_entries.emplace(std::move(name), entry);
        at = next;
    }
    return archive;
}

bool ZipArchive::contains(std::string_view name) const
{
    return m_entries.find(name) != m_entries.end();
}

std::string_view ZipArchive::entryData(const std::string &name, const Entry &entry) const
{
    const std::uint64_t at = entry.localHeaderOffset;
    if (at + kLocalHeaderSize > m_bytes.size() || u32(m_bytes, at) != kLocalHeaderSignature
        || u16(m_bytes, at + 8) != entry.method)
        damaged("bad local header for " + quoted(name));
    // Only the local name and extra lengths are used: sizes there may be zeros followed by a data
    // descriptor, and the central directory is the reference anyway.
    const std::uint64_t start = at + kLocalHeaderSize + u16(m_bytes, at + 26) + u16(m_bytes, at + 28);
    const std::uint64_t end = start + entry.compressedSize;
    if (end > m_bytes.size())
        damaged("truncated data in " + quoted(name));
    if (end > m_centralDirectoryOffset)
        damaged("data of " + quoted(name) + " overlaps the central directory");
    return m_bytes.substr(start, entry.compressedSize);
}

std::string ZipArchive::read(std::string_view name) const
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        throw ImportError({ .kind = Kind::MissingZipEntry, .part = printable(name) });
    const Entry &entry = it->second;
    if ((entry.flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders)) || entry.method == kMethodAes)
        unsupported("encrypted ZIP entries are not supported");
    if (entry.method != kMethodStored && entry.method != kMethodDeflated)
        unsupported("unsupported ZIP compression method " + std::to_string(entry.method) + " for " + quoted(it->first));
    // Refuse on the declared size before expanding anything; inflateEntry() then holds the
    // stream to that size, so the actual size obeys the same limits.
    if (m_expanded + entry.size > kMaxExpandedSize)
        bomb("the archive expands to more than 256 MB");
    if (entry.size > kRatioCheckedAbove && entry.size > kMaxRatio * entry.compressedSize)
        bomb(quoted(it->first) + " is compressed more than 200:1");

    const std::string_view data = entryData(it->first, entry);
    std::string out;
    if (entry.method == kMethodStored) {
        if (entry.compressedSize != entry.size)
            damaged("size mismatch in " + quoted(it->first));
        out.assign(data);
    } else {
        out = inflateEntry(data, entry.size, it->first);
        if (out.size() != entry.size)
            damaged("size mismatch in " + quoted(it->first));
    }
    const auto crc
        = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(out.data()), static_cast<uInt>(out.size()));
    if (crc != entry.crc)
        damaged("CRC error in " + quoted(it->first));
    m_expanded += out.size();
    return out;
}

} // namespace vigie::core
