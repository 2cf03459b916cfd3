// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::core {

// Line-break hyphenation: when a line ends with a hyphen, is it a hyphenated word ("numé-|rique")
// or a compound that happens to break there ("e-|santé", "porte-|parole", "Saint-|Denis")?
// This is the part of the rule that needs no dictionary (docs/counting.md, §2.6); the Tagger adds
// what its dictionary knows, the PDF importer joins whatever this leaves undecided.
enum class HyphenBreak {
    Join, // a soft hyphen: a hyphenation point by definition
    Keep, // a compound: one-letter first half, usual compound halves, capital after the break
    Undecided, // nothing here says; most such breaks are hyphenation
};

// `left` and `right` are the words around the break as written (the hyphen not included).
// Pure and thread-safe.
HyphenBreak lineBreakHyphenation(std::u16string_view left, std::u16string_view right, bool softHyphen);

// The word a repaired break makes: `left` as written without its final hyphens or soft hyphens,
// then `right` ("numé-" + "rique" -> "numérique").
std::u16string joinHyphenated(std::u16string_view left, std::u16string_view right);

} // namespace vigie::core
