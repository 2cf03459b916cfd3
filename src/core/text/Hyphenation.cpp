// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Hyphenation.h"

#include "text/Folding.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

namespace vigie::core {

namespace {

// Usual first and second halves of French compounds (folded, singular).
constexpr std::array<std::u16string_view, 34> kCompoundFirst
    = { u"e",     u"m",       u"ex",    u"demi",   u"semi",     u"mi",        u"non",      u"sous",   u"vice",
        u"porte", u"arriere", u"avant", u"apre",   u"grand",    u"grande",    u"tier",     u"belle",  u"beau",
        u"chef",  u"peut",    u"vingt", u"trente", u"quarante", u"cinquante", u"soixante", u"quatre", u"dix",
        u"saint", u"sainte",  u"haut",  u"bas",    u"cyber",    u"web",       u"hors" };
constexpr std::array<std::u16string_view, 26> kCompoundSecond = {
    u"a",   u"dire", u"il", u"elle", u"on",   u"je",   u"tu", u"nou", u"vou", u"ce", u"la",  u"le",     u"les",
    u"lui", u"y",    u"en", u"t",    u"etre", u"meme", u"ci", u"uns", u"une", u"un", u"bas", u"dessus", u"dessous"
};

template <std::size_t N> bool contains(const std::array<std::u16string_view, N> &list, std::u16string_view w)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

} // namespace

HyphenBreak lineBreakHyphenation(std::u16string_view left, std::u16string_view right, bool softHyphen)
{
    if (softHyphen)
        return HyphenBreak::Join;
    if (right.empty() || u_isUUppercase(right[0]))
        return HyphenBreak::Keep; // "Saint-|Denis": a capital after the break starts a compound's half
    const std::u16string l = foldToken(left);
    const std::u16string r = foldToken(right);
    if (l.size() <= 1 || contains(kCompoundFirst, pluralKey(l)) || contains(kCompoundSecond, pluralKey(r)))
        return HyphenBreak::Keep;
    return HyphenBreak::Undecided;
}

std::u16string joinHyphenated(std::u16string_view left, std::u16string_view right)
{
    while (!left.empty() && (isHyphen(left.back()) || left.back() == 0xAD))
        left.remove_suffix(1);
    std::u16string joined(left);
    joined.append(right);
    return joined;
}

} // namespace vigie::core
