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
            spans.push_back({ { "theme", theme.id },
                              { "term", theme.terms[static_cast<std::size_t>(m.term)].text },
                              { "start", m.start },
                              { "end", m.end },
                              { "text", m.matchedText(text) } });
        }
        j["spans"] = spans;
    }
    return j;
}

} // namespace vigie::core
