// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Ministry's candidate files: detectCandidateFile() on the bytes, then readCandidateFile() on
// them saved as a file (it streams from a path; one temporary file per process, removed after
// each input). Errors: ImportError naming the file only.
//
// Checked: the rows read are the sum of the lists' candidates; every list has a 5-character INSEE
// code, a round and a year, and at least one candidate; problems name the file and come on
// increasing lines after the header.

#include "Fuzz.h"

#include "import/CandidateFile.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace fs = std::filesystem;
    const std::string_view bytes = vigie::fuzz::bytesOf(data, size);
    (void)detectCandidateFile(bytes);
    static const std::string path
        = (fs::temp_directory_path() / ("vigie-fuzz-candidates-" + std::to_string(getpid()) + ".csv")).string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        VIGIE_FUZZ_CHECK(out.good());
    }
    try {
        const CandidateFile file = readCandidateFile(path, 2);
        std::int64_t candidates = 0;
        for (const OfficialList &list : file.lists) {
            VIGIE_FUZZ_CHECK(list.insee.size() == 5 || file.shape == CandidateFileShape::Municipales2026);
            VIGIE_FUZZ_CHECK(list.round == 2);
            VIGIE_FUZZ_CHECK(list.year == 2020 || list.year == 2026);
            VIGIE_FUZZ_CHECK(list.candidates >= 1);
            VIGIE_FUZZ_CHECK(list.line >= 2);
            candidates += list.candidates;
        }
        VIGIE_FUZZ_CHECK(candidates == file.rows);
        int previous = 0;
        for (const ImportProblem &p : file.problems) {
            VIGIE_FUZZ_CHECK(p.source == path);
            VIGIE_FUZZ_CHECK(p.line > previous);
            previous = p.line;
        }
    } catch (const ImportError &e) {
        VIGIE_FUZZ_CHECK(e.source() == path);
    }
    fs::remove(path);
    return 0;
}
