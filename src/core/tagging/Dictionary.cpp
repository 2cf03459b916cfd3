// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagging/Dictionary.h"

#include "io/RegularFile.h"
#include "tagging/JsonLocator.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cctype>
#include <cstdio>
#include <set>
#include <unordered_map>

namespace vigie::core {

namespace {

constexpr const char *kFormat = "vigie-dictionary";
// Version 2 added context rules; a dictionary without rules is still written as version 1, byte for
// byte as before, so that its fingerprint (and the studies that stored it) do not change.
constexpr int kFormatVersion = 2;

// Okabe-Ito, readable by the common forms of colour blindness; given to themes without a colour.
constexpr std::array<const char *, 8> kPalette
    = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000" };

bool validId(const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return id[0] >= 'a' && id[0] <= 'z';
}

bool validColour(const std::string &c)
{
    if (c.size() != 7 || c[0] != '#')
        return false;
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(c[i])))
            return false;
    return true;
}

// Reads one JSON document into a Dictionary, reporting every problem with its line.
class Reader
{
public:
    Reader(const JsonLocator &doc, std::string source)
        : m_doc(doc)
        , m_source(std::move(source))
    { }

    Dictionary read()
    {
        Dictionary dict;
        const auto &root = m_doc.root();
        if (!root.is_object())
            fail("", "the dictionary must be a JSON object");
        allowOnly(root, "", { "format", "formatVersion", "name", "version", "language", "description", "themes" });
        if (root.contains("format") && root["format"] != kFormat)
            fail("/format", std::string("\"format\" must be \"") + kFormat + "\"");
        if (root.contains("formatVersion")) {
            if (!root["formatVersion"].is_number_integer())
                fail("/formatVersion", "\"formatVersion\" must be a whole number");
            if (root["formatVersion"].get<int>() > kFormatVersion)
                fail("/formatVersion",
                     "written for a newer Vigie (format version " + std::to_string(root["formatVersion"].get<int>())
                         + ", this one reads " + std::to_string(kFormatVersion) + ")");
        }
        dict.setName(optionalString(root, "", "name"));
        dict.setVersion(optionalString(root, "", "version"));
        m_language = optionalString(root, "", "language");
        m_description = optionalString(root, "", "description");
        if (!root.contains("themes") || !root["themes"].is_array() || root["themes"].empty())
            fail(root.contains("themes") ? "/themes" : "", "\"themes\" must be a non-empty array");
        const auto &themes = root["themes"];
        for (std::size_t i = 0; i < themes.size(); ++i)
            dict.themes().push_back(readTheme(themes[i], "/themes/" + std::to_string(i), dict.themes().size()));
        return dict;
    }

    std::string m_language;
    std::string m_description;

private:
    [[noreturn]] void fail(const std::string &pointer, const std::string &problem) const
    {
        throw DictionaryError(m_source, m_doc.lineOf(pointer), problem);
    }

    void allowOnly(const nlohmann::json &obj, const std::string &pointer, std::set<std::string> allowed) const
    {
        for (const auto &item : obj.items())
            if (!allowed.count(item.key())) {
                std::string list;
                for (const auto &a : allowed)
                    list += (list.empty() ? "" : ", ") + a;
                fail(pointer + "/" + item.key(), "unknown key \"" + item.key() + "\" (expected one of: " + list + ")");
            }
    }

    std::string optionalString(const nlohmann::json &obj, const std::string &pointer, const char *key) const
    {
        if (!obj.contains(key))
            return {};
        if (!obj[key].is_string())
            fail(pointer + "/" + key, std::string("\"") + key + "\" must be a string");
        return obj[key].get<std::string>();
    }

    bool optionalBool(const nlohmann::json &obj, const std::string &pointer, const char *key, bool fallback) const
    {
        if (!obj.contains(key))
            return fallback;
        if (!obj[key].is_boolean())
            fail(pointer + "/" + key, std::string("\"") + key + "\" must be true or false");
        return obj[key].get<bool>();
    }

    Theme readTheme(const nlohmann::json &t, const std::string &p, std::size_t index) const
    {
        if (!t.is_object())
            fail(p, "a theme must be an object with at least \"id\" and \"label\"");
        allowOnly(t, p, { "id", "label", "colour", "parent", "description", "terms", "exclusions", "rules" });
        Theme theme;
        theme.line = m_doc.lineOf(p);
        theme.id = optionalString(t, p, "id");
        if (!validId(theme.id))
            fail(t.contains("id") ? p + "/id" : p,
                 "theme id \"" + theme.id + "\" must be 1-64 characters among a-z, 0-9 and _, starting with a letter");
        if (!t.contains("label"))
            fail(p, "theme \"" + theme.id + "\" has no \"label\"");
        const auto &label = t["label"];
        if (label.is_string()) {
            theme.labelFr = label.get<std::string>();
        } else if (label.is_object()) {
            allowOnly(label, p + "/label", { "fr", "en" });
            theme.labelFr = optionalString(label, p + "/label", "fr");
            theme.labelEn = optionalString(label, p + "/label", "en");
        } else {
            fail(p + "/label", "\"label\" must be a string or an object {\"fr\": ..., \"en\": ...}");
        }
        if (theme.labelFr.empty())
            fail(p + "/label", "theme \"" + theme.id + "\" needs a French label");
        if (theme.labelEn.empty())
            theme.labelEn = theme.labelFr;
        theme.colour = optionalString(t, p, "colour");
        if (theme.colour.empty())
            theme.colour = kPalette[index % kPalette.size()];
        else if (!validColour(theme.colour))
            fail(p + "/colour", "colour \"" + theme.colour + "\" must be written #RRGGBB");
        if (t.contains("parent") && !t["parent"].is_null())
            theme.parent = optionalString(t, p, "parent");
        theme.description = optionalString(t, p, "description");
        if (t.contains("terms")) {
            if (!t["terms"].is_array())
                fail(p + "/terms", "\"terms\" must be an array");
            for (std::size_t i = 0; i < t["terms"].size(); ++i)
                theme.terms.push_back(readTerm(t["terms"][i], p + "/terms/" + std::to_string(i)));
        }
        theme.exclusions = readExclusions(t, p, "exclusions");
        if (t.contains("rules")) {
            if (!t["rules"].is_array())
                fail(p + "/rules", "\"rules\" must be an array");
            for (std::size_t i = 0; i < t["rules"].size(); ++i)
                theme.rules.push_back(readRule(t["rules"][i], p + "/rules/" + std::to_string(i)));
        }
        return theme;
    }

    Rule readRule(const nlohmann::json &j, const std::string &p) const
    {
        if (!j.is_object())
            fail(p, "a rule must be an object with \"name\", \"terms\" and \"near\"");
        allowOnly(j, p, { "name", "terms", "near", "window", "order", "scope", "unless", "note" });
        Rule rule;
        rule.line = m_doc.lineOf(p);
        rule.name = optionalString(j, p, "name");
        if (rule.name.find_first_not_of(" \t\n") == std::string::npos)
            fail(p, "a rule needs a \"name\"");
        const auto side = [&](const char *key, std::vector<Term> &out) {
            if (!j.contains(key) || !j[key].is_array() || j[key].empty())
                fail(j.contains(key) ? p + "/" + key : p,
                     "rule \"" + rule.name + "\": \"" + key + "\" must be a non-empty array of words or phrases");
            for (std::size_t i = 0; i < j[key].size(); ++i) {
                const std::string tp = p + "/" + key + "/" + std::to_string(i);
                if (j[key][i].is_object() && j[key][i].contains("exclusions"))
                    fail(tp + "/exclusions", "rule \"" + rule.name + "\": a rule's exclusions are its \"unless\"");
                out.push_back(readTerm(j[key][i], tp));
            }
        };
        side("terms", rule.terms);
        side("near", rule.near);
        if (j.contains("window")) {
            if (!j["window"].is_number_integer() || j["window"].get<std::int64_t>() < 1
                || j["window"].get<std::int64_t>() > 50)
                fail(p + "/window", "\"window\" must be a whole number of words from 1 to 50");
            rule.window = j["window"].get<int>();
        }
        const std::string order = optionalString(j, p, "order");
        if (order == "before")
            rule.order = Rule::Order::NearBefore;
        else if (order == "after")
            rule.order = Rule::Order::NearAfter;
        else if (!order.empty() && order != "any")
            fail(p + "/order", "\"order\" must be \"any\", \"before\" (the context before the term) or \"after\"");
        const std::string scope = optionalString(j, p, "scope");
        if (scope == "paragraph")
            rule.scope = Rule::Scope::Paragraph;
        else if (!scope.empty() && scope != "sentence")
            fail(p + "/scope", "\"scope\" must be \"sentence\" or \"paragraph\"");
        rule.unless = readExclusions(j, p, "unless");
        rule.note = optionalString(j, p, "note");
        return rule;
    }

    Term readTerm(const nlohmann::json &j, const std::string &p) const
    {
        Term term;
        term.line = m_doc.lineOf(p);
        if (j.is_string()) {
            term.text = j.get<std::string>();
        } else if (j.is_object()) {
            allowOnly(j, p, { "text", "exact", "stem", "plural", "note", "exclusions" });
            term.text = optionalString(j, p, "text");
            term.exact = optionalBool(j, p, "exact", false);
            term.stem = optionalBool(j, p, "stem", false);
            term.plural = optionalBool(j, p, "plural", true);
            term.note = optionalString(j, p, "note");
            term.exclusions = readExclusions(j, p, "exclusions");
            if (term.exact && term.stem)
                fail(p, "term \"" + term.text + "\" cannot be both \"exact\" and \"stem\"");
        } else {
            fail(p, "a term must be a string or an object with \"text\"");
        }
        if (term.text.find_first_not_of(" \t\n") == std::string::npos)
            fail(p, "empty term");
        return term;
    }

    std::vector<Exclusion> readExclusions(const nlohmann::json &owner, const std::string &p, const char *key) const
    {
        std::vector<Exclusion> out;
        if (!owner.contains(key))
            return out;
        const auto &list = owner[key];
        if (!list.is_array())
            fail(p + "/" + key, std::string("\"") + key + "\" must be an array");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string ep = p + "/" + key + "/" + std::to_string(i);
            Exclusion e;
            e.line = m_doc.lineOf(ep);
            if (list[i].is_string()) {
                e.phrase = list[i].get<std::string>();
            } else if (list[i].is_object()) {
                allowOnly(list[i], ep, { "phrase", "window", "order" });
                e.phrase = optionalString(list[i], ep, "phrase");
                const std::string order = optionalString(list[i], ep, "order");
                if (order == "before")
                    e.order = Exclusion::Order::Before;
                else if (order == "after")
                    e.order = Exclusion::Order::After;
                else if (!order.empty() && order != "any")
                    fail(ep + "/order",
                         "\"order\" must be \"any\", \"before\" (the phrase before the match) or \"after\"");
                if (list[i].contains("window")) {
                    if (!list[i]["window"].is_number_integer() || list[i]["window"].get<std::int64_t>() < 0
                        || list[i]["window"].get<std::int64_t>() > 50)
                        fail(ep + "/window", "\"window\" must be a whole number of words from 0 to 50");
                    e.window = list[i]["window"].get<int>();
                }
            } else {
                fail(ep, "an exclusion must be a string or an object with \"phrase\" and \"window\"");
            }
            if (e.phrase.find_first_not_of(" \t\n") == std::string::npos)
                fail(ep, "empty exclusion phrase");
            out.push_back(std::move(e));
        }
        return out;
    }

    const JsonLocator &m_doc;
    std::string m_source;
};

nlohmann::ordered_json termToJson(const Term &term)
{
    if (!term.exact && !term.stem && term.plural && term.note.empty() && term.exclusions.empty())
        return term.text;
    nlohmann::ordered_json j;
    j["text"] = term.text;
    if (term.exact)
        j["exact"] = true;
    if (term.stem)
        j["stem"] = true;
    if (!term.plural)
        j["plural"] = false;
    if (!term.note.empty())
        j["note"] = term.note;
    return j;
}

nlohmann::ordered_json exclusionsToJson(const std::vector<Exclusion> &list);

nlohmann::ordered_json ruleToJson(const Rule &rule)
{
    nlohmann::ordered_json j;
    j["name"] = rule.name;
    auto side = [](const std::vector<Term> &terms) {
        auto out = nlohmann::ordered_json::array();
        for (const auto &t : terms)
            out.push_back(termToJson(t));
        return out;
    };
    j["terms"] = side(rule.terms);
    j["near"] = side(rule.near);
    j["window"] = rule.window;
    if (rule.order != Rule::Order::Any)
        j["order"] = rule.order == Rule::Order::NearBefore ? "before" : "after";
    if (rule.scope != Rule::Scope::Sentence)
        j["scope"] = "paragraph";
    if (!rule.unless.empty())
        j["unless"] = exclusionsToJson(rule.unless);
    if (!rule.note.empty())
        j["note"] = rule.note;
    return j;
}

nlohmann::ordered_json exclusionsToJson(const std::vector<Exclusion> &list)
{
    auto out = nlohmann::ordered_json::array();
    for (const auto &e : list) {
        if (e.window == 0 && e.order == Exclusion::Order::Any) {
            out.push_back(e.phrase);
        } else {
            nlohmann::ordered_json o;
            o["phrase"] = e.phrase;
            o["window"] = e.window;
            if (e.order != Exclusion::Order::Any)
                o["order"] = e.order == Exclusion::Order::Before ? "before" : "after";
            out.push_back(o);
        }
    }
    return out;
}

} // namespace

DictionaryError::DictionaryError(std::string source, int line, const std::string &problem)
    : std::runtime_error(source + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + problem)
    , m_source(std::move(source))
    , m_line(line)
    , m_problem(problem)
{ }

Dictionary Dictionary::fromJson(std::string_view json, const std::string &sourceName)
{
    JsonLocator doc;
    try {
        doc = JsonLocator::parse(json);
    } catch (const JsonLocator::SyntaxError &e) {
        throw DictionaryError(sourceName, e.line,
                              std::string("invalid JSON: ") + e.what() + " (column " + std::to_string(e.column) + ")");
    }
    Reader reader(doc, sourceName);
    Dictionary dict = reader.read();
    dict.m_sourceName = sourceName;
    if (!reader.m_language.empty())
        dict.m_language = reader.m_language;
    dict.m_description = reader.m_description;
    dict.validate();
    return dict;
}

std::string readDictionaryFile(const std::string &path)
{
    // The bundled dictionary is 0.3 MB; 64 MB is a dictionary no one writes by hand.
    constexpr std::uintmax_t kMaxDictionaryBytes = 64u * 1024 * 1024;
    RegularFile file = readRegularFile(path, kMaxDictionaryBytes);
    using enum RegularFile::Failure;
    switch (file.failure) {
    case None:
        return std::move(file.bytes);
    case NoSuchFile:
        throw DictionaryError(path, 0, "no such file");
    case IsFolder:
        throw DictionaryError(path, 0, "is a folder, not a file");
    case NotRegular:
        throw DictionaryError(path, 0, "is " + describeSpecialFile(file.special) + ", not a file");
    case TooLarge:
        throw DictionaryError(path, 0, "file larger than 64 MB: not a dictionary");
    case CannotOpen:
        throw DictionaryError(path, 0, "cannot open the file");
    case ReadError:
        throw DictionaryError(path, 0, "cannot read the file");
    }
    throw DictionaryError(path, 0, "cannot read the file");
}

Dictionary Dictionary::fromFile(const std::string &path)
{
    return fromJson(readDictionaryFile(path), path);
}

Dictionary Dictionary::blank(const std::string &sourceName, std::string name, std::string version)
{
    Dictionary dict;
    dict.m_sourceName = sourceName;
    dict.m_name = std::move(name);
    dict.m_version = std::move(version);
    return dict;
}

const std::string &Dictionary::paletteColour(std::size_t i)
{
    static const std::vector<std::string> colours(kPalette.begin(), kPalette.end());
    return colours[i % colours.size()];
}

Dictionary Dictionary::fromPeerTsv(std::string_view tsv, const std::string &sourceName)
{
    Dictionary dict;
    dict.m_sourceName = sourceName;
    dict.m_name = sourceName;
    // One tree, so that a term listed under two themes counts for the first only, as in the peers.
    Theme root;
    root.id = "all";
    root.labelFr = "Tous les thèmes";
    root.labelEn = "All themes";
    root.colour = "#555555";
    dict.m_themes.push_back(root);
    int lineNo = 0;
    bool header = true;
    std::size_t pos = 0;
    while (pos < tsv.size()) {
        std::size_t nl = tsv.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = tsv.size();
        std::string_view line = tsv.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos)
            throw DictionaryError(sourceName, lineNo, "expected theme<TAB>term");
        const std::string themeId(line.substr(0, tab));
        if (header) {
            header = false;
            if (themeId == "theme")
                continue;
        }
        int index = dict.themeIndex(themeId);
        if (index < 0) {
            Theme t;
            t.id = themeId;
            t.parent = "all";
            t.labelFr = t.labelEn = themeId;
            t.colour = kPalette[dict.m_themes.size() % kPalette.size()];
            t.line = lineNo;
            dict.m_themes.push_back(std::move(t));
            index = static_cast<int>(dict.m_themes.size()) - 1;
        }
        Term term;
        term.text = std::string(line.substr(tab + 1));
        term.plural = false;
        term.line = lineNo;
        dict.m_themes[static_cast<std::size_t>(index)].terms.push_back(std::move(term));
    }
    dict.validate();
    return dict;
}

std::string Dictionary::toJson() const
{
    nlohmann::ordered_json root;
    root["format"] = kFormat;
    root["formatVersion"] = ruleCount() > 0 ? kFormatVersion : 1;
    root["name"] = m_name;
    root["version"] = m_version;
    root["language"] = m_language;
    if (!m_description.empty())
        root["description"] = m_description;
    auto themes = nlohmann::ordered_json::array();
    for (const auto &t : m_themes) {
        nlohmann::ordered_json o;
        o["id"] = t.id;
        o["label"] = { { "fr", t.labelFr }, { "en", t.labelEn } };
        o["colour"] = t.colour;
        o["parent"] = t.parent.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(t.parent);
        if (!t.description.empty())
            o["description"] = t.description;
        auto terms = nlohmann::ordered_json::array();
        for (const auto &term : t.terms) {
            nlohmann::ordered_json j = termToJson(term);
            if (!term.exclusions.empty())
                j["exclusions"] = exclusionsToJson(term.exclusions);
            terms.push_back(j);
        }
        o["terms"] = terms;
        if (!t.exclusions.empty())
            o["exclusions"] = exclusionsToJson(t.exclusions);
        if (!t.rules.empty()) {
            auto rules = nlohmann::ordered_json::array();
            for (const auto &rule : t.rules)
                rules.push_back(ruleToJson(rule));
            o["rules"] = rules;
        }
        themes.push_back(o);
    }
    root["themes"] = themes;
    return root.dump(2) + "\n";
}

int Dictionary::themeIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < m_themes.size(); ++i)
        if (m_themes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Dictionary::parentIndex(int theme) const
{
    const auto &parent = m_themes.at(static_cast<std::size_t>(theme)).parent;
    return parent.empty() ? -1 : themeIndex(parent);
}

std::vector<int> Dictionary::parentIndexes() const
{
    // One pass to index the ids: looking each parent up from the start made a 4,000-deep chain of
    // themes take minutes to check (a walk up per theme, a linear search per step).
    std::unordered_map<std::string_view, int> index;
    index.reserve(m_themes.size());
    for (std::size_t i = 0; i < m_themes.size(); ++i)
        index.emplace(m_themes[i].id, static_cast<int>(i)); // the first of two equal ids, as themeIndex()
    std::vector<int> parents(m_themes.size(), -1);
    for (std::size_t i = 0; i < m_themes.size(); ++i)
        if (const auto it = index.find(m_themes[i].parent); !m_themes[i].parent.empty() && it != index.end())
            parents[i] = it->second;
    return parents;
}

std::vector<int> Dictionary::ancestors(int theme) const
{
    const auto parents = parentIndexes();
    std::vector<int> out;
    for (int p = parents.at(static_cast<std::size_t>(theme)); p >= 0 && out.size() <= m_themes.size();
         p = parents[static_cast<std::size_t>(p)])
        out.push_back(p);
    return out;
}

std::string Dictionary::fingerprint() const
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : toJson()) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

int Dictionary::termCount() const
{
    int n = 0;
    for (const auto &t : m_themes)
        n += static_cast<int>(t.terms.size());
    return n;
}

int Dictionary::exclusionCount() const
{
    int n = 0;
    for (const auto &t : m_themes) {
        n += static_cast<int>(t.exclusions.size());
        for (const auto &term : t.terms)
            n += static_cast<int>(term.exclusions.size());
        for (const auto &rule : t.rules)
            n += static_cast<int>(rule.unless.size());
    }
    return n;
}

int Dictionary::ruleCount() const
{
    int n = 0;
    for (const auto &t : m_themes)
        n += static_cast<int>(t.rules.size());
    return n;
}

void Dictionary::validate() const
{
    if (m_themes.empty())
        throw DictionaryError(m_sourceName, 0, "the dictionary has no theme");
    std::set<std::string> seen;
    for (const auto &t : m_themes) {
        if (!validId(t.id))
            throw DictionaryError(m_sourceName, t.line,
                                  "theme id \"" + t.id + "\" must be 1-64 characters among a-z, 0-9 and _");
        if (!seen.insert(t.id).second)
            throw DictionaryError(m_sourceName, t.line, "theme id \"" + t.id + "\" is used twice");
        if (!validColour(t.colour))
            throw DictionaryError(m_sourceName, t.line, "theme \"" + t.id + "\": colour must be written #RRGGBB");
    }
    std::set<std::string> ruleNames;
    for (const auto &t : m_themes)
        for (const auto &rule : t.rules) {
            if (rule.name.find_first_not_of(" \t\n") == std::string::npos)
                throw DictionaryError(m_sourceName, rule.line, "theme \"" + t.id + "\": a rule needs a name");
            if (!ruleNames.insert(rule.name).second)
                throw DictionaryError(m_sourceName, rule.line,
                                      "rule name \"" + rule.name + "\" is used twice: each rule needs its own");
            if (rule.terms.empty() || rule.near.empty())
                throw DictionaryError(m_sourceName, rule.line,
                                      "rule \"" + rule.name + "\" needs terms and a context (\"near\")");
            if (rule.window < 1 || rule.window > 50)
                throw DictionaryError(m_sourceName, rule.line,
                                      "rule \"" + rule.name + "\": the window must be 1 to 50 words");
        }
    const auto parents = parentIndexes();
    for (std::size_t i = 0; i < m_themes.size(); ++i) {
        const auto &t = m_themes[i];
        if (!t.parent.empty() && parents[i] < 0)
            throw DictionaryError(m_sourceName, t.line, "theme \"" + t.id + "\": unknown parent \"" + t.parent + "\"");
    }
    // Cycles: walk up from each theme not seen yet, marking the path; meeting the path again is a
    // cycle, meeting a theme already cleared is not. Each theme is walked once.
    enum : char { Unseen, OnPath, Cleared };
    std::vector<char> state(m_themes.size(), Unseen);
    std::vector<int> path;
    for (std::size_t start = 0; start < m_themes.size(); ++start) {
        path.clear();
        int p = static_cast<int>(start);
        while (p >= 0 && state[static_cast<std::size_t>(p)] == Unseen) {
            state[static_cast<std::size_t>(p)] = OnPath;
            path.push_back(p);
            p = parents[static_cast<std::size_t>(p)];
        }
        if (p >= 0 && state[static_cast<std::size_t>(p)] == OnPath) {
            const auto &t = m_themes[static_cast<std::size_t>(p)];
            throw DictionaryError(m_sourceName, t.line, "theme \"" + t.id + "\": its parents form a cycle");
        }
        for (int q : path)
            state[static_cast<std::size_t>(q)] = Cleared;
    }
}

} // namespace vigie::core
