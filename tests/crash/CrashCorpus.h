// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace vigie::test {

// A small deterministic random generator (splitmix64): the same seed gives the same draws on
// every machine and standard library, which std::uniform_int_distribution does not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next();
    // Uniform in [0, n), n > 0.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) / static_cast<double>(1ull << 53); }

private:
    std::uint64_t m_state;
};

// Writes `files` programmes as .txt files into `folder` (created), from the sentences of the demo's
// phrase bank (data/demo/bank.json): a title, then 3 to 10 paragraphs of ordinary and digital
// sentences, about `averageBytes` each. The same seed writes the same files. Returns the bytes written.
std::uint64_t writeCorpus(const std::string &folder, int files, std::uint64_t averageBytes, std::uint64_t seed,
                          const std::string &prefix = "programme");

// Writes a dictionary that tags differently from the bundled one (every theme's first term
// dropped, another version name), for retagging: retag then rewrites every document's counts.
void writeRetagDictionary(const std::string &path);

} // namespace vigie::test
