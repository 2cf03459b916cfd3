// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What an analyst waits for in the dictionary view: from an edit (made through the view's editor,
// as the view's buttons do) until the view shows the new counts, for 20 typical edits made one
// after the other on a study. Runs the real view, headless.
//
//   QT_QPA_PLATFORM=offscreen vigie-bench-dictionary-view STUDY
//
// STUDY is copied first. Prints each edit's wait and the median.
#include "BenchSupport.h"
#include "TypicalEdits.h"
#include "gui/common/StudySession.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryView.h"

#include <QApplication>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace vigie;
using namespace vigie::bench;
namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: vigie-bench-dictionary-view STUDY\n");
        return 2;
    }
    const fs::path copy = fs::temp_directory_path() / "vigie-bench-dictionary-view.vigie";
    fs::remove(copy);
    fs::copy_file(argv[1], copy);
    gui::StudySession session;
    QString error;
    if (!session.open(QString::fromStdString(copy.string()), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto opened = Clock::now();
    gui::DictionaryView view(session);
    QSignalSpy counted(&view, &gui::DictionaryView::hitsCounted);
    if (!counted.wait(600000))
        return 1;
    std::printf("first count, the view opened on the study: %.2f s\n", seconds(opened, Clock::now()));

    gui::DictionaryEditor &editor = view.editor();
    const auto themes = editor.dictionary().themes();
    const auto id = [&themes](std::size_t t) {
        return QString::fromStdString(themes[t].id);
    };
    // Each of the typical edits (TypicalEdits.h), made through the editor as the view's buttons do.
    const auto apply = [&](const TypicalEdit &e) {
        const QString theme = id(static_cast<std::size_t>(e.theme));
        switch (e.kind) {
        case TypicalEdit::Kind::AddTerm:
            editor.addTerm(theme, QString::fromStdString(e.text));
            break;
        case TypicalEdit::Kind::AddExclusion:
            editor.addExclusion(theme, -1, QString::fromStdString(e.text), e.number);
            break;
        case TypicalEdit::Kind::RuleWindow: {
            core::Rule r = *editor.rule(theme, e.item);
            r.window = e.number;
            editor.setRule(theme, e.item, r);
            break;
        }
        case TypicalEdit::Kind::DeleteTerm:
            editor.removeTerm(theme, e.item);
            break;
        }
    };
    std::vector<double> waits;
    for (const TypicalEdit &e : typicalEdits()) {
        const std::string &what = e.what;
        counted.clear();
        const auto a = Clock::now();
        apply(e);
        if (!editor.refusal().isEmpty()) {
            std::printf("  %-48s refused: %s\n", what.c_str(), qPrintable(editor.refusal()));
            continue;
        }
        if (!counted.wait(600000) || !view.hits().current)
            return 1;
        const double ms = 1000 * seconds(a, Clock::now());
        waits.push_back(ms);
        std::printf("  %-48s %7.1f ms\n", what.c_str(), ms);
    }
    std::sort(waits.begin(), waits.end());
    std::printf("edit -> counts shown: %.1f ms median of %zu edits (%.1f-%.1f)\n",
                (waits[(waits.size() - 1) / 2] + waits[waits.size() / 2]) / 2, waits.size(), waits.front(),
                waits.back());
    // Saving the edited dictionary as a new version: from the click to the study retagged.
    QSignalSpy saved(&view, &gui::DictionaryView::saveFinished);
    const auto clicked = Clock::now();
    if (!view.saveAs(QStringLiteral("bench"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!saved.wait(600000) || !saved.front().front().toBool())
        return 1;
    std::printf("save as a new version, from the view's counts: %.2f s\n", seconds(clicked, Clock::now()));
    fs::remove(copy);
    fs::remove(copy.string() + "-wal");
    fs::remove(copy.string() + "-shm");
    return 0;
}
