// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/barometer/BarometerView.h"

#include "charts/StudyCharts.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace vigie::gui {

namespace {

// A table beside its chart takes the width of its columns, up to this.
constexpr int kMaxSideTable = 560;

QString number(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

double ratio(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : std::nan("");
}

// Export cells: numbers as numbers, shares with four decimals and a point (what the dashboard's
// exports write, and what a script reads back).
TableData::Cell textCell(const QString &text)
{
    return { text, {} };
}

TableData::Cell countCell(std::int64_t n)
{
    return { QString::number(n), static_cast<double>(n) };
}

TableData::Cell shareCell(double v)
{
    return { std::isnan(v) ? QString() : QString::number(v, 'f', 4), v };
}

// A long column title on two lines, cut at the space nearest its middle: the sectors' names would
// otherwise make the declared-vs-detected table twice as wide as the window.
QString twoLines(const QString &label)
{
    if (label.size() < 12)
        return label;
    int best = -1;
    for (int i = 0; i < label.size(); ++i)
        if (label[i] == QLatin1Char(' ')
            && (best < 0 || std::abs(i - label.size() / 2) < std::abs(best - label.size() / 2)))
            best = i;
    if (best < 0)
        return label;
    QString out = label;
    out[best] = QLatin1Char('\n');
    return out;
}

// Sorts by the number in Qt::UserRole when both cells have one, else by text in the user's locale
// (so that "Évry" comes before "Fréjus").
class Item : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
};

QTableWidgetItem *textItem(const QString &text, bool bold = false)
{
    auto *it = new Item(text);
    if (bold) {
        QFont f = it->font();
        f.setBold(true);
        it->setFont(f);
    }
    return it;
}

QTableWidgetItem *numberItem(const QString &text, double sortKey, bool bold = false)
{
    QTableWidgetItem *it = textItem(text, bold);
    it->setData(Qt::UserRole, sortKey);
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

// Fills `table` with `header` and rows of items, the columns fitted to their content (headers
// included); `stretchFirst`: the first column takes the room left. Returns the width the table
// needs to show every column.
int setTable(QTableWidget *table, const QStringList &header, const std::vector<std::vector<QTableWidgetItem *>> &rows,
             bool stretchFirst = true)
{
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(static_cast<int>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            table->setItem(static_cast<int>(r), static_cast<int>(c), rows[r][c]);
    if (table->columnCount() == 0) // the header crashes on a section it does not have
        return 0;
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->resizeColumnsToContents();
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < table->columnCount(); ++c) {
        if (c > 0)
            table->setColumnWidth(c, table->columnWidth(c) + 8); // air between right-aligned numbers
        width += table->columnWidth(c);
    }
    if (stretchFirst)
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return width;
}

// "Exporter" with the table exports of a ChartView, for a table that has no chart.
QToolButton *tableExportButton(QWidget *parent, const TableData *data)
{
    auto *button = new QToolButton(parent);
    button->setText(BarometerView::tr("Exporter"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        const QString label = format == QLatin1String("csv") ? BarometerView::tr("Données en CSV…")
                                                             : BarometerView::tr("Données en XLSX…");
        menu->addAction(label, button, [button, data, format] {
            const QString path
                = QFileDialog::getSaveFileName(button, BarometerView::tr("Exporter"),
                                               data->title + QLatin1Char('.') + format, QStringLiteral("*.") + format);
            if (path.isEmpty())
                return;
            QString error;
            const bool ok = format == QLatin1String("csv") ? writeTableCsv(*data, path, &error)
                                                           : writeTableXlsx(*data, path, &error);
            if (!ok)
                QMessageBox::warning(button, BarometerView::tr("Export"), error);
        });
    }
    button->setMenu(menu);
    return button;
}

} // namespace

BarometerView::BarometerView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("barometerMessage"));
    m_message->setTextFormat(Qt::PlainText); // an error message may hold "<"
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_message->setFont(big);

    auto *content = new QWidget(this);
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("barometerHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("barometerDetails"));
    m_details->setTextFormat(Qt::PlainText); // the dictionary's name is the user's
    m_details->setStyleSheet(QStringLiteral("color: #555;"));
    m_details->setWordWrap(true);
    auto *headerLine = new QHBoxLayout;
    headerLine->addWidget(m_header);
    headerLine->addSpacing(12);
    headerLine->addWidget(m_details, 1, Qt::AlignBaseline);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("barometerTabs"));
    m_tabs->setDocumentMode(true);
    const QString chartTabs[] = { tr("Part par catégorie"), tr("Par taille de commune"), tr("Maturité par catégorie") };
    const char *numberNames[] = { "categoryTable", "sizeTable", "maturityTable" };
    for (int i = 0; i < 3; ++i) {
        m_charts[i] = new ChartView;
        m_numbers[i] = makeTable(QString::fromLatin1(numberNames[i]), nullptr);
        auto *scroll = new QScrollArea;
        scroll->setWidget(m_charts[i]);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // The bar charts stand beside their table, at the page's full height: their category names
        // are written slanted under the bars, and at the window's width with a table below, the bars
        // were left a strip of 80 pixels. The maturity chart is drawn in rows and reads best wide,
        // and its table (a column per stage) needs the width: it goes below.
        const bool below = i == MaturityChart;
        auto *split = new QSplitter(below ? Qt::Vertical : Qt::Horizontal);
        split->setObjectName(QStringLiteral("chartAndTable%1").arg(i));
        split->setChildrenCollapsible(false);
        split->addWidget(scroll);
        split->addWidget(m_numbers[i]);
        split->setStretchFactor(0, below ? 3 : 1);
        split->setStretchFactor(1, below ? 2 : 0);
        if (below) // the table's ten rows without scrolling at 760 pixels
            split->setSizes({ 415, 275 });
        m_tabs->addTab(split, chartTabs[i]);
    }

    auto *declaredPage = new QWidget;
    m_declaredDetectedNote = new QLabel(declaredPage);
    m_declaredDetectedNote->setWordWrap(true);
    m_declaredDetected = makeTable(QStringLiteral("declaredDetectedTable"), declaredPage);
    auto *declaredTop = new QHBoxLayout;
    declaredTop->addWidget(m_declaredDetectedNote, 1);
    declaredTop->addWidget(tableExportButton(declaredPage, &m_declaredDetectedData), 0, Qt::AlignTop);
    auto *declaredLayout = new QVBoxLayout(declaredPage);
    declaredLayout->addLayout(declaredTop);
    declaredLayout->addWidget(m_declaredDetected, 1);
    m_tabs->addTab(declaredPage, tr("Déclarées et détectées"));

    auto *cityPage = new QWidget;
    auto *cityNote = new QLabel(
        tr("Projets de chaque commune du baromètre ; cliquez sur un titre de colonne pour trier."), cityPage);
    cityNote->setWordWrap(true);
    m_cities = makeTable(QStringLiteral("cityTable"), cityPage);
    auto *cityTop = new QHBoxLayout;
    cityTop->addWidget(cityNote, 1);
    cityTop->addWidget(tableExportButton(cityPage, &m_cityData), 0, Qt::AlignTop);
    auto *cityLayout = new QVBoxLayout(cityPage);
    cityLayout->addLayout(cityTop);
    cityLayout->addWidget(m_cities, 1);
    m_tabs->addTab(cityPage, tr("Par commune"));

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(headerLine);
    contentLayout->addWidget(m_tabs, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_message);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_session, &StudySession::studyOpened, this, &BarometerView::recompute);
    connect(&m_session, &StudySession::studyChanged, this, &BarometerView::recompute);
    recompute();
}

QString BarometerView::headerText() const
{
    return m_header->text();
}

bool BarometerView::isShowingMessage() const
{
    return m_pages->currentWidget() == m_message;
}

QString BarometerView::messageText() const
{
    return m_message->text();
}

void BarometerView::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void BarometerView::showMessage(const QString &text)
{
    m_result = {};
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setChart({}, {});
        setTable(m_numbers[i], {}, {});
    }
    m_declaredDetectedData = {};
    m_cityData = {};
    setTable(m_declaredDetected, {}, {});
    setTable(m_cities, {}, {});
}

void BarometerView::recompute()
{
    if (!m_session.isOpen()) {
        showMessage(tr("Aucune étude ouverte — Fichier › Ouvrir une étude…"));
        return;
    }
    core::CorpusStore &store = m_session.store();
    charts::ChartContext context;
    context.french = french();
    context.synthetic = m_session.isSynthetic();
    try {
        m_result = core::barometer(store, m_options);
        if (m_result.projects == 0) {
            showMessage(tr("Aucun projet de baromètre dans cette étude — Fichier › Importer…"));
            return;
        }
        const std::int64_t version = store.currentDictionaryVersion();
        m_sectorLabels.clear();
        QString dictionaryName;
        if (version != 0) {
            const core::Dictionary d = store.dictionary(version);
            context.dictionary = d.name() + " " + d.version();
            dictionaryName = QString::fromStdString(context.dictionary);
            for (const auto &sector : m_result.detected) {
                const int t = d.themeIndex(sector.key);
                const auto &theme = d.themes()[static_cast<std::size_t>(t)];
                m_sectorLabels.push_back(
                    QString::fromStdString(context.french || theme.labelEn.empty() ? theme.labelFr : theme.labelEn));
            }
        }
        context.source = tr("étude %1, %2 projets")
                             .arg(QFileInfo(m_session.path()).fileName(), number(m_result.projects))
                             .toStdString();

        const QString projects
            = m_result.projects == 1 ? tr("1 projet") : tr("%1 projets").arg(number(m_result.projects));
        const QString cities = m_result.cities == 0 ? tr("sans commune connue")
            : m_result.cities == 1                  ? tr("dans 1 commune")
                                                    : tr("dans %1 communes").arg(number(m_result.cities));
        m_header->setText(projects + QLatin1Char(' ') + cities);
        QStringList details;
        if (m_result.withoutCity > 0)
            details << tr("dont %1 sans commune connue").arg(number(m_result.withoutCity));
        details << (version != 0 ? tr("secteurs détectés par le dictionnaire %1").arg(dictionaryName)
                                 : tr("pas de dictionnaire : secteurs non détectés"));
        m_details->setText(details.join(QStringLiteral(" · ")));

        fillCategories(context);
        fillSizes(context);
        fillMaturity(context);
        fillDeclaredDetected();
        fillCities();
        m_pages->setCurrentIndex(1);
    } catch (const std::exception &e) {
        showMessage(tr("Le baromètre n'a pas pu être calculé : %1").arg(QString::fromStdString(e.what())));
    }
}

QString BarometerView::categoryLabel(std::size_t row) const
{
    const auto &d = m_result.declared[row];
    return d.key.empty() ? tr("(sans catégorie)") : QString::fromStdString(d.label);
}

QString BarometerView::stageLabel(std::size_t stage) const
{
    const std::string &s = m_result.stages[stage];
    return s.empty() ? tr("(non renseignée)") : QString::fromStdString(s);
}

void BarometerView::fillCategories(const charts::ChartContext &context)
{
    const charts::Chart chart = charts::barometerCategoryChart(m_result, context);
    TableData exported;
    exported.title = chart.title;
    exported.header << tr("Catégorie déclarée") << tr("Projets") << tr("Part des projets") << tr("IC 95 % bas")
                    << tr("IC 95 % haut");
    std::vector<std::vector<QTableWidgetItem *>> rows;
    for (std::size_t r = 0; r < m_result.declared.size(); ++r) {
        const auto &d = m_result.declared[r];
        exported.rows.push_back({ textCell(categoryLabel(r)), countCell(d.projects), shareCell(d.share.share),
                                  shareCell(d.share.low), shareCell(d.share.high) });
        QTableWidgetItem *share
            = numberItem(QStringLiteral("%1  (%2 – %3)")
                             .arg(formatShare(d.share.share), QLocale().toString(100.0 * d.share.low, 'f', 0),
                                  formatShare(d.share.high)),
                         d.share.share);
        share->setToolTip(tr("%1 projets sur %2 ; intervalle de confiance à 95 % (Wilson) : %3 – %4")
                              .arg(number(d.projects), number(m_result.projects), formatShare(d.share.low),
                                   formatShare(d.share.high)));
        rows.push_back(
            { textItem(categoryLabel(r)), numberItem(number(d.projects), static_cast<double>(d.projects)), share });
    }
    rows.push_back({ textItem(tr("Ensemble"), true),
                     numberItem(number(m_result.projects), static_cast<double>(m_result.projects), true),
                     numberItem(formatShare(1.0), 1.0, true) });
    const int width = setTable(m_numbers[CategoryChart],
                               { tr("Catégorie déclarée"), tr("Projets"), tr("Part des projets\n(IC à 95 %)") }, rows);
    m_numbers[CategoryChart]->setMinimumWidth(std::min(width, kMaxSideTable));
    m_numbers[CategoryChart]->horizontalHeaderItem(2)->setToolTip(
        tr("Part des projets de l'étude, et entre parenthèses l'intervalle de confiance à 95 % (Wilson) : où se "
           "trouve la part si les projets sont un échantillon"));
    m_charts[CategoryChart]->setChart(chart, exported);
}

void BarometerView::fillSizes(const charts::ChartContext &context)
{
    const charts::Chart chart = charts::barometerSizeChart(m_result, context);
    // Projects whose city is unknown (or has no population) are in no size class: a column of
    // their own keeps each row's total equal to the category's projects.
    std::vector<std::int64_t> unknown;
    std::int64_t unknownTotal = 0;
    for (std::size_t r = 0; r < m_result.declared.size(); ++r) {
        std::int64_t known = 0;
        for (const auto n : m_result.sizesByCategory[r])
            known += n;
        unknown.push_back(m_result.declared[r].projects - known);
        unknownTotal += unknown.back();
    }
    TableData exported;
    exported.title = chart.title;
    QStringList header { tr("Catégorie déclarée") };
    exported.header << tr("Catégorie déclarée");
    for (const auto &s : m_result.bySize) {
        header << twoLines(QString::fromStdString(s.label));
        exported.header << QString::fromStdString(s.label);
    }
    if (unknownTotal > 0) {
        header << twoLines(tr("Taille inconnue"));
        exported.header << tr("Taille inconnue");
    }
    header << tr("Total");
    exported.header << tr("Total");
    std::vector<std::vector<QTableWidgetItem *>> rows;
    auto addRow = [&](const QString &label, const std::vector<std::int64_t> &counts, std::int64_t unknownCount,
                      std::int64_t total, bool bold) {
        std::vector<TableData::Cell> cells { textCell(label) };
        std::vector<QTableWidgetItem *> items { textItem(label, bold) };
        auto add = [&](std::int64_t n, const QString &tip) {
            cells.push_back(countCell(n));
            QTableWidgetItem *it = numberItem(number(n), static_cast<double>(n), bold);
            if (!tip.isEmpty())
                it->setToolTip(tip);
            items.push_back(it);
        };
        for (std::size_t k = 0; k < counts.size(); ++k)
            add(counts[k],
                tr("%1 des projets de la ligne (%2 sur %3)")
                    .arg(formatShare(ratio(counts[k], total)), number(counts[k]), number(total)));
        if (unknownTotal > 0)
            add(unknownCount, {});
        add(total, {});
        if (!bold) // the exports hold the categories; their total is a sum away
            exported.rows.push_back(cells);
        rows.push_back(items);
    };
    std::vector<std::int64_t> totals;
    for (const auto &s : m_result.bySize)
        totals.push_back(s.projects);
    for (std::size_t r = 0; r < m_result.declared.size(); ++r)
        addRow(categoryLabel(r), m_result.sizesByCategory[r], unknown[r], m_result.declared[r].projects, false);
    addRow(tr("Ensemble"), totals, unknownTotal, m_result.projects, true);
    m_numbers[SizeChart]->setMinimumWidth(std::min(setTable(m_numbers[SizeChart], header, rows), kMaxSideTable));
    m_charts[SizeChart]->setChart(chart, exported);
}

void BarometerView::fillMaturity(const charts::ChartContext &context)
{
    const charts::Chart chart = charts::barometerMaturityChart(m_result, context);
    TableData exported;
    exported.title = chart.title;
    exported.header << tr("Catégorie déclarée") << tr("Projets");
    QStringList header { tr("Catégorie déclarée"), tr("Projets") };
    for (std::size_t k = 0; k < m_result.stages.size(); ++k) {
        exported.header << stageLabel(k) + tr(" : projets") << stageLabel(k) + tr(" : part");
        header << stageLabel(k);
    }
    std::vector<std::vector<QTableWidgetItem *>> rows;
    std::vector<std::int64_t> stageTotals(m_result.stages.size(), 0);
    auto addRow = [&](const QString &label, const std::vector<std::int64_t> &counts, std::int64_t total, bool bold) {
        std::vector<TableData::Cell> cells { textCell(label), countCell(total) };
        std::vector<QTableWidgetItem *> items { textItem(label, bold),
                                                numberItem(number(total), static_cast<double>(total), bold) };
        for (std::size_t k = 0; k < counts.size(); ++k) {
            const double share = ratio(counts[k], total);
            cells.push_back(countCell(counts[k]));
            cells.push_back(shareCell(share));
            QTableWidgetItem *it
                = numberItem(QStringLiteral("%1 · %2").arg(number(counts[k]), formatShare(share)), share, bold);
            it->setToolTip(
                tr("%1 projets sur %2 au stade « %3 »").arg(number(counts[k]), number(total), stageLabel(k)));
            items.push_back(it);
        }
        rows.push_back(items);
        if (!bold)
            exported.rows.push_back(cells);
    };
    for (std::size_t r = 0; r < m_result.declared.size(); ++r) {
        for (std::size_t k = 0; k < stageTotals.size(); ++k)
            stageTotals[k] += m_result.stagesByCategory[r][k];
        addRow(categoryLabel(r), m_result.stagesByCategory[r], m_result.declared[r].projects, false);
    }
    addRow(tr("Ensemble"), stageTotals, m_result.projects, true);
    setTable(m_numbers[MaturityChart], header, rows);
    m_charts[MaturityChart]->setChart(chart, exported);
}

void BarometerView::fillDeclaredDetected()
{
    m_declaredDetectedData = {};
    if (m_result.detected.empty()) {
        m_declaredDetectedNote->setText(
            tr("Cette étude n'a pas de dictionnaire de secteurs : les projets n'ont pas été classés."));
        setTable(m_declaredDetected, {}, {});
        return;
    }
    m_declaredDetectedNote->setText(
        tr("Pour chaque catégorie déclarée, le nombre de ses projets que le dictionnaire place dans chaque secteur "
           "(plus la case est foncée, plus la part de la catégorie est grande). Un projet compte dans chaque secteur "
           "dont il parle : une ligne peut dépasser le total de la catégorie."));
    TableData &exported = m_declaredDetectedData;
    exported.title = tr("Catégories déclarées et secteurs détectés");
    exported.synthetic = syntheticMark(m_session);
    exported.header << tr("Catégorie déclarée") << tr("Projets");
    QStringList header { tr("Catégorie déclarée"), tr("Projets") };
    for (const QString &label : m_sectorLabels) {
        exported.header << label;
        header << twoLines(label);
    }
    exported.header << tr("Aucun secteur");
    header << twoLines(tr("Aucun secteur"));

    const QColor light(0xff, 0xff, 0xff), dark(0x6b, 0xae, 0xd6);
    auto shade = [&](double share) {
        const double f = std::isnan(share) ? 0.0 : std::clamp(share, 0.0, 1.0);
        return QColor::fromRgbF(static_cast<float>(light.redF() + f * (dark.redF() - light.redF())),
                                static_cast<float>(light.greenF() + f * (dark.greenF() - light.greenF())),
                                static_cast<float>(light.blueF() + f * (dark.blueF() - light.blueF())));
    };
    std::vector<std::vector<QTableWidgetItem *>> rows;
    std::vector<std::int64_t> sectorTotals(m_result.detected.size(), 0);
    std::int64_t noneTotal = 0;
    for (std::size_t r = 0; r < m_result.declared.size(); ++r) {
        const std::int64_t total = m_result.declared[r].projects;
        const QString label = categoryLabel(r);
        std::vector<TableData::Cell> cells { textCell(label), countCell(total) };
        std::vector<QTableWidgetItem *> items { textItem(label),
                                                numberItem(number(total), static_cast<double>(total)) };
        const auto biggest
            = std::max_element(m_result.detectedByCategory[r].begin(), m_result.detectedByCategory[r].end())
            - m_result.detectedByCategory[r].begin();
        auto add = [&](std::int64_t n, const QString &sector, bool strongest) {
            cells.push_back(countCell(n));
            const double share = ratio(n, total);
            QTableWidgetItem *it = numberItem(number(n), static_cast<double>(n), strongest && n > 0);
            it->setBackground(shade(share));
            it->setForeground(QColor(0x20, 0x20, 0x20)); // dark on the light shades, also in a dark theme
            it->setToolTip(tr("%1 des %2 projets « %3 » (%4) : %5")
                               .arg(number(n), number(total), label, formatShare(share), sector));
            items.push_back(it);
        };
        for (std::size_t s = 0; s < m_result.detected.size(); ++s) {
            add(m_result.detectedByCategory[r][s], tr("secteur « %1 »").arg(m_sectorLabels[s]),
                static_cast<std::ptrdiff_t>(s) == biggest);
            sectorTotals[s] += m_result.detectedByCategory[r][s];
        }
        add(m_result.undetectedByCategory[r], tr("aucun secteur détecté"), false);
        noneTotal += m_result.undetectedByCategory[r];
        exported.rows.push_back(cells);
        rows.push_back(items);
    }
    std::vector<QTableWidgetItem *> total { textItem(tr("Ensemble"), true),
                                            numberItem(number(m_result.projects),
                                                       static_cast<double>(m_result.projects), true) };
    for (const auto n : sectorTotals)
        total.push_back(numberItem(number(n), static_cast<double>(n), true));
    total.push_back(numberItem(number(noneTotal), static_cast<double>(noneTotal), true));
    rows.push_back(total);
    setTable(m_declaredDetected, header, rows, false); // nine sectors: every column counts
    for (std::size_t s = 0; s < m_result.detected.size(); ++s) {
        QTableWidgetItem *h = m_declaredDetected->horizontalHeaderItem(static_cast<int>(s) + 2);
        h->setData(Qt::UserRole, QString::fromStdString(m_result.detected[s].key));
        h->setToolTip(tr("Projets que le dictionnaire place dans le secteur « %1 »").arg(m_sectorLabels[s]));
    }
    m_declaredDetected->horizontalHeaderItem(static_cast<int>(m_result.detected.size()) + 2)
        ->setToolTip(tr("Projets dont le texte ne mentionne aucun secteur du dictionnaire"));
}

void BarometerView::fillCities()
{
    m_cityData = {};
    m_cityData.title = tr("Projets par commune");
    m_cityData.synthetic = syntheticMark(m_session);
    m_cityData.header << tr("Commune") << tr("Code INSEE") << tr("Taille de commune") << tr("Projets")
                      << tr("Part des projets") << tr("Catégorie principale")
                      << tr("Projets de la catégorie principale");
    std::vector<std::vector<QTableWidgetItem *>> rows;
    for (const auto &c : m_result.byCity) {
        const std::size_t city = static_cast<std::size_t>(&c - m_result.byCity.data());
        const int cls = m_result.citySizeClass[city];
        const QString size = cls < 0
            ? QString()
            : QString::fromStdString(m_options.sizes.classes()[static_cast<std::size_t>(cls)].label);
        // Ties go to the category with more projects overall (the barometer's order).
        const auto &counts = m_result.categoriesByCity[city];
        const auto main = std::max_element(counts.begin(), counts.end()) - counts.begin();
        const bool hasMain = !counts.empty() && counts[static_cast<std::size_t>(main)] > 0;
        const QString mainLabel = hasMain ? categoryLabel(static_cast<std::size_t>(main)) : QString();
        const std::int64_t mainCount = hasMain ? counts[static_cast<std::size_t>(main)] : 0;

        const QString name = QString::fromStdString(c.label);
        m_cityData.rows.push_back({ textCell(name), textCell(QString::fromStdString(c.key)), textCell(size),
                                    countCell(c.projects), shareCell(c.share.share), textCell(mainLabel),
                                    countCell(mainCount) });
        QTableWidgetItem *nameItem = textItem(name);
        nameItem->setToolTip(tr("Code INSEE %1").arg(QString::fromStdString(c.key)));
        QTableWidgetItem *sizeItem = textItem(size.isEmpty() ? tr("inconnue") : size);
        sizeItem->setData(Qt::UserRole, cls); // sorts by size, not by label
        QTableWidgetItem *mainItem
            = textItem(hasMain ? tr("%1 (%2 projets)").arg(mainLabel, number(mainCount)) : QString());
        rows.push_back({ nameItem, sizeItem, numberItem(number(c.projects), static_cast<double>(c.projects)),
                         numberItem(formatShare(c.share.share), c.share.share), mainItem });
    }
    setTable(
        m_cities,
        { tr("Commune"), tr("Taille de commune"), tr("Projets"), tr("Part des projets"), tr("Catégorie principale") },
        rows);
    // Most projects first, as byCity is (a stable sort keeps its order between equals).
    m_cities->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);
    m_cities->setSortingEnabled(true);
}

} // namespace vigie::gui
