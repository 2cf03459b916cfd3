// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The 20 typical dictionary edits both dictionary benchmarks time (docs/PERFORMANCE.md,
// "Interactive at corpus scale"): on a Dictionary in the core (vigie-bench-dictionary), through
// the window's editor (vigie-bench-dictionary-view). Themes and items are indexes in the default
// dictionary 2027.x.
#pragma once

#include <string>
#include <vector>

namespace vigie::bench {

struct TypicalEdit
{
    enum class Kind {
        AddTerm, // `text` to theme `theme`
        AddExclusion, // `text` to theme `theme`, within `number` words (0: anywhere)
        RuleWindow, // rule `item` of theme `theme` gets window `number`
        DeleteTerm, // term `item` of theme `theme`
    };
    std::string what;
    Kind kind;
    int theme;
    std::string text = {};
    int number = 0;
    int item = 0;
};

inline const std::vector<TypicalEdit> &typicalEdits()
{
    using K = TypicalEdit::Kind;
    static const std::vector<TypicalEdit> edits = {
        { "add term \"gamification\"", K::AddTerm, 0, "gamification" },
        { "add term \"métavers\"", K::AddTerm, 0, "métavers" },
        { "add term \"cybermalveillance\"", K::AddTerm, 11, "cybermalveillance" },
        { "add term \"e-sport\"", K::AddTerm, 13, "e-sport" },
        { "add prefix \"robot*\"", K::AddTerm, 0, "robot*" },
        { "add phrase \"plateforme de données\"", K::AddTerm, 1, "plateforme de données" },
        { "add phrase \"intelligence artificielle générative\"", K::AddTerm, 0,
          "intelligence artificielle générative" },
        { "add phrase \"services numériques de la ville\"", K::AddTerm, 5, "services numériques de la ville" },
        { "add phrase \"guichet numérique\"", K::AddTerm, 5, "guichet numérique" },
        { "add phrase \"capteurs de pollution\"", K::AddTerm, 2, "capteurs de pollution" },
        { "add exclusion \"Paris\" (6 words)", K::AddExclusion, 2, "Paris", 6 },
        { "add exclusion \"alimentaire\" (3 words)", K::AddExclusion, 9, "alimentaire", 3 },
        { "add exclusion \"serveur de jeu\"", K::AddExclusion, 0, "serveur de jeu", 0 },
        { "add exclusion \"réseau routier\" (5 words)", K::AddExclusion, 9, "réseau routier", 5 },
        { "rule window 16 -> 3", K::RuleWindow, 1, {}, 3, 0 },
        { "rule window 30 -> 10", K::RuleWindow, 2, {}, 10, 0 },
        { "rule window 12 -> 6", K::RuleWindow, 3, {}, 6, 1 },
        { "delete term \"internet\"", K::DeleteTerm, 0, {}, 0, 5 },
        { "delete term \"3G\"", K::DeleteTerm, 9, {}, 0, 5 },
        { "delete term \"open data\"", K::DeleteTerm, 1, {}, 0, 0 },
    };
    return edits;
}

} // namespace vigie::bench
