// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dictionary the editor and view tests share, and helpers to build its pieces.
#pragma once

#include "tagging/Dictionary.h"

#include <string>
#include <vector>

namespace vigie::test {

// A small dictionary of the tests' own: the editor's mechanics do not depend on what the default
// dictionary holds. Two trees; a term with an exclusion, a theme exclusion, a context rule.
inline const char *kTestDictionary = R"({
  "name": "essai", "version": "1",
  "themes": [
    {"id": "numerique", "label": {"fr": "Numérique", "en": "Digital"}, "colour": "#0072B2",
     "terms": ["numérique", {"text": "en ligne", "exclusions": ["en ligne directe"]}, "site internet"],
     "exclusions": ["empreinte digitale"],
     "rules": [
       {"name": "données ouvertes", "terms": ["données", "jeux de données"], "near": ["ouvrir", "publier*"],
        "window": 6, "unless": [{"phrase": "personnelles", "window": 3}]}
     ]},
    {"id": "ville_connectee", "label": "Ville connectée", "parent": "numerique", "colour": "#56B4E9",
     "terms": ["smart city", {"text": "ville connectée", "exclusions": [{"phrase": "RER", "window": 8}]}, "capteur"]},
    {"id": "secteurs", "label": "Secteurs", "colour": "#009E73"},
    {"id": "transports", "label": "Transports", "parent": "secteurs", "colour": "#E69F00",
     "terms": ["RER", "tramway"]}
  ]
})";

inline vigie::core::Dictionary testDictionary()
{
    return vigie::core::Dictionary::fromJson(kTestDictionary, "essai.json");
}

inline vigie::core::Term word(const std::string &text)
{
    vigie::core::Term t;
    t.text = text;
    return t;
}

inline vigie::core::Rule makeRule(const std::string &name, std::vector<std::string> terms,
                                  std::vector<std::string> near, int window)
{
    vigie::core::Rule r;
    r.name = name;
    for (const auto &t : terms)
        r.terms.push_back(word(t));
    for (const auto &n : near)
        r.near.push_back(word(n));
    r.window = window;
    return r;
}

} // namespace vigie::test
