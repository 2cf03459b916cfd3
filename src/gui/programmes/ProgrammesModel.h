// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/Common.h"
#include "import/DocumentKind.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace vigie::core {
class CorpusStore;
}

namespace vigie::gui {

// A theme of the study's current dictionary, as the programmes view shows it.
struct ThemeInfo
{
    QString id;
    QString label; // in the interface language (labelEn when the locale is English)
    QString shortLabel; // for chips: "Démocratie part.", "Inclusion num."
    QColor colour;
    int parent = -1; // index in ProgrammesModel::themes(), -1 for a root
    int root = -1; // index of the root of its tree (itself for a root)
};

// A label short enough for a chip (about 16 characters): words that fit, then one word cut after
// its first syllable ("numérique" -> "num."). Labels that fit are kept whole.
QString shortThemeLabel(const QString &label);
// Black or white, whichever reads better on `background` (WCAG relative luminance).
QColor readableTextColour(const QColor &background);

// What the table shows of a programme (its text is not loaded: the reader reads it when opened).
struct ProgrammeRecord
{
    qint64 id = 0;
    QString candidate;
    QString listName;
    QString nuance;
    QString insee; // empty when the commune is unknown
    QString commune; // name
    QString department; // code: "69", "2A", "974"
    qint64 population = -1; // -1: unknown
    int sizeClass = -1; // index in SizeClasses::standard(), -1: unknown population
    int year = 0; // 0: unknown
    int round = 0; // 0: unknown
    int elected = -1; // -1: unknown
    qint64 words = 0;
    QString source;
    QString format;
    QString encoding;
    // Lists (docs/counting.md, "One document per list"): what kind of document it is and whether
    // it is the one counted for its list and round; a list of the study without any document is a
    // row too (`listOnly`, its id minus the list's id, no text to open).
    QString kind; // the kind's label in the interface language
    int panel = 0; // the list's panel number, 0 when unknown
    bool primary = true;
    bool listOnly = false;
    // The pages OCR read ("1,3-4"; empty when the text came from a text layer or a text file) and
    // Tesseract's mean confidence over them, 0 to 100 (-1 when none).
    QString ocrPages;
    int ocrConfidence = -1;
};

// "lu par OCR (pages 1-2, confiance 94 sur 100)", or empty when no page was read by OCR.
QString ocrDescription(const ProgrammeRecord &r);
// The same from the pages ("1,3-4") and the confidence (0-100, -1 unknown) alone.
QString ocrDescription(const QString &ocrPages, int confidence);

// Every programme of the open study with its metadata and, for the study's current dictionary
// version, the rolled-up count of every theme. Loaded in three queries (programmes with their
// communes, counts, dictionary); texts and mentions stay in the database.
//
// The "theme tree" is the root whose themes the table shows (chips, mention counts, theme filter):
// `numerique` by default; `secteurs` is for barometer projects but may be chosen.
// GUI thread only. load() throws core::StorageError (or core::DictionaryError for a damaged
// stored dictionary) and leaves the model as it was.
class ProgrammesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Candidate,
        List,
        Nuance,
        Commune,
        Department,
        Population,
        SizeClass,
        Year,
        Document, // the kind of document, "(non compté)" for a twin; empty for a list without one
        Words,
        Themes, // chips, the root's with the programme's number of mentions; sorts by that number
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, text as text
        IdRole, // programme id (qint64)
        ChipsRole, // Themes column: QList<int> of theme indexes, root first
        MentionsRole, // mentions of the shown tree (the root's rolled-up count)
    };

    explicit ProgrammesModel(QObject *parent = nullptr);

    void load(core::CorpusStore &store);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ProgrammeRecord &record(int row) const { return m_records[static_cast<std::size_t>(row)]; }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    qint64 dictionaryVersion() const { return m_version; }

    const std::vector<ThemeInfo> &themes() const { return m_themes; }
    int themeIndex(const QString &id) const { return m_themeIndex.value(id, -1); }
    std::vector<int> roots() const;
    int themeTree() const { return m_tree; } // -1 when the study has no dictionary
    void setThemeTree(int root);
    // The shown tree's root, then its children in dictionary order: what chips and filters offer.
    const std::vector<int> &treeThemes() const { return m_treeThemes; }
    // Rolled-up count of `theme` in the programme at `row`.
    int total(int row, int theme) const;
    // Themes of the shown tree that the programme mentions (root first, then its children).
    QList<int> chips(int row) const;

    // What the filters offer: department codes in French order (01 ... 19, 2A, 2B, 21 ... 976; ""
    // last for programmes without a commune), years newest first (0 last: unknown).
    QStringList departments() const;
    QList<int> years() const;
    bool hasUnknownSizeClass() const;
    // The study has lists (a candidate file) or documents of other kinds than programmes: the
    // Document column and the documents filter are worth showing.
    bool hasLists() const { return m_hasLists; }
    static QString shortKindLabel(core::DocumentKind kind);

    const QStringList &sizeClassLabels() const { return m_sizeClassLabels; }
    QString sizeClassLabel(int sizeClass) const;
    // "69 Rhône" (the code alone when the gazetteer does not know it).
    QString departmentLabel(const QString &code) const;

signals:
    void themeTreeChanged();

private:
    void updateTreeThemes();
    QString themesToolTip(int row) const;

    std::vector<ProgrammeRecord> m_records;
    QHash<qint64, int> m_rowOfId;
    std::vector<ThemeInfo> m_themes;
    QHash<QString, int> m_themeIndex;
    std::vector<qint32> m_totals; // row * themes + theme
    std::vector<int> m_treeThemes;
    int m_tree = -1;
    qint64 m_version = 0;
    QStringList m_sizeClassLabels;
    QHash<QString, QString> m_departmentNames;
    bool m_hasLists = false;
};

// The filters of the programmes table, and its sorting: numbers as numbers, text in French
// collation order ("Élodie" between "Éa" and "Emma", not after "Z").
class ProgrammesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int kNoTheme = -2; // programmes mentioning no theme of the shown tree

    explicit ProgrammesFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // nullopt: no filter. Size class -1 and year 0 select the unknown ones; department "" the
    // programmes without a commune; theme: an index of the model (its rolled-up count is at least
    // 1) or kNoTheme.
    struct Filters
    {
        std::optional<int> sizeClass;
        std::optional<QString> department;
        std::optional<int> year;
        std::optional<int> theme;
        // Which rows: every document and list, the documents counted (one per list and round), or
        // the lists without a document.
        enum class Documents { All, Counted, WithoutDocument };
        Documents documents = Documents::All;
        bool operator==(const Filters &) const = default;
    };
    // Filters again only when they changed (each pass re-sorts 15,000 rows).
    void setFilters(const Filters &filters);
    const Filters &filters() const { return m_filters; }
    // Ids found by the full-text search; nullopt when the search box is empty.
    void setSearchResults(std::optional<QSet<qint64>> ids);
    void clearFilters();
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ProgrammesModel *m_model = nullptr;
    Filters m_filters;
    std::optional<QSet<qint64>> m_search;
    QCollator m_collator;
};

} // namespace vigie::gui
