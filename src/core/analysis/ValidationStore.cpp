// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Samples and codes in the study, and the coding spreadsheet.
#include "analysis/Validation.h"
#include "import/ImportError.h"
#include "import/Manifest.h"
#include "import/XlsxTable.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "text/AsciiText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace vigie::core {

namespace {

using json = nlohmann::json;

json designJson(const SampleDesign &d)
{
    return json { { "unit", sampleUnitName(d.unit) },
                  { "frame", sampleFrameName(d.frame) },
                  { "grouping", d.grouping },
                  { "allocation", allocationName(d.allocation) },
                  { "size", d.size },
                  { "seed", d.seed },
                  { "minimumWords", d.minimumWords } };
}

SampleDesign designFrom(const std::string &text)
{
    SampleDesign d;
    const json j = json::parse(text, nullptr, false);
    if (!j.is_object())
        return d;
    d.unit = sampleUnitFromName(j.value("unit", "paragraph")).value_or(SampleUnit::Paragraph);
    d.frame = sampleFrameFromName(j.value("frame", "all")).value_or(SampleFrame::All);
    d.grouping = j.value("grouping", "size");
    d.allocation = allocationFromName(j.value("allocation", "proportional")).value_or(Allocation::Proportional);
    d.size = j.value("size", 0);
    d.seed = j.value("seed", std::uint64_t { 0 });
    d.minimumWords = j.value("minimumWords", 5);
    return d;
}

std::vector<std::string> stringList(const std::string &text)
{
    std::vector<std::string> out;
    const json j = json::parse(text, nullptr, false);
    if (j.is_array())
        for (const json &v : j)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

// Runs `write` in a transaction of its own, or in the caller's when one is open (the demo writes
// its whole study, validation included, in one).
template <typename Write> void atomically(Database &db, Write write)
{
    if (db.inTransaction()) {
        write();
        return;
    }
    Transaction tx(db);
    write();
    tx.commit();
}

} // namespace

std::int64_t ValidationStore::save(Sample &sample)
{
    Database &db = m_store.database();
    atomically(db, [&] { insertSample(sample); });
    return sample.id;
}

void ValidationStore::insertSample(Sample &sample)
{
    Database &db = m_store.database();
    if (sample.name.empty())
        sample.name
            = "Échantillon " + std::to_string(db.scalarInt("SELECT count(*) FROM validation_samples").value_or(0) + 1);
    if (sample.createdAt.empty())
        sample.createdAt = utcNow();
    auto st = db.prepare("INSERT INTO validation_samples (name, design, dictionary_version, dictionary_label, themes, "
                         "synthetic, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, sample.name)
        .bind(2, designJson(sample.design).dump())
        .bind(3, sample.dictionaryVersion)
        .bind(4, sample.dictionaryLabel)
        .bind(5, json(sample.themes).dump())
        .bind(6, sample.synthetic ? 1 : 0)
        .bind(7, sample.createdAt)
        .run();
    sample.id = db.lastInsertId();
    auto unit = db.prepare("INSERT INTO validation_units (sample, position, programme, start, end, text, stratum, "
                           "stratum_label, population, drawn) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const SamplePassage &p : sample.passages) {
        unit.reset();
        unit.bind(1, sample.id)
            .bind(2, p.position)
            .bind(3, p.programme)
            .bind(4, p.start)
            .bind(5, p.end)
            .bind(6, p.text)
            .bind(7, p.stratum)
            .bind(8, p.stratumLabel)
            .bind(9, p.population)
            .bind(10, p.drawn)
            .run();
    }
}

std::vector<ValidationStore::Summary> ValidationStore::samples()
{
    Database &db = m_store.database();
    std::vector<Summary> out;
    auto st = db.prepare("SELECT s.id, s.name, s.design, s.synthetic, s.created_at, "
                         "(SELECT count(*) FROM validation_units u WHERE u.sample = s.id), "
                         "(SELECT count(DISTINCT position) FROM validation_codes c WHERE c.sample = s.id), "
                         "(SELECT json_group_array(coder) FROM (SELECT DISTINCT coder FROM validation_codes c "
                         "WHERE c.sample = s.id ORDER BY coder)) FROM validation_samples s ORDER BY s.id");
    while (st.step()) {
        Summary s;
        s.id = st.columnInt(0);
        s.name = st.columnText(1);
        s.design = designFrom(st.columnText(2));
        s.synthetic = st.columnInt(3) != 0;
        s.createdAt = st.columnText(4);
        s.passages = static_cast<int>(st.columnInt(5));
        s.coded = static_cast<int>(st.columnInt(6));
        s.coders = stringList(st.columnText(7));
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<Sample> ValidationStore::sample(std::int64_t id)
{
    Database &db = m_store.database();
    auto st = db.prepare("SELECT name, design, dictionary_version, dictionary_label, themes, synthetic, created_at "
                         "FROM validation_samples WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Sample s;
    s.id = id;
    s.name = st.columnText(0);
    s.design = designFrom(st.columnText(1));
    s.dictionaryVersion = st.columnOptionalInt(2);
    s.dictionaryLabel = st.columnText(3);
    s.themes = stringList(st.columnText(4));
    s.synthetic = st.columnInt(5) != 0;
    s.createdAt = st.columnText(6);
    auto units = db.prepare("SELECT position, programme, start, end, text, stratum, stratum_label, population, drawn "
                            "FROM validation_units WHERE sample = ?1 ORDER BY position");
    units.bind(1, id);
    while (units.step()) {
        SamplePassage p;
        p.position = static_cast<int>(units.columnInt(0));
        p.programme = units.columnOptionalInt(1);
        p.start = units.columnInt(2);
        p.end = units.columnInt(3);
        p.text = units.columnText(4);
        p.stratum = units.columnText(5);
        p.stratumLabel = units.columnText(6);
        p.population = units.columnInt(7);
        p.drawn = units.columnInt(8);
        s.passages.push_back(std::move(p));
    }
    return s;
}

void ValidationStore::remove(std::int64_t id)
{
    Database &db = m_store.database();
    Transaction tx(db);
    auto st = db.prepare("DELETE FROM validation_samples WHERE id = ?1");
    st.bind(1, id).run();
    tx.commit();
}

void ValidationStore::putCode(std::int64_t sample, const PassageCode &code)
{
    Database &db = m_store.database();
    auto st = db.prepare("INSERT INTO validation_codes (sample, position, coder, themes, note, coded_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (sample, coder, position) DO UPDATE SET "
                         "themes = excluded.themes, note = excluded.note, coded_at = excluded.coded_at");
    st.bind(1, sample)
        .bind(2, code.position)
        .bind(3, code.coder)
        .bind(4, json(code.themes).dump())
        .bind(5, code.note)
        .bind(6, code.codedAt.empty() ? utcNow() : code.codedAt)
        .run();
}

void ValidationStore::putCodes(std::int64_t sample, const std::vector<PassageCode> &codes)
{
    atomically(m_store.database(), [&] {
        for (const PassageCode &code : codes)
            putCode(sample, code);
    });
}

void ValidationStore::removeCode(std::int64_t sample, int position, const std::string &coder)
{
    auto st
        = m_store.database().prepare("DELETE FROM validation_codes WHERE sample = ?1 AND position = ?2 AND coder = ?3");
    st.bind(1, sample).bind(2, position).bind(3, coder).run();
}

std::vector<PassageCode> ValidationStore::codes(std::int64_t sample)
{
    std::vector<PassageCode> out;
    auto st = m_store.database().prepare("SELECT position, coder, themes, note, coded_at FROM validation_codes "
                                         "WHERE sample = ?1 ORDER BY coder, position");
    st.bind(1, sample);
    while (st.step())
        out.push_back({ static_cast<int>(st.columnInt(0)), st.columnText(1), stringList(st.columnText(2)),
                        st.columnText(3), st.columnText(4) });
    return out;
}

Table codingSheet(const Sample &sample, const std::vector<PassageCode> &codes, const std::string &coder)
{
    Table t;
    t.title = sample.name;
    t.header = { "position", "programme", "strate", "passage" };
    t.header.insert(t.header.end(), sample.themes.begin(), sample.themes.end());
    t.header.push_back("note");
    std::map<int, const PassageCode *> mine;
    for (const PassageCode &c : codes)
        if (c.coder == coder)
            mine[c.position] = &c;
    for (const SamplePassage &p : sample.passages) {
        std::vector<Table::Cell> row;
        row.push_back({ std::to_string(p.position), static_cast<double>(p.position) });
        row.push_back(p.programme ? Table::Cell { std::to_string(*p.programme), static_cast<double>(*p.programme) }
                                  : Table::Cell {});
        row.push_back({ p.stratumLabel, std::nullopt });
        row.push_back({ p.text, std::nullopt });
        const auto code = mine.find(p.position);
        for (const std::string &theme : sample.themes) {
            if (code == mine.end()) {
                row.push_back({});
                continue;
            }
            const bool found = std::find(code->second->themes.begin(), code->second->themes.end(), theme)
                != code->second->themes.end();
            row.push_back({ found ? "1" : "0", found ? 1.0 : 0.0 });
        }
        row.push_back({ code == mine.end() ? std::string() : code->second->note, std::nullopt });
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::vector<PassageCode> readCodingSheet(const std::string &file, const std::string &content, const Sample &sample,
                                         const std::string &coder)
{
    std::vector<CsvRow> rows;
    const bool xlsx = looksLikeZip(content);
    if (xlsx) {
        try {
            rows = xlsxRows(content);
        } catch (const ImportError &e) {
            throw ValidationError(file + ": cannot read it as an .xlsx workbook: " + e.what());
        }
    } else {
        std::string text = content;
        if (text.rfind("\xEF\xBB\xBF", 0) == 0)
            text.erase(0, 3);
        try {
            rows = parseCsv(text);
        } catch (const ImportError &e) {
            throw ValidationError(file + ":" + std::to_string(e.line()) + ": " + e.what());
        }
    }
    const auto fail = [&](int line, const std::string &why) -> void {
        throw ValidationError(file + ":" + std::to_string(line) + ": " + why);
    };
    if (rows.empty())
        fail(1, "the file is empty; expected the sheet written by \"vigie-cli sample export\"");
    // A workbook has the sheet's title (and, for a synthetic study, its warning) above the header.
    if (xlsx)
        while (rows.size() > 1 && std::none_of(rows[0].fields.begin(), rows[0].fields.end(), [](const std::string &f) {
                   return asciiLower(trimmedField(f)) == "position";
               }))
            rows.erase(rows.begin());
    // Columns by header name, so that a coder may reorder or add columns.
    std::map<std::string, std::size_t> column;
    for (std::size_t k = 0; k < rows[0].fields.size(); ++k)
        column[asciiLower(trimmedField(rows[0].fields[k]))] = k;
    if (!column.count("position"))
        fail(rows[0].line, "no \"position\" column: the sheet must keep the header row it was exported with");
    for (const std::string &theme : sample.themes)
        if (!column.count(asciiLower(theme)))
            fail(rows[0].line, "no column for the theme \"" + theme + "\" of the coding frame");
    std::set<int> positions;
    for (const SamplePassage &p : sample.passages)
        positions.insert(p.position);
    std::set<int> seen;
    std::vector<PassageCode> out;
    const auto cell = [](const CsvRow &row, std::size_t k) {
        return k < row.fields.size() ? trimmedField(row.fields[k]) : std::string();
    };
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows[r];
        if (std::all_of(row.fields.begin(), row.fields.end(),
                        [](const std::string &f) { return trimmedField(f).empty(); }))
            continue;
        const std::string pos = cell(row, column["position"]);
        int position = 0;
        try {
            std::size_t used = 0;
            position = std::stoi(pos, &used);
            if (used != pos.size())
                throw std::invalid_argument(pos);
        } catch (const std::exception &) {
            fail(row.line, "position \"" + pos + "\" is not a number");
        }
        if (!positions.count(position))
            fail(row.line,
                 "position " + std::to_string(position) + " is not a passage of the sample \"" + sample.name
                     + "\" (1 to " + std::to_string(sample.passages.size()) + ")");
        if (!seen.insert(position).second)
            fail(row.line, "position " + std::to_string(position) + " appears twice");
        PassageCode code;
        code.position = position;
        code.coder = coder;
        bool any = false;
        for (const std::string &theme : sample.themes) {
            const std::string v = asciiLower(cell(row, column[asciiLower(theme)]));
            if (v.empty())
                continue;
            any = true;
            if (v == "1" || v == "x" || v == "oui" || v == "yes" || v == "o" || v == "y" || v == "vrai" || v == "true")
                code.themes.push_back(theme);
            else if (!(v == "0" || v == "non" || v == "no" || v == "n" || v == "faux" || v == "false"))
                fail(row.line,
                     "\"" + cell(row, column[asciiLower(theme)]) + "\" in the column \"" + theme
                         + "\": write 1 (the passage talks about it), 0 or nothing");
        }
        if (column.count("note"))
            code.note = cell(row, column["note"]);
        if (!any && code.note.empty())
            continue; // not coded yet
        out.push_back(std::move(code));
    }
    return out;
}

} // namespace vigie::core
