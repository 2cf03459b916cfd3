// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/SpellingCache.h"

#include <catch2/catch.hpp>

using vigie::core::SpellingCache;

namespace {

std::u16string key(int i)
{
    // Distinct for every i (base-7 digits plus up to four é): lengths 1 to 10, so both inline
    // (up to 4 units) and arena keys, many sharing prefixes.
    std::u16string k;
    for (int n = i; n > 0 || k.empty(); n /= 7)
        k.push_back(static_cast<char16_t>(u'a' + n % 7));
    k.append(static_cast<std::size_t>(i % 5), u'é');
    return k;
}

} // namespace

TEST_CASE("spelling cache finds every key it was given, through growth", "[cache]")
{
    SpellingCache cache;
    const int n = 50000;
    for (int i = 0; i < n; ++i) {
        const auto k = key(i);
        SpellingCache::Value v;
        REQUIRE_FALSE(cache.find(k, SpellingCache::hash(k), v));
        cache.insert(k, SpellingCache::hash(k), { static_cast<std::uint32_t>(i), static_cast<std::uint16_t>(i % 3) });
    }
    REQUIRE(cache.size() == n);
    for (int i = 0; i < n; ++i) {
        const auto k = key(i);
        SpellingCache::Value v;
        REQUIRE(cache.find(k, SpellingCache::hash(k), v));
        CHECK(v.offset == static_cast<std::uint32_t>(i));
        CHECK(v.count == i % 3);
    }
    SpellingCache::Value v;
    CHECK_FALSE(cache.find(u"absent", SpellingCache::hash(u"absent"), v));
    CHECK_FALSE(cache.find(u"", SpellingCache::hash(u""), v));
}

TEST_CASE("spelling cache tells apart keys that differ only in length or tail", "[cache]")
{
    SpellingCache cache;
    const std::u16string withNul(u"de\0", 3);
    for (const std::u16string &k : { std::u16string(u"de"), std::u16string(u"des"), withNul, std::u16string(u"donnée"),
                                     std::u16string(u"données"), std::u16string(u"donnéesX") })
        cache.insert(k, SpellingCache::hash(k), { static_cast<std::uint32_t>(k.size()), 1 });
    REQUIRE(cache.size() == 6);
    SpellingCache::Value v;
    REQUIRE(cache.find(u"données", SpellingCache::hash(u"données"), v));
    CHECK(v.offset == 7);
    REQUIRE(cache.find(u"de", SpellingCache::hash(u"de"), v));
    CHECK(v.offset == 2);
    REQUIRE(cache.find(withNul, SpellingCache::hash(withNul), v));
    CHECK(v.offset == 3);
    CHECK_FALSE(cache.find(u"d", SpellingCache::hash(u"d"), v));
    cache.clear();
    CHECK(cache.size() == 0);
    CHECK_FALSE(cache.find(u"de", SpellingCache::hash(u"de"), v));
}
