// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::core {

// Small helpers for the fields of files (manifests, coding sheets, dictionaries): ASCII only,
// which is what their separators, headers and keywords are; other bytes pass through unchanged.

// `s` without leading and trailing spaces, tabs, CR and LF.
inline std::string trimmedField(std::string_view s)
{
    constexpr std::string_view kSpaces = " \t\r\n";
    const auto first = s.find_first_not_of(kSpaces);
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(kSpaces) - first + 1));
}

// `s` with the ASCII capitals in lower case.
inline std::string asciiLower(std::string s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

} // namespace vigie::core
