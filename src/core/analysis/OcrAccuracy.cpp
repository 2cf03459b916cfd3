// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/OcrAccuracy.h"

#include "tagging/Tagger.h"
#include "text/NormalizedText.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace vigie::core {

namespace {

std::vector<UChar32> comparable(std::string_view utf8)
{
    const NormalizedText nfc = NormalizedText::fromUtf8(std::string(utf8));
    const std::u16string &text = nfc.text();
    std::vector<UChar32> out;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c = 0;
        U16_NEXT(text.data(), i, text.size(), c);
        if (u_isUWhiteSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (c == 0x2019 || c == 0x02BC)
            c = '\'';
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

using MentionKey = std::tuple<int, int, int>; // theme, term, rule

std::map<MentionKey, std::int64_t> mentionCounts(Tagger &tagger, std::string_view utf8)
{
    TagResult result;
    tagger.tag(NormalizedText::fromUtf8(std::string(utf8)), result);
    std::map<MentionKey, std::int64_t> counts;
    for (const Mention &m : result.mentions)
        ++counts[{ m.theme, m.term, m.rule }];
    return counts;
}

} // namespace

CharacterErrors characterErrors(std::string_view printedUtf8, std::string_view readUtf8)
{
    const std::vector<UChar32> a = comparable(printedUtf8);
    const std::vector<UChar32> b = comparable(readUtf8);
    // Levenshtein distance, one row at a time.
    std::vector<std::int64_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = static_cast<std::int64_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::int64_t diagonal = row[0];
        row[0] = static_cast<std::int64_t>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::int64_t above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return { row[b.size()], static_cast<std::int64_t>(a.size()) };
}

MentionRecovery mentionRecovery(Tagger &tagger, std::string_view printedUtf8, std::string_view readUtf8)
{
    const auto printed = mentionCounts(tagger, printedUtf8);
    auto read = mentionCounts(tagger, readUtf8);
    MentionRecovery r;
    for (const auto &[key, count] : printed) {
        r.printed += count;
        const std::int64_t found = read.count(key) ? read[key] : 0;
        r.recovered += std::min(count, found);
    }
    for (const auto &[key, count] : read) {
        const std::int64_t expected = printed.count(key) ? printed.at(key) : 0;
        r.extra += std::max<std::int64_t>(0, count - expected);
    }
    return r;
}

} // namespace vigie::core
