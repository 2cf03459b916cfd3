// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/Options.h"

#include <sstream>

#include "cli/commands/Printable.h"

#include <charconv>
#include <ostream>

namespace vigie::cli {

std::optional<std::int64_t> wholeNumberOption(std::string_view command, std::string_view option, std::string_view value,
                                              std::int64_t low, std::int64_t high, std::ostream &err)
{
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec == std::errc() && end == value.data() + value.size() && n >= low && n <= high)
        return n;
    err << "vigie-cli " << command << ": " << option << " takes a whole number from " << low << " to " << high
        << ", not \"" << printable(value) << "\"\n";
    return std::nullopt;
}

std::vector<std::string> splitList(const std::string &s, char separator)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string part; std::getline(in, part, separator);)
        if (!part.empty())
            out.push_back(part);
    return out;
}

} // namespace vigie::cli
