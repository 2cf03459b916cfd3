// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::cli {

// The whole number given to an option ("--limit 50"), within [low, high]. Anything else (letters,
// a sign where none fits, digits followed by more, a number too large) gives nullopt and writes
// one line to `err` naming the command, the option and the value as given:
//   vigie-cli search: --limit takes a whole number from 1 to 2147483647, not "dix"
// (std::stoi said "stoi", and took "20x" for 20).
std::optional<std::int64_t> wholeNumberOption(std::string_view command, std::string_view option, std::string_view value,
                                              std::int64_t low, std::int64_t high, std::ostream &err);

// The non-empty parts of `s` between `separator`s ("numerique,,open_data" gives two).
std::vector<std::string> splitList(const std::string &s, char separator = ',');

} // namespace vigie::cli
