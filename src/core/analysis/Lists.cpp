// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Lists.h"

#include "analysis/ProgrammeFacts.h"
#include "storage/CorpusStore.h"

#include <map>

namespace vigie::core {

std::int64_t listCount(CorpusStore &store)
{
    return store.database().scalarInt("SELECT count(*) FROM lists").value_or(0);
}

std::vector<UnjoinedDocument> unjoinedDocuments(CorpusStore &store)
{
    auto st = store.database().prepare(
        "SELECT p.id, p.source, p.commune, coalesce(c.name, ''), p.panel, p.round, p.year FROM programmes p "
        "LEFT JOIN communes c ON c.insee = p.commune "
        "WHERE p.panel IS NOT NULL AND p.round IS NOT NULL AND p.commune IS NOT NULL AND EXISTS (SELECT 1 FROM lists) "
        "AND (p.year IS NULL OR (EXISTS (SELECT 1 FROM lists l WHERE l.year = p.year AND l.round = p.round) "
        "AND NOT EXISTS (SELECT 1 FROM lists l WHERE l.year = p.year AND l.round = p.round AND "
        "l.commune = p.commune AND l.panel = p.panel))) ORDER BY p.id");
    std::vector<UnjoinedDocument> out;
    while (st.step()) {
        UnjoinedDocument d;
        d.programme = st.columnInt(0);
        d.source = st.columnText(1);
        d.insee = st.columnText(2);
        d.communeName = st.columnText(3);
        d.panel = st.columnInt(4);
        d.round = st.columnInt(5);
        d.year = st.columnOptionalInt(6);
        d.why = d.year ? UnjoinedDocument::Why::NoSuchList : UnjoinedDocument::Why::NoYear;
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<ListFacts> readLists(CorpusStore &store, const SizeClasses &sizes, const ListFilter &filter)
{
    // A document belongs to a list by year, round, commune and panel (docs/database.md, "Lists").
    auto st = store.database().prepare(
        "SELECT l.id, l.year, l.round, l.constituency, c.insee, coalesce(c.name, l.commune_name), c.department, "
        "c.region, c.population, l.panel, l.name, l.short_name, l.nuance_code, l.nuance_label, l.head, "
        "l.candidates, l.seats, l.elected, (SELECT count(*) FROM programmes p WHERE p.commune = l.commune AND "
        "p.panel = l.panel AND p.year = l.year AND p.round = l.round) "
        "FROM lists l LEFT JOIN communes c ON c.insee = l.commune "
        "WHERE (?1 IS NULL OR l.year = ?1) AND (?2 IS NULL OR l.round = ?2) "
        "ORDER BY l.year, l.round, l.constituency, l.panel");
    st.bind(1, filter.year).bind(2, filter.round);
    std::vector<ListFacts> out;
    while (st.step()) {
        ListFacts l;
        l.id = st.columnInt(0);
        l.year = static_cast<int>(st.columnInt(1));
        l.round = static_cast<int>(st.columnInt(2));
        l.constituency = st.columnText(3);
        if (!st.isNull(4)) {
            l.insee = st.columnText(4);
            l.department = st.columnText(6);
            l.region = st.columnText(7);
            l.population = st.columnOptionalInt(8);
            if (l.population && *l.population < 0)
                l.population.reset();
        }
        l.communeName = st.columnText(5);
        l.sizeClass = l.population ? sizes.classOf(*l.population) : -1;
        l.panel = static_cast<int>(st.columnInt(9));
        l.name = st.columnText(10);
        l.shortName = st.columnText(11);
        l.nuanceCode = st.columnText(12);
        l.nuanceLabel = st.columnText(13);
        l.head = st.columnText(14);
        l.candidates = static_cast<int>(st.columnInt(15));
        l.seats = st.columnOptionalInt(16);
        if (const auto e = st.columnOptionalInt(17))
            l.elected = *e != 0;
        l.documents = static_cast<int>(st.columnInt(18));
        out.push_back(std::move(l));
    }
    return out;
}

ProgrammeFacts groupingFacts(const ListFacts &l)
{
    ProgrammeFacts p;
    p.insee = l.insee;
    p.communeName = l.communeName;
    p.department = l.department;
    p.region = l.region;
    p.population = l.population;
    p.sizeClass = l.sizeClass;
    p.nuance = l.nuanceCode;
    p.listName = l.name;
    p.candidate = l.head;
    p.year = l.year;
    p.round = l.round;
    p.elected = l.elected;
    p.panel = l.panel;
    return p;
}

CoverageResult listCoverage(CorpusStore &store, Grouping by, const SizeClasses &sizes, const ListFilter &filter)
{
    CoverageResult result;
    result.by = by;
    result.filter = filter;
    result.synthetic = store.isSynthetic();
    result.total.key = "total";
    result.total.label = "Ensemble";
    GroupedRows<CoverageRow> groups;
    for (const ListFacts &l : readLists(store, sizes, filter)) {
        const auto add = [&](CoverageRow &row) {
            row.lists++;
            if (l.documents > 0)
                row.withDocument++;
        };
        add(result.total);
        if (CoverageRow *row = groups.row(groupOf(groupingFacts(l), by, sizes), [](const GroupKey &g) {
                CoverageRow made;
                made.key = g.key;
                made.label = g.label;
                return made;
            }))
            add(*row);
    }
    const auto finish = [](CoverageRow &row) {
        row.share = stats::wilson(row.withDocument, row.lists);
    };
    result.ungrouped = groups.ungrouped();
    result.rows = groups.take(finish);
    finish(result.total);
    return result;
}

} // namespace vigie::core
