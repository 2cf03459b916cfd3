// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
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
    // False when absent.
    bool find(std::u16string_view key, std::uint64_t hash, Value &out) const;
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

    bool sameKey(const Slot &slot, std::u16string_view key) const;
    void grow();

    std::vector<Slot> m_slots;
    std::u16string m_arena;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
};

} // namespace vigie::core
