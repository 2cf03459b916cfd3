// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/ImportPreviewModel.h"

#include "gui/common/Common.h"

#include <QColor>
#include <QDir>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace vigie::gui {

namespace {

const QColor kWarning(0xa0, 0x40, 0x00);
const QColor kMuted(0x80, 0x80, 0x80);

} // namespace

ImportPreviewModel::ImportPreviewModel(const core::Gazetteer *gazetteer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_gazetteer(gazetteer)
{
    setRows(Mode::Programmes, {});
}

void ImportPreviewModel::setRows(Mode mode, std::vector<Row> rows)
{
    beginResetModel();
    m_mode = mode;
    if (mode == Mode::Programmes)
        m_columns = { File, Candidate, List, Nuance, City, Commune, Year };
    else
        m_columns = { Title, Category, Maturity, Year, Budget, City, Commune };
    m_rows = std::move(rows);
    for (Row &row : m_rows) {
        resolve(row);
        const bool hasCode = !(mode == Mode::Projects ? row.project.insee : row.programme.insee).empty();
        // A city the gazetteer does not know can be corrected here; one it knows, or a code, cannot.
        row.cityEditable = row.typed || (!hasCode && !row.byName.resolved() && !row.byName.message.empty());
    }
    endResetModel();
}

int ImportPreviewModel::columnOf(Column column) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), column);
    return it == m_columns.end() ? -1 : static_cast<int>(it - m_columns.begin());
}

void ImportPreviewModel::resolve(Row &row) const
{
    const bool projects = m_mode == Mode::Projects;
    const std::string &city = projects ? row.project.city : row.programme.city;
    const std::string &department = projects ? row.project.department : row.programme.department;
    const std::string code = row.chosenInsee.isEmpty() ? (projects ? row.project.insee : row.programme.insee)
                                                       : row.chosenInsee.toStdString();
    row.byName = {};
    row.effective = {};
    if (!m_gazetteer)
        return;
    if (!city.empty())
        row.byName = m_gazetteer->resolve(city, department);
    row.effective = m_gazetteer->resolveEntry(code, city, department);
}

bool ImportPreviewModel::hasChoice(int index) const
{
    if (index < 0 || index >= rowCount())
        return false;
    const Row &r = row(index);
    const std::string &insee = m_mode == Mode::Projects ? r.project.insee : r.programme.insee;
    return insee.empty() && !r.byName.resolved() && !r.byName.candidates.empty();
}

QString ImportPreviewModel::communeLabel(int index) const
{
    const core::Commune &c = m_gazetteer->commune(index);
    return tr("%1 (%2)").arg(fromStd(c.name), fromStd(c.department));
}

std::vector<std::pair<QString, QString>> ImportPreviewModel::candidates(int index) const
{
    std::vector<std::pair<QString, QString>> out;
    if (!hasChoice(index))
        return out;
    const QLocale locale;
    for (int i : row(index).byName.candidates) {
        const core::Commune &c = m_gazetteer->commune(i);
        const core::Department *d = m_gazetteer->department(c.department);
        QString label = tr("%1 (%2 %3)").arg(fromStd(c.name), fromStd(c.department), d ? fromStd(d->name) : QString());
        if (c.population >= 0)
            label += tr(" — %1 hab.").arg(locale.toString(static_cast<qlonglong>(c.population)));
        out.emplace_back(fromStd(c.insee), label);
    }
    return out;
}

bool ImportPreviewModel::chooseCommune(int index, const QString &insee)
{
    if (!hasChoice(index))
        return false;
    if (!insee.isEmpty()) {
        const auto options = candidates(index);
        if (std::none_of(options.begin(), options.end(), [&](const auto &o) { return o.first == insee; }))
            return false;
    }
    Row &r = m_rows[static_cast<std::size_t>(index)];
    if (r.chosenInsee == insee)
        return true;
    r.chosenInsee = insee;
    resolve(r);
    emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
    return true;
}

int ImportPreviewModel::includedCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.included; }));
}

int ImportPreviewModel::pendingChoices() const
{
    int n = 0;
    for (int i = 0; i < rowCount(); ++i)
        n += row(i).included && hasChoice(i) && row(i).chosenInsee.isEmpty();
    return n;
}

int ImportPreviewModel::unknownCities() const
{
    int n = 0;
    for (int i = 0; i < rowCount(); ++i) {
        const Row &r = row(i);
        n += r.included && !r.effective.resolved() && !r.effective.message.empty() && !hasChoice(i);
    }
    return n;
}

int ImportPreviewModel::problemFiles() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.included && !r.problem.isEmpty(); }));
}

bool ImportPreviewModel::hasTypedRows() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.typed; });
}

std::vector<core::ManifestEntry> ImportPreviewModel::programmeEntries() const
{
    std::vector<core::ManifestEntry> out;
    if (m_mode != Mode::Programmes)
        return out;
    for (const Row &r : m_rows) {
        if (!r.included)
            continue;
        out.push_back(r.programme);
        if (!r.chosenInsee.isEmpty())
            out.back().insee = r.chosenInsee.toStdString();
    }
    return out;
}

std::vector<core::ProjectEntry> ImportPreviewModel::projectEntries() const
{
    std::vector<core::ProjectEntry> out;
    if (m_mode != Mode::Projects)
        return out;
    for (const Row &r : m_rows) {
        if (!r.included)
            continue;
        out.push_back(r.project);
        if (!r.chosenInsee.isEmpty())
            out.back().insee = r.chosenInsee.toStdString();
    }
    return out;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Row &r = row(index.row());
    const Column column = columnAt(index.column());
    const bool projects = m_mode == Mode::Projects;
    const auto &year = projects ? r.project.year : r.programme.year;
    const std::string &city = projects ? r.project.city : r.programme.city;
    const std::string &department = projects ? r.project.department : r.programme.department;

    if (index.column() == 0 && role == Qt::CheckStateRole)
        return r.included ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole) {
        if (!r.included)
            return kMuted;
        if (column == Commune && !r.effective.resolved())
            return r.effective.message.empty() ? kMuted : kWarning;
        if (column == File && !r.problem.isEmpty())
            return kWarning;
        return {};
    }
    if (column == File) {
        switch (role) {
        case Qt::DisplayRole:
            return r.shownFile;
        case Qt::ToolTipRole:
            return r.problem.isEmpty()
                ? QDir::toNativeSeparators(fromStd(r.programme.file))
                : tr("%1\n%2").arg(QDir::toNativeSeparators(fromStd(r.programme.file)), r.problem);
        case Qt::DecorationRole:
            return r.problem.isEmpty() ? QVariant() : QVariant(styleIcon(QStyle::SP_MessageBoxWarning));
        case ProblemRole:
            return r.problem;
        default:
            return {};
        }
    }
    if (column == Commune) {
        const bool pending = hasChoice(index.row()) && r.chosenInsee.isEmpty();
        switch (role) {
        case Qt::DisplayRole:
            if (r.effective.resolved())
                return communeLabel(r.effective.commune);
            if (pending)
                return tr("À choisir parmi %1 communes").arg(r.byName.candidates.size());
            if (r.effective.message.empty())
                return tr("—");
            return tr("Inconnue : importé sans commune");
        case Qt::ToolTipRole:
            if (r.effective.resolved())
                return r.effective.note.empty()
                    ? fromStd(m_gazetteer->commune(r.effective.commune).insee)
                    : tr("%1 : compté comme %2")
                          .arg(fromStd(city), fromStd(m_gazetteer->commune(r.effective.commune).name));
            if (pending)
                return tr("Plusieurs communes portent ce nom : choisissez la bonne, ou laissez le programme sans "
                          "commune.");
            if (r.effective.message.empty())
                return tr("Aucune ville indiquée : importé sans commune.");
            return tr("La liste des communes ne connaît pas « %1 » : corrigez la ville (double-clic), ou "
                      "laissez-la pour importer sans commune.")
                .arg(fromStd(city));
        case Qt::DecorationRole: // a row with a choice shows a combo, which has its own icon
            return !r.effective.resolved() && !r.effective.message.empty() && !hasChoice(index.row())
                ? QVariant(styleIcon(QStyle::SP_MessageBoxWarning))
                : QVariant();
        case InseeRole:
            return r.effective.resolved() ? fromStd(m_gazetteer->commune(r.effective.commune).insee) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Year || column == Budget))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Candidate:
        return fromStd(r.programme.candidate);
    case List:
        return fromStd(r.programme.listName);
    case Nuance:
        return fromStd(r.programme.nuance);
    case Title:
        return fromStd(r.project.title);
    case Category:
        return fromStd(r.project.category);
    case Maturity:
        return fromStd(r.project.maturity);
    case City:
        if (role == Qt::EditRole || department.empty())
            return fromStd(city);
        return tr("%1 (dép. %2)").arg(fromStd(city), fromStd(department));
    case Year:
        return year ? QString::number(*year) : QString();
    case Budget:
        if (!r.project.budget)
            return QString();
        // Cents only when there are some: "120 000 €", "450 000,50 €".
        return QLocale().toCurrencyString(*r.project.budget, QStringLiteral("€"),
                                          *r.project.budget == std::floor(*r.project.budget) ? 0 : 2);
    case File:
    case Commune:
        break;
    }
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    Row &r = m_rows[static_cast<std::size_t>(index.row())];
    const Column column = columnAt(index.column());
    const auto changed = [&] {
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        return true;
    };
    if (role == Qt::CheckStateRole && index.column() == 0) {
        r.included = value.toInt() == Qt::Checked;
        return changed();
    }
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::string text = value.toString().trimmed().toStdString();
    switch (column) {
    case Commune:
        return chooseCommune(index.row(), value.toString());
    case City: {
        // A typed city replaces the written one with its department (type "Saint-Denis (93)").
        const bool projects = m_mode == Mode::Projects;
        (projects ? r.project.city : r.programme.city) = text;
        (projects ? r.project.department : r.programme.department).clear();
        r.chosenInsee.clear();
        resolve(r);
        return changed();
    }
    case Year: {
        if (text.empty()) {
            r.programme.year.reset();
            return changed();
        }
        bool ok = false;
        const qlonglong year = QString::fromStdString(text).toLongLong(&ok);
        if (!ok)
            return false;
        r.programme.year = year;
        return changed();
    }
    case Candidate:
        r.programme.candidate = text;
        return changed();
    case List:
        r.programme.listName = text;
        return changed();
    case Nuance:
        r.programme.nuance = text;
        return changed();
    default:
        return false;
    }
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    const Row &r = row(index.row());
    bool editable = false;
    switch (columnAt(index.column())) {
    case Commune:
        editable = hasChoice(index.row());
        break;
    case City:
        editable = r.cityEditable;
        break;
    case Candidate:
    case List:
    case Nuance:
    case Year:
        editable = r.typed;
        break;
    default:
        break;
    }
    return editable ? f | Qt::ItemIsEditable : f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnAt(section)) {
    case File:
        return tr("Fichier");
    case Candidate:
        return tr("Tête de liste");
    case List:
        return tr("Liste");
    case Nuance:
        return tr("Nuance");
    case Title:
        return tr("Projet");
    case Category:
        return tr("Catégorie");
    case Maturity:
        return tr("Maturité");
    case City:
        return tr("Ville indiquée");
    case Commune:
        return tr("Commune");
    case Year:
        return tr("Année");
    case Budget:
        return tr("Budget");
    }
    return {};
}

} // namespace vigie::gui
