// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/programmes/ProgrammesModel.h"

#include "analysis/Lists.h"
#include "analysis/ProgrammeFacts.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/SizeClasses.h"
#include "gui/common/Common.h"
#include "storage/CorpusStore.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie::gui {

namespace {

bool englishInterface()
{
    return QLocale().language() == QLocale::English;
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyàâäéèêëîïôöùûüœæ");
    return vowels.contains(c.toLower());
}

// "numérique" -> "num.", "participative" -> "part.": up to the consonant before the second
// syllable's vowel, at least three letters.
QString abbreviate(const QString &word)
{
    for (qsizetype k = 3; k < std::min<qsizetype>(word.size(), 7); ++k)
        if (!isVowel(word[k - 1]) && isVowel(word[k]))
            return word.left(k) + QLatin1Char('.');
    return word.left(4) + QLatin1Char('.');
}

qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// French order of department codes: 01 ... 19, 2A, 2B, 21 ... 95, 971 ...
int departmentOrder(const QString &code)
{
    if (code == QLatin1String("2A"))
        return 201;
    if (code == QLatin1String("2B"))
        return 202;
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok)
        return 100000;
    return code.size() <= 2 ? n * 10 : n;
}

} // namespace

QString ocrDescription(const QString &ocrPages, int confidence)
{
    if (ocrPages.isEmpty())
        return {};
    const bool one = !ocrPages.contains(QLatin1Char(',')) && !ocrPages.contains(QLatin1Char('-'));
    const QString pages
        = one ? ProgrammesModel::tr("page %1").arg(ocrPages) : ProgrammesModel::tr("pages %1").arg(ocrPages);
    return confidence >= 0 ? ProgrammesModel::tr("lu par OCR (%1, confiance %2 sur 100)").arg(pages).arg(confidence)
                           : ProgrammesModel::tr("lu par OCR (%1)").arg(pages);
}

QString ocrDescription(const ProgrammeRecord &r)
{
    return ocrDescription(r.ocrPages, r.ocrConfidence);
}

QString shortThemeLabel(const QString &label)
{
    constexpr qsizetype kMax = 16;
    if (label.size() <= kMax)
        return label;
    static const QStringList small
        = { QStringLiteral("et"),  QStringLiteral("en"), QStringLiteral("de"),  QStringLiteral("des"),
            QStringLiteral("du"),  QStringLiteral("la"), QStringLiteral("le"),  QStringLiteral("les"),
            QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("for") };
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out = words.value(0);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words[i];
        if (small.contains(w.toLower()))
            continue;
        if (out.size() + 1 + w.size() <= kMax) {
            out += QLatin1Char(' ') + w;
            continue;
        }
        const QString cut = abbreviate(w);
        if (out.size() + 1 + cut.size() <= kMax + 2)
            out += QLatin1Char(' ') + cut;
        break;
    }
    return out.size() > kMax + 2 ? out.left(kMax) + QChar(0x2026) : out;
}

QColor readableTextColour(const QColor &background)
{
    // The contrast ratio against black and against white; the larger wins.
    const qreal l = luminance(background);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

// The kind of a document in a narrow column; its tooltip says the rest.
QString ProgrammesModel::shortKindLabel(core::DocumentKind kind)
{
    switch (kind) {
    case core::DocumentKind::Programme:
        return tr("programme");
    case core::DocumentKind::ProfessionDeFoi:
        return tr("prof. de foi");
    case core::DocumentKind::Accessible:
        return tr("accessible");
    case core::DocumentKind::EasyRead:
        return tr("FALC");
    case core::DocumentKind::Tract:
        return tr("tract");
    }
    return {};
}

// ---- ProgrammesModel ----

ProgrammesModel::ProgrammesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const core::SizeClasses sizes = core::SizeClasses::standard();
    for (const auto &c : sizes.classes())
        m_sizeClassLabels << fromStd(c.label);
}

void ProgrammesModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_rowOfId.clear();
    m_themes.clear();
    m_themeIndex.clear();
    m_totals.clear();
    m_treeThemes.clear();
    m_tree = -1;
    m_version = 0;
    m_hasLists = false;
    endResetModel();
    emit themeTreeChanged();
}

void ProgrammesModel::load(core::CorpusStore &store)
{
    std::vector<ProgrammeRecord> records;
    QHash<qint64, int> rowOfId;
    std::vector<ThemeInfo> themes;
    QHash<QString, int> themeIndex;
    std::vector<qint32> totals;
    bool hasLists = false;
    const qint64 version = store.currentDictionaryVersion();

    if (version > 0) {
        const bool english = englishInterface();
        const core::Dictionary dictionary = store.dictionary(version);
        for (const core::Theme &t : dictionary.themes()) {
            ThemeInfo info;
            info.id = fromStd(t.id);
            info.label = fromStd(english && !t.labelEn.empty() ? t.labelEn : t.labelFr);
            info.shortLabel = shortThemeLabel(info.label);
            info.colour = QColor(fromStd(t.colour));
            if (!info.colour.isValid())
                info.colour = QColor(0x55, 0x55, 0x55);
            info.parent = dictionary.parentIndex(static_cast<int>(themes.size()));
            themeIndex.insert(info.id, static_cast<int>(themes.size()));
            themes.push_back(info);
        }
        for (std::size_t i = 0; i < themes.size(); ++i) {
            int r = static_cast<int>(i);
            while (themes[static_cast<std::size_t>(r)].parent >= 0)
                r = themes[static_cast<std::size_t>(r)].parent;
            themes[i].root = r;
        }
    }

    // The commune's columns: a programme's facts and a list's have the same fields.
    const auto setCommune = [](ProgrammeRecord &r, const auto &facts) {
        r.insee = fromStd(facts.insee);
        r.commune = fromStd(facts.communeName);
        r.department = fromStd(facts.department);
        r.population = facts.population.value_or(-1);
        r.sizeClass = facts.sizeClass;
    };
    for (const core::ProgrammeFacts &p : core::readProgrammeFacts(store, core::SizeClasses::standard())) {
        ProgrammeRecord r;
        r.id = p.id;
        r.candidate = fromStd(p.candidate);
        r.listName = fromStd(p.listName);
        r.nuance = fromStd(p.nuance);
        setCommune(r, p);
        r.year = static_cast<int>(p.year.value_or(0));
        r.round = static_cast<int>(p.round.value_or(0));
        r.elected = p.elected ? static_cast<int>(*p.elected) : -1;
        r.source = fromStd(p.source);
        r.format = fromStd(p.format);
        r.encoding = fromStd(p.encoding);
        r.words = p.words;
        r.kind = shortKindLabel(p.kind);
        r.panel = static_cast<int>(p.panel.value_or(0));
        r.primary = p.primary;
        r.ocrPages = fromStd(p.ocrPages);
        r.ocrConfidence = p.ocrConfidence ? static_cast<int>(std::lround(*p.ocrConfidence)) : -1;
        hasLists = hasLists || p.kind != core::DocumentKind::Programme;
        rowOfId.insert(r.id, static_cast<int>(records.size()));
        records.push_back(std::move(r));
    }
    // The lists without a document: the denominator the analyst counts them in.
    for (const core::ListFacts &l : core::readLists(store, core::SizeClasses::standard())) {
        hasLists = true;
        if (l.documents > 0)
            continue;
        ProgrammeRecord r;
        r.id = -l.id;
        r.listOnly = true;
        r.panel = l.panel;
        r.candidate = fromStd(l.head);
        r.listName = fromStd(l.name);
        r.nuance = fromStd(l.nuanceCode);
        setCommune(r, l);
        r.year = l.year;
        r.round = l.round;
        r.elected = l.elected ? static_cast<int>(*l.elected) : -1;
        rowOfId.insert(r.id, static_cast<int>(records.size()));
        records.push_back(std::move(r));
    }

    const std::size_t themeCount = themes.size();
    totals.assign(records.size() * themeCount, 0);
    if (version > 0 && themeCount > 0) {
        std::string lastTheme;
        int theme = -1;
        core::readThemeTotals(store, version, [&](const core::ThemeTotal &t) {
            if (t.theme != lastTheme) { // rows come theme by theme
                theme = themeIndex.value(fromStd(t.theme), -1);
                lastTheme = t.theme;
            }
            const int row = rowOfId.value(t.programme, -1);
            if (row >= 0 && theme >= 0)
                totals[static_cast<std::size_t>(row) * themeCount + static_cast<std::size_t>(theme)]
                    = static_cast<qint32>(t.total);
        });
    }

    QHash<QString, QString> departments;
    const core::Gazetteer *gazetteer = nullptr;
    try {
        gazetteer = &core::Gazetteer::bundled();
    } catch (const std::exception &) {
        gazetteer = nullptr; // no bundled data: departments are shown by their code
    }
    for (const auto &r : records) {
        if (r.department.isEmpty() || departments.contains(r.department))
            continue;
        const core::Department *d = gazetteer ? gazetteer->department(r.department.toStdString()) : nullptr;
        departments.insert(r.department, d ? fromStd(d->name) : QString());
    }

    // Keep the tree the user chose when the new dictionary still has it.
    const QString previousTree = m_tree >= 0 ? m_themes[static_cast<std::size_t>(m_tree)].id : QString();

    beginResetModel();
    m_records = std::move(records);
    m_rowOfId = std::move(rowOfId);
    m_themes = std::move(themes);
    m_themeIndex = std::move(themeIndex);
    m_totals = std::move(totals);
    m_version = version;
    m_departmentNames = std::move(departments);
    m_hasLists = hasLists;
    m_tree = -1;
    const int kept = previousTree.isEmpty() ? -1 : m_themeIndex.value(previousTree, -1);
    if (kept >= 0 && m_themes[static_cast<std::size_t>(kept)].parent < 0) {
        m_tree = kept;
    } else {
        const int digital = m_themeIndex.value(QStringLiteral("numerique"), -1);
        const auto rootList = roots();
        m_tree = digital >= 0 && m_themes[static_cast<std::size_t>(digital)].parent < 0
            ? digital
            : (rootList.empty() ? -1 : rootList.front());
    }
    updateTreeThemes();
    endResetModel();
    emit themeTreeChanged();
}

std::vector<int> ProgrammesModel::roots() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_themes.size(); ++i)
        if (m_themes[i].parent < 0)
            out.push_back(static_cast<int>(i));
    return out;
}

void ProgrammesModel::setThemeTree(int root)
{
    if (root == m_tree || root < 0 || root >= static_cast<int>(m_themes.size())
        || m_themes[static_cast<std::size_t>(root)].parent >= 0)
        return;
    m_tree = root;
    updateTreeThemes();
    if (!m_records.empty())
        emit dataChanged(index(0, Themes), index(rowCount() - 1, Themes));
    emit headerDataChanged(Qt::Horizontal, Themes, Themes);
    emit themeTreeChanged();
}

void ProgrammesModel::updateTreeThemes()
{
    m_treeThemes.clear();
    if (m_tree < 0)
        return;
    m_treeThemes.push_back(m_tree);
    for (std::size_t i = 0; i < m_themes.size(); ++i)
        if (m_themes[i].parent == m_tree)
            m_treeThemes.push_back(static_cast<int>(i));
}

int ProgrammesModel::total(int row, int theme) const
{
    if (row < 0 || row >= rowCount() || theme < 0 || theme >= static_cast<int>(m_themes.size()))
        return 0;
    return m_totals[static_cast<std::size_t>(row) * m_themes.size() + static_cast<std::size_t>(theme)];
}

QList<int> ProgrammesModel::chips(int row) const
{
    QList<int> out;
    for (const int t : m_treeThemes)
        if (total(row, t) > 0)
            out << t;
    return out;
}

QStringList ProgrammesModel::departments() const
{
    QSet<QString> seen;
    for (const auto &r : m_records)
        seen.insert(r.department);
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        const int oa = departmentOrder(a), ob = departmentOrder(b);
        return oa != ob ? oa < ob : a < b;
    });
    return out;
}

QList<int> ProgrammesModel::years() const
{
    QSet<int> seen;
    for (const auto &r : m_records)
        seen.insert(r.year);
    QList<int> out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end(), [](int a, int b) { return (a == 0) != (b == 0) ? b == 0 : a > b; });
    return out;
}

bool ProgrammesModel::hasUnknownSizeClass() const
{
    return std::any_of(m_records.begin(), m_records.end(), [](const ProgrammeRecord &r) { return r.sizeClass < 0; });
}

QString ProgrammesModel::sizeClassLabel(int sizeClass) const
{
    return sizeClass >= 0 && sizeClass < m_sizeClassLabels.size() ? m_sizeClassLabels[sizeClass] : QString();
}

QString ProgrammesModel::departmentLabel(const QString &code) const
{
    const QString name = m_departmentNames.value(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

int ProgrammesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ProgrammesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgrammesModel::themesToolTip(int row) const
{
    QStringList lines;
    const QLocale locale;
    for (const int t : m_treeThemes) {
        const int n = total(row, t);
        if (n > 0) {
            const QString &label = m_themes[static_cast<std::size_t>(t)].label;
            lines << (n == 1 ? tr("%1 : 1 mention").arg(label) : tr("%1 : %2 mentions").arg(label, locale.toString(n)));
        }
    }
    return lines.isEmpty() ? tr("Aucune mention") : lines.join(QLatin1Char('\n'));
}

QVariant ProgrammesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ProgrammeRecord &r = record(row);
    const QLocale locale;
    const int mentions = m_tree >= 0 ? total(row, m_tree) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Candidate:
            return r.candidate;
        case List:
            return r.listName;
        case Nuance:
            return r.nuance;
        case Commune:
            return r.commune.isEmpty() ? r.insee : r.commune;
        case Department:
            return departmentLabel(r.department);
        case Population:
            return r.population >= 0 ? locale.toString(r.population) : QString();
        case SizeClass:
            return sizeClassLabel(r.sizeClass);
        case Year:
            return r.year > 0 ? QString::number(r.year) : QString(); // never "2 014"
        case Document: {
            if (r.listOnly)
                return QString();
            const QString kind = r.primary ? r.kind : tr("%1, non compté").arg(r.kind);
            return r.ocrPages.isEmpty() ? kind : tr("%1 · OCR").arg(kind);
        }
        case Words:
            return r.listOnly ? QString() : locale.toString(r.words);
        case Themes: {
            if (r.listOnly)
                return tr("aucun document");
            QStringList labels;
            for (const int t : chips(row))
                labels << m_themes[static_cast<std::size_t>(t)].label;
            return labels.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Population:
            return r.population;
        case SizeClass:
            return r.sizeClass;
        case Year:
            return r.year;
        case Words:
            return r.words;
        case Themes:
            // By how many mentions, then by how many themes.
            return static_cast<qint64>(mentions) * 1000 + chips(row).size();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Candidate:
        case List:
            return r.listName.isEmpty() ? r.candidate : tr("%1 — %2").arg(r.candidate, r.listName);
        case Commune:
            return r.insee.isEmpty() ? tr("Commune inconnue") : tr("%1 (INSEE %2)").arg(r.commune, r.insee);
        case Department:
            return departmentLabel(r.department);
        case Document:
            if (r.listOnly)
                return tr("Cette liste n'a aucun document dans l'étude : elle compte dans la part des listes "
                          "avec un document, pas dans les parts de thèmes.");
            {
                QString tip = r.primary ? tr("Le document compté pour cette liste et ce tour.")
                                        : tr("Non compté : un autre document de la même liste et du même tour passe "
                                             "avant lui (vigie-cli lists precedence).");
                if (!r.ocrPages.isEmpty())
                    tip += QLatin1Char('\n') + tr("Texte %1.").arg(ocrDescription(r));
                return tip;
            }
        case Themes:
            return r.listOnly ? QString() : themesToolTip(row);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (r.listOnly || !r.primary)
            return QColor(0x6b, 0x72, 0x7a);
        return {};
    case Qt::FontRole:
        if (r.listOnly) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Population:
        case Words:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Year:
        case Nuance:
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case IdRole:
        return r.id;
    case ChipsRole:
        return index.column() == Themes ? QVariant::fromValue(chips(row)) : QVariant();
    case MentionsRole:
        return mentions;
    default:
        return {};
    }
}

QVariant ProgrammesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Candidate:
            return tr("Candidat");
        case List:
            return tr("Liste");
        case Nuance:
            return tr("Nuance");
        case Commune:
            return tr("Commune");
        case Department:
            return tr("Département");
        case Population:
            return tr("Population");
        case SizeClass:
            return tr("Taille");
        case Year:
            return tr("Année");
        case Document:
            return tr("Document");
        case Words:
            return tr("Mots");
        case Themes:
            return m_tree >= 0 ? tr("Thèmes (%1)").arg(m_themes[static_cast<std::size_t>(m_tree)].label) : tr("Thèmes");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Nuance:
            return tr("Nuance politique de la liste");
        case Population:
            return tr("Population municipale (INSEE)");
        case SizeClass:
            return tr("Classe de taille de la commune");
        case Words:
            return tr("Nombre de mots du programme");
        case Themes:
            return tr("Thèmes que le programme mentionne au moins une fois ; la première pastille donne le "
                      "nombre de mentions (dictionnaire courant). Le tri se fait sur ce nombre.");
        default:
            return {};
        }
    }
    return {};
}

// ---- ProgrammesFilterModel ----

ProgrammesFilterModel::ProgrammesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale())
{
    setSortRole(ProgrammesModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ProgrammesFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<ProgrammesModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_model)
        connect(m_model, &ProgrammesModel::themeTreeChanged, this, [this] {
            if (m_filters.theme == kNoTheme) // "no theme of the tree": another tree, other rows
                invalidateFilter();
        });
}

void ProgrammesFilterModel::setFilters(const Filters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    invalidateFilter();
}

void ProgrammesFilterModel::setSearchResults(std::optional<QSet<qint64>> ids)
{
    m_search = std::move(ids);
    invalidateFilter();
}

void ProgrammesFilterModel::clearFilters()
{
    m_filters = {};
    m_search.reset();
    invalidateFilter();
}

bool ProgrammesFilterModel::hasFilters() const
{
    return m_filters != Filters {} || m_search;
}

bool ProgrammesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const ProgrammeRecord &r = m_model->record(sourceRow);
    const Filters &f = m_filters;
    using Documents = Filters::Documents;
    if (f.documents == Documents::Counted && (r.listOnly || !r.primary))
        return false;
    if (f.documents == Documents::WithoutDocument && !r.listOnly)
        return false;
    if (r.listOnly && f.theme) // no text: it mentions nothing, and is no programme without a mention
        return false;
    if (f.sizeClass && r.sizeClass != *f.sizeClass)
        return false;
    if (f.department && r.department != *f.department)
        return false;
    if (f.year && r.year != *f.year)
        return false;
    if (f.theme) {
        if (*f.theme == kNoTheme) {
            if (m_model->themeTree() >= 0 && m_model->total(sourceRow, m_model->themeTree()) > 0)
                return false;
        } else if (m_model->total(sourceRow, *f.theme) <= 0) {
            return false;
        }
    }
    if (m_search && !m_search->contains(r.id))
        return false;
    return true;
}

bool ProgrammesFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const QString sa = a.toString();
        const QString sb = b.toString();
        // Empty cells last, whatever the order: they are the least informative.
        if (sa.isEmpty() != sb.isEmpty())
            return sortOrder() == Qt::AscendingOrder ? sb.isEmpty() : sa.isEmpty();
        return m_collator.compare(sa, sb) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace vigie::gui
