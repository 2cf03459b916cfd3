// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/TagResultJson.h"

namespace vigie::core {

nlohmann::ordered_json tagResultToJson(const TagResult &r, const NormalizedText &text, const Dictionary &dict,
                                       bool withSpans)
{
    const auto &themes = dict.themes();
    nlohmann::ordered_json j;
    j["words"] = r.words;
    auto counts = nlohmann::ordered_json::object();
    for (std::size_t t = 0; t < themes.size(); ++t)
        if (r.counts[t] > 0)
            counts[themes[t].id] = r.counts[t];
    j["themes"] = counts;
    if (withSpans) {
        auto spans = nlohmann::ordered_json::array();
        for (const auto &m : r.mentions) {
            const auto &theme = themes[static_cast<std::size_t>(m.theme)];
            nlohmann::ordered_json span;
            span["theme"] = theme.id;
            if (m.rule >= 0)
                span["rule"] = theme.rules[static_cast<std::size_t>(m.rule)].name;
            else
                span["term"] = theme.terms[static_cast<std::size_t>(m.term)].text;
            span["start"] = m.start;
            span["end"] = m.end;
            span["text"] = m.matchedText(text);
            spans.push_back(span);
        }
        j["spans"] = spans;
    }
    return j;
}

} // namespace vigie::core
