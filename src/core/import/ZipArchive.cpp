// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ZipArchive.h"

#include "import/ImportError.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <string>

namespace vigie::core {

namespace {

// Record layouts for the entry-count check: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.14-16.
constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kZip64EndSize = 56;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kMaxCommentSize = 0xFFFF;

using Kind = ImportProblem::Kind;

static_assert(ZipArchive::kMaxExpandedSize == 256u * 1024u * 1024u && ZipArchive::kMaxRatio == 200
                  && ZipArchive::kMaxEntries == 10000,
              "the messages name the limits");

std::uint64_t littleEndian(std::string_view b, std::size_t at, std::size_t bytes)
{
    std::uint64_t v = 0;
    for (std::size_t i = bytes; i-- > 0;)
        v = v << 8 | static_cast<unsigned char>(b[at + i]);
    return v;
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

// The largest entry count declared by any end-of-central-directory record libzip might pick (it
// tries each signature in the last 64 KiB), ZIP64 records included. libzip allocates its entry
// table from the central directory before anyone can look at it: the limit is checked first.
std::uint64_t declaredEntryCount(std::string_view b)
{
    std::uint64_t most = 0;
    if (b.size() < kEndSize)
        return most;
    const std::size_t lowest = b.size() - kEndSize > kMaxCommentSize ? b.size() - kEndSize - kMaxCommentSize : 0;
    for (std::size_t at = b.size() - kEndSize + 1; at-- > lowest;) {
        if (littleEndian(b, at, 4) != kEndSignature)
            continue;
        most = std::max(most, littleEndian(b, at + 10, 2));
        if (at < kZip64LocatorSize || littleEndian(b, at - kZip64LocatorSize, 4) != kZip64LocatorSignature)
            continue;
        const std::uint64_t zip64End = littleEndian(b, at - kZip64LocatorSize + 8, 8);
        // A file shorter than a ZIP64 record has none (and b.size() - kZip64EndSize would wrap).
        if (b.size() >= kZip64EndSize && zip64End <= b.size() - kZip64EndSize
            && littleEndian(b, zip64End, 4) == kZip64EndSignature)
            most = std::max(most, littleEndian(b, zip64End + 32, 8));
    }
    return most;
}

// libzip's error codes in the words of ImportError, for the whole archive (entry empty) or an entry.
[[noreturn]] void fail(int code, std::string_view entry)
{
    const std::string where = entry.empty() ? std::string() : " in " + quoted(entry);
    switch (code) {
    case ZIP_ER_NOZIP:
        throw ImportError(Kind::NotZip);
    case ZIP_ER_MULTIDISK:
        unsupported("multi-volume ZIP archives are not supported");
    case ZIP_ER_MEMORY:
        throw ImportError({ .kind = Kind::OutOfMemory, .detail = "cannot read the ZIP archive" });
    case ZIP_ER_CRC:
        damaged("CRC error" + where);
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        damaged("invalid compressed data" + where);
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        damaged("truncated data" + where);
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        unsupported("encrypted ZIP entries are not supported");
    case ZIP_ER_INCONS:
        damaged(entry.empty() ? std::string("inconsistent central directory")
                              : "bad local header for " + quoted(entry));
    default:
        damaged(entry.empty() ? "libzip error " + std::to_string(code) : "cannot read " + quoted(entry));
    }
}

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

void ZipArchive::Closer::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive ZipArchive::open(std::string_view bytes)
{
    // An end record is 22 bytes: anything shorter, empty files included, is no archive.
    if (bytes.size() < kEndSize)
        throw ImportError(Kind::NotZip);
    if (declaredEntryCount(bytes) > kMaxEntries)
        bomb("the archive has more than 10,000 entries");

    zip_error_t error;
    zip_error_init(&error);
    // freep 0: libzip reads `bytes` in place and never frees them.
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source)
        fail(zip_error_code_zip(&error), {});
    ZipArchive archive;
    archive.m_zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive.m_zip) {
        zip_source_free(source); // still ours when the open failed
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        // A local header at the start but no end record: the usual shape of a cut download.
        if (code == ZIP_ER_NOZIP && littleEndian(bytes, 0, 4) == kLocalHeaderSignature)
            damaged("truncated: end of central directory not found");
        fail(code, {});
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(archive.m_zip.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > kMaxEntries)
        bomb("the archive has more than 10,000 entries");
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        // Raw: as stored, not converted from CP437 when the UTF-8 flag is unset.
        const char *name = zip_get_name(archive.m_zip.get(), index, ZIP_FL_ENC_RAW);
        if (!name)
            damaged("bad central directory entry " + std::to_string(i + 1));
        if (!archive.m_entries.emplace(name, index).second)
            damaged("duplicate entry " + quoted(name));
    }
    return archive;
}

bool ZipArchive::contains(std::string_view name) const
{
    return m_entries.find(name) != m_entries.end();
}

std::string ZipArchive::read(std::string_view name) const
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        throw ImportError({ .kind = Kind::MissingZipEntry, .part = printable(name) });
    const std::string &entry = it->first;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), it->second, 0, &stat) != 0)
        fail(zip_error_code_zip(zip_get_error(m_zip.get())), entry);
    constexpr zip_uint64_t kNeeded
        = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD;
    if ((stat.valid & kNeeded) != kNeeded)
        damaged("bad central directory entry for " + quoted(entry));
    // libzip would ask for a password; WinZip AES, traditional PKWARE and strong encryption alike.
    if (stat.encryption_method != ZIP_EM_NONE)
        unsupported("encrypted ZIP entries are not supported");
    // libzip also reads bzip2 (and more, as built): Office files never use it, and every
    // decompressor is code that untrusted bytes reach. Stored and deflated only, as before.
    if (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
        unsupported("unsupported ZIP compression method " + std::to_string(stat.comp_method) + " for " + quoted(entry));
    // Refuse on the declared size before expanding anything; the loop below then holds the
    // stream to that size, so the actual size obeys the same limits.
    if (m_expanded + stat.size > kMaxExpandedSize)
        bomb("the archive expands to more than 256 MB");
    if (stat.size > kRatioCheckedAbove && stat.size > kMaxRatio * stat.comp_size)
        bomb(quoted(entry) + " is compressed more than 200:1");
    if (stat.comp_method == ZIP_CM_STORE && stat.comp_size != stat.size)
        damaged("size mismatch in " + quoted(entry));

    const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip.get(), it->second, 0));
    if (!file)
        fail(zip_error_code_zip(zip_get_error(m_zip.get())), entry);
    std::string out;
    out.reserve(static_cast<std::size_t>(stat.size));
    std::array<char, 64 * 1024> chunk;
    for (;;) {
        // libzip checks the CRC (and the size) when it reaches the end of the data.
        const zip_int64_t n = zip_fread(file.get(), chunk.data(), chunk.size());
        if (n < 0) {
            const int code = zip_error_code_zip(zip_file_get_error(file.get()));
            // While reading, libzip's only inconsistency is data that ends before its declared size.
            if (code == ZIP_ER_INCONS)
                damaged("size mismatch in " + quoted(entry));
            fail(code, entry);
        }
        if (n == 0)
            break;
        // Checked chunk by chunk: a stream whose header lies about how far it expands stops
        // after one chunk past its declared size, under kMaxExpandedSize.
        if (out.size() + static_cast<std::uint64_t>(n) > stat.size)
            damaged(quoted(entry) + " expands beyond its declared size");
        out.append(chunk.data(), static_cast<std::size_t>(n));
    }
    if (out.size() != stat.size)
        damaged("size mismatch in " + quoted(entry));
    m_expanded += out.size();
    return out;
}

} // namespace vigie::core
