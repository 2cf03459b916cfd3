// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the REFI-QDA writers share, private to exchange/.
#include <string>
#include <string_view>

namespace vigie::core {
class Dictionary;
}

namespace vigie::core::refi {

// `s` as XML character data or attribute value: markup characters as entities, line ends as
// character references (kept in attribute values), and what XML 1.0 cannot carry at all (control
// characters, U+FFFE and U+FFFF) left out.
inline void appendEscaped(std::string &out, std::string_view s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        case '\t':
            out += "&#9;";
            break;
        case '\xEF': // U+FFFE and U+FFFF are EF BF BE and EF BF BF
            if (s.substr(i, 3) == "\xEF\xBF\xBE" || s.substr(i, 3) == "\xEF\xBF\xBF")
                i += 2;
            else
                out += c;
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
}

inline std::string escaped(std::string_view s)
{
    std::string out;
    appendEscaped(out, s);
    return out;
}

// The version written as the files' origin: "Vigie 0.1.0".
std::string origin();

// The <Codes> element of a codebook, one code per theme of `dictionary` nested as the themes
// are (indented for a <CodeBook> at the top level): the .qdc's and the project's.
void appendCodes(std::string &out, const Dictionary &dictionary);

} // namespace vigie::core::refi
