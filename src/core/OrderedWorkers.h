// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace vigie::core {

// The number of workers "every core" means: the hardware's threads, at least 1.
inline int defaultJobs()
{
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Makes items 0..count-1 on `jobs` threads and hands them out in index order, whatever order the
// workers finish them in: a consumer that stores or prints them in turn gets the same result for
// any number of workers. `make(index, worker)` runs on worker `worker` (0..jobs-1), so that each
// worker can keep its own state (a tagger); it must not throw (carry errors in T).
//
// Workers stay at most `window` items ahead of the consumer, and stop taking new items while the
// items made and not yet taken weigh `maxBytes` or more by `weight` (the item the consumer waits
// for is always made): memory stays bounded when the consumer is slower. The destructor stops the
// workers after the items they are making, and joins them.
template <typename T> class OrderedWorkers
{
public:
    OrderedWorkers(std::size_t count, int jobs, std::function<T(std::size_t index, int worker)> make,
                   std::size_t window, std::size_t maxBytes = SIZE_MAX,
                   std::function<std::size_t(const T &)> weight = nullptr)
        : m_count(count)
        , m_make(std::move(make))
        , m_window(std::max<std::size_t>(1, window))
        , m_maxBytes(maxBytes)
        , m_weight(std::move(weight))
    {
        const int n = std::max(1, jobs);
        m_threads.reserve(static_cast<std::size_t>(n));
        for (int w = 0; w < n; ++w)
            m_threads.emplace_back([this, w] { work(w); });
    }

    ~OrderedWorkers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (auto &t : m_threads)
            t.join();
    }

    OrderedWorkers(const OrderedWorkers &) = delete;
    OrderedWorkers &operator=(const OrderedWorkers &) = delete;

    // The next item in index order; blocks until it is made. Call at most `count` times.
    T next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_made.count(m_nextOut) > 0; });
        auto it = m_made.find(m_nextOut);
        T item = std::move(it->second);
        m_made.erase(it);
        if (m_weight)
            m_madeBytes -= m_weight(item);
        ++m_nextOut;
        lock.unlock();
        m_changed.notify_all();
        return item;
    }

    // Whether next() would return at once, waiting for that until `deadline`.
    bool readyBy(std::chrono::steady_clock::time_point deadline)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_until(lock, deadline, [this] { return m_made.count(m_nextOut) > 0; });
    }

private:
    void work(int worker)
    {
        for (;;) {
            std::size_t index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] {
                    return m_stop || m_nextClaim >= m_count || m_nextClaim == m_nextOut
                        || (m_nextClaim < m_nextOut + m_window && m_madeBytes < m_maxBytes);
                });
                if (m_stop || m_nextClaim >= m_count)
                    return;
                index = m_nextClaim++;
            }
            T item = m_make(index, worker);
            {
                std::lock_guard lock(m_mutex);
                if (m_weight)
                    m_madeBytes += m_weight(item);
                m_made.emplace(index, std::move(item));
            }
            m_changed.notify_all();
        }
    }

    const std::size_t m_count;
    const std::function<T(std::size_t, int)> m_make;
    const std::size_t m_window;
    const std::size_t m_maxBytes;
    const std::function<std::size_t(const T &)> m_weight;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::size_t, T> m_made; // made, not yet taken
    std::size_t m_madeBytes = 0;
    std::size_t m_nextClaim = 0; // the next index a worker takes
    std::size_t m_nextOut = 0; // the next index next() returns
    bool m_stop = false;
    std::vector<std::thread> m_threads; // last: start once the members above exist
};

} // namespace vigie::core
