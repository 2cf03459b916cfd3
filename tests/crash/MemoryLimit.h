// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace vigie::test {

// While alive, the global operator new refuses (throws std::bad_alloc) any one allocation larger
// than `bytes`, as a process short of memory refuses the large ones first. MemoryLimit.cpp
// replaces the global operator new and delete: link it into fault_tests only. SQLite, ICU and
// libxml2 allocate with malloc and are not limited. Not nested; one at a time.
class MemoryLimit
{
public:
    explicit MemoryLimit(std::size_t bytes);
    ~MemoryLimit();
    MemoryLimit(const MemoryLimit &) = delete;
    MemoryLimit &operator=(const MemoryLimit &) = delete;
};

} // namespace vigie::test
