// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The text-quality figure of an imported document: known French words, lone letters, garbled
// characters; and the import report's list of documents whose text looks damaged.
#include "import/TextQuality.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"
#include "text/NormalizedText.h"
#include "text/Tokenizer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

TextQuality qualityOf(const std::string &utf8, const Lexicon &lexicon)
{
    const NormalizedText norm = NormalizedText::fromUtf8(utf8);
    std::vector<Token> tokens;
    Tokenizer().tokenize(norm.text(), tokens);
    return measureTextQuality(norm.text(), tokens, lexicon);
}

// Sixty words of a programme, written for this test.
const std::string kProgramme
    = "Nous ouvrirons une maison de santé dans chaque quartier, avec des médecins salariés par la commune. "
      "Les écoles seront rénovées avant la fin du mandat et les cours deviendront des jardins ombragés. "
      "Chaque habitant pourra suivre les décisions du conseil municipal en ligne, et proposer un projet au "
      "budget participatif. La ville publiera ses données sur un portail ouvert à tous, gratuitement.";

} // namespace

TEST_CASE("a word list folds its words as the tagger does", "[import][quality]")
{
    const Lexicon small = Lexicon::fromWords("École\nsanté\r\nweek\nend\n\n");
    CHECK(small.size() == 4);
    CHECK(small.knows(u"ecole"));
    CHECK(small.knows(u"sante"));
    CHECK_FALSE(small.knows(u"École"));
    const TextQuality q = qualityOf("école SANTÉ week-end 2026 www.ville.fr inconnu", small);
    CHECK(q.words == 5); // "week" and "end" (the tokenizer splits at hyphens); the number and the address are not words
    CHECK(q.knownShare == Approx(0.8)); // all but "inconnu"
}

TEST_CASE("the French word list tells a programme from damaged text", "[import][quality]")
{
    const auto french = Lexicon::french();
    REQUIRE(french); // Debian's wfrench (tools/debian-packages.txt)
    REQUIRE(french->size() > 300000);

    const TextQuality good = qualityOf(kProgramme, *french);
    CHECK(good.words >= 50);
    CHECK(good.knownShare > 0.95);
    CHECK(good.oneLetterShare == 0);
    CHECK_FALSE(good.low());

    // UTF-8 read as windows-1252 somewhere upstream.
    std::string mojibake;
    for (unsigned char c : kProgramme) {
        if (c < 0x80) {
            mojibake += static_cast<char>(c);
        } else { // each byte as the Latin-1 character of the same number
            mojibake += static_cast<char>(0xC0 | (c >> 6));
            mojibake += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    const TextQuality garbled = qualityOf(mojibake, *french);
    CHECK(garbled.garbledShare > 0.02);
    CHECK(garbled.low());

    // A letter-spaced text, as poppler gives an export whose titles and text are spaced out.
    std::string spaced;
    for (char c : kProgramme)
        if (c != ' ')
            spaced += std::string(1, c) + " ";
    const TextQuality lone = qualityOf(spaced, *french);
    CHECK(lone.oneLetterShare > 0.5);
    CHECK(lone.low());

    // What a poor OCR leaves: one letter in eight replaced.
    std::string noisy = kProgramme;
    std::mt19937 rng(3);
    for (char &c : noisy)
        if (c >= 'a' && c <= 'z' && rng() % 8 == 0)
            c = "1l|!;"[rng() % 5];
    const TextQuality ocr = qualityOf(noisy, *french);
    CHECK(ocr.knownShare < 0.75);
    CHECK(ocr.low());

    // Too short to judge: never flagged.
    CHECK_FALSE(qualityOf("Ã© Ã© Ã©", *french).low());
}

TEST_CASE("an import lists the documents whose text looks damaged, and stores them", "[import][quality]")
{
    const fs::path dir = fs::temp_directory_path() / ("vigie-quality-" + std::to_string(std::random_device {}()));
    fs::create_directories(dir);
    std::ofstream(dir / "propre.txt") << kProgramme;
    std::string spaced;
    for (char c : kProgramme)
        if (c != ' ')
            spaced += std::string(1, c) + " ";
    std::ofstream(dir / "espace.txt") << spaced;
    {
        auto store = CorpusStore::open((dir / "etude.vigie").string());
        Importer importer(store, vigie::test::gazetteer());
        std::atomic_bool cancel { false };
        const auto entries
            = Importer::entriesForPaths({ (dir / "propre.txt").string(), (dir / "espace.txt").string() });
        const ImportReport r = importer.importProgrammes(entries.entries, {}, cancel);
        CHECK(r.imported == 2); // flagged, not refused: the analyst decides
        REQUIRE(r.lowQuality.size() == 1);
        CHECK(r.lowQuality[0].item == (dir / "espace.txt").string());
        CHECK(r.lowQuality[0].problem.kind == ImportProblem::Kind::LowTextQuality);
        CHECK(r.lowQuality[0].problem.oneLetterShare > 0.5);
        CHECK_THAT(r.lowQuality[0].problem.message(),
                   Catch::Contains("imported, but its text looks damaged") && Catch::Contains("are lone letters"));
    }
    fs::remove_all(dir);
}
