// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// Map from a token's spelling (UTF-16) to the span of its dictionary symbols in the Tagger's pool.
//
// This lookup runs once per word of every document, so it is a flat open-addressing table (linear
// probing, load factor at most 1/2) whose 24-byte slots hold the hash and, for spellings of up to
// four UTF-16 units (le, la, des, et: the most frequent words), the spelling itself: one cache line
// per lookup in the common case. Longer spellings live in one arena string.
// Not thread-safe (owned by one Tagger).
class SpellingCache
{
public:
    struct Value
    {
        std::uint32_t offset = 0;
        std::uint16_t count = 0; // at most kMaxCount
        std::uint8_t roles = 0; // the caller's flags for the spelling, at most 4 bits
    };
    static constexpr std::uint16_t kMaxCount = 0x0FFF;

    SpellingCache();

    static std::uint64_t hash(std::u16string_view key);
    // False when absent. Inline: it runs once per word of every document.
    bool find(std::u16string_view key, std::uint64_t hash, Value &out) const
    {
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.hash == 0)
                return false;
            if (slot.hash == hash && sameKey(slot, key)) {
                out = { slot.offset, static_cast<std::uint16_t>(slot.countAndRoles & kMaxCount),
                        static_cast<std::uint8_t>(slot.countAndRoles >> 12) };
                return true;
            }
        }
    }
    void insert(std::u16string_view key, std::uint64_t hash, Value value);
    std::size_t size() const { return m_size; }
    void clear();

private:
    struct Slot
    {
        std::uint64_t hash = 0; // 0: empty (hash() never returns 0)
        std::uint64_t key = 0; // up to 4 UTF-16 units inline, or the arena offset
        std::uint16_t length = 0; // in UTF-16 units
        std::uint16_t countAndRoles = 0; // count in the low 12 bits, roles in the high 4
        std::uint32_t offset = 0;
    };
    static constexpr std::size_t kInline = 4;

    bool sameKey(const Slot &slot, std::u16string_view key) const
    {
        if (slot.length != key.size())
            return false;
        if (key.size() <= kInline) {
            std::uint64_t packed = 0;
            std::memcpy(&packed, key.data(), key.size() * 2);
            return packed == slot.key;
        }
        // Eight bytes at a time, inline: a call to memcmp costs more than most words.
        const char16_t *a = m_arena.data() + slot.key;
        const char16_t *b = key.data();
        std::size_t i = 0;
        for (; i + 4 <= key.size(); i += 4) {
            std::uint64_t x;
            std::uint64_t y;
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        for (; i < key.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    void grow();

    std::vector<Slot> m_slots;
    std::u16string m_arena;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
};

} // namespace vigie::core
