// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DictionaryExport.h"

#include "exchange/RefiQda.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace vigie::core {

namespace {

// What a theme holds that no format of other tools can say. `matching`: how each term matches
// (a codebook has no terms to say it of).
void listLost(const Dictionary &d, std::vector<std::string> &lost, bool matching)
{
    for (const Theme &t : d.themes()) {
        const std::string where = "theme \"" + t.id + "\": ";
        for (const Term &term : t.terms) {
            if (!matching) {
                for (const Exclusion &e : term.exclusions)
                    lost.push_back(where + "exclusion \"" + e.phrase + "\" of \"" + term.text + "\" left out");
                continue;
            }
            if (term.exact)
                lost.push_back(where + "\"" + term.text
                               + "\" is exact (case and accents as written); written as a plain word");
            if (term.stem)
                lost.push_back(where + "\"" + term.text + "\" matches by stem; written as the word itself");
            if (term.plural)
                lost.push_back(where + "\"" + term.text
                               + "\" matches its plural too; written as listed (add the plural or a '*')");
            for (const Exclusion &e : term.exclusions)
                lost.push_back(where + "exclusion \"" + e.phrase + "\" of \"" + term.text + "\" left out");
        }
        for (const Exclusion &e : t.exclusions)
            lost.push_back(where + "exclusion \"" + e.phrase + "\" left out");
        for (const Rule &r : t.rules)
            lost.push_back(where + "rule \"" + r.name + "\" left out (its terms count only near its context)");
    }
}

std::string yamlQuoted(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string yaml(const Dictionary &d, std::vector<std::string> &lost)
{
    const auto parents = d.parentIndexes();
    std::vector<std::vector<int>> children(d.themes().size());
    std::vector<int> roots;
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        (parents[t] < 0 ? roots : children[static_cast<std::size_t>(parents[t])]).push_back(static_cast<int>(t));
    std::string out = "# " + d.name() + " " + d.version() + ", written by Vigie for quanteda\n";
    const auto write = [&](const auto &self, int t, int depth) -> void {
        const Theme &theme = d.themes()[static_cast<std::size_t>(t)];
        const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
        out += indent + theme.id + ":\n";
        const auto &kids = children[static_cast<std::size_t>(t)];
        if (!kids.empty() && !theme.terms.empty()) {
            // A key holds a list or keys, not both: the theme's own terms get a key of their own.
            out += indent + "  " + theme.id + "_own:\n";
            lost.push_back("theme \"" + theme.id + "\": its own terms are under the key \"" + theme.id
                           + "_own\" (a YAML key holds a list or keys, not both)");
            for (const Term &term : theme.terms)
                out += indent + "    - " + yamlQuoted(term.text) + "\n";
        } else {
            for (const Term &term : theme.terms)
                out += indent + "  - " + yamlQuoted(term.text) + "\n";
        }
        for (const int k : kids)
            self(self, k, depth + 1);
    };
    for (const int r : roots)
        write(write, r, 0);
    return out;
}

std::string liwc(const Dictionary &d, std::vector<std::string> &lost)
{
    // Categories numbered in dictionary order, children indented under their parents; a term is
    // listed with its theme and every ancestor (LIWC counts a word in each category it lists, and
    // does not roll up).
    const auto parents = d.parentIndexes();
    std::string out = "%\n";
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        out += std::string(d.ancestors(static_cast<int>(t)).size(), '\t') + std::to_string(t + 1) + "\t"
            + d.themes()[t].id + "\n";
    out += "%\n";
    std::map<std::string, std::vector<std::size_t>> categories; // term text -> categories, in order
    std::vector<std::string> order;
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        for (const Term &term : d.themes()[t].terms) {
            if (term.text.find('\t') != std::string::npos) {
                lost.push_back("theme \"" + d.themes()[t].id + "\": \"" + term.text + "\" holds a tab; left out");
                continue;
            }
            auto [it, fresh] = categories.try_emplace(term.text);
            if (fresh)
                order.push_back(term.text);
            for (int a = static_cast<int>(t); a >= 0; a = parents[static_cast<std::size_t>(a)])
                if (std::find(it->second.begin(), it->second.end(), static_cast<std::size_t>(a)) == it->second.end())
                    it->second.push_back(static_cast<std::size_t>(a));
        }
    for (const std::string &text : order) {
        auto ids = categories[text];
        std::sort(ids.begin(), ids.end());
        out += text;
        for (const std::size_t id : ids)
            out += "\t" + std::to_string(id + 1);
        out += "\n";
    }
    return out;
}

} // namespace

std::string exportDictionary(const Dictionary &dictionary, DictionaryFormat format, std::vector<std::string> &lost)
{
    lost.clear();
    listLost(dictionary, lost, format != DictionaryFormat::RefiCodebook);
    switch (format) {
    case DictionaryFormat::QuantedaYaml:
        return yaml(dictionary, lost);
    case DictionaryFormat::LiwcDic:
        return liwc(dictionary, lost);
    case DictionaryFormat::RefiCodebook: {
        std::size_t terms = 0;
        for (const Theme &t : dictionary.themes())
            terms += t.terms.size();
        lost.insert(lost.begin(),
                    "a codebook holds codes, not words: the " + std::to_string(terms)
                        + " terms are listed in their codes' descriptions, for reading only");
        return writeRefiCodebook(dictionary);
    }
    default:
        throw std::invalid_argument(
            "Vigie writes dictionaries as LIWC .dic, quanteda YAML or a REFI-QDA codebook, not as "
            + dictionaryFormatName(format));
    }
}

ExportLossCounts countLosses(const Dictionary &dictionary, DictionaryFormat format,
                             const std::vector<std::string> &lost)
{
    // From the dictionary, as listLost() lists them; what remains of `lost` is the format's own.
    const bool codebook = format == DictionaryFormat::RefiCodebook;
    ExportLossCounts c;
    for (const Theme &t : dictionary.themes()) {
        c.rules += static_cast<int>(t.rules.size());
        c.exclusions += static_cast<int>(t.exclusions.size());
        for (const Term &term : t.terms) {
            c.exclusions += static_cast<int>(term.exclusions.size());
            c.terms += codebook ? 1 : 0;
            c.plural += !codebook && term.plural ? 1 : 0;
            c.exactOrStem += codebook ? 0 : (term.exact ? 1 : 0) + (term.stem ? 1 : 0);
        }
    }
    c.other = static_cast<int>(lost.size()) - c.rules - c.exclusions - c.plural - c.exactOrStem - (codebook ? 1 : 0);
    return c;
}

} // namespace vigie::core
