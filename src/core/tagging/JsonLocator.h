// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vigie::core {

// A JSON document parsed together with the line on which each value starts, so that validation
// errors can say "dictionary.json:42: ..." instead of "somewhere in themes[3]".
//
// nlohmann::json keeps no positions, so we parse through its SAX interface with an input iterator
// that tracks how far the lexer has read. Comments (// and /* */) are accepted: dictionaries are
// edited by hand and a comment explaining why a term is there is worth keeping.
class JsonLocator
{
public:
    struct SyntaxError : std::runtime_error
    {
        SyntaxError(int line_, int column_, std::string message)
            : std::runtime_error(std::move(message))
            , line(line_)
            , column(column_)
        { }
        int line;
        int column;
    };

    // Throws SyntaxError for malformed JSON, for a key given twice in one object (which would
    // otherwise keep the last value without a word), and beyond kMaxDepth nested levels.
    static JsonLocator parse(std::string_view text);
    static constexpr std::size_t kMaxDepth = 128;

    const nlohmann::json &root() const { return m_root; }
    // Line (1-based) on which the value at `pointer` ("/themes/3/terms/0") starts; for an object
    // member, the line of its key. Falls back to the nearest enclosing value, then to 0.
    int lineOf(const std::string &pointer) const;

private:
    nlohmann::json m_root;
    std::map<std::string, int> m_lines;
    friend class JsonLocatorSax;
};

} // namespace vigie::core
