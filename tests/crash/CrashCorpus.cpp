// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashCorpus.h"

#include "DataPaths.h"
#include "demo/DemoStudy.h"
#include "tagging/Dictionary.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace vigie::test {

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t writeCorpus(const std::string &folder, int files, std::uint64_t averageBytes, std::uint64_t seed,
                          const std::string &prefix)
{
    namespace fs = std::filesystem;
    const core::DemoBank bank = core::DemoBank::bundled();
    std::vector<const std::string *> ordinary, digital;
    for (const auto &[topic, sentences] : bank.ordinary)
        for (const auto &s : sentences)
            ordinary.push_back(&s);
    for (const auto &[theme, sentences] : bank.digital)
        for (const auto &s : sentences)
            digital.push_back(&s);
    if (ordinary.empty() || digital.empty())
        throw std::runtime_error("the demo phrase bank has no sentences");

    fs::create_directories(folder);
    Random random(seed);
    std::uint64_t total = 0;
    for (int i = 0; i < files; ++i) {
        // Between half and one and a half times the average, so that files differ in size.
        const std::uint64_t target = averageBytes / 2 + random.below(averageBytes + 1);
        std::string text = "Programme " + std::to_string(i) + " pour les élections municipales\n\n";
        const std::uint64_t paragraphs = 3 + random.below(8);
        while (text.size() < target) {
            for (std::uint64_t s = 0; s < 5 && text.size() < target; ++s) {
                const auto &pool = random.below(5) == 0 ? digital : ordinary;
                text += *pool[random.below(pool.size())];
                text += ' ';
            }
            text += random.below(paragraphs) == 0 ? "\n\nUne nouvelle partie\n\n" : "\n\n";
        }
        char name[32];
        std::snprintf(name, sizeof name, "-%05d.txt", i);
        std::ofstream out(fs::path(folder) / (prefix + name), std::ios::binary);
        out << text;
        if (!out)
            throw std::runtime_error("cannot write the corpus into " + folder);
        total += text.size();
    }
    return total;
}

void writeRetagDictionary(const std::string &path)
{
    core::Dictionary dictionary = core::Dictionary::fromFile(core::defaultDictionaryPath());
    dictionary.setVersion(dictionary.version() + "-retag");
    for (auto &theme : dictionary.themes())
        if (theme.terms.size() > 1)
            theme.terms.erase(theme.terms.begin());
    std::ofstream out(path, std::ios::binary);
    out << dictionary.toJson();
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

} // namespace vigie::test
