// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ExtractionBudget.h"

#include "import/ImportError.h"

#include <string>

namespace vigie::core {

namespace {

// "60", "0.25": seconds as a person writes them.
std::string seconds(std::chrono::milliseconds limit)
{
    const auto ms = limit.count();
    std::string out = std::to_string(ms / 1000);
    if (ms % 1000 != 0) {
        std::string fraction = std::to_string(1000 + ms % 1000).substr(1);
        while (fraction.back() == '0')
            fraction.pop_back();
        out += '.' + fraction;
    }
    return out;
}

} // namespace

ExtractionBudget::ExtractionBudget(std::chrono::milliseconds timeLimit, const std::atomic_bool *cancel,
                                   std::size_t maxTextBytes)
    : m_timeLimit(timeLimit < std::chrono::milliseconds::zero() ? std::chrono::milliseconds::zero() : timeLimit)
    , m_deadline(std::chrono::steady_clock::now() + m_timeLimit)
    , m_cancel(cancel)
    , m_maxTextBytes(maxTextBytes)
{ }

void ExtractionBudget::check() const
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        throw ImportError(ImportProblem::Kind::Cancelled);
    // At the deadline already counts as past it: a zero limit refuses at the first check.
    if (std::chrono::steady_clock::now() >= m_deadline)
        throw ImportError({ .kind = ImportProblem::Kind::ExtractionTooSlow, .value = seconds(m_timeLimit) });
}

void ExtractionBudget::allowMore(std::chrono::milliseconds extra) const
{
    if (extra > std::chrono::milliseconds::zero()) {
        m_deadline += extra;
        m_timeLimit += extra;
    }
}

bool ExtractionBudget::isSpent() const
{
    return (m_cancel && m_cancel->load(std::memory_order_relaxed)) || std::chrono::steady_clock::now() >= m_deadline;
}

void ExtractionBudget::checkTextSize(std::size_t bytes) const
{
    if (bytes > m_maxTextBytes)
        throw ImportError({ .kind = ImportProblem::Kind::TextTooLong, .limitMb = m_maxTextBytes >> 20 });
}

} // namespace vigie::core
