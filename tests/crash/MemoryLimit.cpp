// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryLimit.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> g_limit { 0 }; // 0: no limit

void *allocate(std::size_t size)
{
    const std::size_t limit = g_limit.load(std::memory_order_relaxed);
    if (limit != 0 && size > limit)
        throw std::bad_alloc();
    if (void *p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}

} // namespace

namespace vigie::test {

MemoryLimit::MemoryLimit(std::size_t bytes)
{
    g_limit = bytes;
}

MemoryLimit::~MemoryLimit()
{
    g_limit = 0;
}

} // namespace vigie::test

// The replaceable forms that take a size; libstdc++'s nothrow forms call these, and its aligned
// forms allocate with aligned_alloc, which free() releases as well.
void *operator new(std::size_t size)
{
    return allocate(size);
}

void *operator new[](std::size_t size)
{
    return allocate(size);
}

void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete[](void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}
