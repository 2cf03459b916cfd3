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
#include "gui/common/StudySession.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryView.h"

#include <QApplication>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
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
    const auto window = [&](std::size_t t, int rule, int w) {
        return [&, t, rule, w] {
            core::Rule r = *editor.rule(id(t), rule);
            r.window = w;
            editor.setRule(id(t), rule, r);
        };
    };
    const std::vector<std::pair<std::string, std::function<void()>>> edits = {
        { "add term \"gamification\"",
          [&] {
              editor.addTerm(id(0), "gamification");
          } },
        { "add term \"métavers\"",
          [&] {
              editor.addTerm(id(0), "métavers");
          } },
        { "add term \"cybermalveillance\"",
          [&] {
              editor.addTerm(id(11), "cybermalveillance");
          } },
        { "add term \"e-sport\"",
          [&] {
              editor.addTerm(id(13), "e-sport");
          } },
        { "add prefix \"robot*\"",
          [&] {
              editor.addTerm(id(0), "robot*");
          } },
        { "add phrase \"plateforme de données\"",
          [&] {
              editor.addTerm(id(1), "plateforme de données");
          } },
        { "add phrase \"intelligence artificielle générative\"",
          [&] {
              editor.addTerm(id(0), "intelligence artificielle générative");
          } },
        { "add phrase \"services numériques de la ville\"",
          [&] {
              editor.addTerm(id(5), "services numériques de la ville");
          } },
        { "add phrase \"guichet numérique\"",
          [&] {
              editor.addTerm(id(5), "guichet numérique");
          } },
        { "add phrase \"capteurs de pollution\"",
          [&] {
              editor.addTerm(id(2), "capteurs de pollution");
          } },
        { "add exclusion \"Paris\" (6 words)",
          [&] {
              editor.addExclusion(id(2), -1, "Paris", 6);
          } },
        { "add exclusion \"alimentaire\" (3 words)",
          [&] {
              editor.addExclusion(id(9), -1, "alimentaire", 3);
          } },
        { "add exclusion \"serveur de jeu\"",
          [&] {
              editor.addExclusion(id(0), -1, "serveur de jeu", 0);
          } },
        { "add exclusion \"réseau routier\" (5 words)",
          [&] {
              editor.addExclusion(id(9), -1, "réseau routier", 5);
          } },
        { "rule window 16 -> 3", window(1, 0, 3) },
        { "rule window 30 -> 10", window(2, 0, 10) },
        { "rule window 12 -> 6", window(3, 1, 6) },
        { "delete term \"internet\"",
          [&] {
              editor.removeTerm(id(0), 5);
          } },
        { "delete term \"3G\"",
          [&] {
              editor.removeTerm(id(9), 5);
          } },
        { "delete term \"open data\"",
          [&] {
              editor.removeTerm(id(1), 0);
          } },
    };
    std::vector<double> waits;
    for (const auto &[what, edit] : edits) {
        counted.clear();
        const auto a = Clock::now();
        edit();
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
