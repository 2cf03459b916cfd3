// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/Gazetteer.h"
#include "import/Manifest.h"

#include <QAbstractTableModel>
#include <QString>

#include <utility>
#include <vector>

namespace vigie::gui {

// The import preview: one row per programme (or project) the import will store, with the
// metadata found and the commune its city resolves to, computed with the same call as
// core::Importer (the INSEE code wins, else the city narrowed by the department).
//
// What the user may change: whether a row is imported (check box on the first column); the
// commune of a row whose city name several communes share (Commune column, an INSEE code among
// the candidates); the city of a row whose city does not resolve; and, for a programme given
// without a manifest, its head of list, list, nuance, city and year. A manifest's INSEE code is
// never overridden. GUI thread only.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { Programmes, Projects };
    enum Column { File, Candidate, List, Nuance, Title, Category, Maturity, City, Commune, Year, Budget };
    enum Role {
        InseeRole = Qt::UserRole + 1, // Commune column: INSEE code of the commune the import will store, or empty
        ProblemRole, // File column: why the file will fail ("fichier introuvable"), or empty
    };

    struct Row
    {
        core::ManifestEntry programme; // Mode::Programmes
        core::ProjectEntry project; // Mode::Projects
        QString shownFile; // relative to its manifest or folder, else the file name; "projets.csv, ligne 4"
        bool typed = false; // given without a manifest: its metadata are typed in the table
        bool included = true;
        bool cityEditable = false; // typed, or a city the gazetteer does not know (set by setRows())
        QString chosenInsee; // picked among the candidates of an ambiguous city
        QString problem; // a file that will fail: missing, unsupported format
        core::CityResolution byName; // of the city (and department) alone: where candidates come from
        core::CityResolution effective; // what the import will resolve
    };

    // `gazetteer` may be null (not installed): no row then resolves.
    explicit ImportPreviewModel(const core::Gazetteer *gazetteer, QObject *parent = nullptr);

    void setRows(Mode mode, std::vector<Row> rows);
    Mode mode() const { return m_mode; }
    const Row &row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }
    // Index of `column` in the current mode, or -1.
    int columnOf(Column column) const;
    Column columnAt(int index) const { return m_columns.at(static_cast<std::size_t>(index)); }

    // The row's city name is shared by several communes (or none of them is in its department)
    // and it has no INSEE code of its own: the user may pick one.
    bool hasChoice(int row) const;
    // The candidates as (INSEE code, "Saint-Denis (93 Seine-Saint-Denis) — 113 942 hab.").
    std::vector<std::pair<QString, QString>> candidates(int row) const;
    // Picks a candidate (an empty code takes the pick back). False if `insee` is not a candidate.
    bool chooseCommune(int row, const QString &insee);

    int includedCount() const;
    int excludedCount() const { return rowCount() - includedCount(); }
    int pendingChoices() const; // included rows with a choice not yet made
    int unknownCities() const; // included rows whose city resolves to nothing and has no candidate
    int problemFiles() const; // included rows whose file will fail
    bool hasTypedRows() const;

    // The included rows as the importer takes them, the user's picks and typing applied.
    std::vector<core::ManifestEntry> programmeEntries() const;
    std::vector<core::ProjectEntry> projectEntries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resolve(Row &row) const;
    QString communeLabel(int index) const;

    const core::Gazetteer *m_gazetteer;
    Mode m_mode = Mode::Programmes;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace vigie::gui
