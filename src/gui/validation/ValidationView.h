// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Validation.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextEdit;

namespace vigie::core {
class ThemeMatcher;
} // namespace vigie::core

namespace vigie::gui {

class Background;
class StudySession;

// Validation: hand-code a sample of the study's passages and see how the dictionary does against
// the coders (core/analysis/Validation.h; docs/window.md, "Validation").
//
// Left, the coding panel: the sample chosen above, one passage at a time with its source and the
// paragraphs around it, the coding frame's themes as check boxes, a note. Keyboard first: the
// digits toggle the themes, Enter stores the code and goes to the next passage, Backspace goes
// back (in the note field these keys edit the note). Blind: the dictionary's verdict and its
// highlights stay hidden until the coder has coded the passage. Right, the measures (precision,
// recall, F1 with their intervals, kappa, alpha), computed off the GUI thread after each code,
// and the disagreements: a click shows the passage, a double click opens it in the reader.
class ValidationView : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationView(StudySession &session, QWidget *parent = nullptr);
    ~ValidationView() override;

    // For tests and scripts.
    void setCoder(const QString &name);
    QString coder() const;
    const std::optional<core::Sample> &sample() const { return m_sample; }
    int currentPosition() const; // 0 when no passage is shown
    void selectSample(std::int64_t id);
    void showPosition(int position);
    void toggleTheme(int index); // what digit index + 1 does
    void storeAndNext(); // what Enter does
    void previous(); // what Backspace does
    bool isVerdictShown() const;
    QString verdictText() const;
    QString progressText() const;
    QString lastResultText() const;
    QTableWidget *measuresTable() const { return m_measures; }
    QTableWidget *disagreementsTable() const { return m_disagreements; }
    QCheckBox *themeBox(int index) const;
    const std::vector<core::PassageCode> &codes() const { return m_codes; }
    // Draws and stores a sample in the background, then shows it (what the "Nouvel échantillon"
    // dialog's OK does).
    void drawSample(const core::SampleDesign &design, const std::vector<std::string> &themes);

signals:
    void measuresUpdated(); // the measures table shows the codes as they are now
    void sampleShown(); // a sample was (re)loaded into the coding panel

private:
    void reload();
    void loadSample(std::int64_t id);
    void showIndex(int index);
    void showVerdict(bool shown);
    void remeasure();
    void newSampleDialog();
    void exportSheet();
    void importCodes();
    void exportDisagreements();
    void updateProgress();
    const core::PassageCode *myCode(int position) const;

    StudySession &m_session;
    std::unique_ptr<Background> m_work;
    std::shared_ptr<const core::ThemeMatcher> m_matcher;
    std::optional<core::Sample> m_sample;
    std::vector<core::PassageCode> m_codes;
    int m_index = -1;
    int m_generation = 0; // measures of older codes are dropped

    QComboBox *m_samples = nullptr;
    QLineEdit *m_coder = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_source = nullptr;
    QTextEdit *m_text = nullptr;
    std::vector<QCheckBox *> m_themes;
    QWidget *m_themeBox = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_lastResult = nullptr; // the dictionary's verdict on the passage just coded, and the coder's
    QLabel *m_empty = nullptr;
    QWidget *m_coding = nullptr;
    QLabel *m_design = nullptr;
    QTableWidget *m_measures = nullptr;
    QLabel *m_alpha = nullptr;
    QTableWidget *m_disagreements = nullptr;
    std::vector<core::ValidationResult::Disagreement> m_shownDisagreements;
};

} // namespace vigie::gui
