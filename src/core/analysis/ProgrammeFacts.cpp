// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ProgrammeFacts.h"

#include "storage/CorpusStore.h"

namespace vigie::core {

std::vector<ProgrammeFacts> readProgrammeFacts(CorpusStore &store, const SizeClasses &sizes)
{
    std::vector<ProgrammeFacts> out;
    // Column order matters for speed: `words` comes after `text` in the table, so SQLite walks each
    // text's overflow pages to reach it; reading it last keeps that walk to one per row.
    auto st = store.database().prepare(
        "SELECT p.id, p.candidate, p.list_name, p.nuance, c.insee, c.name, c.department, c.region, c.population, "
        "p.year, p.round, p.elected, p.source, p.format, p.encoding, p.words "
        "FROM programmes p LEFT JOIN communes c ON c.insee = p.commune ORDER BY p.id");
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
        p.words = st.columnInt(15);
        out.push_back(std::move(p));
    }
    return out;
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
