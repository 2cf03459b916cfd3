// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/programmes/ProgrammesView.h"

#include "gui/programmes/ProgrammesModel.h"
#include "gui/programmes/ReaderWidget.h"
#include "gui/common/StudySession.h"
#include "storage/SearchTokenizer.h"

#include <QComboBox>
#include <QHBoxLayout>
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
#include <QVBoxLayout>

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
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QList<int> chips = index.data(ProgrammesModel::ChipsRole).value<QList<int>>();
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
    , m_session(session)
    , m_model(new ProgrammesModel(this))
    , m_filter(new ProgrammesFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Page 1: filters, table, count.
    auto *listPage = new QWidget(m_pages);
    auto *list = new QVBoxLayout(listPage);
    list->setContentsMargins(8, 8, 8, 6);
    list->setSpacing(6);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_search = new QLineEdit(listPage);
    m_search->setObjectName(QStringLiteral("programmeSearch"));
    m_search->setPlaceholderText(tr("Rechercher dans les textes…"));
    m_search->setToolTip(tr("Recherche plein texte : tous les mots, sans tenir compte des accents, de la casse "
                            "ni du pluriel ; \"entre guillemets\" pour une expression exacte."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ProgrammesView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ProgrammesView::applySearch);
    bar->addWidget(m_search, 1);

    // Each combo as wide as its "all" entry; the popups widen to their longest entry.
    auto makeCombo = [&](const QString &name, const QString &tip, int characters) {
        auto *combo = new QComboBox(listPage);
        combo->setObjectName(name);
        combo->setToolTip(tip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(characters);
        combo->setMaxVisibleItems(20);
        connect(combo, &QComboBox::currentIndexChanged, this, &ProgrammesView::filtersChanged);
        bar->addWidget(combo);
        return combo;
    };
    m_sizeClass = makeCombo(QStringLiteral("sizeClassFilter"), tr("Taille de la commune (population INSEE)"), 13);
    m_department = makeCombo(QStringLiteral("departmentFilter"), tr("Département de la commune"), 16);
    m_year = makeCombo(QStringLiteral("yearFilter"), tr("Année de l'élection"), 12);
    m_theme = makeCombo(QStringLiteral("themeFilter"), tr("Programmes qui mentionnent ce thème au moins une fois"), 15);
    m_reset = new QToolButton(listPage);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setText(tr("Tout afficher"));
    m_reset->setToolTip(tr("Effacer la recherche et les filtres"));
    connect(m_reset, &QToolButton::clicked, this, &ProgrammesView::resetFilters);
    bar->addWidget(m_reset);
    list->addLayout(bar);

    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("programmeTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(ProgrammesModel::Themes, new ThemeChipsDelegate(*m_model, m_table));
    {
        // Widths for a 1280-pixel window: the text columns elide (their tooltips are whole), and
        // the chips, last, get what is left (about 280 pixels: the root and two or three themes).
        const int em = m_table->fontMetrics().averageCharWidth();
        const int chars[ProgrammesModel::ColumnCount] = { 16, 16, 7, 14, 15, 9, 17, 5, 6, 30 };
        for (int c = 0; c < ProgrammesModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, chars[c] * em + 12);
        m_table->horizontalHeader()->setMinimumSectionSize(4 * em);
    }
    m_table->sortByColumn(ProgrammesModel::Commune, Qt::AscendingOrder);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openCurrent();
    });
    list->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    m_count = new QLabel(listPage);
    m_count->setObjectName(QStringLiteral("programmeCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_count, 1);
    m_treeLabel = new QLabel(tr("Thèmes affichés :"), listPage);
    m_tree = new QComboBox(listPage);
    m_tree->setObjectName(QStringLiteral("themeTree"));
    m_tree->setToolTip(tr("Arbre de thèmes du dictionnaire montré par les pastilles, les mentions et le filtre de "
                          "thème (« Secteurs » sert aux projets du baromètre)"));
    m_treeLabel->setBuddy(m_tree);
    connect(m_tree, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_tree->currentData();
        if (v.isValid())
            m_model->setThemeTree(v.toInt());
    });
    bottom->addWidget(m_treeLabel);
    bottom->addWidget(m_tree);
    m_open = new QPushButton(tr("Lire le programme"), listPage);
    m_open->setObjectName(QStringLiteral("openProgramme"));
    m_open->setToolTip(tr("Ouvrir le texte du programme sélectionné (Entrée ou double-clic)"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &ProgrammesView::openCurrent);
    bottom->addWidget(m_open);
    list->addLayout(bottom);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_pages->addWidget(listPage);

    // Page 2: the reader.
    m_reader = new ReaderWidget(m_session, *m_model, m_pages);
    m_reader->setObjectName(QStringLiteral("reader"));
    connect(m_reader, &ReaderWidget::backRequested, this, &ProgrammesView::showList);
    m_pages->addWidget(m_reader);

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

void ProgrammesView::reload(bool resetFilters)
{
    const bool readerWasOpen = isReaderOpen();
    const QModelIndex current = m_table->currentIndex();
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
        const QSignalBlocker blocker(m_search);
        m_searchTimer->stop();
        m_search->clear();
        for (QComboBox *combo : { m_sizeClass, m_department, m_year, m_theme }) {
            const QSignalBlocker comboBlocker(combo);
            combo->setCurrentIndex(0);
        }
        m_filter->clearFilters();
    }
    rebuildFilters();
    if (!resetFilters && !m_search->text().trimmed().isEmpty())
        applySearch(); // the index changed with the study

    if (resetFilters || !readerWasOpen) {
        m_reader->clear();
        m_pages->setCurrentIndex(0);
    } else if (!m_reader->reload()) {
        showList();
    }
    if (selected > 0) {
        const int row = m_model->rowOfId(selected);
        const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid())
            m_table->setCurrentIndex(index);
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
    refill(m_sizeClass, tr("Toutes les tailles"), items);

    items.clear();
    for (const QString &code : m_model->departments())
        items.emplace_back(code.isEmpty() ? tr("Commune inconnue") : m_model->departmentLabel(code),
                           code.isEmpty() ? kNoDepartment : code);
    refill(m_department, tr("Tous les départements"), items);

    items.clear();
    for (const int year : m_model->years())
        items.emplace_back(year > 0 ? QString::number(year) : tr("Année inconnue"), year);
    refill(m_year, tr("Toutes les années"), items);

    rebuildThemeCombos();
    filtersChanged();
}

void ProgrammesView::rebuildThemeCombos()
{
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const int root : m_model->roots()) {
            const ThemeInfo &t = m_model->themes()[static_cast<std::size_t>(root)];
            m_tree->addItem(themeSwatch(t.colour), t.label, root);
        }
        m_tree->setCurrentIndex(std::max(0, m_tree->findData(m_model->themeTree())));
        const bool choice = m_tree->count() > 1;
        m_tree->setVisible(choice);
        m_treeLabel->setVisible(choice);
    }

    const QVariant keep = m_theme->currentData();
    {
        const QSignalBlocker blocker(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("Tous les thèmes"));
        const auto &tree = m_model->treeThemes();
        for (const int t : tree) {
            const ThemeInfo &info = m_model->themes()[static_cast<std::size_t>(t)];
            // The root first: "mentions the subject at all"; then its children.
            m_theme->addItem(themeSwatch(info.colour),
                             info.parent < 0 ? tr("%1 (au moins un thème)").arg(info.label) : info.label, info.id);
            m_theme->setItemData(m_theme->count() - 1, info.label, Qt::ToolTipRole);
        }
        if (!tree.empty())
            m_theme->addItem(
                tr("Aucune mention « %1 »").arg(m_model->themes()[static_cast<std::size_t>(tree.front())].label),
                kNoTheme);
        const int i = keep.isValid() ? m_theme->findData(keep) : 0;
        m_theme->setCurrentIndex(std::max(0, i));
    }
    if (m_theme->currentData() != keep)
        filtersChanged();
}

void ProgrammesView::filtersChanged()
{
    ProgrammesFilterModel::Filters f;
    f.sizeClass = intFilter(m_sizeClass);
    const QVariant department = m_department->currentData();
    if (department.isValid())
        f.department = department.toString() == kNoDepartment ? QString() : department.toString();
    f.year = intFilter(m_year);
    // Themes by id: a reload with another dictionary keeps the choice if the theme is still there.
    const QVariant theme = m_theme->currentData();
    if (theme.isValid())
        f.theme
            = theme.toString() == kNoTheme ? ProgrammesFilterModel::kNoTheme : m_model->themeIndex(theme.toString());
    m_filter->setFilters(f);
    updateCount();
}

void ProgrammesView::applySearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    // No word to search ("", "…"): the box filters nothing.
    if (text.isEmpty() || core::searchExpression(text.toStdString()).empty() || !m_session.isOpen()) {
        m_filter->setSearchResults(std::nullopt);
        updateCount();
        return;
    }
    QSet<qint64> ids;
    try {
        const int limit = std::max(1, m_model->rowCount());
        for (const auto id : m_session.store().search(text.toStdString(), limit))
            ids.insert(id);
        m_error.clear();
    } catch (const std::exception &e) {
        m_error = tr("La recherche a échoué : %1").arg(QString::fromStdString(e.what()));
    }
    m_filter->setSearchResults(ids);
    updateCount();
}

void ProgrammesView::resetFilters()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer->stop();
    for (QComboBox *combo : { m_sizeClass, m_department, m_year, m_theme }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_filter->clearFilters();
    updateCount();
}

QString ProgrammesView::countText() const
{
    return m_count->text();
}

void ProgrammesView::updateCount()
{
    if (!m_error.isEmpty()) {
        m_count->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_count->setText(m_error);
        return;
    }
    m_count->setStyleSheet({});
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = (shown <= 1 ? tr("%1 programme affiché sur %2") : tr("%1 programmes affichés sur %2"))
                       .arg(locale.toString(shown), locale.toString(all));
    const int tree = m_model->themeTree();
    if (tree >= 0 && shown > 0) {
        int mentioning = 0;
        for (int r = 0; r < shown; ++r)
            if (m_model->total(m_filter->mapToSource(m_filter->index(r, 0)).row(), tree) > 0)
                ++mentioning;
        const QString label = m_model->themes()[static_cast<std::size_t>(tree)].label;
        const QString share = locale.toString(100.0 * mentioning / shown, 'f', 0);
        text += QStringLiteral(" — ")
            + (mentioning <= 1 ? tr("%1 mentionne « %2 » (%3 %)") : tr("%1 mentionnent « %2 » (%3 %)"))
                  .arg(locale.toString(mentioning), label, share);
    }
    m_count->setText(text);
    m_reset->setEnabled(m_filter->hasFilters() || !m_search->text().isEmpty());
}

void ProgrammesView::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
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
        m_table->setCurrentIndex(index);
    m_pages->setCurrentWidget(m_reader);
    m_reader->textView()->setFocus();
}

bool ProgrammesView::isReaderOpen() const
{
    return m_pages->currentWidget() == m_reader;
}

void ProgrammesView::showList()
{
    m_pages->setCurrentIndex(0);
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

bool ProgrammesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigie::gui
