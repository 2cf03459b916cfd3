// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/DictionaryImport.h"

#include <string>
#include <vector>

namespace vigie::core {

// A Vigie dictionary written in another tool's format (docs/dictionary.md, "Dictionaries for
// other tools"): LIWC .dic, quanteda YAML or a REFI-QDA codebook (.qdc, exchange/RefiQda.h).
// What the format cannot say (rules, exclusions, exact, stem and plural matching) is listed in
// `lost`, one line each, with the theme and the term or rule; counts are kept where the format
// can keep them (a term of a sub-theme is also listed under its parents in LIWC, which does not
// roll up). A codebook has no words: its first line says so, then its rules and exclusions. Throws
// std::invalid_argument for a format other than LiwcDic, QuantedaYaml and RefiCodebook.
std::string exportDictionary(const Dictionary &dictionary, DictionaryFormat format, std::vector<std::string> &lost);

// How many lines of `lost` are of each kind, for a summary: rules, exclusions, plural-folding
// terms, exact or stem terms, the rest; for a codebook, the terms it has no place for.
struct ExportLossCounts
{
    int terms = 0;
    int rules = 0;
    int exclusions = 0;
    int plural = 0;
    int exactOrStem = 0;
    int other = 0;
};
ExportLossCounts countLosses(const Dictionary &dictionary, DictionaryFormat format,
                             const std::vector<std::string> &lost);

} // namespace vigie::core
