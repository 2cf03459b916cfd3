// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned pages read by OCR: the fixtures of tests/data/ocr (make-scans.py) are pictures of known
// text, so what Tesseract reads is compared with what was printed.
#include "import/Ocr.h"
#include "TestSupport.h"
#include "analysis/OcrAccuracy.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "import/PdfPages.h"
#include "import/PdfText.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using namespace vigie::core;
using vigie::test::importProblem;
using Kind = ImportProblem::Kind;

namespace {

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string scan(const std::string &name)
{
    return readAll(std::string(VIGIE_TEST_DATA_DIR) + "/ocr/" + name);
}

// The known text of a fixture without its page breaks.
std::string printed(const std::string &name)
{
    std::string text = scan(name);
    std::replace(text.begin(), text.end(), '\f', '\n');
    return text;
}

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-ocr-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir); }
    ~Folder() { fs::remove_all(dir); }
};

} // namespace

TEST_CASE("pages as ranges and back", "[import][ocr]")
{
    CHECK(pageRanges({}).empty());
    CHECK(pageRanges({ 2 }) == "2");
    CHECK(pageRanges({ 1, 2, 3, 5, 7, 8 }) == "1-3,5,7-8");
    CHECK(parsePageRanges("1-3,5,7-8") == std::vector<int> { 1, 2, 3, 5, 7, 8 });
    CHECK(parsePageRanges("").empty());
    CHECK(parsePageRanges("x,0,3-2,4") == std::vector<int> { 4 });
}

TEST_CASE("which pages OCR reads", "[import][ocr]")
{
    const auto layer = [](std::string_view text, double imageCover = 0) {
        PageTextLayer l;
        l.addText(text);
        l.imageCover = imageCover;
        return l;
    };
    const std::string body = "Nous installerons la fibre optique dans chaque quartier de la commune.";
    CHECK(pageNeedsOcr(layer(""), OcrMode::Auto)); // missing
    CHECK(pageNeedsOcr(layer("Page 3"), OcrMode::Auto)); // a page number is no text layer
    CHECK_FALSE(pageNeedsOcr(layer(body), OcrMode::Auto));
    CHECK_FALSE(pageNeedsOcr(layer(""), OcrMode::Never));
    CHECK(pageNeedsOcr(layer(body), OcrMode::Always));
    // Glyphs without meaning: a font without its Unicode map.
    CHECK(pageNeedsOcr(layer(body + std::string(8 * 3, '\x01') + "\uFFFD\uFFFD\uFFFD\uE001\uE002\uE003\uE004"),
                       OcrMode::Auto));
    CHECK(pageNeedsOcr(layer("12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 ab cd ef gh ij kl mn op qr st"),
                       OcrMode::Auto)); // fewer letters than other signs
    // A caption over a picture of the text, and a page of text with a photograph.
    CHECK(pageNeedsOcr(layer(body, 0.9), OcrMode::Auto));
    CHECK_FALSE(pageNeedsOcr(layer(body + " " + body + " " + body + " " + body, 0.9), OcrMode::Auto));
    CHECK_FALSE(pageNeedsOcr(layer(body, 0.3), OcrMode::Auto));
}

TEST_CASE("a page image turns a quarter either way and says whether it has ink", "[import][ocr]")
{
    // 3 x 2:  a b c
    //         d e f
    GreyImage image;
    image.width = 3;
    image.height = 2;
    image.stride = 3;
    image.pixels = { 'a', 'b', 'c', 'd', 'e', 'f' };
    const GreyImage clockwise = image.rotated(1);
    CHECK(clockwise.width == 2);
    CHECK(clockwise.height == 3);
    CHECK(clockwise.pixels == std::vector<std::uint8_t> { 'd', 'a', 'e', 'b', 'f', 'c' });
    CHECK(image.rotated(3).pixels == std::vector<std::uint8_t> { 'c', 'f', 'b', 'e', 'a', 'd' });
    CHECK(image.rotated(2).pixels == std::vector<std::uint8_t> { 'f', 'e', 'd', 'c', 'b', 'a' });
    CHECK(clockwise.rotated(3).pixels == image.pixels);
    CHECK_FALSE(GreyImage().hasInk()); // nothing drawn
    GreyImage white;
    white.width = 100;
    white.height = 100;
    white.stride = 100;
    white.pixels.assign(10'000, 255);
    CHECK_FALSE(white.hasInk());
    white.pixels[5'050] = 0;
    CHECK(white.hasInk()); // one dark pixel in 10,000
}

TEST_CASE("a huge page is drawn for OCR at what fits in memory", "[import][ocr]")
{
    CHECK(renderDpi(595, 842, 300) == 300); // A4
    CHECK(renderDpi(2384, 3370, 300) == 160); // A0: 40 million pixels at most
    CHECK(renderDpi(14400, 14400, 300) == 31); // PDF's largest page, 5 m square
    CHECK(renderDpi(1e9, 1e9, 300) == 1);
    CHECK(renderDpi(0, 0, 300) == 300);
}

TEST_CASE("a scanned leaflet is read by OCR, every theme mention of it recovered", "[import][ocr]")
{
    REQUIRE(ocrAvailable());
    std::vector<std::pair<int, int>> told;
    const PdfText pdf = pdfToText(scan("scan-clean.pdf"), ExtractionBudget(),
                                  { .read = { .ocr = OcrMode::Auto, .ocrProgress = [&](int page, int pages) {
                                                 told.emplace_back(page, pages);
                                             } } });
    CHECK(pdf.pages == 3);
    CHECK(pdf.ocrPages == std::vector<int> { 1, 2, 3 });
    CHECK(told == std::vector<std::pair<int, int>> { { 1, 3 }, { 2, 3 }, { 3, 3 } });
    CHECK(pdf.ocrConfidence > 85);
    CHECK(pdf.ocrRotatedPages == 0);
    const CharacterErrors errors = characterErrors(printed("scan-clean.txt"), pdf.utf8);
    INFO(pdf.utf8);
    CHECK(errors.length > 1500);
    CHECK(errors.rate() < 0.02); // the aim for clean 300-dpi pages
    auto tags = vigie::test::TagFixture::defaultDictionary();
    const MentionRecovery mentions = mentionRecovery(tags.tagger, printed("scan-clean.txt"), pdf.utf8);
    CHECK(mentions.printed >= 15);
    CHECK(mentions.recovered == mentions.printed);
    CHECK(mentions.extra == 0);
    // Paragraphs are Tesseract's, titles apart.
    CHECK_THAT(pdf.utf8, Catch::StartsWith("Une ville connectée et solidaire\n\nD"));
}

TEST_CASE("a page scanned sideways is turned upright before it is read", "[import][ocr]")
{
    const PdfText pdf = pdfToText(scan("scan-rotated.pdf"));
    CHECK(pdf.ocrPages == std::vector<int> { 1 });
    CHECK(pdf.ocrRotatedPages == 1);
    CHECK(characterErrors(printed("scan-rotated.txt"), pdf.utf8).rate() < 0.03);
    CHECK_THAT(pdf.utf8, Catch::Contains("La médiathèque prêtera des liseuses"));
}

TEST_CASE("low-resolution scans are read too", "[import][ocr]")
{
    for (const std::string name : { "scan-150dpi", "scan-200dpi" }) {
        INFO(name);
        const PdfText pdf = pdfToText(scan(name + ".pdf"));
        CHECK(pdf.ocrPages == std::vector<int> { 1 });
        CHECK(characterErrors(printed(name + ".txt"), pdf.utf8).rate() < 0.05);
    }
}

TEST_CASE("OCR is decided page by page", "[import][ocr]")
{
    const PdfText pdf = pdfToText(scan("scan-mixed.pdf"));
    CHECK(pdf.ocrPages == std::vector<int> { 2 });
    CHECK_THAT(pdf.utf8, Catch::StartsWith("Se déplacer mieux\n")); // page 1, its text layer
    CHECK_THAT(pdf.utf8, Catch::Contains("budget participatif")); // page 2, OCR
    CHECK(characterErrors(printed("scan-mixed.txt"), pdf.utf8).rate() < 0.02);

    // Always: the text page is read by OCR too, and says the same.
    const PdfText always = pdfToText(scan("scan-mixed.pdf"), ExtractionBudget(),
                                     { .read = { .ocr = OcrMode::Always, .ocrProgress = {} } });
    CHECK(always.ocrPages == std::vector<int> { 1, 2 });
    CHECK(characterErrors(pdf.utf8, always.utf8).rate() < 0.02);

    // Never: the scanned page gives nothing, the text page its text.
    const PdfText never = pdfToText(scan("scan-mixed.pdf"), ExtractionBudget(),
                                    { .read = { .ocr = OcrMode::Never, .ocrProgress = {} } });
    CHECK(never.ocrPages.empty());
    CHECK_THAT(never.utf8, !Catch::Contains("budget participatif"));
}

TEST_CASE("a PDF without text says whether OCR was off or read nothing", "[import][ocr]")
{
    const ImportProblem off = importProblem([] {
        pdfToText(scan("scan-clean.pdf"), ExtractionBudget(), { .read = { .ocr = OcrMode::Never, .ocrProgress = {} } });
    });
    CHECK(off.kind == Kind::PdfWithoutText);
    CHECK(off.message()
          == "the PDF has no text layer (scanned pages?) and OCR is off: import it with OCR (--ocr auto)");
    // A photograph: OCR reads no letter on it.
    const ImportProblem nothing = importProblem([] { pdfToText(scan("scan-blank.pdf")); });
    CHECK(nothing.kind == Kind::PdfWithoutText);
    CHECK(nothing.message() == "the PDF has no text, and OCR read none on its pages");
}

TEST_CASE("Cancel stops OCR inside a page", "[import][ocr]")
{
    std::atomic_bool cancel { false };
    const auto started = std::chrono::steady_clock::now();
    const ImportProblem p = importProblem([&] {
        pdfToText(scan("scan-clean.pdf"), ExtractionBudget(ExtractionBudget::kDefaultTimeLimit, &cancel),
                  { .read = { .ocr = OcrMode::Auto, .ocrProgress = [&](int, int) {
                                 cancel = true;
                             } } });
    });
    CHECK(p.kind == Kind::Cancelled);
    // Not the three pages' time (about 7 s): stopped within the first.
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

TEST_CASE("an import records the pages OCR read and their confidence", "[import][ocr]")
{
    Folder f;
    auto store = CorpusStore::open((f.dir / "etude.vigie").string());
    Importer importer(store, vigie::test::gazetteer());
    std::mutex seen;
    std::vector<std::string> pagesTold;
    importer.setOcrPageSink([&](const std::string &file, int page, int pages) {
        const std::lock_guard lock(seen);
        pagesTold.push_back(fs::path(file).filename().string() + " " + std::to_string(page) + "/"
                            + std::to_string(pages));
    });
    std::atomic_bool cancel { false };
    const std::string dir = std::string(VIGIE_TEST_DATA_DIR) + "/ocr/";
    std::vector<ManifestEntry> entries(3);
    entries[0].file = dir + "scan-mixed.pdf";
    entries[1].file = dir + "scan-200dpi.pdf";
    entries[2].file = dir + "scan-blank.pdf";
    const auto r = importer.importProgrammes(entries, {}, cancel);
    CHECK(r.imported == 2);
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].item == dir + "scan-blank.pdf");
    REQUIRE(r.readByOcr.size() == 2);
    CHECK(r.readByOcr[0].item == dir + "scan-mixed.pdf");
    CHECK(r.readByOcr[0].pages == "2");
    CHECK(r.readByOcr[0].confidence > 85);
    std::sort(pagesTold.begin(), pagesTold.end());
    CHECK(pagesTold == std::vector<std::string> { "scan-200dpi.pdf 1/1", "scan-blank.pdf 1/1", "scan-mixed.pdf 2/2" });
    auto &db = store.database();
    auto st = db.prepare("SELECT ocr_pages, ocr_confidence FROM programmes ORDER BY id");
    REQUIRE(st.step());
    CHECK(st.columnText(0) == "2"); // scan-mixed.pdf
    CHECK(st.columnDouble(1) > 85);
    REQUIRE(st.step());
    CHECK(st.columnText(0) == "1"); // scan-200dpi.pdf
    // Tagged like any text: the scanned page's participatory budget is counted.
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions m JOIN programmes p ON p.id = m.programme "
                       "WHERE p.source LIKE '%scan-mixed.pdf' AND m.theme = 'democratie_participative'")
          >= 1);
}
