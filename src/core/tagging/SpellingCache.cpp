// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/SpellingCache.h"

#include <cstring>

namespace vigie::core {

namespace {

constexpr std::size_t kInitialSlots = 1u << 12;

// One multiply between two shifts: the table takes the low bits, which the shifts feed from the
// high ones.
inline std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 32;
    h *= 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return h;
}

} // namespace

SpellingCache::SpellingCache()
    : m_slots(kInitialSlots)
    , m_mask(kInitialSlots - 1)
{ }

std::uint64_t SpellingCache::hash(std::u16string_view key)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ key.size();
    std::size_t i = 0;
    for (; i + 4 <= key.size(); i += 4) {
        std::uint64_t chunk;
        std::memcpy(&chunk, key.data() + i, 8);
        h = (h ^ chunk) * 0x100000001B3ULL;
        h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, key.data() + i, (key.size() - i) * 2);
    h = mix(h ^ tail);
    return h ? h : 1;
}

void SpellingCache::insert(std::u16string_view key, std::uint64_t h, Value value)
{
    if (key.size() > 0xFFFF || value.count > kMaxCount || value.roles > 0x0F)
        return; // a "word" of 64K units is not a spelling worth caching; nor are 4,096 symbols
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    Slot slot;
    slot.hash = h;
    slot.length = static_cast<std::uint16_t>(key.size());
    slot.countAndRoles = static_cast<std::uint16_t>(value.count | (value.roles << 12));
    slot.offset = value.offset;
    if (key.size() <= kInline) {
        std::memcpy(&slot.key, key.data(), key.size() * 2);
    } else {
        slot.key = m_arena.size();
        m_arena.append(key);
    }
    std::size_t i = h & m_mask;
    while (m_slots[i].hash != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = slot;
    ++m_size;
}

void SpellingCache::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.size() * 2, Slot {});
    m_mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        std::size_t i = s.hash & m_mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = s;
    }
}

void SpellingCache::clear()
{
    m_slots.assign(kInitialSlots, Slot {});
    m_mask = kInitialSlots - 1;
    m_arena.clear();
    m_size = 0;
}

} // namespace vigie::core
