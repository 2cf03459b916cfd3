// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JSON programme manifests and projects lists: readManifest() and readProjects() on the input saved
// as a .json file (JsonLocator and nlohmann::json underneath). Errors: ImportError only; a JSON
// library exception escaping is a crash.

#include "ManifestFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vigie::fuzz::readListsFrom(vigie::fuzz::bytesOf(data, size), ".json");
    return 0;
}
