// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Statistics.h"
#include "gazetteer/SizeClasses.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;

struct BarometerOptions
{
    SizeClasses sizes = SizeClasses::standard();
    std::string sectorRoot = "secteurs"; // the dictionary tree whose children classify projects
};

// A count with its share of all projects (Wilson 95 % interval).
struct BarometerCount
{
    std::string key;
    std::string label;
    std::int64_t projects = 0;
    stats::Proportion share;
};

// The barometer of cities' digital projects: how many, of which kind, where, how mature.
// Categories are shown both as declared by the barometer and as detected by the sector tree of
// the study's dictionary (a project counts for every sector it mentions, so detected shares can add
// up to more than 100 %).
struct BarometerResult
{
    std::int64_t projects = 0;
    std::int64_t cities = 0;
    std::int64_t withoutCity = 0;
    std::vector<BarometerCount> declared; // by declared category, most projects first; "" is "(none)"
    std::vector<BarometerCount> detected; // by sector of the dictionary, in dictionary order
    std::vector<BarometerCount> bySize; // by size class of the city, in class order
    std::vector<BarometerCount> byCity; // most projects first; key: INSEE code
    std::vector<int> citySizeClass; // per byCity entry: index in the options' size classes, -1: unknown
    std::vector<std::vector<std::int64_t>> categoriesByCity; // [byCity entry][declared category]
    std::vector<std::string> stages; // maturity stages: idée to en service, then others; "" last
    std::vector<std::vector<std::int64_t>> stagesByCategory; // [declared category][stage]
    std::vector<std::vector<std::int64_t>> sizesByCategory; // [declared category][size class]
    // Declared against detected: [declared category][detected sector] projects of the category the
    // dictionary places in the sector (a project counts in every sector it mentions), and per
    // declared category the projects placed in no sector.
    std::vector<std::vector<std::int64_t>> detectedByCategory;
    std::vector<std::int64_t> undetectedByCategory;
};

// Throws StorageError; std::invalid_argument if the dictionary has no `sectorRoot` theme.
BarometerResult barometer(CorpusStore &store, const BarometerOptions &options);

} // namespace vigie::core
