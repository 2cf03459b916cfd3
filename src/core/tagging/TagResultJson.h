// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Tagger.h"

#include <nlohmann/json.hpp>

namespace vigie::core {

// The JSON form of one tagged document, as `vigie-cli tag --json` prints it and the golden tests
// compare it: {"words": N, "themes": {id: rolled-up count, ...non-zero only, dictionary order},
// "spans": [{"theme", "term" or "rule", "start", "end", "text"}]} (spans only when asked; offsets in code
// points of the input; "text" is the matched text as normalised to NFC).
nlohmann::ordered_json tagResultToJson(const TagResult &result, const NormalizedText &text,
                                       const Dictionary &dictionary, bool withSpans);

} // namespace vigie::core
