// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vigie::core {

// City-size classes from population thresholds. A class includes its lower bound and excludes its
// upper one: with the default thresholds 50,000 and 200,000, a city of exactly 50,000 inhabitants
// is in "50 000 – 200 000". Labels are written the French way, with a no-break space (U+00A0) as
// thousands separator and an en dash: "< 50 000", "50 000 – 200 000", "> 200 000" (the last class
// is "200 000 and more", labelled the way observatories publish it).
//
// A plain value type; classOf() is thread-safe. Constructors throw std::invalid_argument for
// thresholds that are not strictly increasing and positive.
class SizeClasses
{
public:
    struct Class
    {
        std::string id; // stable, for exports: "lt50k", "50k-200k", "ge200k"
        std::string label; // "< 50 000"
        std::int64_t lower = 0; // inclusive
        std::int64_t upper = -1; // exclusive; -1: no upper bound
    };

    explicit SizeClasses(std::vector<std::int64_t> thresholds);
    static SizeClasses standard(); // 50,000 and 200,000
    static SizeClasses insee(); // 10,000, 50,000, 100,000 and 200,000

    const std::vector<Class> &classes() const { return m_classes; }
    const std::vector<std::int64_t> &thresholds() const { return m_thresholds; }
    // Index of the class of `population`, or -1 when the population is unknown (negative).
    int classOf(std::int64_t population) const;

    // "50 000" with U+00A0.
    static std::string formatNumber(std::int64_t n);

private:
    std::vector<std::int64_t> m_thresholds;
    std::vector<Class> m_classes;
};

} // namespace vigie::core
