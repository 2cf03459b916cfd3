// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/concordance/ConcordanceView.h"

#include "analysis/Crosstab.h"
#include "gui/common/Background.h"
#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "gui/concordance/ConcordanceModel.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::gui {

namespace { } // namespace

ConcordanceView::ConcordanceView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    // First row: what to look for.
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Thème"));
    m_mode->addItem(tr("Mot ou expression"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setMinimumContentsLength(20);
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_phrase = new QLineEdit(this);
    m_phrase->setObjectName(QStringLiteral("phrase"));
    m_phrase->setClearButtonEnabled(true);
    m_phrase->setPlaceholderText(tr("ex. données ouvertes, connect*"));
    m_phrase->setToolTip(tr("Comme un terme du dictionnaire : majuscules, accents, pluriels et élisions ne "
                            "comptent pas ; un * en fin de mot cherche un début de mot (connect* : connectée, "
                            "connectivité…)."));
    m_queryStack = new QStackedWidget(this);
    m_queryStack->addWidget(m_theme);
    m_queryStack->addWidget(m_phrase);
    m_queryStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_queryStack->setMinimumWidth(260);
    m_queryStack->setMaximumWidth(480);
    m_search = new QPushButton(tr("Rechercher"), this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setDefault(true);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(new QLabel(tr("<b>Chercher</b>"), this));
    queryRow->addWidget(m_mode);
    queryRow->addWidget(m_queryStack, 1);
    queryRow->addWidget(m_search);
    queryRow->addStretch(1);

    // Second row: how to show it.
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setRange(10, 400);
    m_context->setSingleStep(10);
    m_context->setValue(60);
    m_context->setSuffix(tr(" caractères"));
    m_context->setToolTip(tr("Longueur du contexte de chaque côté de l'occurrence."));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->addItem(tr("ordre des documents"), static_cast<int>(core::ConcordanceQuery::Sort::Document));
    m_sort->addItem(tr("contexte gauche"), static_cast<int>(core::ConcordanceQuery::Sort::Left));
    m_sort->addItem(tr("contexte droit"), static_cast<int>(core::ConcordanceQuery::Sort::Right));
    m_sort->setToolTip(tr("Le contexte gauche se trie par le mot le plus proche de l'occurrence, puis le "
                          "suivant vers la gauche ; majuscules, accents et ponctuation ne comptent pas."));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (const auto &g : groupingChoices(true))
        m_grouping->addItem(g.name());
    m_groupValue = new QComboBox(this);
    m_groupValue->setObjectName(QStringLiteral("groupValue"));
    m_groupValue->setMinimumContentsLength(16);
    m_groupValue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Takes the row's free width up to a point: "> 200 000 (40 programmes)" must read whole, and
    // a long nuance label must not widen the view.
    m_groupValue->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_groupValue->setMaximumWidth(340);
    m_groupValue->hide();
    m_export = new QPushButton(tr("Exporter en CSV…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setEnabled(false);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(new QLabel(tr("Contexte"), this));
    optionsRow->addWidget(m_context);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(new QLabel(tr("Trier par"), this));
    optionsRow->addWidget(m_sort);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(new QLabel(tr("Programmes"), this));
    optionsRow->addWidget(m_grouping);
    optionsRow->addWidget(m_groupValue, 4);
    optionsRow->addStretch(1);

    // Third row: what came back, or that it is coming.
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Annuler"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_count, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_export);

    m_model = new ConcordanceModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("concordanceTable"));
    setUpConcordanceTable(m_table, m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *open = new QAction(tr("Ouvrir le programme à cet endroit"), m_table);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] { openReaderAt(m_table->currentIndex()); });
    auto *copy = new QAction(tr("Copier les lignes"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ConcordanceView::copySelection);
    m_table->addAction(open);
    m_table->addAction(copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addLayout(optionsRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_table, 1);

    m_rerun = new QTimer(this);
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(300);
    m_showBusy = new QTimer(this);
    m_showBusy->setSingleShot(true);
    m_showBusy->setInterval(200);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConcordanceView::modeChanged);
    connect(m_theme, &QComboBox::activated, this, &ConcordanceView::search);
    connect(m_phrase, &QLineEdit::returnPressed, this, &ConcordanceView::search);
    connect(m_search, &QPushButton::clicked, this, &ConcordanceView::search);
    connect(m_context, &QSpinBox::valueChanged, this, &ConcordanceView::scheduleRerun);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ConcordanceView::scheduleRerun);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        reloadGroups();
        scheduleRerun();
    });
    connect(m_groupValue, &QComboBox::currentIndexChanged, this, &ConcordanceView::scheduleRerun);
    connect(m_rerun, &QTimer::timeout, this, &ConcordanceView::search);
    connect(m_showBusy, &QTimer::timeout, this, [this] {
        m_progress->setVisible(m_busy);
        m_cancel->setVisible(m_busy);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ConcordanceView::cancel);
    connect(m_export, &QPushButton::clicked, this, &ConcordanceView::exportWithDialog);
    connect(m_table, &QTableView::doubleClicked, this, &ConcordanceView::openReaderAt);
    connect(&m_session, &StudySession::studyOpened, this, &ConcordanceView::studyOpened);
    connect(&m_session, &StudySession::studyChanged, this, &ConcordanceView::studyChanged);

    if (m_session.isOpen())
        studyOpened();
    else
        setMessage(tr("Aucune étude ouverte."));
}

ConcordanceView::~ConcordanceView()
{
    // The workers post to this view: they must be gone first. Cancelled, they stop within one
    // programme.
    m_work.reset();
}

void ConcordanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_hasQuery && !m_busy && m_session.isOpen() && m_mode->currentIndex() == 0)
        QTimer::singleShot(0, this, [this] {
            if (!m_hasQuery && !m_busy && isVisible())
                search();
        });
}

void ConcordanceView::studyOpened()
{
    dropRunning();
    setBusy(false);
    m_model->clear();
    m_hasQuery = false;
    {
        const QSignalBlocker b1(m_mode), b2(m_sort), b3(m_grouping), b4(m_context);
        m_mode->setCurrentIndex(0);
        m_sort->setCurrentIndex(0);
        m_grouping->setCurrentIndex(0);
        m_context->setValue(60);
        m_phrase->clear();
    }
    modeChanged();
    reloadThemes();
    reloadGroups();
    m_export->setEnabled(false);
    setMessage(m_theme->count() > 0 ? tr("Choisissez un thème ou tapez un mot, puis « Rechercher ».")
                                    : tr("Tapez un mot ou une expression, puis « Rechercher »."));
}

void ConcordanceView::studyChanged()
{
    reloadThemes();
    reloadGroups();
    if (m_hasQuery)
        search();
}

void ConcordanceView::reloadThemes()
{
    const QString current = m_theme->currentData().toString();
    const QSignalBlocker block(m_theme);
    m_theme->clear();
    QHash<QString, ConcordanceModel::ThemeStyle> styles;
    if (m_session.isOpen() && m_session.store().currentDictionaryVersion() != 0) {
        const core::Dictionary d = m_session.store().dictionary(m_session.store().currentDictionaryVersion());
        for (int t = 0; t < static_cast<int>(d.themes().size()); ++t) {
            const auto &th = d.themes()[static_cast<std::size_t>(t)];
            const QString label = themeLabel(th);
            const QColor colour(QString::fromStdString(th.colour));
            styles.insert(QString::fromStdString(th.id), { label, colour });
            // The tree, indented: a root's concordance holds its children's mentions.
            const int depth = static_cast<int>(d.ancestors(t).size());
            m_theme->addItem(themeSwatch(colour), QString(depth * 4, QLatin1Char(' ')) + label,
                             QString::fromStdString(th.id));
            if (depth == 0) {
                QFont bold = m_theme->font();
                bold.setBold(true);
                m_theme->setItemData(m_theme->count() - 1, bold, Qt::FontRole);
            }
        }
    }
    m_model->setThemes(styles);
    const int i = m_theme->findData(current);
    m_theme->setCurrentIndex(i >= 0 ? i : 0);
}

void ConcordanceView::reloadGroups()
{
    const QString current = m_groupValue->currentData().toString();
    const QSignalBlocker block(m_groupValue);
    m_groupValue->clear();
    const auto &choices = groupingChoices(true);
    const GroupingChoice &g = choices[static_cast<std::size_t>(
        std::clamp(m_grouping->currentIndex(), 0, static_cast<int>(choices.size()) - 1))];
    const bool grouped = g.grouping != core::Grouping::None;
    m_groupValue->setVisible(grouped);
    if (!grouped || !m_session.isOpen() || m_theme->count() == 0)
        return;
    // The groups, their keys and labels are the dashboard's: ask the crosstab for them.
    core::CrosstabOptions o;
    o.by = g.grouping;
    o.sizes = g.sizes();
    o.themes = { m_theme->itemData(0).toString().toStdString() };
    o.withTests = false;
    try {
        const core::CrosstabResult r = core::crosstab(m_session.store(), o);
        for (const auto &row : r.rows)
            m_groupValue->addItem(
                tr("%1 (%2 programmes)")
                    .arg(QString::fromStdString(row.label), QLocale().toString(static_cast<qlonglong>(row.programmes))),
                QString::fromStdString(row.key));
    } catch (const std::exception &e) {
        setMessage(tr("Groupes indisponibles : %1").arg(QString::fromStdString(e.what())), true);
    }
    const int i = m_groupValue->findData(current);
    m_groupValue->setCurrentIndex(i >= 0 ? i : 0);
}

void ConcordanceView::modeChanged()
{
    m_queryStack->setCurrentIndex(m_mode->currentIndex() == 0 ? 0 : 1);
    if (m_mode->currentIndex() == 1)
        m_phrase->setFocus();
}

void ConcordanceView::scheduleRerun()
{
    if (m_hasQuery)
        m_rerun->start();
}

void ConcordanceView::setThemeQuery(const QString &themeId)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(0);
    modeChanged();
    const int i = m_theme->findData(themeId);
    if (i >= 0)
        m_theme->setCurrentIndex(i);
}

void ConcordanceView::setPhraseQuery(const QString &phrase)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(1);
    modeChanged();
    m_phrase->setText(phrase);
}

void ConcordanceView::setContextWidth(int codePoints)
{
    const QSignalBlocker block(m_context);
    m_context->setValue(codePoints);
}

void ConcordanceView::setSort(core::ConcordanceQuery::Sort sort)
{
    const QSignalBlocker block(m_sort);
    m_sort->setCurrentIndex(m_sort->findData(static_cast<int>(sort)));
}

bool ConcordanceView::setGroupFilter(int grouping, const QString &key)
{
    if (grouping < 0 || grouping >= static_cast<int>(groupingChoices(true).size()))
        return false;
    {
        const QSignalBlocker block(m_grouping);
        m_grouping->setCurrentIndex(grouping);
    }
    reloadGroups();
    if (grouping == 0)
        return true;
    const int i = m_groupValue->findData(key);
    if (i < 0)
        return false;
    const QSignalBlocker block(m_groupValue);
    m_groupValue->setCurrentIndex(i);
    return true;
}

void ConcordanceView::search()
{
    m_rerun->stop();
    if (!m_session.isOpen())
        return;
    ConcordanceRequest request;
    if (m_mode->currentIndex() == 0) {
        request.query.theme = m_theme->currentData().toString().toStdString();
        if (request.query.theme.empty()) {
            setMessage(tr("L'étude n'a pas encore de dictionnaire : cherchez un mot ou une expression."), true);
            return;
        }
    } else {
        const QString phrase = m_phrase->text().trimmed();
        if (phrase.isEmpty() || phrase == QLatin1String("*")) {
            setMessage(tr("Tapez un mot ou une expression."), true);
            m_phrase->setFocus();
            return;
        }
        request.query.phrase = phrase.toStdString();
    }
    request.query.context = m_context->value();
    request.query.sort = static_cast<core::ConcordanceQuery::Sort>(m_sort->currentData().toInt());
    const auto &choices = groupingChoices(true);
    const GroupingChoice &g = choices[static_cast<std::size_t>(
        std::clamp(m_grouping->currentIndex(), 0, static_cast<int>(choices.size()) - 1))];
    if (g.grouping != core::Grouping::None) {
        if (m_groupValue->currentIndex() < 0) {
            setMessage(tr("Aucun groupe à choisir pour ce regroupement."), true);
            return;
        }
        request.grouping = g.grouping;
        request.sizes = g.sizes();
        request.groupKey = m_groupValue->currentData().toString().toStdString();
    }

    dropRunning(); // the previous query's result is no longer wanted
    m_hasQuery = true;
    const int generation = ++m_generation;
    const std::string path = m_session.path().toStdString();
    // The result comes back to the GUI thread, where an old generation is dropped.
    m_work->run(QStringLiteral("concordance"),
                [this, path, request, generation](const std::atomic_bool &cancel) -> Background::Deliver {
                    ConcordanceResult result;
                    try {
                        auto store = core::CorpusStore::open(path);
                        result = runConcordance(store, request, cancel);
                    } catch (const std::exception &e) {
                        result.error = tr("Impossible de lire l'étude : %1").arg(QString::fromStdString(e.what()));
                    }
                    return [this, generation, result = std::move(result)]() mutable {
                        finished(generation, std::move(result));
                    };
                });
    setBusy(true);
    setMessage(tr("Recherche en cours…"));
}

void ConcordanceView::dropRunning()
{
    m_rerun->stop();
    m_work->cancelAll();
    ++m_generation;
}

void ConcordanceView::cancel()
{
    dropRunning();
    if (!m_busy)
        return;
    setBusy(false);
    setMessage(tr("Recherche annulée."));
    emit searchFinished();
}

void ConcordanceView::finished(int generation, ConcordanceResult result)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    if (result.cancelled) {
        setMessage(tr("Recherche annulée."));
    } else if (!result.error.isEmpty()) {
        m_model->clear();
        setMessage(result.error, true);
    } else {
        m_model->setResult(std::move(result));
        measureColumns();
        fitColumns();
        m_table->scrollToTop();
        setMessage(resultText());
    }
    m_export->setEnabled(m_model->rowCount() > 0);
    emit searchFinished();
}

QString ConcordanceView::countText() const
{
    return m_count->text();
}

QString ConcordanceView::resultText() const
{
    const int lines = m_model->rowCount();
    if (lines == 0)
        return tr("Aucune occurrence.");
    const QLocale locale;
    const int programmes = m_model->programmeCount();
    // French: singular up to 1.
    const QString occurrences = (lines <= 1 ? tr("%1 occurrence") : tr("%1 occurrences")).arg(locale.toString(lines));
    const QString in = (programmes <= 1 ? tr("%1 programme") : tr("%1 programmes")).arg(locale.toString(programmes));
    QString text = tr("%1 dans %2").arg(occurrences, in);
    if (m_grouping->currentIndex() > 0 && m_groupValue->currentIndex() >= 0)
        text += tr(" — %1 : %2")
                    .arg(m_grouping->currentText(), m_groupValue->currentText().section(QStringLiteral(" ("), 0, 0));
    return text;
}

void ConcordanceView::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_showBusy->start();
    } else {
        m_showBusy->stop();
        m_progress->hide();
        m_cancel->hide();
    }
}

void ConcordanceView::setMessage(const QString &text, bool error)
{
    m_count->setText(text);
    m_count->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void ConcordanceView::measureColumns()
{
    // Natural widths from a sample of lines (enough to see the usual lengths).
    m_naturalWidths.clear();
    const int columns = m_model->columnCount();
    const int rows = std::min(m_model->rowCount(), 2000);
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics plain(m_table->font());
    const QFontMetrics boldMetrics(bold);
    for (int c = 0; c < columns; ++c) {
        const QFontMetrics &fm = c == ConcordanceModel::MatchColumn ? boldMetrics : plain;
        std::vector<int> widths;
        widths.reserve(static_cast<std::size_t>(rows));
        for (int r = 0; r < rows; ++r)
            widths.push_back(fm.horizontalAdvance(m_model->index(r, c).data().toString()) + 14);
        std::sort(widths.begin(), widths.end());
        const int header = plain.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        // The match is what the line is about: as wide as the widest (capped by fitColumns());
        // metadata columns take the 90th percentile, one long list name must not push the
        // contexts aside (it is elided, its tooltip shows it whole).
        const std::size_t at = c == ConcordanceModel::MatchColumn ? widths.size() - 1 : (widths.size() - 1) * 9 / 10;
        const int typical = widths.empty() ? 0 : widths[at];
        m_naturalWidths.push_back(std::max(header, typical));
    }
}

void ConcordanceView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_naturalWidths.size() != static_cast<std::size_t>(m_model->columnCount()))
        return;
    // The contexts share what the match and the metadata leave, equally, and get most of the
    // width: they are what is read. Every match starts at the same x.
    const int available = std::max(900, m_table->viewport()->width());
    static constexpr double kCaps[] = { 0, 0.20, 0, 0.15, 0.11, 0.10 }; // share of the width, per column
    header->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    for (int c = ConcordanceModel::MatchColumn; c < m_model->columnCount(); ++c) {
        if (c == ConcordanceModel::RightColumn)
            continue;
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(
            c, std::min(m_naturalWidths[static_cast<std::size_t>(c)], static_cast<int>(kCaps[c] * available)));
    }
}

void ConcordanceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

bool ConcordanceView::exportCsv(const QString &path, QString *error) const
{
    TableData table = m_model->table();
    table.synthetic = syntheticMark(m_session);
    return writeTableCsv(table, path, error);
}

void ConcordanceView::exportWithDialog()
{
    const QString name = m_mode->currentIndex() == 0 ? m_theme->currentData().toString()
                                                     : m_phrase->text().trimmed().replace(QLatin1Char('*'), QString());
    QString suggested = tr("concordance-%1.csv").arg(name.isEmpty() ? tr("requete") : name);
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter la concordance"),
                                                      QFileInfo(m_session.path()).absoluteDir().filePath(suggested),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Exporter la concordance"), error);
}

void ConcordanceView::openReaderAt(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != m_model)
        return;
    const auto &line = m_model->line(index.row());
    m_session.requestReader(line.programme, line.start, line.end);
}

void ConcordanceView::copySelection() const
{
    QStringList out;
    const auto rows = m_table->selectionModel()->selectedRows();
    std::vector<int> sorted;
    for (const auto &r : rows)
        sorted.push_back(r.row());
    std::sort(sorted.begin(), sorted.end());
    for (int r : sorted) {
        auto text = [&](int c) {
            return m_model->index(r, c).data().toString();
        };
        QString where = text(ConcordanceModel::ProgrammeColumn);
        if (!text(ConcordanceModel::CommuneColumn).isEmpty())
            where += QStringLiteral(", ") + text(ConcordanceModel::CommuneColumn);
        out << QStringLiteral("…%1 %2 %3… (%4)")
                   .arg(text(ConcordanceModel::LeftColumn), text(ConcordanceModel::MatchColumn),
                        text(ConcordanceModel::RightColumn), where);
    }
    if (!out.isEmpty())
        QApplication::clipboard()->setText(out.join(QLatin1Char('\n')));
}

} // namespace vigie::gui
