// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Export.h"

#include "analysis/Crosstab.h"
#include "storage/CorpusStore.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <ostream>
#include <string_view>
#include <unordered_map>

namespace vigie::core {

std::string formatFixed(double v, int decimals)
{
    if (std::isnan(v))
        return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string testMethodName(int method)
{
    const auto m = static_cast<stats::IndependenceTest::Method>(method);
    using M = stats::IndependenceTest::Method;
    switch (m) {
    case M::ChiSquare:
        return "chi-square";
    case M::FisherExact:
        return "Fisher exact";
    case M::FisherMonteCarlo:
        return "Fisher (Monte Carlo)";
    case M::NotTestable:
        return "not testable";
    }
    return "";
}

std::string csvField(const std::string &value)
{
    // A text a spreadsheet would take for a formula ("=HYPERLINK(...)" in a candidate's name) is
    // written with a leading apostrophe, which spreadsheets show as text.
    const std::string s = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos
        ? "'" + value
        : value;
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void writeProgrammesCsv(CorpusStore &store, const SizeClasses &sizes, std::ostream &out)
{
    const std::int64_t version = store.currentDictionaryVersion();
    std::vector<std::string> themes;
    if (version != 0) {
        const Dictionary dict = store.dictionary(version); // a local: themes() of a temporary would dangle
        for (const auto &t : dict.themes())
            themes.push_back(t.id);
    }
    std::unordered_map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < themes.size(); ++i)
        column[themes[i]] = i;
    std::map<std::int64_t, std::vector<std::int64_t>> counts;
    auto c = store.database().prepare(
        "SELECT programme, theme, total FROM programme_theme_counts WHERE dictionary_version = ?1");
    c.bind(1, version);
    while (c.step()) {
        auto &row = counts[c.columnInt(0)];
        row.resize(themes.size(), 0);
        if (const auto it = column.find(c.columnText(1)); it != column.end())
            row[it->second] = c.columnInt(2);
    }
    out << "id,candidate,list,nuance,insee,commune,department,region,population,size_class,year,round,elected,"
           "format,encoding,source,words";
    for (const auto &t : themes)
        out << "," << t;
    const bool synthetic = store.isSynthetic();
    out << (synthetic ? "," + std::string(kSyntheticColumn) : "") << "\n";
    auto st = store.database().prepare(
        "SELECT p.id, p.candidate, p.list_name, p.nuance, coalesce(p.commune, ''), coalesce(c.name, ''), "
        "coalesce(c.department, ''), coalesce(c.region, ''), c.population, p.year, p.round, p.elected, p.format, "
        "p.encoding, p.source, p.words FROM programmes p LEFT JOIN communes c ON c.insee = p.commune ORDER BY p.id");
    while (st.step()) {
        const auto population = st.columnOptionalInt(8);
        const int cls = population ? sizes.classOf(*population) : -1;
        out << st.columnInt(0);
        for (int i : { 1, 2, 3, 4, 5, 6, 7 })
            out << "," << csvField(st.columnText(i));
        out << "," << (population ? std::to_string(*population) : "") << ","
            << (cls >= 0 ? csvField(sizes.classes()[static_cast<std::size_t>(cls)].label) : "");
        for (int i : { 9, 10, 11 }) {
            const auto v = st.columnOptionalInt(i);
            out << "," << (v ? std::to_string(*v) : "");
        }
        for (int i : { 12, 13, 14 })
            out << "," << csvField(st.columnText(i));
        out << "," << st.columnInt(15);
        const auto it = counts.find(st.columnInt(0));
        for (std::size_t t = 0; t < themes.size(); ++t)
            out << "," << (it == counts.end() ? 0 : it->second[t]);
        out << (synthetic ? "," + std::string(kSyntheticValue) : "") << "\n";
    }
}

void writeMentionsCsv(CorpusStore &store, std::ostream &out)
{
    const std::int64_t version = store.currentDictionaryVersion();
    const bool synthetic = store.isSynthetic();
    out << "programme,theme,term,start,end,text" << (synthetic ? "," + std::string(kSyntheticColumn) : "") << "\n";
    if (version == 0)
        return;
    const Dictionary dict = store.dictionary(version);
    auto st = store.database().prepare(
        "SELECT m.programme, m.theme, m.term, m.start, m.end, p.text FROM programme_mentions m "
        "JOIN programmes p ON p.id = m.programme WHERE m.dictionary_version = ?1 "
        "ORDER BY m.programme, m.start, m.theme");
    st.bind(1, version);
    std::int64_t current = -1;
    std::u32string text;
    while (st.step()) {
        if (st.columnInt(0) != current) {
            current = st.columnInt(0);
            const std::string utf8 = st.columnText(5);
            text.clear();
            for (std::size_t i = 0; i < utf8.size();) { // offsets are code points: decode once per programme
                const auto b = static_cast<unsigned char>(utf8[i]);
                const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                char32_t cp = len == 1 ? b : b & (0xFF >> (len + 1));
                for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
                    cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
                text.push_back(cp);
                i += len;
            }
        }
        const std::string theme = st.columnText(1);
        const int ti = dict.themeIndex(theme);
        const auto term = static_cast<std::size_t>(st.columnInt(2));
        const std::string termText = ti >= 0 && term < dict.themes()[static_cast<std::size_t>(ti)].terms.size()
            ? dict.themes()[static_cast<std::size_t>(ti)].terms[term].text
            : std::string();
        const auto start = static_cast<std::size_t>(st.columnInt(3));
        const auto end = static_cast<std::size_t>(st.columnInt(4));
        std::string matched;
        for (std::size_t k = start; k < end && k < text.size(); ++k) {
            const char32_t cp = text[k];
            if (cp < 0x80) {
                matched += static_cast<char>(cp);
            } else if (cp < 0x800) {
                matched += static_cast<char>(0xC0 | (cp >> 6));
                matched += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                matched += static_cast<char>(0xE0 | (cp >> 12));
                matched += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                matched += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                matched += static_cast<char>(0xF0 | (cp >> 18));
                matched += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                matched += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                matched += static_cast<char>(0x80 | (cp & 0x3F));
            }
        }
        out << current << "," << theme << "," << csvField(termText) << "," << start << "," << end << ","
            << csvField(matched) << (synthetic ? "," + std::string(kSyntheticValue) : "") << "\n";
    }
}

void writeCrosstabCsv(const CrosstabResult &r, std::ostream &out)
{
    out << "theme,group,label,programmes,mentioning,share,share_low,share_high,mentions,words,per_10k_words,test,p_"
           "value"
        << (r.synthetic ? "," + std::string(kSyntheticColumn) : "") << "\n";
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        const bool tested = t < r.tests.size();
        auto line = [&](const CrosstabRow &row) {
            const auto &c = row.cells[t];
            out << r.themes[t] << "," << csvField(row.key) << "," << csvField(row.label) << "," << row.programmes << ","
                << c.mentioning << "," << formatFixed(c.share.share, 6) << "," << formatFixed(c.share.low, 6) << ","
                << formatFixed(c.share.high, 6) << "," << c.mentions << "," << row.words << ","
                << formatFixed(c.perTenThousandWords, 4) << ","
                << (tested ? testMethodName(static_cast<int>(r.tests[t].method)) : "") << ","
                << (tested ? formatFixed(r.tests[t].pValue, 6) : "")
                << (r.synthetic ? "," + std::string(kSyntheticValue) : "") << "\n";
        };
        for (const auto &row : r.rows)
            line(row);
        line(r.total);
    }
}

std::string syntheticNotice(bool french)
{
    return french ? "Données fictives\u00A0: étude de démonstration générée par Vigie (communes réelles, candidats, "
                    "programmes et projets inventés). Aucun chiffre n'en est tiré de la réalité."
                  : "Synthetic data: a demonstration study generated by Vigie (real communes; invented "
                    "candidates, programmes and projects). No figure here describes reality.";
}

} // namespace vigie::core
