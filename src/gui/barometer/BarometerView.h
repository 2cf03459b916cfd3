// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Barometer.h"
#include "gui/common/ChartView.h"

#include <QWidget>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace vigie::charts {
struct ChartContext;
} // namespace vigie::charts

namespace vigie::gui {

class StudySession;

// The barometer of the cities' digital projects (core::barometer): a header line ("1 128 projets
// dans 24 communes"), three charts in tabs (share of projects per declared category, projects per
// category by city size, maturity by category), each with its export menu and the same numbers in
// a table below it, then two tables: declared categories against the sectors the dictionary
// detects, and projects per city. A study without projects shows a message instead.
//
// Everything is computed on the GUI thread when the study is opened or changed: the barometer reads
// one row per project, a few milliseconds for the thousand projects of a large study.
class BarometerView : public QWidget
{
    Q_OBJECT

public:
    enum ChartIndex { CategoryChart = 0, SizeChart = 1, MaturityChart = 2 };
    enum TabIndex { DeclaredDetectedTab = 3, CityTab = 4 }; // after the three charts' tabs

    explicit BarometerView(StudySession &session, QWidget *parent = nullptr);

    // For tests and scripts.
    const core::BarometerResult &result() const { return m_result; }
    QString headerText() const;
    bool isShowingMessage() const; // empty study, no study, or the barometer failed
    QString messageText() const;
    void setCurrentTab(int index); // a ChartIndex or a TabIndex
    ChartView *chartView(ChartIndex chart) const { return m_charts[chart]; }
    QTableWidget *numbersTable(ChartIndex chart) const { return m_numbers[chart]; }
    QTableWidget *declaredDetectedTable() const { return m_declaredDetected; }
    QTableWidget *cityTable() const { return m_cities; }
    // The tables' numeric cells hold their number in Qt::UserRole (the text is formatted for the
    // locale); the exports of the last two tables, as their export buttons write them.
    const TableData &declaredDetectedData() const { return m_declaredDetectedData; }
    const TableData &cityData() const { return m_cityData; }

private:
    void recompute();
    void showMessage(const QString &text);
    void fillCategories(const charts::ChartContext &context);
    void fillSizes(const charts::ChartContext &context);
    void fillMaturity(const charts::ChartContext &context);
    void fillDeclaredDetected();
    void fillCities();
    QString categoryLabel(std::size_t row) const;
    QString stageLabel(std::size_t stage) const;

    StudySession &m_session;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_details = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<ChartView *, 3> m_charts {};
    std::array<QTableWidget *, 3> m_numbers {};
    QLabel *m_declaredDetectedNote = nullptr;
    QTableWidget *m_declaredDetected = nullptr;
    QTableWidget *m_cities = nullptr;
    core::BarometerOptions m_options; // the standard size classes, as the report's barometer
    core::BarometerResult m_result;
    std::vector<QString> m_sectorLabels; // in the language of the window, `detected` order
    TableData m_declaredDetectedData;
    TableData m_cityData;
};

} // namespace vigie::gui
