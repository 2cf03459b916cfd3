// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPaths.h"

#include <cstdlib>
#include <filesystem>

namespace vigie::core {

std::string dataDirectory()
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char *env = std::getenv("VIGIE_DATA_DIR"); env && *env && fs::is_directory(env, ec))
        return env;
    // An installed program reads the data installed with it (share/vigie beside its bin/), even
    // when the source tree it was built from is still there.
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "vigie";
        if (fs::is_directory(installed / "dictionaries", ec))
            return installed.string();
    }
    for (const char *candidate : { VIGIE_SOURCE_DATA_DIR, VIGIE_INSTALL_DATA_DIR })
        if (fs::is_directory(candidate, ec))
            return candidate;
    return {};
}

std::string defaultDictionaryPath()
{
    const std::string dir = dataDirectory();
    if (dir.empty())
        return {};
    const std::string path = dir + "/dictionaries/fr.json";
    std::error_code ec;
    return std::filesystem::exists(path, ec) ? path : std::string();
}

std::string defaultStudyPath()
{
    if (const char *env = std::getenv("VIGIE_STUDY"); env && *env)
        return env;
    std::string base;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::string(home) + "/.local/share";
    else
        base = ".";
    return base + "/vigie/etude.vigie";
}

} // namespace vigie::core
