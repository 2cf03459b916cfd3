// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Crosstab.h"
#include "analysis/Lists.h"
#include "analysis/Validation.h"
#include "charts/Chart.h"

#include <optional>

#include <QWidget>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace vigie::gui {

class Background;
class ChartView;
class StudySession;

// The headline: share of programmes mentioning each chosen theme by group (city size first),
// with 95 % intervals and n, or mentions per 10,000 words; the same numbers in a table beside the
// chart, and the test of difference between groups (computed off the GUI thread: with a hundred
// departments the exact test takes a second). Once the study has a coded validation sample of
// whole programmes, each share has its corrected share beside it (measured off the GUI thread).
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(StudySession &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    // For tests and scripts.
    void setGrouping(int index); // in the grouping combo's order
    void setThemes(const QStringList &ids); // checked themes
    void setPerTenThousandWords(bool on);
    const core::CrosstabResult &result() const { return m_result; }
    const core::CoverageResult &coverage() const { return m_coverage; }
    ChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QString testText() const;
    QString correctionText() const; // the caveat under the table
    QComboBox *correctionChoice() const { return m_correction; }
    // Corrected shares of the current result: rows, then the total; empty without a correction.
    const std::vector<std::vector<core::stats::CorrectedShare>> &corrected() const { return m_corrected; }

signals:
    void testsFinished(); // the background tests of the current result are in
    void correctionReady(); // the chosen validation was measured (or none is chosen)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadThemes();
    void recompute();
    void present(); // chart, export table, table and caveat from m_result and the correction
    void reloadCorrections(); // the validations that can correct, then measures the chosen one
    void measureCorrection();
    QString correctionCaveat() const;
    void fillTable();
    void startTests();
    void showTests(const std::vector<core::stats::IndependenceTest> &tests, int generation);

    StudySession &m_session;
    QComboBox *m_grouping = nullptr;
    QButtonGroup *m_measure = nullptr;
    QListWidget *m_themes = nullptr;
    ChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_tests = nullptr;
    QComboBox *m_correction = nullptr;
    QLabel *m_correctionNote = nullptr;
    core::CrosstabResult m_result;
    core::CoverageResult m_coverage; // lists with a document by the same grouping; empty without lists
    QString m_correctionKey; // what m_shareCorrection was measured from (study, sample, coder, codes, dictionary)
    charts::Chart m_chartSpec;
    core::CorrectionSources m_sources;
    std::optional<core::ShareCorrection> m_shareCorrection; // the chosen one, measured
    std::vector<std::vector<core::stats::CorrectedShare>> m_corrected;
    int m_correctionGeneration = 0;
    int m_generation = 0; // drops tests of an older result
    std::shared_ptr<std::atomic_bool> m_testsCancel; // the running tests, cancelled by a newer result
    std::unique_ptr<Background> m_work; // last: its jobs are cancelled and waited for first
};

} // namespace vigie::gui
