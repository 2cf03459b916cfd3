// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// A dictionary problem with the place a user must fix: source name, 1-based line (0 if unknown).
class DictionaryError : public std::runtime_error
{
public:
    DictionaryError(std::string source, int line, const std::string &problem);
    const std::string &source() const { return m_source; }
    int line() const { return m_line; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_source;
    int m_line;
    std::string m_problem;
};

// A phrase that cancels a match when it overlaps it or stands within `window` words of it in the
// same sentence ("RER" within 8 words of "ville connectée"), on either side or only the side
// `order` names ("à" right after "ville connectée": "connectée à Paris"). See docs/dictionary.md.
struct Exclusion
{
    enum class Order { Any, Before, After }; // Before: the phrase stands before the match
    std::string phrase;
    int window = 0;
    Order order = Order::Any;
    int line = 0;
};

struct Term
{
    std::string text; // words; a word ending in '*' matches by prefix ("connect*")
    bool exact = false; // case and accents must match as written ("ENT", "TIC")
    bool stem = false; // match every word with the same Snowball stem
    bool plural = true; // singular and plural forms match each other
    std::string note; // why the term is there, for the people who maintain the dictionary
    std::vector<Exclusion> exclusions;
    int line = 0;
};

// A context rule: its terms count for the theme only when one of the `near` words or phrases
// stands within `window` words of them, in the same sentence (or paragraph), on the side `order`
// asks, and none of the `unless` phrases is near. Ambiguous words ("données", "capteur",
// "application") count through rules, never alone. The mention counts the term's words (the
// context words stay free for other terms) and spans from the first to the last matched word of
// either side. See docs/counting.md §6 and docs/dictionary.md.
struct Rule
{
    enum class Order { Any, NearBefore, NearAfter };
    enum class Scope { Sentence, Paragraph };

    std::string name; // unique in the dictionary: shown with its mentions ("--spans", the editor)
    std::vector<Term> terms; // what counts (their own exclusions are not used: see `unless`)
    std::vector<Term> near; // the context that must be there
    int window = 6; // in words between the nearest ends; adjacent words are 1 apart
    Order order = Order::Any; // NearBefore: the context stands before the term
    Scope scope = Scope::Sentence;
    std::vector<Exclusion> unless; // a phrase within its window (0: the rule's) cancels the match
    std::string note;
    int line = 0;
};

struct Theme
{
    std::string id; // stable: stored with every mention and used in exports
    std::string labelFr;
    std::string labelEn;
    std::string colour; // "#RRGGBB"
    std::string parent; // id of the parent theme, empty for a root
    std::string description;
    std::vector<Term> terms;
    std::vector<Exclusion> exclusions; // apply to every term and rule of this theme (not of its children)
    std::vector<Rule> rules;
    int line = 0;
};

// The bytes of a dictionary file (at most 64 MB, a regular file). Throws DictionaryError naming
// the file and the problem.
std::string readDictionaryFile(const std::string &path);

// The theme dictionary: a tree of themes, each with terms and exclusions. The file format is
// documented in docs/dictionary.md; the default French dictionary is data/dictionaries/fr.json.
//
// Loading validates structure and values and throws DictionaryError naming the line of the first
// problem. What only compiling can tell (a term with no word, the same term in two themes) is
// checked by ThemeMatcher::compile, which reports the term's line the same way.
// A plain value type: copy it, edit it, and compile it again.
class Dictionary
{
public:
    static Dictionary fromJson(std::string_view json, const std::string &sourceName);
    static Dictionary fromFile(const std::string &path);
    // The peer benchmark's "theme<TAB>term" lines (../shared/bench/themes.tsv): a root "all" with one
    // child theme per distinct theme name, terms in file order, plural folding off. Compile it with
    // Duplicates::FirstThemeWins to get the peers' "first theme wins" rule.
    static Dictionary fromPeerTsv(std::string_view tsv, const std::string &sourceName);

    std::string toJson() const;

    // An empty dictionary to fill (the importers of other tools' formats); validate() before use.
    static Dictionary blank(const std::string &sourceName, std::string name, std::string version);
    // The colours given to themes that come without one, in turn.
    static const std::string &paletteColour(std::size_t i);

    const std::string &sourceName() const { return m_sourceName; }
    const std::string &name() const { return m_name; }
    void setName(std::string name) { m_name = std::move(name); }
    const std::string &version() const { return m_version; }
    void setVersion(std::string version) { m_version = std::move(version); }
    const std::string &language() const { return m_language; }
    const std::string &description() const { return m_description; }

    const std::vector<Theme> &themes() const { return m_themes; }
    std::vector<Theme> &themes() { return m_themes; }
    int themeIndex(std::string_view id) const; // -1 if absent
    int parentIndex(int theme) const; // -1 for a root
    // Indexes of the theme's ancestors, nearest first.
    std::vector<int> ancestors(int theme) const;
    // Every theme's parent index (-1 for a root or an unknown parent), in one pass.
    std::vector<int> parentIndexes() const;
    // Stable fingerprint of the content (FNV-1a 64 of toJson()), as 16 hex digits: two
    // dictionaries with the same fingerprint tag every text the same way.
    std::string fingerprint() const;
    int termCount() const;
    int exclusionCount() const;
    int ruleCount() const;

    // Checks ids, parents (existing, no cycle), colours, rules (a unique name, terms and context,
    // a window of 1 to 50 words). Throws DictionaryError.
    void validate() const;

private:
    std::string m_sourceName;
    std::string m_name;
    std::string m_version;
    std::string m_language = "fr";
    std::string m_description;
    std::vector<Theme> m_themes;
};

} // namespace vigie::core
