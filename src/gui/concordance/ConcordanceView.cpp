// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/concordance/ConcordanceView.h"

#include "analysis/Crosstab.h"
#include "gui/common/Background.h"
#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "ui_ConcordanceView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
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

#include <algorithm>

namespace vigie::gui {

ConcordanceView::ConcordanceView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConcordanceView>())
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    m_ui->setupUi(this);
    const Ui::ConcordanceView &ui = *m_ui;
    // The sort entries, in the form's order.
    ui.sort->setItemData(0, static_cast<int>(core::ConcordanceQuery::Sort::Document));
    ui.sort->setItemData(1, static_cast<int>(core::ConcordanceQuery::Sort::Left));
    ui.sort->setItemData(2, static_cast<int>(core::ConcordanceQuery::Sort::Right));
    for (const auto &g : groupingChoices(true))
        ui.grouping->addItem(g.name());
    ui.groupValue->hide(); // for a grouping
    ui.progress->hide(); // both while a query takes a moment
    ui.cancel->hide();

    m_model = new ConcordanceModel(this);
    setUpConcordanceTable(ui.concordanceTable, m_model);
    auto *open = new QAction(tr("Ouvrir le programme à cet endroit"), ui.concordanceTable);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] { openReaderAt(m_ui->concordanceTable->currentIndex()); });
    auto *copy = new QAction(tr("Copier les lignes"), ui.concordanceTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ConcordanceView::copySelection);
    ui.concordanceTable->addAction(open);
    ui.concordanceTable->addAction(copy);

    m_rerun = new QTimer(this);
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(300);
    m_showBusy = new QTimer(this);
    m_showBusy->setSingleShot(true);
    m_showBusy->setInterval(200);

    connect(ui.mode, &QComboBox::currentIndexChanged, this, &ConcordanceView::modeChanged);
    connect(ui.theme, &QComboBox::activated, this, &ConcordanceView::search);
    connect(ui.phrase, &QLineEdit::returnPressed, this, &ConcordanceView::search);
    connect(ui.search, &QPushButton::clicked, this, &ConcordanceView::search);
    connect(ui.context, &QSpinBox::valueChanged, this, &ConcordanceView::scheduleRerun);
    connect(ui.sort, &QComboBox::currentIndexChanged, this, &ConcordanceView::scheduleRerun);
    connect(ui.grouping, &QComboBox::currentIndexChanged, this, [this] {
        reloadGroups();
        scheduleRerun();
    });
    connect(ui.groupValue, &QComboBox::currentIndexChanged, this, &ConcordanceView::scheduleRerun);
    connect(m_rerun, &QTimer::timeout, this, &ConcordanceView::search);
    connect(m_showBusy, &QTimer::timeout, this, [this] {
        m_ui->progress->setVisible(m_busy);
        m_ui->cancel->setVisible(m_busy);
    });
    connect(ui.cancel, &QPushButton::clicked, this, &ConcordanceView::cancel);
    connect(ui.exportCsv, &QPushButton::clicked, this, &ConcordanceView::exportWithDialog);
    connect(ui.concordanceTable, &QTableView::doubleClicked, this, &ConcordanceView::openReaderAt);
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

QTableView *ConcordanceView::table() const
{
    return m_ui->concordanceTable;
}

void ConcordanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_hasQuery && !m_busy && m_session.isOpen() && m_ui->mode->currentIndex() == 0)
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
        const QSignalBlocker b1(m_ui->mode), b2(m_ui->sort), b3(m_ui->grouping), b4(m_ui->context);
        m_ui->mode->setCurrentIndex(0);
        m_ui->sort->setCurrentIndex(0);
        m_ui->grouping->setCurrentIndex(0);
        m_ui->context->setValue(60);
        m_ui->phrase->clear();
    }
    modeChanged();
    reloadThemes();
    reloadGroups();
    m_ui->exportCsv->setEnabled(false);
    setMessage(m_ui->theme->count() > 0 ? tr("Choisissez un thème ou tapez un mot, puis « Rechercher ».")
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
    const QString current = m_ui->theme->currentData().toString();
    const QSignalBlocker block(m_ui->theme);
    m_ui->theme->clear();
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
            m_ui->theme->addItem(themeSwatch(colour), QString(depth * 4, QLatin1Char(' ')) + label,
                                 QString::fromStdString(th.id));
            if (depth == 0) {
                QFont bold = m_ui->theme->font();
                bold.setBold(true);
                m_ui->theme->setItemData(m_ui->theme->count() - 1, bold, Qt::FontRole);
            }
        }
    }
    m_model->setThemes(styles);
    const int i = m_ui->theme->findData(current);
    m_ui->theme->setCurrentIndex(i >= 0 ? i : 0);
}

void ConcordanceView::reloadGroups()
{
    const QString current = m_ui->groupValue->currentData().toString();
    const QSignalBlocker block(m_ui->groupValue);
    m_ui->groupValue->clear();
    const auto &choices = groupingChoices(true);
    const GroupingChoice &g = choices[static_cast<std::size_t>(
        std::clamp(m_ui->grouping->currentIndex(), 0, static_cast<int>(choices.size()) - 1))];
    const bool grouped = g.grouping != core::Grouping::None;
    m_ui->groupValue->setVisible(grouped);
    if (!grouped || !m_session.isOpen() || m_ui->theme->count() == 0)
        return;
    // The groups, their keys and labels are the dashboard's: ask the crosstab for them.
    core::CrosstabOptions o;
    o.by = g.grouping;
    o.sizes = g.sizes();
    o.themes = { m_ui->theme->itemData(0).toString().toStdString() };
    o.withTests = false;
    try {
        const core::CrosstabResult r = core::crosstab(m_session.store(), o);
        for (const auto &row : r.rows)
            m_ui->groupValue->addItem(
                tr("%1 (%2 programmes)")
                    .arg(QString::fromStdString(row.label), QLocale().toString(static_cast<qlonglong>(row.programmes))),
                QString::fromStdString(row.key));
    } catch (const std::exception &e) {
        setMessage(tr("Groupes indisponibles : %1").arg(QString::fromStdString(e.what())), true);
    }
    const int i = m_ui->groupValue->findData(current);
    m_ui->groupValue->setCurrentIndex(i >= 0 ? i : 0);
}

void ConcordanceView::modeChanged()
{
    m_ui->queryStack->setCurrentIndex(m_ui->mode->currentIndex() == 0 ? 0 : 1);
    if (m_ui->mode->currentIndex() == 1)
        m_ui->phrase->setFocus();
}

void ConcordanceView::scheduleRerun()
{
    if (m_hasQuery)
        m_rerun->start();
}

void ConcordanceView::setThemeQuery(const QString &themeId)
{
    const QSignalBlocker block(m_ui->mode);
    m_ui->mode->setCurrentIndex(0);
    modeChanged();
    const int i = m_ui->theme->findData(themeId);
    if (i >= 0)
        m_ui->theme->setCurrentIndex(i);
}

void ConcordanceView::setPhraseQuery(const QString &phrase)
{
    const QSignalBlocker block(m_ui->mode);
    m_ui->mode->setCurrentIndex(1);
    modeChanged();
    m_ui->phrase->setText(phrase);
}

void ConcordanceView::setContextWidth(int codePoints)
{
    const QSignalBlocker block(m_ui->context);
    m_ui->context->setValue(codePoints);
}

void ConcordanceView::setSort(core::ConcordanceQuery::Sort sort)
{
    const QSignalBlocker block(m_ui->sort);
    m_ui->sort->setCurrentIndex(m_ui->sort->findData(static_cast<int>(sort)));
}

bool ConcordanceView::setGroupFilter(int grouping, const QString &key)
{
    if (grouping < 0 || grouping >= static_cast<int>(groupingChoices(true).size()))
        return false;
    {
        const QSignalBlocker block(m_ui->grouping);
        m_ui->grouping->setCurrentIndex(grouping);
    }
    reloadGroups();
    if (grouping == 0)
        return true;
    const int i = m_ui->groupValue->findData(key);
    if (i < 0)
        return false;
    const QSignalBlocker block(m_ui->groupValue);
    m_ui->groupValue->setCurrentIndex(i);
    return true;
}

void ConcordanceView::search()
{
    m_rerun->stop();
    if (!m_session.isOpen())
        return;
    ConcordanceRequest request;
    if (m_ui->mode->currentIndex() == 0) {
        request.query.theme = m_ui->theme->currentData().toString().toStdString();
        if (request.query.theme.empty()) {
            setMessage(tr("L'étude n'a pas encore de dictionnaire : cherchez un mot ou une expression."), true);
            return;
        }
    } else {
        const QString phrase = m_ui->phrase->text().trimmed();
        if (phrase.isEmpty() || phrase == QLatin1String("*")) {
            setMessage(tr("Tapez un mot ou une expression."), true);
            m_ui->phrase->setFocus();
            return;
        }
        request.query.phrase = phrase.toStdString();
    }
    request.query.context = m_ui->context->value();
    request.query.sort = static_cast<core::ConcordanceQuery::Sort>(m_ui->sort->currentData().toInt());
    const auto &choices = groupingChoices(true);
    const GroupingChoice &g = choices[static_cast<std::size_t>(
        std::clamp(m_ui->grouping->currentIndex(), 0, static_cast<int>(choices.size()) - 1))];
    if (g.grouping != core::Grouping::None) {
        if (m_ui->groupValue->currentIndex() < 0) {
            setMessage(tr("Aucun groupe à choisir pour ce regroupement."), true);
            return;
        }
        request.grouping = g.grouping;
        request.sizes = g.sizes();
        request.groupKey = m_ui->groupValue->currentData().toString().toStdString();
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
                        auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
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
        m_ui->concordanceTable->scrollToTop();
        setMessage(resultText());
    }
    m_ui->exportCsv->setEnabled(m_model->rowCount() > 0);
    emit searchFinished();
}

QString ConcordanceView::countText() const
{
    return m_ui->count->text();
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
    if (m_ui->grouping->currentIndex() > 0 && m_ui->groupValue->currentIndex() >= 0)
        text += tr(" — %1 : %2")
                    .arg(m_ui->grouping->currentText(),
                         m_ui->groupValue->currentText().section(QStringLiteral(" ("), 0, 0));
    return text;
}

void ConcordanceView::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_showBusy->start();
    } else {
        m_showBusy->stop();
        m_ui->progress->hide();
        m_ui->cancel->hide();
    }
}

void ConcordanceView::setMessage(const QString &text, bool error)
{
    m_ui->count->setText(text);
    m_ui->count->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void ConcordanceView::measureColumns()
{
    // Natural widths from a sample of lines (enough to see the usual lengths).
    m_naturalWidths.clear();
    const int columns = m_model->columnCount();
    const int rows = std::min(m_model->rowCount(), 2000);
    QFont bold = m_ui->concordanceTable->font();
    bold.setBold(true);
    const QFontMetrics plain(m_ui->concordanceTable->font());
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
    QHeaderView *header = m_ui->concordanceTable->horizontalHeader();
    if (m_naturalWidths.size() != static_cast<std::size_t>(m_model->columnCount()))
        return;
    // The contexts share what the match and the metadata leave, equally, and get most of the
    // width: they are what is read. Every match starts at the same x.
    const int available = std::max(900, m_ui->concordanceTable->viewport()->width());
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
    const QString name = m_ui->mode->currentIndex() == 0
        ? m_ui->theme->currentData().toString()
        : m_ui->phrase->text().trimmed().replace(QLatin1Char('*'), QString());
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
    const auto rows = m_ui->concordanceTable->selectionModel()->selectedRows();
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
