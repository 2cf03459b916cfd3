// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fuzz.h"

#include "import/ImportError.h"
#include "import/Manifest.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

// The manifest readers take a path (the extension picks CSV or JSON, and relative file names are
// resolved against the manifest's folder), so the fuzz input is written to a temporary file first,
// one per process (libFuzzer's -jobs runs several), removed after each input: truncating it instead
// made ext4 write it to disk every time (auto_da_alloc), 30 times slower.
namespace vigie::fuzz {

inline void readListsFrom(std::string_view bytes, const char *extension)
{
    namespace fs = std::filesystem;
    static const std::string path
        = (fs::temp_directory_path() / ("vigie-fuzz-" + std::to_string(getpid()) + extension)).string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        VIGIE_FUZZ_CHECK(out.good());
    }
    // Each reader reports a bad list with ImportError naming the file; nothing else may escape.
    try {
        for (const core::ManifestEntry &e : core::readManifest(path)) {
            VIGIE_FUZZ_CHECK(e.line >= 1);
            VIGIE_FUZZ_CHECK(fs::path(e.file).is_absolute());
        }
    } catch (const core::ImportError &e) {
        VIGIE_FUZZ_CHECK(e.source() == path);
        VIGIE_FUZZ_CHECK(e.line() >= 0);
    }
    try {
        for (const core::ProjectEntry &e : core::readProjects(path)) {
            VIGIE_FUZZ_CHECK(e.line >= 1);
            VIGIE_FUZZ_CHECK(!e.title.empty());
            VIGIE_FUZZ_CHECK(!e.budget || (std::isfinite(*e.budget) && *e.budget >= 0));
        }
    } catch (const core::ImportError &e) {
        VIGIE_FUZZ_CHECK(e.source() == path);
        VIGIE_FUZZ_CHECK(e.line() >= 0);
    }
    fs::remove(path);
}

} // namespace vigie::fuzz
