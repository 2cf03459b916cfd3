// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ocr.h"

#include "import/ImportError.h"

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <cstdio>
#include <memory>
#include <mutex>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

// Below this orientation confidence (Tesseract's scale: 15 is "reasonably confident") a page is
// read as it is: a page with little text gives weak, sometimes wrong, orientations.
constexpr float kMinOrientationConfidence = 5.0F;

// Tesseract is built with OpenMP on Debian: each recognition spreads over 4 threads, which on
// this kind of work spin more than they compute (3 clean pages: 6.1 s alone, 1.7 s with one
// thread). Vigie runs one page per worker instead, so OpenMP's parallel regions are made to run
// on their calling thread (max-active-levels 0). libgomp 12 keeps that setting per thread, and a
// thread set once was seen running Tesseract's regions on 4 threads again under two workers: it
// is set before every page (a few nanoseconds). Looked up at run time: a Tesseract built without
// OpenMP has nothing to set.
void serialiseOpenMp()
{
    using SetLevels = void (*)(int);
    static const auto set = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (set)
        set(0);
}

// One thread's engines: the French reader and the orientation detector.
struct Engines
{
    tesseract::TessBaseAPI french;
    tesseract::TessBaseAPI orientation;
    bool ready = false;
    bool orientationReady = false;

    Engines()
    {
        serialiseOpenMp();
        // Tesseract's default data folder (Debian: /usr/share/tesseract-ocr/5/tessdata), or
        // $TESSDATA_PREFIX.
        ready = french.Init(nullptr, "fra", tesseract::OEM_LSTM_ONLY) == 0;
        if (ready) {
            french.SetPageSegMode(tesseract::PSM_AUTO);
            // Tesseract writes nothing of its own on stderr (its debug file is /dev/null).
            french.SetVariable("debug_file", "/dev/null");
        }
        orientationReady = orientation.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
        if (orientationReady) {
            orientation.SetPageSegMode(tesseract::PSM_OSD_ONLY);
            orientation.SetVariable("debug_file", "/dev/null");
        }
    }
    ~Engines()
    {
        french.End();
        orientation.End();
    }
};

Engines &threadEngines()
{
    thread_local Engines engines;
    return engines;
}

bool stopRequested(void *budget, int /*words*/)
{
    return static_cast<const ExtractionBudget *>(budget)->isSpent();
}

} // namespace

std::string_view ocrModeId(OcrMode mode)
{
    switch (mode) {
    case OcrMode::Auto:
        return "auto";
    case OcrMode::Never:
        return "never";
    case OcrMode::Always:
        return "always";
    }
    return "auto";
}

std::optional<OcrMode> parseOcrMode(std::string_view text)
{
    for (OcrMode m : { OcrMode::Auto, OcrMode::Never, OcrMode::Always })
        if (text == ocrModeId(m))
            return m;
    return std::nullopt;
}

std::string pageRanges(const std::vector<int> &pages)
{
    std::string out;
    for (std::size_t i = 0; i < pages.size();) {
        std::size_t j = i;
        while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1)
            ++j;
        out += (out.empty() ? "" : ",") + std::to_string(pages[i]);
        if (j > i)
            out += "-" + std::to_string(pages[j]);
        i = j + 1;
    }
    return out;
}

std::vector<int> parsePageRanges(std::string_view text)
{
    std::vector<int> pages;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string part(text.substr(start, end - start));
        int first = 0;
        int last = 0;
        char dash = 0;
        const int read = std::sscanf(part.c_str(), "%d%c%d", &first, &dash, &last);
        if (read == 1)
            last = first;
        if ((read == 1 || (read == 3 && dash == '-')) && first > 0 && last >= first && last - first < 100'000)
            for (int p = first; p <= last; ++p)
                pages.push_back(p);
        start = end + 1;
    }
    return pages;
}

GreyImage GreyImage::rotated(int quarters) const
{
    quarters = ((quarters % 4) + 4) % 4;
    if (quarters == 0)
        return *this;
    GreyImage out;
    out.dpi = dpi;
    const bool across = quarters % 2 == 1;
    out.width = across ? height : width;
    out.height = across ? width : height;
    out.stride = out.width;
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = 0;
            int sy = 0;
            if (quarters == 1) { // clockwise: the new row y is the old column y, read upwards
                sx = y;
                sy = height - 1 - x;
            } else if (quarters == 2) {
                sx = width - 1 - x;
                sy = height - 1 - y;
            } else {
                sx = width - 1 - y;
                sy = x;
            }
            out.pixels[static_cast<std::size_t>(y) * out.stride + x] = at(sx, sy);
        }
    }
    return out;
}

bool GreyImage::hasInk() const
{
    if (width <= 0 || height <= 0)
        return false; // nothing was drawn (a page poppler could not draw)
    std::size_t dark = 0;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t *row = pixels.data() + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x)
            dark += row[x] < 128;
    }
    return dark * 10'000 >= static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
}

bool ocrAvailable()
{
    static const bool available = [] {
        serialiseOpenMp();
        tesseract::TessBaseAPI probe;
        const bool ok = probe.Init(nullptr, "fra", tesseract::OEM_LSTM_ONLY) == 0;
        probe.End();
        return ok;
    }();
    return available;
}

OcrPage ocrPage(const GreyImage &image, const ExtractionBudget &budget)
{
    Engines &engines = threadEngines();
    if (!engines.ready)
        throw ImportError(Kind::OcrUnavailable);
    budget.check();
    serialiseOpenMp();
    OcrPage page;
    const GreyImage *upright = &image;
    GreyImage turned;
    if (engines.orientationReady) {
        engines.orientation.SetImage(image.pixels.data(), image.width, image.height, 1, image.stride);
        engines.orientation.SetSourceResolution(image.dpi);
        int degrees = 0;
        float confidence = 0;
        const char *script = nullptr;
        float scriptConfidence = 0;
        // `degrees` is how far the image is turned clockwise: turn it back.
        if (engines.orientation.DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence)
            && degrees != 0 && confidence >= kMinOrientationConfidence) {
            page.rotation = (360 - degrees) % 360;
            turned = image.rotated(page.rotation / 90);
            upright = &turned;
        }
        engines.orientation.Clear();
    }
    budget.check();
    tesseract::TessBaseAPI &api = engines.french;
    api.SetImage(upright->pixels.data(), upright->width, upright->height, 1, upright->stride);
    api.SetSourceResolution(upright->dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = stopRequested;
    monitor.cancel_this = const_cast<ExtractionBudget *>(&budget); // only read, through isSpent()
    const int failed = api.Recognize(&monitor);
    budget.check(); // a stopped recognition is the budget's
    if (failed == 0) {
        const std::unique_ptr<char[]> text(api.GetUTF8Text());
        if (text)
            page.text = text.get();
        page.confidence = page.text.find_first_not_of(" \n") == std::string::npos ? 0 : api.MeanTextConf();
    }
    api.Clear();
    return page;
}

} // namespace vigie::core
