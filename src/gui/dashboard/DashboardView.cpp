// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboard/DashboardView.h"

#include "charts/StudyCharts.h"
#include "gui/common/Background.h"
#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QShowEvent>
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
    side->addWidget(new QLabel(tr("<b>Correction par la validation</b>"), controls));
    m_correction = new QComboBox(controls);
    m_correction->setObjectName(QStringLiteral("correction"));
    m_correction->setToolTip(tr("Corrige chaque part des erreurs du dictionnaire mesurées sur un échantillon de "
                                "programmes codés à la main (vue Validation)."));
    side->addWidget(m_correction);
    m_correctionNote = new QLabel(controls);
    m_correctionNote->setObjectName(QStringLiteral("correctionNote"));
    m_correctionNote->setWordWrap(true);
    m_correctionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_correctionNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    side->addWidget(m_correctionNote);
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
    connect(m_correction, &QComboBox::activated, this, &DashboardView::measureCorrection);
    connect(&m_session, &StudySession::studyOpened, this, [this] {
        m_correction->clear();
        reloadThemes();
        recompute();
        reloadCorrections();
    });
    connect(&m_session, &StudySession::studyChanged, this, [this] {
        reloadThemes();
        recompute();
        reloadCorrections();
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
    m_coverage = {};
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
    if (core::listCount(m_session.store()) > 0) // the true denominator (docs/statistics.md)
        m_coverage = core::listCoverage(m_session.store(), o.by, o.sizes);
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
    m_chartSpec = charts::crosstabChart(
        m_result, c, density ? charts::Measure::PerTenThousandWords : charts::Measure::Share,
        (density ? tr("Mentions pour 10 000 mots — %1") : tr("Part des programmes qui mentionnent chaque thème — %1"))
            .arg(g.name())
            .toStdString());
    present();
    startTests();
}

void DashboardView::present()
{
    m_corrected.clear();
    if (m_shareCorrection && !m_result.themes.empty())
        m_corrected = core::correctCrosstab(m_result, *m_shareCorrection);
    m_correctionNote->setText(correctionCaveat());
    m_correctionNote->setToolTip(
        m_corrected.empty() ? QString()
                            : tr("Correction de Rogan et Gladen : part corrigée = (part + spécificité − 1) / "
                                 "(sensibilité + spécificité − 1). Son intervalle à 95 % porte l'incertitude de la "
                                 "part et celle des deux mesures (méthode delta ; docs/statistics.md)."));
    m_correctionNote->setVisible(!m_correctionNote->text().isEmpty());
    if (m_result.themes.empty()) {
        fillTable();
        return;
    }
    TableData table;
    table.title = m_chartSpec.title;
    table.header << tr("Groupe") << tr("Programmes");
    const bool corrected = !m_corrected.empty();
    for (const auto &label : m_result.themeLabels) {
        const QString l = QString::fromStdString(label);
        table.header << l + tr(" : programmes") << l + tr(" : part") << l + tr(" : IC bas") << l + tr(" : IC haut")
                     << l + tr(" : mentions pour 10 000 mots");
        if (corrected)
            table.header << l + tr(" : part corrigée") << l + tr(" : part corrigée, IC bas")
                         << l + tr(" : part corrigée, IC haut");
    }
    auto addRow = [&](const core::CrosstabRow &row, const QString &label, std::size_t index) {
        std::vector<TableData::Cell> cells { { label, {} },
                                             { QString::number(row.programmes), static_cast<double>(row.programmes) } };
        for (std::size_t t = 0; t < row.cells.size(); ++t) {
            const auto &cell = row.cells[t];
            cells.push_back({ QString::number(cell.mentioning), static_cast<double>(cell.mentioning) });
            for (double v : { cell.share.share, cell.share.low, cell.share.high })
                cells.push_back({ std::isnan(v) ? QString() : QString::number(v, 'f', 4), v });
            cells.push_back({ QString::number(cell.perTenThousandWords, 'f', 2), cell.perTenThousandWords });
            if (corrected) {
                const auto &k = m_corrected[index][t];
                for (double v : { k.share, k.low, k.high })
                    cells.push_back({ std::isnan(v) ? QString() : QString::number(v, 'f', 4), v });
            }
        }
        table.rows.push_back(cells);
    };
    for (std::size_t r = 0; r < m_result.rows.size(); ++r)
        addRow(m_result.rows[r], QString::fromStdString(m_result.rows[r].label), r);
    addRow(m_result.total, tr("Ensemble"), m_result.rows.size());
    m_chart->setChart(m_chartSpec, table);
    fillTable();
}

void DashboardView::fillTable()
{
    const bool density = m_measure->checkedId() == 1;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (m_result.themes.empty())
        return;
    // With lists: every list of the group, and those with a document (the true denominator of
    // "share of lists with a programme online"), beside the documents counted.
    const bool lists = m_coverage.total.lists > 0;
    QStringList header { tr("Groupe") };
    if (lists)
        header << tr("Listes") << tr("Listes avec un document\npart (IC à 95 %)");
    header << tr("Programmes");
    for (const auto &label : m_result.themeLabels)
        header << QString::fromStdString(label)
                + (density                   ? QString()
                       : m_corrected.empty() ? tr("\nprogrammes · part (IC à 95 %)")
                                             : tr("\nprogrammes · part (IC à 95 %)\n→ part corrigée (IC à 95 %)"));
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    // The groups of either table (a group may have lists and no document), the crosstab's first.
    std::vector<std::pair<const core::CrosstabRow *, const core::CoverageRow *>> groups;
    for (const auto &row : m_result.rows) {
        const auto c = std::find_if(m_coverage.rows.begin(), m_coverage.rows.end(),
                                    [&](const core::CoverageRow &x) { return x.key == row.key; });
        groups.emplace_back(&row, c == m_coverage.rows.end() ? nullptr : &*c);
    }
    for (const auto &c : m_coverage.rows)
        if (std::none_of(m_result.rows.begin(), m_result.rows.end(),
                         [&](const core::CrosstabRow &x) { return x.key == c.key; }))
            groups.emplace_back(nullptr, &c);
    const int offset = lists ? 2 : 0; // the lists' columns, before "Programmes"
    m_table->setRowCount(static_cast<int>(groups.size()) + 1);
    const core::CrosstabRow empty { {}, {}, 0, 0, std::vector<core::CrosstabCell>(m_result.themes.size()) };
    // `at`: the row's index in m_result.rows (its total: rows.size()), for its corrected shares.
    auto put = [&](int r, std::size_t at, const core::CrosstabRow &row, const core::CoverageRow *coverage,
                   const QString &label, bool bold) {
        const std::vector<core::stats::CorrectedShare> *corrected
            = density || m_corrected.empty() || at >= m_corrected.size() ? nullptr : &m_corrected[at];
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
        if (lists) {
            const core::CoverageRow c = coverage ? *coverage : core::CoverageRow {};
            m_table->setItem(r, 1, item(QLocale().toString(static_cast<qlonglong>(c.lists)), true));
            auto *share = item(c.lists == 0 ? QStringLiteral("—")
                                            : QStringLiteral("%1 · %2  (%3 – %4)")
                                                  .arg(QLocale().toString(static_cast<qlonglong>(c.withDocument)),
                                                       formatShare(c.share.share), formatShare(c.share.low),
                                                       formatShare(c.share.high)),
                               true);
            share->setToolTip(tr("%1 listes sur %2 ont au moins un document dans l'étude ; intervalle de confiance "
                                 "à 95 % (Wilson) : %3 – %4")
                                  .arg(c.withDocument)
                                  .arg(c.lists)
                                  .arg(formatShare(c.share.low), formatShare(c.share.high)));
            m_table->setItem(r, 2, share);
        }
        m_table->setItem(r, 1 + offset, item(QLocale().toString(static_cast<qlonglong>(row.programmes)), true));
        if (row.programmes == 0) // lists without a document: no share to show
            return;
        for (std::size_t t = 0; t < row.cells.size(); ++t) {
            const auto &cell = row.cells[t];
            const QString text = density
                ? QLocale().toString(cell.perTenThousandWords, 'f', 1)
                : QStringLiteral("%1 · %2  (%3 – %4)")
                      .arg(QLocale().toString(static_cast<qlonglong>(cell.mentioning)), formatShare(cell.share.share),
                           formatShare(cell.share.low), formatShare(cell.share.high));
            QString tip
                = tr("%1 programmes sur %2 mentionnent ce thème ; intervalle de confiance à 95 % (Wilson) : %3 – "
                     "%4 ; %5 mentions pour 10 000 mots")
                      .arg(cell.mentioning)
                      .arg(row.programmes)
                      .arg(formatShare(cell.share.low), formatShare(cell.share.high),
                           QLocale().toString(cell.perTenThousandWords, 'f', 1));
            QString shown = text;
            if (corrected) {
                const auto &k = (*corrected)[t];
                shown += k.corrected ? QStringLiteral("\n→ %1  (%2 – %3)")
                                           .arg(formatShare(k.share), formatShare(k.low), formatShare(k.high))
                                     : QStringLiteral("\n→ —");
                tip += QStringLiteral("\n")
                    + (k.corrected
                           ? tr("Part corrigée des erreurs mesurées du dictionnaire : %1 (IC à 95 % : %2 – %3).")
                                 .arg(formatShare(k.share), formatShare(k.low), formatShare(k.high))
                           : tr("Pas de part corrigée."));
                const std::string note = core::stats::correctionNote(k, french());
                if (!note.empty())
                    tip += QLatin1Char(' ') + QString::fromStdString(note);
            }
            auto *it = item(shown, true);
            it->setToolTip(tip);
            m_table->setItem(r, static_cast<int>(t) + 2 + offset, it);
        }
    };
    int r = 0;
    for (const auto &[row, coverage] : groups)
        put(r++, row ? static_cast<std::size_t>(row - m_result.rows.data()) : m_corrected.size(), row ? *row : empty,
            coverage, QString::fromStdString(row ? row->label : coverage->label), false);
    put(r, m_result.rows.size(), m_result.total, lists ? &m_coverage.total : nullptr, tr("Ensemble"), true);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setStretchLastSection(false);
}

QString DashboardView::testText() const
{
    return m_tests->text();
}

QString DashboardView::correctionText() const
{
    return m_correctionNote->text();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reloadCorrections(); // codes may have been added in the Validation view since
}

void DashboardView::reloadCorrections()
{
    const QString chosen = m_correction->currentData().toString();
    const bool first = m_correction->count() == 0;
    m_sources = m_session.isOpen() ? core::correctionSources(m_session.store()) : core::CorrectionSources {};
    {
        const QSignalBlocker block(m_correction);
        m_correction->clear();
        m_correction->addItem(tr("Sans correction"), QStringLiteral("none"));
        for (const auto &s : m_sources.usable) {
            m_correction->addItem(tr("%1 — « %2 », %3 programmes")
                                      .arg(QString::fromStdString(s.coder), QString::fromStdString(s.sampleName))
                                      .arg(s.coded),
                                  QStringLiteral("%1|%2").arg(s.sample).arg(QString::fromStdString(s.coder)));
            m_correction->setItemData(m_correction->count() - 1, m_correction->itemText(m_correction->count() - 1),
                                      Qt::ToolTipRole);
        }
        const int at = first ? -1 : m_correction->findData(chosen);
        m_correction->setCurrentIndex(at >= 0 ? at : std::min(1, m_correction->count() - 1));
        m_correction->setEnabled(!m_sources.usable.empty());
    }
    measureCorrection();
}

void DashboardView::measureCorrection()
{
    const int generation = ++m_correctionGeneration;
    const int index = m_correction->currentIndex() - 1;
    if (!m_session.isOpen() || index < 0 || index >= static_cast<int>(m_sources.usable.size())
        || m_session.store().currentDictionaryVersion() == 0) {
        m_shareCorrection.reset();
        m_correctionKey.clear();
        present();
        emit correctionReady();
        return;
    }
    const core::CorrectionSource source = m_sources.usable[static_cast<std::size_t>(index)];
    core::ValidationStore validation(m_session.store());
    auto sample = validation.sample(source.sample);
    if (!sample) { // removed meanwhile
        reloadCorrections();
        return;
    }
    std::vector<core::PassageCode> codes = validation.codes(source.sample);
    // Shown again with the same sample, coder, codes and dictionary: the measure is the same.
    const qint64 version = m_session.store().currentDictionaryVersion();
    std::size_t coded = 0;
    std::string latest;
    for (const core::PassageCode &c : codes)
        if (c.coder == source.coder) {
            ++coded;
            latest = std::max(latest, c.codedAt);
        }
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                            .arg(m_session.path())
                            .arg(source.sample)
                            .arg(QString::fromStdString(source.coder))
                            .arg(version)
                            .arg(coded)
                            .arg(QString::fromStdString(latest))
                            .arg(sample->passages.size());
    if (m_shareCorrection && key == m_correctionKey) {
        present();
        emit correctionReady();
        return;
    }
    m_shareCorrection.reset();
    m_correctionKey = key;
    m_work->run(
        QStringLiteral("share correction"),
        [this, generation, source, sample = std::move(*sample), codes = std::move(codes),
         dictionary = m_session.store().dictionary(version)](const std::atomic_bool &cancel) -> Background::Deliver {
            auto correction = std::make_shared<core::ShareCorrection>(
                core::measureCorrection(sample, codes, source, core::ThemeMatcher::compile(dictionary)));
            if (cancel)
                return {};
            return [this, generation, correction] {
                if (generation != m_correctionGeneration)
                    return;
                m_shareCorrection = *correction;
                present();
                emit correctionReady();
            };
        });
}

QString DashboardView::correctionCaveat() const
{
    if (!m_session.isOpen())
        return {};
    if (m_sources.usable.empty()) {
        if (m_sources.paragraphSamples + m_sources.partialSamples + m_sources.uncodedSamples == 0)
            return tr(
                "Parts non corrigées : aucune validation dans l'étude. Une validation (vue Validation, échantillon "
                "de programmes entiers) mesure les erreurs du dictionnaire et permet de les corriger.");
        if (m_sources.uncodedSamples > 0)
            return tr("Parts non corrigées : l'échantillon de programmes entiers n'est pas encore codé (vue "
                      "Validation).");
        return tr(
            "Parts non corrigées : une part de programmes se corrige avec un échantillon de programmes entiers "
            "tirés parmi tous les programmes. Les échantillons de l'étude sont des paragraphes ou ne couvrent que "
            "les programmes repérés (ou non repérés) : ils mesurent le dictionnaire, sans pouvoir corriger ces "
            "parts.");
    }
    if (!m_shareCorrection || m_corrected.empty())
        return m_correction->currentIndex() <= 0 ? tr("Parts non corrigées (choisissez une validation à gauche).")
                                                 : tr("Correction : mesure du dictionnaire en cours…");
    const core::ShareCorrection &c = *m_shareCorrection;
    using S = core::stats::CorrectedShare::Status;
    QStringList measured, few, blunt, outside;
    long minimum = 0;
    for (std::size_t t = 0; t < m_result.themes.size(); ++t) {
        const QString label = QString::fromStdString(m_result.themeLabels[t]).toHtmlEscaped();
        const core::ThemeCorrection *m = c.find(m_result.themes[t]);
        const auto &total = m_corrected.back()[t];
        if (!m || total.status == S::NotInFrame)
            outside << label;
        else if (total.status == S::TooFewCoded) {
            minimum = std::lround(total.minimumSize);
            few << tr("%1 (%2 et %3)")
                       .arg(label)
                       .arg(std::lround(total.sensitivitySize))
                       .arg(std::lround(total.specificitySize));
        } else if (total.status == S::NotDiscriminating)
            blunt << label;
        else
            measured << tr("%1 : sensibilité %2, spécificité %3")
                            .arg(label, formatShare(m->sensitivity), formatShare(m->specificity));
    }
    QString text = tr("<b>→ Parts corrigées</b> des erreurs du dictionnaire mesurées sur « %1 » contre les codes de "
                      "%2 (%3 programmes). La même correction vaut pour chaque groupe : elle suppose que le "
                      "dictionnaire se trompe autant dans tous.")
                       .arg(QString::fromStdString(c.source.sampleName).toHtmlEscaped(),
                            QString::fromStdString(c.source.coder).toHtmlEscaped())
                       .arg(c.source.coded);
    if (c.source.synthetic)
        text += tr(" <span style='color:#a04000'>Codes fictifs : la correction n'illustre que la méthode.</span>");
    QStringList lines;
    if (!measured.isEmpty())
        lines << measured.join(QStringLiteral(" ; ")) + QLatin1Char('.');
    if (!few.isEmpty())
        lines
            << tr("Non corrigés, trop peu de programmes codés (il en faut %1 où le codeur trouve le thème et %1 où il "
                  "ne le trouve pas ; entre parenthèses, ce qu'il y a) : %2.")
                   .arg(minimum)
                   .arg(few.join(QStringLiteral(", ")));
    if (!blunt.isEmpty())
        lines << tr("Non corrigés, le dictionnaire les distingue à peine (sensibilité + spécificité − 1 ≤ 0,1) : %1.")
                     .arg(blunt.join(QStringLiteral(", ")));
    if (!outside.isEmpty())
        lines << tr("Hors de la grille de codage, non corrigés : %1.").arg(outside.join(QStringLiteral(", ")));
    return text + QStringLiteral("<br><br>") + lines.join(QStringLiteral("<br><br>"));
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
