// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OfficeText.h"
#include "GeneratedFiles.h"
#include "TestSupport.h"
#include "import/ImportError.h"
#include "import/ZipArchive.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

using vigie::core::docxToText;
using vigie::core::ExtractionBudget;
using vigie::core::ImportError;
using vigie::core::odtToText;
using vigie::core::ZipArchive;

namespace {

// Fixtures come from tests/data/office/make-fixtures.py.
std::string fixture(const std::string &name)
{
    const std::string path = std::string(VIGIE_TEST_DATA_DIR) + "/office/" + name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::string kDocxText
    = "Programme municipal 2026 – « Villeneuve ensemble »\n\n"
      "1. Le numérique au service de tous\n\n"
      "Nous créerons un espace public numérique dans chaque quartier : l’accès à Internet est un "
      "droit.\n\n"
      "Budget :\t120 000 €\n\n"
      "Ateliers gratuits\nle mercredi et le samedi, avec le Wi-Fi public.\n\n"
      "Nous refusons la reconnaissance faciale dans l’espace public.\n\n"
      "Formation à la cyber\u00ADsécurité pour les agents.\n\n"
      "Détails sur notre site.\n\n"
      "2. Calendrier\n\n"
      "Fibre optique dans les écoles\n\n"
      "2027\n\n"
      // The text box is a paragraph of its own, written when it closes,
      // before the paragraph that anchors it; once, not once per branch.
      "Premier tour : 15 mars 2026\n\n"
      "Rendez-vous aux urnes.\n";

} // namespace

TEST_CASE("a Word programme gives its paragraphs, tabs, breaks and table cells", "[import][office]")
{
    const std::string text = docxToText(fixture("programme.docx"));
    CHECK(text == kDocxText);
    // What a tracked deletion, a field instruction and the VML fallback hold must not be counted.
    CHECK(text.find("vidéosurveillance") == std::string::npos);
    CHECK(text.find("HYPERLINK") == std::string::npos);
}

TEST_CASE("a stored (uncompressed) .docx reads like a deflated one", "[import][office]")
{
    CHECK(docxToText(fixture("stored.docx")) == kDocxText);
}

TEST_CASE("an OpenDocument programme gives its headings, lists, cells and spaces", "[import][office]")
{
    const std::string text = odtToText(fixture("programme.odt"));
    CHECK(text
          == "Programme municipal 2026 – « Villeneuve ensemble »\n\n"
             "1. Le numérique au service de tous\n\n"
             "Nous créerons un espace public numérique dans chaque quartier : l’accès à Internet est un droit.\n\n"
             "Budget :   120 000 €\t(sur six ans)\n\n"
             "Ateliers gratuits\nle mercredi et le samedi, avec le Wi-Fi public.\n\n"
             "Nous refusons la reconnaissance faciale dans l’espace public.\n\n"
             "Formation à la cyber\u00ADsécurité pour les agents.\n\n"
             "Notre équipe\n\n"
             "2. Nos priorités\n\n"
             "Fibre optique dans les écoles\n\n"
             "Un  guichet unique en ligne\n\n" // a space, then text:s: two spaces
             "Fibre optique\n\n"
             "2027\n\n"
             "Texte mis en forme sur plusieurs lignes.\n\n" // indented XML, collapsed as ODF says
             "Financés par la métropole.\n"); // the footnote, after the body
    // Tracked deletion, comment, image title and description stay out.
    for (const char *absent : { "vidéosurveillance", "vérifier", "Photo", "Douze" })
        CHECK(text.find(absent) == std::string::npos);
}

TEST_CASE("Word footnotes and endnotes come after the body, in the order they are cited", "[import][office]")
{
    CHECK(docxToText(fixture("notes.docx"))
          == "Programme : notes et renvois\n\n"
             // The citing sentences read on where the note numbers were.
             "Le budget participatif atteindra 5 % de l’investissement, voté chaque année.\n\n"
             "Nous rénoverons les écoles et les crèches.\n\n"
             // Footnote 2 is cited first, then endnote 1, then footnote 1; footnote 2 has two
             // paragraphs. Footnote 3, cited only in deleted text, stays out, and so do the
             // separator and continuation notes, the header and the footer.
             "Source : compte administratif 2024.\n\n"
             "Hors dépenses de personnel.\n\n"
             "Programme détaillé en annexe.\n\n"
             "Crèches municipales et associatives.\n");
}

TEST_CASE("OpenDocument notes move after the body instead of splitting their sentence", "[import][office]")
{
    CHECK(odtToText(fixture("notes.odt"))
          == "Programme : notes et renvois\n\n"
             "Le budget participatif atteindra 5 % de l’investissement, voté chaque année.\n\n"
             "Nous rénoverons les écoles et les crèches.\n\n"
             // In document order, footnotes and endnotes alike, citations ("1", "i") left out; the
             // header and footer of styles.xml stay out.
             "Adopté en assemblée générale.\n\n"
             "Source : compte administratif 2024.\n\n"
             "Hors dépenses de personnel.\n\n"
             "Programme détaillé en annexe.\n");
}

TEST_CASE("notes parts are read under the same zip-bomb limits", "[import][office]")
{
    CHECK_THROWS_WITH(docxToText(fixture("notes-ratio-bomb.docx")),
                      "\"word/footnotes.xml\" is compressed more than 200:1: refused as a possible zip bomb");
}

TEST_CASE("files that are not ZIP archives, or damaged ones, are refused", "[import][office]")
{
    CHECK_THROWS_WITH(docxToText(fixture("not-a-zip.docx")), "not a ZIP archive");
    CHECK_THROWS_WITH(docxToText(""), "not a ZIP archive");
    CHECK_THROWS_WITH(docxToText(fixture("truncated.docx")), Catch::Contains("damaged ZIP archive (truncated"));
    CHECK_THROWS_WITH(docxToText(fixture("crc-error.docx")),
                      "damaged ZIP archive (CRC error in \"word/document.xml\")");
    // A deflated entry inflates cleanly but to other bytes than its CRC says.
    CHECK_THROWS_WITH(docxToText(fixture("deflated-crc-error.docx")),
                      "damaged ZIP archive (CRC error in \"word/document.xml\")");
    CHECK_THROWS_WITH(docxToText(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0')),
                      Catch::Contains("password-protected"));
    // 55 bytes holding a ZIP64 locator and an end record: shorter than a ZIP64 end record, whose
    // bounds check wrapped around and read past the file (found by the zip fuzz target).
    const std::string shortZip64("P&\0\0\0d\0\0\0\0\0\0\0PK\x06\x07\0\0\0\0\xCE[\0\0\0\0\0\0f18\0"
                                 "PK\x05\x06\0\0\0\0\x02\0\x02\0j\0\0\0d\0\0\0\0\0",
                                 55);
    CHECK_THROWS_WITH(docxToText(shortZip64), "damaged ZIP archive (inconsistent central directory)");
}

TEST_CASE("possible zip bombs are refused before they expand", "[import][office]")
{
    CHECK_THROWS_WITH(docxToText(fixture("zip-bomb.docx")),
                      "the archive expands to more than 256 MB: refused as a possible zip bomb");
    CHECK_THROWS_WITH(docxToText(fixture("ratio-bomb.docx")),
                      "\"word/document.xml\" is compressed more than 200:1: refused as a possible zip bomb");
    // Declared as 1,000 bytes, inflates to 64 KiB: the declared size is never trusted.
    CHECK_THROWS_WITH(docxToText(fixture("lying-size.docx")),
                      "damaged ZIP archive (\"word/document.xml\" expands beyond its declared size)");
    CHECK_THROWS_WITH(docxToText(fixture("too-many-entries.docx")), Catch::Contains("more than 10,000 entries"));
}

TEST_CASE("what the ZIP reader does not support is named", "[import][office]")
{
    // Traditional PKWARE encryption (the flag bit) and WinZip AES (method 99): no password is asked.
    CHECK_THROWS_WITH(docxToText(fixture("encrypted.docx")), "encrypted ZIP entries are not supported");
    CHECK_THROWS_WITH(docxToText(fixture("aes-encrypted.docx")), "encrypted ZIP entries are not supported");
    // libzip could read bzip2; Office files never use it, so it stays refused.
    CHECK_THROWS_WITH(docxToText(fixture("bzip2.docx")),
                      "unsupported ZIP compression method 12 for \"word/document.xml\"");
}

TEST_CASE("ZIP64 archives and entries followed by data descriptors are read", "[import][office]")
{
    // ZIP64 end records (as for more than 65,535 entries), ZIP64 sizes in the local headers, and
    // sizes and CRC after the data (as written to a pipe): all the same document.
    CHECK(docxToText(fixture("zip64.docx")) == kDocxText);
    CHECK(docxToText(fixture("zip64-entries.docx")) == kDocxText);
    CHECK(docxToText(fixture("data-descriptor.docx")) == kDocxText);
}

TEST_CASE("the total expanded by one archive is limited, not only each entry", "[import][office]")
{
    const std::string bytes = fixture("stored.docx");
    const auto zip = ZipArchive::open(bytes);
    REQUIRE(zip.contains("word/document.xml"));
    CHECK_FALSE(zip.contains("word/Document.xml"));
    CHECK_THROWS_WITH(zip.read("word/styles.xml"), "no entry \"word/styles.xml\" in the ZIP archive");
    const std::size_t size = zip.read("word/document.xml").size();
    REQUIRE(size > 0);
    // Read the same entry again and again: the budget runs out after 256 MB in total.
    std::size_t reads = 1;
    try {
        for (; reads * size <= ZipArchive::kMaxExpandedSize; ++reads)
            zip.read("word/document.xml");
        FAIL("no limit on the total");
    } catch (const ImportError &e) {
        CHECK(std::string(e.what()) == "the archive expands to more than 256 MB: refused as a possible zip bomb");
    }
    CHECK(reads == ZipArchive::kMaxExpandedSize / size);
}

TEST_CASE("documents without their main part or with bad XML are refused", "[import][office]")
{
    CHECK_THROWS_WITH(docxToText(fixture("spreadsheet.docx")), "not a Word document (word/document.xml missing)");
    CHECK_THROWS_WITH(docxToText(fixture("malformed.docx")),
                      Catch::StartsWith("damaged document: ") && Catch::Contains("word/document.xml, line 10"));
    CHECK_THROWS_WITH(odtToText(fixture("malformed.odt")), Catch::StartsWith("damaged document: "));
    CHECK_THROWS_WITH(odtToText(fixture("programme.docx")), "not an OpenDocument text (content.xml missing)");
}

TEST_CASE("each refused Office file has its kind of problem", "[import][office]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    CHECK(importProblem([] { docxToText(fixture("not-a-zip.docx")); }).kind == Kind::NotZip);
    CHECK(importProblem([] { docxToText(fixture("crc-error.docx")); }).kind == Kind::DamagedZip);
    CHECK(importProblem([] { docxToText(fixture("zip-bomb.docx")); }).kind == Kind::ZipBomb);
    CHECK(importProblem([] { docxToText(fixture("bzip2.docx")); }).kind == Kind::UnsupportedZip);
    CHECK(importProblem([] { docxToText(fixture("spreadsheet.docx")); }).kind == Kind::NotWordDocument);
    CHECK(importProblem([] {
              docxToText(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
          }).kind
          == Kind::OldWordDocument);
    const auto xml = importProblem([] { docxToText(fixture("malformed.docx")); });
    CHECK(xml.kind == Kind::DamagedOfficeXml);
    CHECK(xml.part == "word/document.xml");
    CHECK(xml.partLine == 10);
    CHECK(xml.line == 0); // a line of the part, not of a file the user edits
    const auto doctype = importProblem([] { docxToText(fixture("entities.docx")); });
    CHECK(doctype.kind == Kind::OfficeDoctype);
    CHECK(doctype.part == "word/document.xml");
    const auto sheet = importProblem([] { odtToText(fixture("spreadsheet.odt")); });
    CHECK(sheet.kind == Kind::NotOpenDocument);
    CHECK(sheet.value == "application/vnd.oasis.opendocument.spreadsheet");
    CHECK(importProblem([] { odtToText(fixture("encrypted.odt")); }).kind == Kind::PasswordProtectedOdt);
}

TEST_CASE("entity declarations are refused, nothing is fetched or expanded", "[import][office]")
{
    CHECK_THROWS_WITH(docxToText(fixture("entities.docx")),
                      Catch::StartsWith("damaged document: ") && Catch::Contains("document type declaration"));
}

TEST_CASE("an OpenDocument file that is not a text, or is encrypted, is refused", "[import][office]")
{
    CHECK_THROWS_WITH(odtToText(fixture("spreadsheet.odt")),
                      "not an OpenDocument text (mimetype is application/vnd.oasis.opendocument.spreadsheet)");
    CHECK_THROWS_WITH(odtToText(fixture("encrypted.odt")), "password-protected OpenDocument text");
}

TEST_CASE("runs of spaces and tabs are cut to 8, however the XML asks for them", "[import][office]")
{
    // 40,000 text:s of 1,000 spaces each, 0.9 MB of XML: 40 million spaces before (issue 17, D1).
    std::string spaces;
    for (int i = 0; i < 40000; ++i)
        spaces += R"(<text:s text:c="1000"/>)";
    const std::string eight(8, ' ');
    CHECK(odtToText(vigie::test::odtWithBody("<text:p>Début" + spaces + "<text:tab/><text:tab/>fin</text:p>"))
          == "Début" + eight + "fin\n");
    // Typed spaces and w:tab in Word alike; a run of fewer is kept as it is.
    CHECK(docxToText(vigie::test::docxWithBody(R"(<w:p><w:r><w:t xml:space="preserve">Début)" + std::string(100000, ' ')
                                               + "</w:t><w:tab/><w:tab/><w:t>fin</w:t>"
                                               + R"(<w:t xml:space="preserve"> et  deux</w:t></w:r></w:p>)"))
          == "Début" + eight + "fin et  deux\n");
}

TEST_CASE("the text of one Office document is capped", "[import][office]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    const ExtractionBudget oneMegabyte(ExtractionBudget::kDefaultTimeLimit, nullptr, std::size_t(1) << 20);
    std::string odt, docx;
    for (int i = 0; i < 40000; ++i) { // 40 bytes of text each: 1.6 MB
        odt += "<text:p>Le numérique pour tous, partout.</text:p>";
        docx += "<w:p><w:r><w:t>Le numérique pour tous, partout.</w:t></w:r></w:p>";
    }
    CHECK_THROWS_WITH(odtToText(vigie::test::odtWithBody(odt), oneMegabyte),
                      "the document's text is larger than 1 MB: not a programme");
    const auto problem = importProblem([&] { docxToText(vigie::test::docxWithBody(docx), oneMegabyte); });
    CHECK(problem.kind == Kind::TextTooLong);
    CHECK(problem.limitMb == 1);
    // Under the limit, the same text is read.
    CHECK(odtToText(vigie::test::odtWithBody(odt.substr(0, odt.size() / 2))).size() < (std::size_t(1) << 20));
    // The default limit is the budget's.
    CHECK(ExtractionBudget().maxTextBytes() == ExtractionBudget::kMaxTextBytes);
}

TEST_CASE("Cancel and the time limit reach inside an Office document", "[import][office]")
{
    using Kind = vigie::core::ImportProblem::Kind;
    using vigie::test::importProblem;
    std::string paragraphs;
    for (int i = 0; i < 10000; ++i) // checked every 4,096 XML nodes: a few checks
        paragraphs += "<text:p>Le numérique pour tous.</text:p>";
    const std::string odt = vigie::test::odtWithBody(paragraphs);
    const std::atomic_bool cancelled { true };
    CHECK(importProblem([&] { odtToText(odt, ExtractionBudget(ExtractionBudget::kDefaultTimeLimit, &cancelled)); }).kind
          == Kind::Cancelled);
    CHECK_THROWS_WITH(odtToText(odt, ExtractionBudget(std::chrono::milliseconds(0))),
                      "reading the document took longer than 0 s: refused");
    CHECK_NOTHROW(odtToText(odt));
}
