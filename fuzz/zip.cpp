// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The ZIP layer under .docx and .odt on its own: ZipArchive::open() and read() of the entries the
// Office readers ask for, plus two more names the seeds use. ZipArchive has no listing, so the
// names are fixed; the seeds in corpus/zip/ hold entries by these names. Errors: ImportError only.
//
// Checked: read() returns no more than kMaxExpandedSize bytes; an entry read twice reads the same
// (the CRC is checked each time; the zip-bomb budget may refuse the second read, which is fine).

#include "Fuzz.h"

#include "import/ImportError.h"
#include "import/ZipArchive.h"

#include <optional>
#include <string>

using namespace vigie::core;

namespace {

constexpr std::string_view kNames[] = {
    "mimetype",
    "content.xml",
    "META-INF/manifest.xml",
    "word/document.xml",
    "word/footnotes.xml",
    "[Content_Types].xml",
    "a.txt",
    "dir/b.txt",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::optional<ZipArchive> archive;
    try {
        archive.emplace(ZipArchive::open(vigie::fuzz::bytesOf(data, size)));
    } catch (const ImportError &) {
        return 0;
    }
    for (const std::string_view name : kNames) {
        if (!archive->contains(name))
            continue;
        std::string first;
        try {
            first = archive->read(name);
        } catch (const ImportError &) {
            continue;
        }
        VIGIE_FUZZ_CHECK(first.size() <= ZipArchive::kMaxExpandedSize);
        try {
            VIGIE_FUZZ_CHECK(archive->read(name) == first);
        } catch (const ImportError &e) {
            VIGIE_FUZZ_CHECK(e.kind() == ImportProblem::Kind::ZipBomb);
        }
    }
    return 0;
}
