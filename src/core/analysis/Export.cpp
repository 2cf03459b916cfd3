// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Export.h"
#include "analysis/Agreement.h"

#include "analysis/Crosstab.h"
#include "analysis/ProgrammeFacts.h"
#include "analysis/TableExport.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "text/Utf8.h"

#include <algorithm>
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

void writeProgrammesCsv(CorpusStore &store, const SizeClasses &sizes, std::ostream &out)
{
    const std::int64_t version = store.currentDictionaryVersion();
    std::vector<std::string> themes;
    std::unordered_map<std::string, std::size_t> column;
    if (version != 0) {
        const Dictionary dictionary = store.dictionary(version);
        for (const auto &t : dictionary.themes()) {
            column[t.id] = themes.size();
            themes.push_back(t.id);
        }
    }
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> counts;
    if (version != 0)
        readThemeTotals(store, version, [&](const ThemeTotal &t) {
            auto &row = counts[t.programme];
            row.resize(themes.size(), 0);
            if (const auto it = column.find(t.theme); it != column.end())
                row[it->second] = t.total;
        });
    out << "id,candidate,list,nuance,insee,commune,department,region,population,size_class,year,round,elected,"
           "panel,kind,primary,format,encoding,source,ocr_pages,ocr_confidence,words";
    for (const auto &t : themes)
        out << "," << t;
    const bool synthetic = store.isSynthetic();
    out << (synthetic ? "," + std::string(kSyntheticColumn) : "") << "\n";
    const auto optional = [](const std::optional<std::int64_t> &v) {
        return v ? std::to_string(*v) : std::string();
    };
    for (const ProgrammeFacts &p : readProgrammeFacts(store, sizes)) {
        out << p.id;
        for (const std::string *field :
             { &p.candidate, &p.listName, &p.nuance, &p.insee, &p.communeName, &p.department, &p.region })
            out << "," << csvField(*field);
        out << "," << optional(p.population) << ","
            << (p.sizeClass >= 0 ? csvField(sizes.classes()[static_cast<std::size_t>(p.sizeClass)].label) : "");
        out << "," << optional(p.year) << "," << optional(p.round) << ","
            << (p.elected ? std::string(*p.elected ? "1" : "0") : std::string());
        out << "," << optional(p.panel) << "," << documentKindId(p.kind) << "," << (p.primary ? 1 : 0);
        for (const std::string *field : { &p.format, &p.encoding, &p.source, &p.ocrPages })
            out << "," << csvField(*field);
        out << "," << (p.ocrConfidence ? std::to_string(std::lround(*p.ocrConfidence)) : std::string());
        out << "," << p.words;
        const auto it = counts.find(p.id);
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
        "SELECT m.programme, m.theme, m.term, m.start, m.end, p.text, m.rule FROM programme_mentions m "
        "JOIN programmes p ON p.id = m.programme WHERE m.dictionary_version = ?1 "
        "ORDER BY m.programme, m.start, m.theme");
    st.bind(1, version);
    std::int64_t current = -1;
    std::string text;
    std::vector<std::size_t> at; // offsets are code points: where each starts in `text`
    while (st.step()) {
        if (st.columnInt(0) != current) {
            current = st.columnInt(0);
            text = st.columnText(5);
            at = codePointStarts(text);
        }
        const std::string theme = st.columnText(1);
        const std::string termText = countedBy(dict, dict.themeIndex(theme), static_cast<int>(st.columnInt(2)),
                                               static_cast<int>(st.columnInt(6)));
        const auto start = static_cast<std::size_t>(st.columnInt(3));
        const auto end = static_cast<std::size_t>(st.columnInt(4));
        const std::size_t characters = at.size() - 1;
        const std::size_t from = at[std::min(start, characters)];
        const std::size_t to = at[std::max(std::min(end, characters), std::min(start, characters))];
        const std::string matched = text.substr(from, to - from);
        out << current << "," << theme << "," << csvField(termText) << "," << start << "," << end << ","
            << csvField(matched) << (synthetic ? "," + std::string(kSyntheticValue) : "") << "\n";
    }
}

void writeCrosstabCsv(const CrosstabResult &r, std::ostream &out,
                      const std::vector<std::vector<stats::CorrectedShare>> *corrected)
{
    out << "theme,group,label,programmes,mentioning,share,share_low,share_high,mentions,words,per_10k_words,"
        << (corrected ? "corrected_share,corrected_low,corrected_high,correction_note," : "") << "test,p_value"
        << (r.synthetic ? "," + std::string(kSyntheticColumn) : "") << "\n";
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        const bool tested = t < r.tests.size();
        auto line = [&](const CrosstabRow &row, std::size_t index) {
            const auto &c = row.cells[t];
            out << r.themes[t] << "," << csvField(row.key) << "," << csvField(row.label) << "," << row.programmes << ","
                << c.mentioning << "," << formatFixed(c.share.share, 6) << "," << formatFixed(c.share.low, 6) << ","
                << formatFixed(c.share.high, 6) << "," << c.mentions << "," << row.words << ","
                << formatFixed(c.perTenThousandWords, 4) << ",";
            if (corrected) {
                const stats::CorrectedShare &k = corrected->at(index).at(t);
                out << formatFixed(k.share, 6) << "," << formatFixed(k.low, 6) << "," << formatFixed(k.high, 6) << ","
                    << csvField(stats::correctionNote(k, false)) << ",";
            }
            out << (tested ? testMethodName(static_cast<int>(r.tests[t].method)) : "") << ","
                << (tested ? formatFixed(r.tests[t].pValue, 6) : "")
                << (r.synthetic ? "," + std::string(kSyntheticValue) : "") << "\n";
        };
        for (std::size_t i = 0; i < r.rows.size(); ++i)
            line(r.rows[i], i);
        line(r.total, r.rows.size());
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
