// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer/SizeClasses.h"

#include <stdexcept>

namespace vigie::core {

namespace {

std::string shortId(std::int64_t n)
{
    if (n % 1000000 == 0)
        return std::to_string(n / 1000000) + "m";
    if (n % 1000 == 0)
        return std::to_string(n / 1000) + "k";
    return std::to_string(n);
}

} // namespace

std::string SizeClasses::formatNumber(std::int64_t n)
{
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    const int lead = static_cast<int>(digits.size() % 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (static_cast<int>(i) - lead) % 3 == 0)
            out += "\u00A0";
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

SizeClasses::SizeClasses(std::vector<std::int64_t> thresholds)
    : m_thresholds(std::move(thresholds))
{
    if (m_thresholds.empty())
        throw std::invalid_argument("size classes need at least one threshold");
    for (std::size_t i = 0; i < m_thresholds.size(); ++i)
        if (m_thresholds[i] <= 0 || (i > 0 && m_thresholds[i] <= m_thresholds[i - 1]))
            throw std::invalid_argument("size-class thresholds must be positive and strictly increasing");
    const auto &t = m_thresholds;
    m_classes.push_back({ "lt" + shortId(t.front()), "< " + formatNumber(t.front()), 0, t.front() });
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        m_classes.push_back({ shortId(t[i]) + "-" + shortId(t[i + 1]),
                              formatNumber(t[i]) + " \u2013 " + formatNumber(t[i + 1]), t[i], t[i + 1] });
    m_classes.push_back({ "ge" + shortId(t.back()), "> " + formatNumber(t.back()), t.back(), -1 });
}

SizeClasses SizeClasses::standard()
{
    return SizeClasses({ 50000, 200000 });
}

SizeClasses SizeClasses::insee()
{
    return SizeClasses({ 10000, 50000, 100000, 200000 });
}

int SizeClasses::classOf(std::int64_t population) const
{
    if (population < 0)
        return -1;
    for (std::size_t i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].upper < 0 || population < m_classes[i].upper)
            return static_cast<int>(i);
    return -1;
}

} // namespace vigie::core
