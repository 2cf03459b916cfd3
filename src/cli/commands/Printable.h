// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::cli {

// `text` (UTF-8) with its control characters written out: C0 (tab, line breaks and escape
// included), DEL and C1 become "\x1B", "\x09", "\u009B". Names, contexts and file names come
// from documents and manifests; printed raw, an ESC sequence in them would drive the terminal
// (move the cursor, retitle the window, hide what follows) and a tab or line break would split a
// tab-separated line. Everything else, invalid UTF-8 included, is left as it is.
std::string printable(std::string_view text);

// "pages 1-3 read by OCR (mean confidence 94 %)" ("page 2" for one page): what import and watch
// print for a document read by OCR.
std::string ocrLine(const std::string &pages, double confidence);

} // namespace vigie::cli
