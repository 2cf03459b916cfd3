// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ProgrammeFacts.h"

#include "storage/CorpusStore.h"

#include <map>
#include <tuple>

namespace vigie::core {

std::vector<ProgrammeFacts> readProgrammeFacts(CorpusStore &store, const SizeClasses &sizes)
{
    std::vector<ProgrammeFacts> out;
    // Column order matters for speed: `words` comes after `text` in the table, so SQLite walks each
    // text's overflow pages to reach it; reading it last keeps that walk to one per row.
    auto st = store.database().prepare(
        "SELECT p.id, coalesce(nullif(p.candidate, ''), l.head, ''), coalesce(nullif(p.list_name, ''), l.name, ''), "
        "coalesce(nullif(p.nuance, ''), l.nuance_code, ''), c.insee, c.name, c.department, c.region, c.population, "
        "p.year, p.round, coalesce(p.elected, l.elected), p.source, p.format, p.encoding, p.panel, p.document_kind, "
        "l.id, p.ocr_pages, p.ocr_confidence, p.words FROM programmes p LEFT JOIN communes c ON c.insee = p.commune "
        "LEFT JOIN lists l ON l.id = (SELECT min(id) FROM lists WHERE commune = p.commune AND panel = p.panel "
        "AND year = p.year AND round = p.round) ORDER BY p.id");
    while (st.step()) {
        ProgrammeFacts p;
        p.id = st.columnInt(0);
        p.candidate = st.columnText(1);
        p.listName = st.columnText(2);
        p.nuance = st.columnText(3);
        if (!st.isNull(4)) { // a commune the study knows; a dangling code would count as none
            p.insee = st.columnText(4);
            p.communeName = st.columnText(5);
            p.department = st.columnText(6);
            p.region = st.columnText(7);
            p.population = st.columnOptionalInt(8);
            if (p.population && *p.population < 0)
                p.population.reset();
        }
        p.sizeClass = p.population ? sizes.classOf(*p.population) : -1;
        p.year = st.columnOptionalInt(9);
        p.round = st.columnOptionalInt(10);
        if (const auto e = st.columnOptionalInt(11))
            p.elected = *e != 0;
        p.source = st.columnText(12);
        p.format = st.columnText(13);
        p.encoding = st.columnText(14);
        p.panel = st.columnOptionalInt(15);
        p.kind = parseDocumentKind(st.columnText(16)).value_or(DocumentKind::Programme);
        p.list = st.isNull(17) ? 0 : st.columnInt(17);
        p.ocrPages = st.columnText(18);
        if (!st.isNull(19))
            p.ocrConfidence = st.columnDouble(19);
        p.words = st.columnInt(20);
        out.push_back(std::move(p));
    }
    // One primary document per list and round: the best by (kind's rank, most words, first id).
    const DocumentPrecedence precedence = documentPrecedence(store);
    using Key = std::tuple<std::string, std::int64_t, std::int64_t, std::int64_t>;
    std::map<Key, std::size_t> best;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const ProgrammeFacts &p = out[i];
        if (!p.panel || p.insee.empty() || !p.year || !p.round)
            continue;
        const auto [it, fresh] = best.try_emplace(Key { p.insee, *p.year, *p.round, *p.panel }, i);
        if (fresh)
            continue;
        const ProgrammeFacts &held = out[it->second];
        const auto rank = [&](const ProgrammeFacts &f) {
            return std::make_tuple(documentRank(precedence, f.kind), -f.words, f.id);
        };
        if (rank(p) < rank(held)) {
            out[it->second].primary = false;
            it->second = i;
        } else {
            out[i].primary = false;
        }
    }
    return out;
}

DocumentPrecedence documentPrecedence(CorpusStore &store)
{
    const std::string text = store.setting("document_precedence");
    if (text.empty())
        return defaultDocumentPrecedence();
    return parseDocumentPrecedence(text).value_or(defaultDocumentPrecedence());
}

void setDocumentPrecedence(CorpusStore &store, const DocumentPrecedence &precedence)
{
    store.setSetting("document_precedence", documentPrecedenceText(precedence));
}

void readThemeTotals(CorpusStore &store, std::int64_t version, const std::function<void(const ThemeTotal &)> &visit)
{
    // The primary key (dictionary_version, theme, programme) serves this without a sort.
    auto st = store.database().prepare(
        "SELECT programme, theme, own, total FROM programme_theme_counts WHERE dictionary_version = ?1");
    st.bind(1, version);
    ThemeTotal t;
    while (st.step()) {
        t.programme = st.columnInt(0);
        t.theme = st.columnText(1);
        t.own = st.columnInt(2);
        t.total = st.columnInt(3);
        visit(t);
    }
}

} // namespace vigie::core
