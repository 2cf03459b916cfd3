// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfText.h"

#include "import/ImportError.h"
#include "import/PdfLines.h"
#include "import/PdfPages.h"
#include "text/Folding.h"
#include "text/Hyphenation.h"

// Poppler's own classes (Debian: libpoppler-private-dev) rather than poppler-cpp: only they let a
// page be stopped half-way (see pageWords()).
#include <Error.h>
#include <ErrorCodes.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <cstddef>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vigie::core {

namespace {

using namespace pdf;

using Kind = ImportProblem::Kind;

constexpr double kParagraphSpacing = 1.5; // a gap wider than this many usual line spacings ends a paragraph

// A page drawing more characters than this is no page of text (a dense A4 page holds about 5,000,
// a poster in small type a few tens of thousands) but a way to make poppler's text layout, which
// grows faster than linearly, run for minutes: 500,000 characters drawn at one place took 41 s.
constexpr long kMaxCharsPerPage = 100'000;
static_assert(kMaxCharsPerPage == 100'000, "the message names the limit");

void ignorePopplerMessage(ErrorCategory, Goffset, const char *)
{ }

// Poppler prints every problem of a damaged file on stderr; the caller gets an ImportError
// instead. Its global parameters must exist before any document is read. Both are process-wide
// and not synchronised by poppler: set once, under a lock. (poppler-cpp, which the report tests
// use, sets and clears the same globals: they are made again here if it cleared them.)
void preparePoppler()
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    static bool silenced = false;
    if (!silenced) {
        setErrorCallback(ignorePopplerMessage);
        silenced = true;
    }
    if (!globalParams)
        globalParams = std::make_unique<GlobalParams>();
}

// The ligatures of Unicode's Alphabetic Presentation Forms, as the letters they join: design
// tools write "con\uFB01ance", which no dictionary term matches.
const char *ligatureLetters(Unicode c)
{
    switch (c) {
    case 0xFB00:
        return "ff";
    case 0xFB01:
        return "fi";
    case 0xFB02:
        return "fl";
    case 0xFB03:
        return "ffi";
    case 0xFB04:
        return "ffl";
    case 0xFB05:
    case 0xFB06:
        return "st";
    default:
        return nullptr;
    }
}

void appendUtf8(std::string &out, Unicode c)
{
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// A word's box in its own reading frame, whatever the text rotation: `start`..`end` along the line,
// `low`..`high` across it.
struct WordBox
{
    int rotation = 0;
    double start = 0;
    double end = 0;
    double low = 0;
    double high = 0;

    double thickness() const { return high - low; }
};

WordBox wordBox(const TextWord &word)
{
    double left = 0, top = 0, right = 0, bottom = 0;
    word.getBBox(&left, &top, &right, &bottom);
    switch (word.getRotation()) {
    case 1: // reads downwards
        return { 1, top, bottom, left, right };
    case 2: // upside down
        return { 2, -right, -left, top, bottom };
    case 3: // reads upwards
        return { 3, -bottom, -top, left, right };
    default:
        return { 0, left, right, top, bottom };
    }
}

// Does `next` continue the line of `previous`? The word list is in reading order but does not mark
// line ends: a word continues the line when it sits on the same band, further along, and not beyond
// a column gap (poppler never keeps words more than 1.5 font sizes apart on one line; a box is about
// one font size thick, so 2 thicknesses is slightly more lenient than poppler and never splits its lines).
bool continuesLine(const WordBox &previous, const WordBox &next)
{
    if (next.rotation != previous.rotation)
        return false;
    const double thinner = std::min(previous.thickness(), next.thickness());
    const double thicker = std::max(previous.thickness(), next.thickness());
    const double overlap = std::min(previous.high, next.high) - std::max(previous.low, next.low);
    const double gap = next.start - previous.end;
    return overlap >= 0.5 * thinner && gap >= -0.5 * thinner && gap <= 2 * thicker;
}

// Lines follow each other towards +y for upright text (poppler's y grows downwards), towards -x
// for text reading downwards (rotated a quarter turn clockwise), and so on.
double lineAdvanceSign(int rotation)
{
    return rotation == 1 || rotation == 2 ? -1.0 : 1.0;
}

// Poppler's text device in reading order (the settings of poppler-cpp's page::text_list()), made
// to stop drawing once the budget is spent or the page has drawn kMaxCharsPerPage characters.
// Stopping takes three hooks, since poppler 22.12 has no single one: Gfx asks useDrawForm() before
// each form XObject, and from then on forms are skipped instead of drawn (the abort callback alone
// only ends the form being drawn, and the page goes on with the next one); the abort callback ends
// the page's own content stream (checked every few operators); and characters are no longer
// collected, so the text layout that poppler runs at the end of the page sorts only what came
// before. The caller then throws: a stopped page never gives text.
class BudgetedTextDevice : public TextOutputDev
{
public:
    enum class Stop { No, Budget, TooManyChars };

    explicit BudgetedTextDevice(const ExtractionBudget &budget)
        : TextOutputDev(nullptr, false, 0, false, false) // no file, reading order, not raw, no append
        , m_budget(budget)
    { }

    Stop stopped() const { return m_stop; }
    // The share of the page under images, their areas added (at most 1).
    double imageCover() const { return std::min(1.0, m_imageArea / m_pageArea); }
    // Whether the page draws anything at all: characters, images or paths (text turned into
    // outlines is paths). A page that draws nothing is not drawn again for OCR.
    bool drewAnything() const { return m_chars > 0 || m_images > 0 || m_paths > 0; }

    // A text device asks poppler to skip paths and images; this one measures them.
    bool needNonText() override { return true; }

    void stroke(GfxState *state) override
    {
        ++m_paths;
        TextOutputDev::stroke(state);
    }
    void fill(GfxState *state) override
    {
        ++m_paths;
        TextOutputDev::fill(state);
    }
    void eoFill(GfxState *state) override
    {
        ++m_paths;
        TextOutputDev::eoFill(state);
    }

    static bool abortCheck(void *device) { return static_cast<BudgetedTextDevice *>(device)->shouldStop(); }

    bool useDrawForm() override { return shouldStop(); }
    void drawForm(Ref) override { }

    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c,
                  int nBytes, const Unicode *u, int uLen) override
    {
        if (m_stop != Stop::No)
            return;
        if (++m_chars > kMaxCharsPerPage) {
            m_stop = Stop::TooManyChars;
            return;
        }
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }

    // Images are measured, then left to the base class (which skips an inline image's data).
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate,
                       bool inlineImg) override
    {
        measureImage(state);
        TextOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                   bool interpolate, const int *maskColors, bool inlineImg) override
    {
        measureImage(state);
        TextOutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                         bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert,
                         bool maskInterpolate) override
    {
        measureImage(state);
        TextOutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth,
                                       maskHeight, maskInvert, maskInterpolate);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height,
                             GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth,
                             int maskHeight, GfxImageColorMap *maskColorMap, bool maskInterpolate) override
    {
        measureImage(state);
        TextOutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth,
                                           maskHeight, maskColorMap, maskInterpolate);
    }

private:
    // An image fills the unit square under the current transformation: its area on the page is
    // the transformation's determinant (points at the 72 dpi the page is read at).
    void measureImage(GfxState *state)
    {
        ++m_images;
        const auto &m = state->getCTM();
        m_imageArea += std::abs(m[0] * m[3] - m[1] * m[2]);
        m_pageArea = std::max(1.0, state->getPageWidth() * state->getPageHeight());
    }

    bool shouldStop()
    {
        if (m_stop == Stop::No && m_budget.isSpent())
            m_stop = Stop::Budget;
        return m_stop != Stop::No;
    }

    const ExtractionBudget &m_budget;
    Stop m_stop = Stop::No;
    long m_chars = 0;
    double m_imageArea = 0;
    double m_pageArea = 1;
    long m_images = 0;
    long m_paths = 0;
};

// The lines of page `number` (1-based) in poppler's reading order, without empty lines.
//
// Why not the page's text as one string: its physical layout puts columns side by side on one
// line, padded with spaces, and its reading-order layout drops every '-' that ends a line and glues
// the lines together, turning "e-|santé" into "esanté" before the hyphenation rule can see it
// (poppler 22.12). The word list gives the words of that same reading order with their hyphens,
// so the lines are rebuilt from it.
struct LineWord
{
    std::string text;
    WordBox box;
    bool spaceAfter = false;
};

// The text of a line from its words. Two repairs for what design tools do to titles:
//  - letter spacing: a run of 3 or more one-letter words ("N O T R E  P R O G R A M M E") is
//    joined, a space kept only where the gap is well above the run's usual one (between words);
//    where poppler joined the letters itself but drew no space between the words, a gap of half
//    the line's thickness or more is a space ("UNE VILLE", not "UNEVILLE");
//  - a drop capital on the line of its word: a one-letter capital at least 1.8 times as thick as
//    the next word, which starts with a letter, is joined to it ("P" "ROTÉGER" -> "PROTÉGER").
std::string composeLine(const std::vector<LineWord> &words, PdfText &stats)
{
    std::vector<bool> glue(words.size(), false); // glue[i]: no space between words i-1 and i
    for (std::size_t i = 0; i < words.size();) {
        std::size_t end = i;
        while (end < words.size() && isSingleLetter(words[end].text))
            ++end;
        if (end - i >= 3) {
            std::vector<double> gaps;
            for (std::size_t k = i + 1; k < end; ++k)
                gaps.push_back(words[k].box.start - words[k - 1].box.end);
            std::vector<double> sorted = gaps;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                             sorted.end());
            const double usual = std::max(0.0, sorted[sorted.size() / 2]);
            const double thickness = words[i].box.thickness();
            for (std::size_t k = i + 1; k < end; ++k)
                glue[k] = gaps[k - i - 1] <= 1.6 * usual + 0.15 * thickness;
            ++stats.rejoinedLetterSpacing;
        }
        i = std::max(end, i + 1);
    }
    if (words.size() >= 2 && isSingleLetter(words[0].text, true)
        && words[0].box.thickness() >= 1.8 * words[1].box.thickness() && startsWithLetter(words[1].text)) {
        glue[1] = true;
        ++stats.joinedDropCapitals;
    }
    // Poppler says whether a space followed a word; between two words it split at a wide gap with
    // no space drawn (letter-spaced titles, where it joins the letters but not the words), the
    // gap itself is the space.
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool wideGap = i > 0
            && words[i].box.start - words[i - 1].box.end
                >= 0.5 * std::min(words[i].box.thickness(), words[i - 1].box.thickness());
        if (i > 0 && !glue[i] && (words[i - 1].spaceAfter || wideGap || isSingleLetter(words[i - 1].text)))
            text += ' ';
        text += words[i].text;
    }
    return text;
}

std::vector<Line> pageLines(PDFDoc &document, int number, const ExtractionBudget &budget, PdfText &stats,
                            PageTextLayer &layer)
{
    BudgetedTextDevice device(budget);
    // 72 dpi, no rotation, crop box, not printing, the whole page; copyXRef as poppler-cpp does.
    document.displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1,
                              BudgetedTextDevice::abortCheck, &device, nullptr, nullptr, true);
    if (device.stopped() == BudgetedTextDevice::Stop::TooManyChars)
        throw ImportError({ .kind = Kind::PdfPageTooDense, .value = std::to_string(number) });
    budget.check(); // throws when the device stopped for the budget
    layer.imageCover = device.imageCover();
    layer.blank = !device.drewAnything();
    const std::unique_ptr<TextWordList> words = device.makeWordList();

    std::vector<Line> lines;
    Line line;
    std::vector<LineWord> lineWords;
    double low = 0, high = 0; // the line's band across the text
    const auto finishLine = [&] {
        line.text = composeLine(lineWords, stats);
        line.position = lineAdvanceSign(line.rotation) * (low + high) / 2;
        line.thickness = high - low;
        lines.push_back(std::move(line));
        line = Line();
        lineWords.clear();
    };
    for (int w = 0; w < words->getLength(); ++w) {
        const TextWord &word = *words->get(w);
        std::string text;
        for (int c = 0; c < word.getLength(); ++c) {
            const Unicode u = *word.getChar(c);
            if (const char *letters = ligatureLetters(u)) {
                text += letters;
                ++stats.expandedLigatures;
            } else {
                appendUtf8(text, u);
            }
        }
        std::erase(text, '\f');
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            continue;
        const WordBox box = wordBox(word);
        if (!lineWords.empty() && continuesLine(lineWords.back().box, box)) {
            low = std::min(low, box.low);
            high = std::max(high, box.high);
        } else {
            if (!lineWords.empty())
                finishLine();
            line.rotation = box.rotation;
            low = box.low;
            high = box.high;
        }
        lineWords.push_back({ std::move(text), box, word.getSpaceAfter() });
    }
    if (!lineWords.empty())
        finishLine();
    return lines;
}

// Marks the lines that start a paragraph: those further from the line before than
// kParagraphSpacing times the page's usual line spacing. The usual spacing is the lower median of
// the advances from one line to the next, so that a page of two advances, one of them a
// paragraph's, still shows it. Advances of less than half a line (words on the same row that
// poppler put on separate lines, across a table's gap) and backwards ones (to the top of the next
// column) are neither counted nor breaks.
// On a leaflet of short paragraphs under headings, most advances are paragraph gaps and the median
// is one of them: when at least two advances (and a tenth of them) are distinctly smaller than the
// median (by kSmallerMode) while still a whole line (90 % of the font's height, so not a
// superscript's), the usual spacing is their median: the spacing of lines within a paragraph.
constexpr double kSmallerMode = 1.35;

void markParagraphs(std::vector<Line> &lines)
{
    const auto advance = [&](std::size_t i) -> std::optional<double> {
        const Line &previous = lines[i - 1];
        const Line &line = lines[i];
        const double a = line.position - previous.position;
        if (line.rotation != previous.rotation || a < 0.5 * std::min(previous.thickness, line.thickness))
            return std::nullopt;
        return a;
    };
    std::vector<double> advances;
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (const auto a = advance(i))
            advances.push_back(*a);
    if (advances.empty())
        return;
    const auto lowerMedian = [](std::vector<double> &v) {
        const auto m = v.begin() + static_cast<std::ptrdiff_t>((v.size() - 1) / 2);
        std::nth_element(v.begin(), m, v.end());
        return *m;
    };
    double usual = lowerMedian(advances);
    std::vector<double> within; // whole-line advances distinctly below the median
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (const auto a = advance(i);
            a && *a * kSmallerMode < usual && *a >= 0.9 * std::min(lines[i - 1].thickness, lines[i].thickness))
            within.push_back(*a);
    if (within.size() >= 2 && 10 * within.size() >= advances.size())
        usual = lowerMedian(within);
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (const auto a = advance(i); a && *a > kParagraphSpacing * usual)
            lines[i].startsParagraph = true;
}

// A page read by OCR gets this much time on top of the document's budget: Tesseract reads a
// dense A4 page at 300 dpi in 2 to 10 s on one core.
constexpr std::chrono::seconds kOcrPageTime { 60 };

} // namespace

PdfText pdfToText(std::string_view bytes, const ExtractionBudget &budget, const PdfOptions &options)
{
    if (bytes.empty())
        throw ImportError(Kind::DamagedPdf);
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw ImportError({ .kind = Kind::FileTooLarge, .limitMb = 2048 });
    preparePoppler();

    // Poppler reads `bytes` in place, without a copy (MemStream never writes): they outlive `document`.
    PDFDoc document(
        new MemStream(const_cast<char *>(bytes.data()), 0, static_cast<Goffset>(bytes.size()), Object(objNull)));
    if (!document.isOk())
        throw ImportError(document.getErrorCode() == errEncrypted ? Kind::PasswordProtectedPdf : Kind::DamagedPdf);

    PdfText result;
    result.pages = document.getNumPages();
    if (result.pages <= 0)
        throw ImportError(Kind::DamagedPdf);

    std::vector<std::vector<Line>> pages;
    pages.reserve(static_cast<std::size_t>(result.pages));
    std::vector<bool> readByOcr(static_cast<std::size_t>(result.pages) + 1, false);
    bool hasText = false;
    std::size_t textBytes = 0;
    double confidence = 0;
    for (int i = 1; i <= result.pages; ++i) {
        budget.check();
        if (!document.getPage(i))
            throw ImportError(Kind::DamagedPdf); // listed in the page tree but missing from the file
        PageTextLayer layer;
        pages.push_back(pageLines(document, i, budget, result, layer));
        for (const Line &line : pages.back())
            layer.addText(line.text);
        if (!layer.blank && pageNeedsOcr(layer, options.read.ocr)) {
            if (options.read.ocrProgress)
                options.read.ocrProgress(i, result.pages);
            budget.allowMore(kOcrPageTime);
            const GreyImage image = renderPage(document, i, options.ocrDpi, budget);
            budget.check(); // the drawing stopped for the budget
            if (image.hasInk()) {
                const OcrPage page = ocrPage(image, budget);
                std::vector<Line> lines = ocrLines(page.text);
                PageTextLayer read;
                for (const Line &line : lines)
                    read.addText(line.text);
                if (read.letters > 0) {
                    pages.back() = std::move(lines);
                    readByOcr[static_cast<std::size_t>(i)] = true;
                    result.ocrPages.push_back(i);
                    confidence += page.confidence;
                    result.ocrRotatedPages += page.rotation != 0 ? 1 : 0;
                }
            }
        }
        hasText = hasText || !pages.back().empty();
        for (const Line &line : pages.back())
            textBytes += line.text.size() + 2; // and its line break, perhaps a blank line
        budget.checkTextSize(textBytes);
    }
    if (!hasText)
        throw ImportError(
            { .kind = Kind::PdfWithoutText, .value = options.read.ocr == OcrMode::Never ? "never" : std::string() });
    if (!result.ocrPages.empty())
        result.ocrConfidence = confidence / static_cast<double>(result.ocrPages.size());

    result.removedHeaderLines = removeRunningHeads(pages, result.pages);
    std::vector<Line> lines;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::vector<Line> &page = pages[p];
        // Spacing is measured without the running heads, whose distance to the text says nothing.
        if (!readByOcr[p + 1])
            markParagraphs(page);
        if (!page.empty())
            page.front().startsParagraph = true;
        rejoinDecorativeLetters(page, result);
        std::move(page.begin(), page.end(), std::back_inserter(lines));
    }
    result.repairedHyphenations = repairHyphenation(lines);
    for (Line &line : lines) {
        result.separatedSentences += separateGluedSentences(line.text);
        if (!result.utf8.empty() && line.startsParagraph)
            result.utf8 += '\n'; // the blank line between paragraphs and between pages
        result.utf8 += line.text;
        result.utf8 += '\n';
    }
    return result;
}

} // namespace vigie::core
