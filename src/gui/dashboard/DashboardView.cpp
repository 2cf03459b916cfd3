// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboard/DashboardView.h"

#include "charts/StudyCharts.h"
#include "gui/common/Background.h"
#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "tagging/Dictionary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace vigie::gui {

namespace {

QString pValueText(double p)
{
    if (std::isnan(p))
        return QStringLiteral("—");
    if (p < 0.001)
        return QStringLiteral("p < ") + QLocale().toString(0.001, 'f', 3);
    return QStringLiteral("p = ") + QLocale().toString(p, 'f', 3);
}

} // namespace

DashboardView::DashboardView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    auto *controls = new QWidget(this);
    controls->setFixedWidth(300);
    auto *side = new QVBoxLayout(controls);
    side->addWidget(new QLabel(tr("<b>Regrouper par</b>"), controls));
    m_grouping = new QComboBox(controls);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (const auto &g : groupingChoices(false))
        m_grouping->addItem(g.name());
    side->addWidget(m_grouping);
    side->addSpacing(8);
    side->addWidget(new QLabel(tr("<b>Mesure</b>"), controls));
    m_measure = new QButtonGroup(this);
    auto *share = new QRadioButton(tr("Part des programmes"), controls);
    auto *density = new QRadioButton(tr("Mentions pour 10 000 mots"), controls);
    share->setChecked(true);
    m_measure->addButton(share, 0);
    m_measure->addButton(density, 1);
    side->addWidget(share);
    side->addWidget(density);
    side->addSpacing(8);
    side->addWidget(new QLabel(tr("<b>Thèmes</b>"), controls));
    m_themes = new QListWidget(controls);
    m_themes->setObjectName(QStringLiteral("themes"));
    side->addWidget(m_themes, 1);

    m_chart = new ChartView(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("crosstabTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_tests = new QLabel(this);
    m_tests->setObjectName(QStringLiteral("tests"));
    m_tests->setWordWrap(true);
    m_tests->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tests->setMinimumHeight(3 * m_tests->fontMetrics().lineSpacing() + 6);
    m_tests->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_table, 1);
    belowLayout->addWidget(m_tests);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("chartAndTable"));
    split->addWidget(scroll);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 520, 300 });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(split, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardView::recompute);
    connect(m_measure, &QButtonGroup::idClicked, this, &DashboardView::recompute);
    connect(m_themes, &QListWidget::itemChanged, this, &DashboardView::recompute);
    connect(&m_session, &StudySession::studyOpened, this, [this] {
        reloadThemes();
        recompute();
    });
    connect(&m_session, &StudySession::studyChanged, this, [this] {
        reloadThemes();
        recompute();
    });
}

DashboardView::~DashboardView() = default; // m_work cancels the tests and waits for them

void DashboardView::reloadThemes()
{
    QStringList checked;
    for (int i = 0; i < m_themes->count(); ++i)
        if (m_themes->item(i)->checkState() == Qt::Checked)
            checked << m_themes->item(i)->data(Qt::UserRole).toString();
    if (checked.isEmpty())
        checked = { QStringLiteral("numerique"), QStringLiteral("open_data"), QStringLiteral("ville_connectee"),
                    QStringLiteral("e_sante"), QStringLiteral("french_tech") };
    const QSignalBlocker block(m_themes);
    m_themes->clear();
    if (!m_session.isOpen() || m_session.store().currentDictionaryVersion() == 0)
        return;
    const core::Dictionary d = m_session.store().dictionary(m_session.store().currentDictionaryVersion());
    for (int t = 0; t < static_cast<int>(d.themes().size()); ++t) {
        const auto &th = d.themes()[static_cast<std::size_t>(t)];
        const auto depth = d.ancestors(t).size();
        const QString root = depth == 0
            ? QString::fromStdString(th.id)
            : QString::fromStdString(d.themes()[static_cast<std::size_t>(d.ancestors(t).back())].id);
        if (root != QLatin1String("numerique")) // the secteurs tree classifies barometer projects
            continue;
        auto *item
            = new QListWidgetItem(QString(static_cast<int>(depth) * 3, QLatin1Char(' ')) + themeLabel(th), m_themes);
        item->setData(Qt::UserRole, QString::fromStdString(th.id));
        item->setToolTip(QString::fromStdString(th.description.empty() ? th.labelFr : th.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(QString::fromStdString(th.id)) ? Qt::Checked : Qt::Unchecked);
    }
}

void DashboardView::setGrouping(int index)
{
    m_grouping->setCurrentIndex(index);
}

void DashboardView::setThemes(const QStringList &ids)
{
    {
        const QSignalBlocker block(m_themes);
        for (int i = 0; i < m_themes->count(); ++i)
            m_themes->item(i)->setCheckState(
                ids.contains(m_themes->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    recompute();
}

void DashboardView::setPerTenThousandWords(bool on)
{
    m_measure->button(on ? 1 : 0)->setChecked(true);
    recompute();
}

void DashboardView::recompute()
{
    ++m_generation;
    m_result = {};
    if (!m_session.isOpen() || m_session.store().currentDictionaryVersion() == 0) {
        m_chart->setChart({}, {});
        fillTable();
        return;
    }
    const GroupingChoice &g = groupingChoices(false)[static_cast<std::size_t>(std::max(0, m_grouping->currentIndex()))];
    core::CrosstabOptions o;
    o.by = g.grouping;
    o.sizes = g.sizes();
    o.withTests = false;
    for (int i = 0; i < m_themes->count(); ++i)
        if (m_themes->item(i)->checkState() == Qt::Checked)
            o.themes.push_back(m_themes->item(i)->data(Qt::UserRole).toString().toStdString());
    if (o.themes.empty()) {
        m_chart->setChart({}, {});
        fillTable();
        m_tests->setText(tr("Cochez au moins un thème."));
        return;
    }
    m_result = core::crosstab(m_session.store(), o);
    if (!french()) { // core labels themes in French; the dictionary has the English labels too
        const core::Dictionary labels = m_session.store().dictionary(m_result.dictionaryVersion);
        for (std::size_t t = 0; t < m_result.themes.size(); ++t) {
            const auto &th = labels.themes()[static_cast<std::size_t>(labels.themeIndex(m_result.themes[t]))];
            if (!th.labelEn.empty())
                m_result.themeLabels[t] = th.labelEn;
        }
    }

    charts::ChartContext c;
    c.french = french();
    c.synthetic = m_session.isSynthetic();
    c.source = tr("étude %1, %2 programmes")
                   .arg(QFileInfo(m_session.path()).fileName(),
                        QLocale().toString(static_cast<qlonglong>(m_result.total.programmes)))
                   .toStdString();
    const core::Dictionary d = m_session.store().dictionary(m_result.dictionaryVersion);
    c.dictionary = d.name() + " " + d.version();
    const bool density = m_measure->checkedId() == 1;
    const charts::Chart chart = charts::crosstabChart(
        m_result, c, density ? charts::Measure::PerTenThousandWords : charts::Measure::Share,
        (density ? tr("Mentions pour 10 000 mots — %1") : tr("Part des programmes qui mentionnent chaque thème — %1"))
            .arg(g.name())
            .toStdString());

    TableData table;
    table.title = chart.title;
    table.header << tr("Groupe") << tr("Programmes");
    for (const auto &label : m_result.themeLabels) {
        const QString l = QString::fromStdString(label);
        table.header << l + tr(" : programmes") << l + tr(" : part") << l + tr(" : IC bas") << l + tr(" : IC haut")
                     << l + tr(" : mentions pour 10 000 mots");
    }
    auto addRow = [&](const core::CrosstabRow &row, const QString &label) {
        std::vector<TableData::Cell> cells { { label, {} },
                                             { QString::number(row.programmes), static_cast<double>(row.programmes) } };
        for (const auto &cell : row.cells) {
            cells.push_back({ QString::number(cell.mentioning), static_cast<double>(cell.mentioning) });
            for (double v : { cell.share.share, cell.share.low, cell.share.high })
                cells.push_back({ std::isnan(v) ? QString() : QString::number(v, 'f', 4), v });
            cells.push_back({ QString::number(cell.perTenThousandWords, 'f', 2), cell.perTenThousandWords });
        }
        table.rows.push_back(cells);
    };
    for (const auto &row : m_result.rows)
        addRow(row, QString::fromStdString(row.label));
    addRow(m_result.total, tr("Ensemble"));
    m_chart->setChart(chart, table);
    fillTable();
    startTests();
}

void DashboardView::fillTable()
{
    const bool density = m_measure->checkedId() == 1;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (m_result.themes.empty())
        return;
    QStringList header { tr("Groupe"), tr("Programmes") };
    for (const auto &label : m_result.themeLabels)
        header << QString::fromStdString(label) + (density ? QString() : tr("\nprogrammes · part (IC à 95 %)"));
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(m_result.rows.size()) + 1);
    auto put = [&](int r, const core::CrosstabRow &row, const QString &label, bool bold) {
        auto item = [&](const QString &text, bool right) {
            auto *it = new QTableWidgetItem(text);
            if (right)
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont f = it->font();
            f.setBold(bold);
            it->setFont(f);
            return it;
        };
        m_table->setItem(r, 0, item(label, false));
        m_table->setItem(r, 1, item(QLocale().toString(static_cast<qlonglong>(row.programmes)), true));
        for (std::size_t t = 0; t < row.cells.size(); ++t) {
            const auto &cell = row.cells[t];
            const QString text = density
                ? QLocale().toString(cell.perTenThousandWords, 'f', 1)
                : QStringLiteral("%1 · %2  (%3 – %4)")
                      .arg(QLocale().toString(static_cast<qlonglong>(cell.mentioning)), formatShare(cell.share.share),
                           formatShare(cell.share.low), formatShare(cell.share.high));
            auto *it = item(text, true);
            it->setToolTip(
                tr("%1 programmes sur %2 mentionnent ce thème ; intervalle de confiance à 95 % (Wilson) : %3 – "
                   "%4 ; %5 mentions pour 10 000 mots")
                    .arg(cell.mentioning)
                    .arg(row.programmes)
                    .arg(formatShare(cell.share.low), formatShare(cell.share.high),
                         QLocale().toString(cell.perTenThousandWords, 'f', 1)));
            m_table->setItem(r, static_cast<int>(t) + 2, it);
        }
    };
    int r = 0;
    for (const auto &row : m_result.rows)
        put(r++, row, QString::fromStdString(row.label), false);
    put(r, m_result.total, tr("Ensemble"), true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(false);
}

QString DashboardView::testText() const
{
    return m_tests->text();
}

void DashboardView::startTests()
{
    const int generation = m_generation;
    if (m_result.rows.size() < 2) {
        m_tests->setText(m_result.rows.empty() ? tr("Aucun groupe : pas de test de différence.")
                                               : tr("Un seul groupe : pas de test de différence."));
        emit testsFinished();
        return;
    }
    m_tests->setText(tr("Test de différence entre les groupes : calcul en cours…"));
    if (m_testsCancel)
        *m_testsCancel = true; // an older result's tests: no one waits for them any more
    m_testsCancel
        = m_work->run(QStringLiteral("tests"),
                      [this, result = m_result, generation](const std::atomic_bool &cancel) -> Background::Deliver {
                          std::vector<core::stats::IndependenceTest> tests;
                          for (std::size_t t = 0; t < result.themes.size(); ++t) {
                              if (cancel) // looked at between themes: one exact test takes at most a second
                                  return {};
                              tests.push_back(core::crosstabTest(result, t));
                          }
                          return [this, tests = std::move(tests), generation] {
                              showTests(tests, generation);
                          };
                      });
}

void DashboardView::showTests(const std::vector<core::stats::IndependenceTest> &tests, int generation)
{
    if (m_generation != generation)
        return;
    QStringList lines;
    for (std::size_t t = 0; t < tests.size(); ++t) {
        const auto &test = tests[t];
        using M = core::stats::IndependenceTest::Method;
        const QString method = test.method == M::ChiSquare ? tr("khi-deux")
            : test.method == M::FisherExact                ? tr("Fisher exact")
            : test.method == M::FisherMonteCarlo           ? tr("Fisher (Monte Carlo)")
                                                           : tr("pas de test");
        QString line = tr("<b>%1</b> : %2, %3")
                           .arg(QString::fromStdString(m_result.themeLabels[t]).toHtmlEscaped(), method,
                                pValueText(test.pValue).toHtmlEscaped());
        if (test.lowExpectedWarning)
            line += tr(" <span style='color:#a04000'>(effectifs attendus &lt; 5)</span>");
        lines << line;
    }
    m_tests->setText(tr("Différence entre les groupes — ") + lines.join(tr(" ; ", "separator between tests")));
    emit testsFinished();
}

} // namespace vigie::gui
