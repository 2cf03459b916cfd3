// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/JsonLocator.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace vigie::core {

namespace {

// Forward iterator over the text that records the furthest position the lexer has reached.
struct TrackingIterator
{
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *p = nullptr;
    const char **furthest = nullptr;

    reference operator*() const { return *p; }
    TrackingIterator &operator++()
    {
        ++p;
        if (p > *furthest)
            *furthest = p;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator &o) const { return p == o.p; }
    bool operator!=(const TrackingIterator &o) const { return p != o.p; }
};

std::string escapePointerToken(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace

class JsonLocatorSax
{
public:
    JsonLocatorSax(JsonLocator &target, const char *begin, const char **furthest,
                   const std::vector<std::size_t> &lineStarts)
        : m_target(target)
        , m_begin(begin)
        , m_furthest(furthest)
        , m_lineStarts(lineStarts)
    { }

    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(nlohmann::json::number_integer_t v) { return value(v); }
    bool number_unsigned(nlohmann::json::number_unsigned_t v) { return value(v); }
    bool number_float(nlohmann::json::number_float_t v, const std::string &) { return value(v); }
    bool string(std::string &v) { return value(v); }
    bool binary(nlohmann::json::binary_t &) { return false; }

    bool start_object(std::size_t) { return open(nlohmann::json::object()); }
    bool start_array(std::size_t) { return open(nlohmann::json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string &k)
    {
        m_pendingKey = k;
        m_keyLine = currentLine();
        // A key given twice would silently keep the last value: refused, at the second one.
        if (!m_stack.empty() && m_stack.back().value->contains(k))
            throw JsonLocator::SyntaxError(m_keyLine, currentColumn(),
                                           "the key \"" + k + "\" is given twice in one object");
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        const std::size_t at = position > 0 ? position - 1 : 0;
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at);
        const int line = static_cast<int>(it - m_lineStarts.begin());
        const int column = static_cast<int>(at - m_lineStarts[static_cast<std::size_t>(line) - 1]) + 1;
        std::string message = ex.what();
        // nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3, column 5: "
        const auto colon = message.find(": ", message.find("parse error"));
        if (colon != std::string::npos)
            message = message.substr(colon + 2);
        throw JsonLocator::SyntaxError(line, column, message);
    }

private:
    int currentColumn() const
    {
        const auto offset = static_cast<std::size_t>(*m_furthest - m_begin);
        const std::size_t at = offset > 0 ? offset - 1 : 0;
        return static_cast<int>(at - m_lineStarts[static_cast<std::size_t>(currentLine()) - 1]) + 1;
    }

    int currentLine() const
    {
        const auto offset = static_cast<std::size_t>(*m_furthest - m_begin);
        const std::size_t at = offset > 0 ? offset - 1 : 0;
        return static_cast<int>(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at) - m_lineStarts.begin());
    }

    // Inserts a value where the parser is, returns it and its pointer.
    std::pair<nlohmann::json *, std::string> place(nlohmann::json &&v, int line)
    {
        if (m_stack.empty()) {
            m_target.m_root = std::move(v);
            m_target.m_lines[""] = line;
            return { &m_target.m_root, "" };
        }
        Frame &parent = m_stack.back();
        std::string pointer;
        nlohmann::json *slot = nullptr;
        if (parent.value->is_object()) {
            pointer = parent.pointer + "/" + escapePointerToken(m_pendingKey);
            slot = &((*parent.value)[m_pendingKey] = std::move(v));
            line = m_keyLine;
        } else {
            pointer = parent.pointer + "/" + std::to_string(parent.value->size());
            parent.value->push_back(std::move(v));
            slot = &parent.value->back();
        }
        m_target.m_lines[pointer] = line;
        return { slot, pointer };
    }

    template <typename T> bool value(T &&v)
    {
        place(nlohmann::json(std::forward<T>(v)), currentLine());
        return true;
    }

    bool open(nlohmann::json &&container)
    {
        // Each level keeps its pointer string: a hostile 100,000-deep file would hold gigabytes.
        if (m_stack.size() >= JsonLocator::kMaxDepth)
            throw JsonLocator::SyntaxError(currentLine(), currentColumn(),
                                           "nested deeper than " + std::to_string(JsonLocator::kMaxDepth) + " levels");
        auto [slot, pointer] = place(std::move(container), currentLine());
        m_stack.push_back({ slot, pointer });
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    struct Frame
    {
        nlohmann::json *value;
        std::string pointer;
    };

    JsonLocator &m_target;
    const char *m_begin;
    const char **m_furthest;
    const std::vector<std::size_t> &m_lineStarts;
    std::vector<Frame> m_stack;
    std::string m_pendingKey;
    int m_keyLine = 0;
};

JsonLocator JsonLocator::parse(std::string_view text)
{
    std::vector<std::size_t> lineStarts { 0 };
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            lineStarts.push_back(i + 1);

    JsonLocator result;
    const char *begin = text.data();
    const char *furthest = begin;
    JsonLocatorSax sax(result, begin, &furthest, lineStarts);
    TrackingIterator first { begin, &furthest };
    TrackingIterator last { begin + text.size(), &furthest };
    nlohmann::json::sax_parse(first, last, &sax, nlohmann::json::input_format_t::json, true, true);
    return result;
}

int JsonLocator::lineOf(const std::string &pointer) const
{
    std::string p = pointer;
    while (true) {
        const auto it = m_lines.find(p);
        if (it != m_lines.end())
            return it->second;
        const auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return 0;
        p.resize(slash);
    }
}

} // namespace vigie::core
