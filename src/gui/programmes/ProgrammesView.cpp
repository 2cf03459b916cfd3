// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/programmes/ProgrammesView.h"

#include "gui/common/StudySession.h"
#include "gui/programmes/ProgrammesModel.h"
#include "gui/programmes/ReaderWidget.h"
#include "storage/SearchTokenizer.h"
#include "ui_ProgrammesView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace vigie::gui {

namespace {

constexpr int kSearchDelayMs = 250;
// Combo data that are not codes or ids: programmes without a commune, without a theme of the tree.
const QString kNoDepartment = QStringLiteral("?");
const QString kNoTheme = QStringLiteral("-");

// The Themes column: the tree's root as an outlined chip with the programme's number of mentions
// ("Numérique 8": it talks about the subject, that much), then one chip per theme it mentions in
// the theme's colour with its short label. What does not fit ends in a grey "+N" chip; the cell's
// tooltip lists every theme with its count.
class ThemeChipsDelegate : public QStyledItemDelegate
{
public:
    ThemeChipsDelegate(const ProgrammesModel &model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QList<int> chips = index.data(ProgrammesModel::ChipsRole).value<QList<int>>();
        if (!chips.isEmpty())
            opt.text.clear(); // the chips say it; without chips the text does ("aucun document")
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (chips.isEmpty())
            return;
        const QLocale locale;
        const QString count = locale.toString(index.data(ProgrammesModel::MentionsRole).toInt());
        const Fonts fonts(option.font);
        const int height = fonts.plain.height() + 4;
        const QRect area = option.rect.adjusted(kMargin, 0, -kMargin, 0);
        const int top = area.top() + (area.height() - height) / 2;

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipRect(option.rect);
        int x = area.left();
        for (qsizetype i = 0; i < chips.size(); ++i) {
            const ThemeInfo &theme = m_model.themes()[static_cast<std::size_t>(chips[i])];
            const bool root = theme.parent < 0;
            const QString suffix = root ? count : QString();
            const int width = chipWidth(fonts, theme.shortLabel, suffix);
            const qsizetype rest = chips.size() - i - 1;
            const int reserve = rest > 0 ? kGap + chipWidth(fonts, QStringLiteral("+%1").arg(rest), {}) : 0;
            if (x + width + reserve > area.right() + 1) {
                const QString more = QStringLiteral("+%1").arg(rest + 1);
                drawChip(painter, fonts, QRect(x, top, chipWidth(fonts, more, {}), height), more, {},
                         QColor(0xf0, 0xf0, 0xf0), QColor(0x88, 0x88, 0x88), QColor(0x33, 0x33, 0x33));
                break;
            }
            const QRect r(x, top, width, height);
            if (root)
                drawChip(painter, fonts, r, theme.shortLabel, suffix, lightTint(theme.colour, 0.15), theme.colour,
                         QColor(0x1a, 0x1a, 0x1a));
            else
                drawChip(painter, fonts, r, theme.shortLabel, {}, theme.colour, theme.colour.darker(115),
                         readableTextColour(theme.colour));
            x += width + kGap;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const Fonts fonts(option.font);
        int width = 2 * kMargin;
        const QString count = QLocale().toString(index.data(ProgrammesModel::MentionsRole).toInt());
        for (const int t : index.data(ProgrammesModel::ChipsRole).value<QList<int>>()) {
            const ThemeInfo &theme = m_model.themes()[static_cast<std::size_t>(t)];
            width += chipWidth(fonts, theme.shortLabel, theme.parent < 0 ? count : QString()) + kGap;
        }
        return { width, fonts.plain.height() + 12 };
    }

private:
    static constexpr int kMargin = 4;
    static constexpr int kGap = 4;
    static constexpr int kPadding = 6;

    struct Fonts
    {
        explicit Fonts(QFont base)
            : normal(shrink(base))
            , boldFont(bolden(normal))
            , plain(normal)
            , bold(boldFont)
        { }
        static QFont shrink(QFont f)
        {
            f.setPointSizeF(f.pointSizeF() * 0.9);
            return f;
        }
        static QFont bolden(QFont f)
        {
            f.setBold(true);
            return f;
        }
        QFont normal;
        QFont boldFont;
        QFontMetrics plain;
        QFontMetrics bold;
    };

    static int chipWidth(const Fonts &fonts, const QString &text, const QString &suffix)
    {
        const int suffixWidth
            = suffix.isEmpty() ? 0 : fonts.plain.horizontalAdvance(u' ') + fonts.bold.horizontalAdvance(suffix);
        return fonts.plain.horizontalAdvance(text) + suffixWidth + 2 * kPadding;
    }
    static void drawChip(QPainter *painter, const Fonts &fonts, const QRect &r, const QString &text,
                         const QString &suffix, const QColor &fill, const QColor &border, const QColor &ink)
    {
        painter->setPen(QPen(border, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(ink);
        painter->setFont(fonts.normal);
        if (suffix.isEmpty()) {
            painter->drawText(r, Qt::AlignCenter, text);
            return;
        }
        const QRect inner = r.adjusted(kPadding, 0, -kPadding, 0);
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->setFont(fonts.boldFont);
        painter->drawText(inner, Qt::AlignRight | Qt::AlignVCenter, suffix);
    }

    const ProgrammesModel &m_model;
};

std::optional<int> intFilter(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

ProgrammesView::ProgrammesView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProgrammesView>())
    , m_session(session)
    , m_model(new ProgrammesModel(this))
    , m_filter(new ProgrammesFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    setUpTable();

    // Page 2: the reader.
    m_reader = new ReaderWidget(m_session, *m_model, m_ui->pages);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_ui->pages->addWidget(m_reader);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_ui->programmeSearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ProgrammesView::applySearch);
    connect(m_ui->programmeSearch, &QLineEdit::returnPressed, this, &ProgrammesView::applySearch);
    for (QComboBox *combo :
         { m_ui->sizeClassFilter, m_ui->departmentFilter, m_ui->yearFilter, m_ui->documentFilter, m_ui->themeFilter })
        connect(combo, &QComboBox::currentIndexChanged, this, &ProgrammesView::filtersChanged);
    connect(m_ui->resetFilters, &QToolButton::clicked, this, &ProgrammesView::resetFilters);
    connect(m_ui->programmeTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openCurrent();
    });
    connect(m_ui->themeTree, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_ui->themeTree->currentData();
        if (v.isValid())
            m_model->setThemeTree(v.toInt());
    });
    connect(m_ui->openProgramme, &QPushButton::clicked, this, &ProgrammesView::openCurrent);
    connect(m_ui->programmeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->openProgramme->setEnabled(m_ui->programmeTable->selectionModel()->hasSelection()); });
    connect(m_reader, &ReaderWidget::backRequested, this, &ProgrammesView::showList);

    connect(m_model, &ProgrammesModel::themeTreeChanged, this, [this] {
        rebuildThemeCombos();
        updateCount();
    });
    // Filters change through filtersChanged() and applySearch(), which count once: a filter pass
    // removes rows range by range, and counting on each rowsRemoved would count thousands of times.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProgrammesView::updateCount);

    connect(&m_session, &StudySession::studyOpened, this, [this] { reload(true); });
    connect(&m_session, &StudySession::studyChanged, this, [this] { reload(false); });
    connect(&m_session, &StudySession::readerRequested, this, &ProgrammesView::openReader);

    reload(true);
}

ProgrammesView::~ProgrammesView() = default;

QTableView *ProgrammesView::table() const
{
    return m_ui->programmeTable;
}

void ProgrammesView::setUpTable()
{
    QTableView *table = m_ui->programmeTable;
    table->setModel(m_filter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setItemDelegateForColumn(ProgrammesModel::Themes, new ThemeChipsDelegate(*m_model, table));
    // Widths for a 1280-pixel window: the text columns elide (their tooltips are whole), and the
    // chips, last, get what is left (about 280 pixels: the root and two or three themes).
    const int em = table->fontMetrics().averageCharWidth();
    // Document: "prof. de foi, non compté" and "prof. de foi · OCR" whole.
    const int chars[ProgrammesModel::ColumnCount] = { 16, 16, 7, 14, 15, 9, 17, 5, 24, 6, 25 };
    for (int c = 0; c < ProgrammesModel::ColumnCount; ++c)
        table->setColumnWidth(c, chars[c] * em + 12);
    table->horizontalHeader()->setMinimumSectionSize(4 * em);
    // Filters whole ("Tous les départements", "Documents et listes"): the row gives the search field
    // less rather than cut a choice.
    for (QComboBox *combo :
         { m_ui->sizeClassFilter, m_ui->departmentFilter, m_ui->yearFilter, m_ui->documentFilter, m_ui->themeFilter })
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_ui->programmeCount->setWordWrap(true); // the lists' counts make it long: two lines, not a cut combo
    table->sortByColumn(ProgrammesModel::Commune, Qt::AscendingOrder);
    table->installEventFilter(this);
}

void ProgrammesView::reload(bool resetFilters)
{
    const bool readerWasOpen = isReaderOpen();
    const QModelIndex current = m_ui->programmeTable->currentIndex();
    const qint64 selected = current.isValid() ? current.data(ProgrammesModel::IdRole).toLongLong() : 0;
    m_error.clear();
    try {
        if (m_session.isOpen())
            m_model->load(m_session.store());
        else
            m_model->clear();
    } catch (const std::exception &e) {
        m_model->clear();
        m_error = tr("Les programmes n'ont pas pu être lus : %1").arg(QString::fromStdString(e.what()));
    }
    if (resetFilters) {
        const QSignalBlocker blocker(m_ui->programmeSearch);
        m_searchTimer->stop();
        m_ui->programmeSearch->clear();
        for (QComboBox *combo : { m_ui->sizeClassFilter, m_ui->departmentFilter, m_ui->yearFilter, m_ui->documentFilter,
                                  m_ui->themeFilter }) {
            const QSignalBlocker comboBlocker(combo);
            combo->setCurrentIndex(0);
        }
        m_filter->clearFilters();
    }
    rebuildFilters();
    if (!resetFilters && !m_ui->programmeSearch->text().trimmed().isEmpty())
        applySearch(); // the index changed with the study

    if (resetFilters || !readerWasOpen) {
        m_reader->clear();
        m_ui->pages->setCurrentIndex(0);
    } else if (!m_reader->reload()) {
        showList();
    }
    if (selected > 0) {
        const int row = m_model->rowOfId(selected);
        const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid())
            m_ui->programmeTable->setCurrentIndex(index);
    }
    updateCount();
}

void ProgrammesView::rebuildFilters()
{
    // Keep what is chosen when the choice still exists (a reload after an import).
    auto refill = [](QComboBox *combo, const QString &all, const std::vector<std::pair<QString, QVariant>> &items) {
        const QVariant keep = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto &[label, value] : items)
            combo->addItem(label, value);
        const int i = keep.isValid() ? combo->findData(keep) : 0;
        combo->setCurrentIndex(std::max(0, i));
    };
    std::vector<std::pair<QString, QVariant>> items;
    for (qsizetype i = 0; i < m_model->sizeClassLabels().size(); ++i)
        items.emplace_back(m_model->sizeClassLabels()[i], static_cast<int>(i));
    if (m_model->hasUnknownSizeClass())
        items.emplace_back(tr("Population inconnue"), -1);
    refill(m_ui->sizeClassFilter, tr("Toutes les tailles"), items);

    items.clear();
    for (const QString &code : m_model->departments())
        items.emplace_back(code.isEmpty() ? tr("Commune inconnue") : m_model->departmentLabel(code),
                           code.isEmpty() ? kNoDepartment : code);
    refill(m_ui->departmentFilter, tr("Tous les départements"), items);

    items.clear();
    for (const int year : m_model->years())
        items.emplace_back(year > 0 ? QString::number(year) : tr("Année inconnue"), year);
    refill(m_ui->yearFilter, tr("Toutes les années"), items);
    // Kinds of document and lists without one: only for a study that has them.
    m_ui->documentFilter->setVisible(m_model->hasLists());
    m_ui->programmeTable->setColumnHidden(ProgrammesModel::Document, !m_model->hasLists());

    rebuildThemeCombos();
    filtersChanged();
}

void ProgrammesView::rebuildThemeCombos()
{
    {
        const QSignalBlocker blocker(m_ui->themeTree);
        m_ui->themeTree->clear();
        for (const int root : m_model->roots()) {
            const ThemeInfo &t = m_model->themes()[static_cast<std::size_t>(root)];
            m_ui->themeTree->addItem(themeSwatch(t.colour), t.label, root);
        }
        m_ui->themeTree->setCurrentIndex(std::max(0, m_ui->themeTree->findData(m_model->themeTree())));
        const bool choice = m_ui->themeTree->count() > 1;
        m_ui->themeTree->setVisible(choice);
        m_ui->themeTreeLabel->setVisible(choice);
    }

    const QVariant keep = m_ui->themeFilter->currentData();
    {
        const QSignalBlocker blocker(m_ui->themeFilter);
        m_ui->themeFilter->clear();
        m_ui->themeFilter->addItem(tr("Tous les thèmes"));
        const auto &tree = m_model->treeThemes();
        for (const int t : tree) {
            const ThemeInfo &info = m_model->themes()[static_cast<std::size_t>(t)];
            // The root first: "mentions the subject at all"; then its children.
            m_ui->themeFilter->addItem(themeSwatch(info.colour),
                                       info.parent < 0 ? tr("%1 (au moins un thème)").arg(info.label) : info.label,
                                       info.id);
            m_ui->themeFilter->setItemData(m_ui->themeFilter->count() - 1, info.label, Qt::ToolTipRole);
        }
        if (!tree.empty())
            m_ui->themeFilter->addItem(
                tr("Aucune mention « %1 »").arg(m_model->themes()[static_cast<std::size_t>(tree.front())].label),
                kNoTheme);
        const int i = keep.isValid() ? m_ui->themeFilter->findData(keep) : 0;
        m_ui->themeFilter->setCurrentIndex(std::max(0, i));
    }
    if (m_ui->themeFilter->currentData() != keep)
        filtersChanged();
}

void ProgrammesView::filtersChanged()
{
    ProgrammesFilterModel::Filters f;
    f.sizeClass = intFilter(m_ui->sizeClassFilter);
    const QVariant department = m_ui->departmentFilter->currentData();
    if (department.isValid())
        f.department = department.toString() == kNoDepartment ? QString() : department.toString();
    f.year = intFilter(m_ui->yearFilter);
    f.documents
        = static_cast<ProgrammesFilterModel::Filters::Documents>(std::max(0, m_ui->documentFilter->currentIndex()));
    // Themes by id: a reload with another dictionary keeps the choice if the theme is still there.
    const QVariant theme = m_ui->themeFilter->currentData();
    if (theme.isValid())
        f.theme
            = theme.toString() == kNoTheme ? ProgrammesFilterModel::kNoTheme : m_model->themeIndex(theme.toString());
    m_filter->setFilters(f);
    updateCount();
}

void ProgrammesView::applySearch()
{
    m_searchTimer->stop();
    const QString text = m_ui->programmeSearch->text().trimmed();
    m_searchError.clear();
    // No word to search ("", "…"): the box filters nothing.
    bool empty = true;
    try {
        empty = core::searchExpression(text.toStdString()).empty();
    } catch (const core::SearchTooLong &e) {
        m_searchError = tr("La recherche compte %1 mots : elle en prend au plus %2 à la fois.")
                            .arg(e.words())
                            .arg(core::kMaxSearchWords);
        m_filter->setSearchResults(QSet<qint64> {});
        updateCount();
        return;
    }
    if (text.isEmpty() || empty || !m_session.isOpen()) {
        m_filter->setSearchResults(std::nullopt);
        updateCount();
        return;
    }
    QSet<qint64> ids;
    try {
        const int limit = std::max(1, m_model->rowCount());
        for (const auto id : m_session.store().search(text.toStdString(), limit))
            ids.insert(id);
    } catch (const std::exception &e) {
        m_searchError = tr("La recherche a échoué : %1").arg(QString::fromStdString(e.what()));
    }
    m_filter->setSearchResults(ids);
    updateCount();
}

void ProgrammesView::resetFilters()
{
    {
        const QSignalBlocker blocker(m_ui->programmeSearch);
        m_ui->programmeSearch->clear();
    }
    m_searchTimer->stop();
    for (QComboBox *combo :
         { m_ui->sizeClassFilter, m_ui->departmentFilter, m_ui->yearFilter, m_ui->documentFilter, m_ui->themeFilter }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_filter->clearFilters();
    updateCount();
}

QString ProgrammesView::countText() const
{
    return m_ui->programmeCount->text();
}

void ProgrammesView::updateCount()
{
    if (const QString &error = m_error.isEmpty() ? m_searchError : m_error; !error.isEmpty()) {
        m_ui->programmeCount->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->programmeCount->setText(error);
        return;
    }
    m_ui->programmeCount->setStyleSheet({});
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    // The share counts the documents the figures count: one per list and round.
    int counted = 0;
    int mentioning = 0;
    int listsOnly = 0;
    const int tree = m_model->themeTree();
    for (int r = 0; r < shown; ++r) {
        const int row = m_filter->mapToSource(m_filter->index(r, 0)).row();
        const ProgrammeRecord &record = m_model->record(row);
        listsOnly += record.listOnly;
        if (record.listOnly || !record.primary)
            continue;
        ++counted;
        if (tree >= 0 && m_model->total(row, tree) > 0)
            ++mentioning;
    }
    QString text;
    if (!m_model->hasLists())
        text = (shown <= 1 ? tr("%1 programme affiché sur %2") : tr("%1 programmes affichés sur %2"))
                   .arg(locale.toString(shown), locale.toString(all));
    else {
        const int notCounted = shown - counted - listsOnly;
        QStringList parts { counted <= 1 ? tr("%1 document compté").arg(counted)
                                         : tr("%1 documents comptés").arg(locale.toString(counted)) };
        if (notCounted > 0)
            parts << (notCounted == 1 ? tr("1 non compté (un autre document de sa liste passe avant)")
                                      : tr("%1 non comptés (un autre document de leur liste passe avant)")
                                            .arg(locale.toString(notCounted)));
        if (listsOnly > 0)
            parts << (listsOnly == 1 ? tr("1 liste sans document")
                                     : tr("%1 listes sans document").arg(locale.toString(listsOnly)));
        text = tr("%1 lignes sur %2 : %3").arg(locale.toString(shown), locale.toString(all), parts.join(tr(", ")));
    }
    if (tree >= 0 && counted > 0) {
        const QString label = m_model->themes()[static_cast<std::size_t>(tree)].label;
        const QString share = locale.toString(100.0 * mentioning / counted, 'f', 0);
        text += QStringLiteral(" — ")
            + (mentioning <= 1 ? tr("%1 mentionne « %2 » (%3 %)") : tr("%1 mentionnent « %2 » (%3 %)"))
                  .arg(locale.toString(mentioning), label, share);
    }
    m_ui->programmeCount->setText(text);
    m_ui->resetFilters->setEnabled(m_filter->hasFilters() || !m_ui->programmeSearch->text().isEmpty());
}

void ProgrammesView::openCurrent()
{
    const QModelIndex index = m_ui->programmeTable->currentIndex();
    // A list without a document has no text to open (its id is the list's, negated).
    if (index.isValid() && index.data(ProgrammesModel::IdRole).toLongLong() > 0)
        openReader(index.data(ProgrammesModel::IdRole).toLongLong());
}

void ProgrammesView::openReader(qint64 programme, qint64 start, qint64 end)
{
    if (!m_reader->openProgramme(programme, start, end))
        return;
    // The table follows, so that coming back shows where the reader was.
    const int row = m_model->rowOfId(programme);
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_ui->programmeTable->setCurrentIndex(index);
    m_ui->pages->setCurrentWidget(m_reader);
    m_reader->textView()->setFocus();
}

bool ProgrammesView::isReaderOpen() const
{
    return m_ui->pages->currentWidget() == m_reader;
}

void ProgrammesView::showList()
{
    m_ui->pages->setCurrentIndex(0);
    if (m_ui->programmeTable->currentIndex().isValid())
        m_ui->programmeTable->scrollTo(m_ui->programmeTable->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_ui->programmeTable->setFocus();
}

bool ProgrammesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->programmeTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigie::gui
