// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfPages.h"

#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace vigie::core {

namespace {

constexpr std::size_t kMissingBelowLetters = 20;
constexpr std::size_t kCaptionBelowLetters = 200;
constexpr double kPictureCover = 0.5;

bool abortWhenSpent(void *budget)
{
    return static_cast<const ExtractionBudget *>(budget)->isSpent();
}

} // namespace

void PageTextLayer::addText(std::string_view utf8)
{
    const auto *s = reinterpret_cast<const std::uint8_t *>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0 || c == 0xFFFD || u_charType(c) == U_PRIVATE_USE_CHAR
            || (u_charType(c) == U_CONTROL_CHAR && !u_isUWhiteSpace(c))) {
            ++visible;
            ++unreadable;
        } else if (!u_isUWhiteSpace(c)) {
            ++visible;
            letters += u_isalpha(c) ? 1 : 0;
        }
    }
}

bool pageNeedsOcr(const PageTextLayer &layer, OcrMode mode)
{
    switch (mode) {
    case OcrMode::Never:
        return false;
    case OcrMode::Always:
        return true;
    case OcrMode::Auto:
        break;
    }
    if (layer.letters < kMissingBelowLetters)
        return true;
    if (layer.unreadable * 10 > layer.visible || layer.letters * 2 < layer.visible)
        return true;
    return layer.imageCover >= kPictureCover && layer.letters < kCaptionBelowLetters;
}

int renderDpi(double widthPoints, double heightPoints, int dpi)
{
    const double inches2 = std::max(widthPoints, 1.0) * std::max(heightPoints, 1.0) / (72.0 * 72.0);
    const double fitting = std::sqrt(static_cast<double>(kMaxRenderPixels) / inches2);
    return std::max(1, std::min(dpi, static_cast<int>(fitting)));
}

GreyImage renderPage(PDFDoc &document, int number, int dpi, const ExtractionBudget &budget)
{
    // A page declared 5 m wide would take gigabytes at 300 dpi: it is drawn at what fits.
    dpi = renderDpi(document.getPageCropWidth(number), document.getPageCropHeight(number), dpi);
    SplashColor paper;
    paper[0] = 0xFF;
    SplashOutputDev device(splashModeMono8, 1, false, paper);
    device.setFontAntialias(true);
    device.setVectorAntialias(true);
    device.startDoc(&document);
    // No rotation beyond the page's own, crop box, not printing, the whole page.
    document.displayPageSlice(&device, number, dpi, dpi, 0, false, false, false, -1, -1, -1, -1, abortWhenSpent,
                              const_cast<ExtractionBudget *>(&budget), nullptr, nullptr, true);
    GreyImage image;
    image.dpi = dpi;
    SplashBitmap *bitmap = device.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0)
        return image;
    image.width = bitmap->getWidth();
    image.height = bitmap->getHeight();
    image.stride = image.width;
    image.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
    const SplashColorConstPtr data = bitmap->getDataPtr();
    const int rowSize = bitmap->getRowSize();
    for (int y = 0; y < image.height; ++y)
        std::memcpy(image.pixels.data() + static_cast<std::size_t>(y) * image.stride,
                    data + static_cast<std::ptrdiff_t>(y) * rowSize, static_cast<std::size_t>(image.width));
    return image;
}

} // namespace vigie::core
