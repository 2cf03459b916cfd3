// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfText.h"
#include "GeneratedFiles.h"
#include "TestSupport.h"
#include "import/ImportError.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

using vigie::core::ExtractionBudget;
using vigie::core::ImportError;
using vigie::core::pdfToText;

namespace {

// Fixtures are written by tests/data/pdf/make-fixtures.py.
std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(VIGIE_TEST_DATA_DIR) + "/pdf/" + name, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("a one-page PDF gives its text, page number out, soft hyphen joined", "[import][pdf]")
{
    const auto pdf = pdfToText(fixture("one-page.pdf"));
    CHECK(pdf.utf8
          == "Villeurbanne en commun\n"
             "\n" // the title stands 32 pt above lines 16 pt apart: a paragraph of its own
             "Gratuité de la cantine pour les familles modestes.\n"
             "Rénovation énergétique de chaque bâtiment de l’école publique avant 2026.\n"
             "Une maison des associations, ouverte tard le soir.\n");
    CHECK(pdf.pages == 1);
    CHECK(pdf.removedHeaderLines == 1); // "- 1 -"
    // "l’é\u00AD|cole": a soft hyphen joins even where a hard one after one letter would be kept.
    CHECK(pdf.repairedHyphenations == 1);
}

TEST_CASE("running header and page footer are removed from every page", "[import][pdf]")
{
    const auto pdf = pdfToText(fixture("programme-4-pages.pdf"));
    CHECK(pdf.pages == 4);
    CHECK(pdf.removedHeaderLines == 8); // 4 headers, 4 "Page N sur 4"
    CHECK(pdf.utf8.find("Lyon Demain") == std::string::npos);
    CHECK(pdf.utf8.find("sur 4") == std::string::npos);
    // The first and last lines of the body are in the zones too, and stay.
    CHECK(pdf.utf8.starts_with("1. Une ville plus verte\n\nNous planterons 10 000 arbres"));
    CHECK(pdf.utf8.ends_with("\nNous réhabiliterons 2 000 logements sociaux, à commencer par la Duchère.\n"));
    CHECK(pdf.utf8.find("d’ordinateur.\n\n2. Santé et solidarités\n") != std::string::npos);
}

TEST_CASE("words hyphenated at a line end are joined, compounds kept", "[import][pdf]")
{
    const auto pdf = pdfToText(fixture("programme-4-pages.pdf"));
    CHECK(pdf.repairedHyphenations == 2); // numé-|rique, accompa-|gnement
    CHECK(pdf.utf8.find("Nous accélérerons la transition numérique des services publics, sans") != std::string::npos);
    CHECK(pdf.utf8.find("un accompagnement financier pour") != std::string::npos);
    CHECK(pdf.utf8.find("développerons l’e-\nsanté pour les personnes") != std::string::npos);
    CHECK(pdf.utf8.find("élira un porte-\nparole qui siégera") != std::string::npos);
}

TEST_CASE("a word hyphenated across a page break is joined like one within a page", "[import][pdf]")
{
    const auto pdf = pdfToText(fixture("paragraphs-3-pages.pdf"));
    CHECK(pdf.pages == 3);
    CHECK(pdf.removedHeaderLines == 6); // the header and "Page N sur 3" of each page, before the join
    CHECK(pdf.repairedHyphenations == 1); // numé-|rique
    // The page break goes with the join: no blank line, that is no sentence break, inside the sentence.
    CHECK(pdf.utf8.find("Nous accélérerons la transition numérique des services publics, sans oublier ceux qui n’ont "
                        "pas\nd’ordinateur. Une maison")
          != std::string::npos);
    // Across a page as within one, a compound's hyphen stays, and so does the page's blank line.
    CHECK(pdf.utf8.find("élira un porte-\n\nparole qui siégera") != std::string::npos);
}

TEST_CASE("a gap wider than the page's line spacing is a paragraph break", "[import][pdf]")
{
    // 16 pt from line to line, 32 pt between paragraphs; "rénovées" is 18 pt down, still the same
    // paragraph. The heading stands 32 pt above its text.
    CHECK(pdfToText(fixture("paragraphs-3-pages.pdf")).utf8
          == "Programme pour Villeurbanne\n"
             "\n"
             "Notre ville mérite mieux. Nous voulons une cantine\n"
             "gratuite pour les familles modestes et des écoles\n"
             "rénovées avant 2026.\n"
             "\n"
             "Nous accélérerons la transition numérique des services publics, sans oublier ceux qui n’ont pas\n"
             "d’ordinateur. Une maison de santé ouvrira dans chaque quartier.\n"
             "\n"
             "Chaque conseil de quartier élira un porte-\n"
             "\n"
             "parole qui siégera au conseil municipal.\n"
             "Ses avis seront publiés.\n"
             "\n"
             "Le budget participatif sera voté chaque année.\n");
    // Evenly spaced lines stay one paragraph: the body of each page of the programme has no blank line.
    CHECK(pdfToText(fixture("programme-4-pages.pdf"))
              .utf8.find("arrondissement. Les cours d’école deviendront des "
                         "jardins.\nNous accélérerons")
          != std::string::npos);
}

TEST_CASE("short paragraphs under headings: their gaps are breaks though most advances are gaps", "[import][pdf]")
{
    // 22 pt before each heading and paragraph, 13 pt between the two lines of two paragraphs: the
    // median advance is a paragraph gap, the lines within paragraphs show the usual spacing.
    CHECK(pdfToText(fixture("short-paragraphs.pdf")).utf8
          == "Une ville qui soigne\n"
             "\n"
             "Un centre de santé ouvrira à Bellevue.\n"
             "\n"
             "Une ville numérique\n"
             "\n"
             "Le wifi public sera étendu au port de commerce,\n"
             "et les données de la ville seront ouvertes.\n"
             "\n"
             "Une ville tournée vers la mer\n"
             "\n"
             "Nous ferons du port un lieu de vie.\n"
             "\n"
             "Une ville qui protège\n"
             "\n"
             "Des maisons de quartier ouvertes le soir\n"
             "et le week-end pour les familles.\n"
             "\n"
             "Une ville sobre\n"
             "\n"
             "Des écoles rénovées et isolées.\n");
}

TEST_CASE("text comes in reading order, one column after the other", "[import][pdf]")
{
    // The content stream draws the two columns line by line, left and right alternately.
    CHECK(pdfToText(fixture("two-columns.pdf")).utf8
          == "Deux colonnes\n"
             "\n"
             "La colonne de gauche parle\n"
             "des écoles et des crèches.\n"
             "La colonne de droite parle\n"
             "des transports en commun.\n");
}

TEST_CASE("a leaflet's titles, drop capital, ligatures and glued sentences come out as words", "[import][pdf]")
{
    // tests/data/pdf/make-fixtures.py, LEAFLET: a letter-spaced title that poppler splits into
    // letters, "VIVRE" printed downwards beside the heading "Vivre ensemble", a drop capital
    // "P" 40 pt high before "ROTÉGER", the ligatures U+FB01 and U+FB02, "tour.Depuis" and
    // "Kervégan.Merci", and a letter-spaced title whose letters poppler joins but not its words.
    const auto pdf = pdfToText(fixture("leaflet.pdf"));
    CHECK(pdf.utf8
          == "NOTRE\n"
             "\n"
             "PROGRAMME\n"
             "\n"
             "Vivre ensemble\n"
             "Des maisons de quartier ouvertes le soir et le week-end.\n"
             "\n"
             "PROTÉGER les plus fragiles est notre première priorité :\n"
             "une mutuelle communale ouverte à tous les habitants.\n"
             "\n"
             "Nous voulons rendre confiance et fluidité aux services publics en ligne.\n"
             "Nous avons été élus au 1er tour. Depuis 2020, la ville a ouvert ses données.\n"
             "Écrire à M.Dupont (S.N.C.F.) ou sur nantes.fr, 2 rue Kervégan. Merci !\n"
             "\n"
             "UNE VILLE CONNECTÉE\n"
             "\n" // 24 pt above its text, where the page's lines are 16 pt apart: a heading of its own
             "Le Wi-Fi public dans les bibliothèques.\n");
    CHECK(pdf.rejoinedLetterSpacing == 2); // "N O T R E", "P R O G R A M M E"
    CHECK(pdf.droppedDecorativeLetters == 1); // V I V R E, said by "Vivre ensemble"
    CHECK(pdf.joinedDropCapitals == 1);
    CHECK(pdf.expandedLigatures == 2);
    CHECK(pdf.separatedSentences == 2);
}

TEST_CASE("unreadable PDFs are refused with a message the user can act on", "[import][pdf]")
{
    using Catch::Matchers::Message;
    const std::string damaged = "not a valid PDF (damaged or truncated)";
    CHECK_THROWS_MATCHES(pdfToText(fixture("truncated.pdf")), ImportError, Message(damaged));
    CHECK_THROWS_MATCHES(pdfToText(fixture("not-a-pdf.pdf")), ImportError, Message(damaged));
    CHECK_THROWS_MATCHES(pdfToText(""), ImportError, Message(damaged));
    CHECK_THROWS_MATCHES(pdfToText(fixture("encrypted.pdf")), ImportError, Message("password-protected PDF"));
    // Pages without text and without ink: OCR has nothing to read either.
    CHECK_THROWS_MATCHES(pdfToText(fixture("no-text.pdf")), ImportError,
                         Message("the PDF has no text, and OCR read none on its pages"));
}

TEST_CASE("each unreadable PDF has its kind of problem", "[import][pdf]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    for (const char *name : { "truncated.pdf", "not-a-pdf.pdf" }) {
        INFO(name);
        const auto p = importProblem([&] { pdfToText(fixture(name)); });
        CHECK(p.kind == Kind::DamagedPdf);
        CHECK(p.source.empty()); // bytes, not a file: the importer adds it
        CHECK(p.line == 0);
    }
    CHECK(importProblem([] { pdfToText(fixture("encrypted.pdf")); }).kind == Kind::PasswordProtectedPdf);
    CHECK(importProblem([] { pdfToText(fixture("no-text.pdf")); }).kind == Kind::PdfWithoutText);
}

TEST_CASE("poppler's diagnostics on a damaged file stay off stderr", "[import][pdf]")
{
    const std::string bytes = fixture("not-a-pdf.pdf"); // poppler has some twenty complaints about it
    std::FILE *capture = std::tmpfile();
    REQUIRE(capture);
    std::fflush(stderr);
    const int savedStderr = dup(STDERR_FILENO);
    REQUIRE(savedStderr >= 0);
    dup2(fileno(capture), STDERR_FILENO);
    CHECK_THROWS_AS(pdfToText(bytes), ImportError);
    std::fflush(stderr);
    dup2(savedStderr, STDERR_FILENO);
    close(savedStderr);
    std::fseek(capture, 0, SEEK_END);
    const long written = std::ftell(capture);
    std::fclose(capture);
    CHECK(written == 0);
}

TEST_CASE("a PDF that takes too long is refused with the limit in the message, and Cancel stops it", "[import][pdf]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    // The generated file is a valid PDF: with a few draws, its line is read (once: the copies
    // drawn over it are one word to poppler).
    CHECK(pdfToText(vigie::test::formHeavyPdf(2, 3)).utf8
          == "Bonjour la ville numerique\n\nBonjour la ville numerique\n");
    // 1,000 draws of the form take poppler a good fraction of a second per page, far more than
    // 1 ms: the budget is spent during the first page and the second is not read. No clock is
    // asserted: only that the limit, whatever it is, gives this message.
    const std::string heavy = vigie::test::formHeavyPdf(2, 1000);
    CHECK_THROWS_WITH(pdfToText(heavy, ExtractionBudget(std::chrono::milliseconds(1))),
                      "reading the document took longer than 0.001 s: refused");
    const std::atomic_bool cancelled { true };
    CHECK(
        importProblem([&] { pdfToText(heavy, ExtractionBudget(ExtractionBudget::kDefaultTimeLimit, &cancelled)); }).kind
        == Kind::Cancelled);
}

TEST_CASE("a page that would take poppler minutes is stopped inside, at the budget", "[import][pdf]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    // One page drawing a one-letter form 90,000 times (1 MB): poppler alone takes more than a
    // minute over it (20,000 draws: 4.4 s, 40,000: 14.6 s, growing with the square), and its
    // 90,000 characters stay under the page's limit, so only the budget can stop it. Stopped inside
    // the page, the test takes a few milliseconds more than the budget; if poppler could no
    // longer be stopped there, it would take that minute and more, and CTest's timeout would say so.
    const std::string page = vigie::test::formHeavyPdf(1, 90000, "a");
    CHECK(importProblem([&] { pdfToText(page, ExtractionBudget(std::chrono::milliseconds(50))); }).kind
          == Kind::ExtractionTooSlow);
    // Cancel reaches inside the page the same way.
    std::atomic_bool cancel { false };
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancel = true;
    });
    const auto cancelled
        = importProblem([&] { pdfToText(page, ExtractionBudget(ExtractionBudget::kDefaultTimeLimit, &cancel)); });
    canceller.join();
    CHECK(cancelled.kind == Kind::Cancelled);
}

TEST_CASE("a page drawing more than 100,000 characters is refused", "[import][pdf]")
{
    // 101 draws of a 1,000-character line; 99 are read.
    const std::string dense = vigie::test::formHeavyPdf(1, 101, std::string(1000, 'a'));
    CHECK_THROWS_WITH(pdfToText(dense), "page 1 of the PDF draws more than 100,000 characters: refused");
    CHECK(pdfToText(vigie::test::formHeavyPdf(1, 99, std::string(1000, 'a'))).pages == 1);
}
