// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie: the window. Opens the study given with --study, else the last one, else the bundled demo
// study (written on first start).
#include "gui/common/ChartView.h"
#include "gui/common/StudySession.h"
#include "gui/common/Translator.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryTrial.h"
#include "gui/dictionary/DictionaryView.h"
#include "gui/dictionary/RulesModel.h"
#include "gui/import/ImportDialog.h"
#include "gui/programmes/ProgrammesModel.h"
#include "gui/programmes/ProgrammesView.h"
#include "gui/programmes/ReaderWidget.h"
#include "gui/window/FolderWatcher.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Views.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <functional>
#include <vector>

namespace {

// --screenshots: shows each view in turn and saves a screenshot of each in `dir`, then quits
// (tools/screenshots.sh runs it under Xvfb).
void scheduleScreenshots(vigie::gui::MainWindow &window, const QString &dir, const QString &manifest,
                         const QString &watched, const QString &otherDictionary)
{
    QDir().mkpath(dir);
    // Every view, then the dictionary's rules, a rule's dialog and the trial box, the reader, the PNG export dialog
    // and, with a manifest, the import dialog and its report; each shot 1.5 s after its view is shown, so that
    // background work (counts, queries, the import) has finished when it is taken. A dialog is
    // opened by a zero timer (exec() returns only when it closes) and taken alone.
    struct Shot
    {
        QString view;
        QString name;
        std::function<void()> setUp; // before the shot
        std::function<QWidget *()> target = {}; // what is taken: the window when empty
        std::function<void()> after = {}; // once taken
    };
    std::vector<Shot> shots;
    const auto modal = [] {
        return QApplication::activeModalWidget();
    };
    const auto closeModal = [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    };
    for (const QString &key : window.viewKeys())
        shots.push_back({ key, key, {} });
    if (auto *dictionary = qobject_cast<vigie::gui::DictionaryView *>(window.view(QStringLiteral("dictionary")))) {
        shots.back().setUp = [dictionary] {
            dictionary->selectTheme(QStringLiteral("numerique"));
            dictionary->selectTerm(0);
        };
        // A theme's rules, one chosen: its row, what it is, its "unless" phrases on the right, its
        // hits below. The rule of open_data that finds the most in the study (counted by now).
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-rules"), [dictionary] {
                             const QString theme = QStringLiteral("open_data");
                             dictionary->selectTheme(theme);
                             const int t = dictionary->editor().dictionary().themeIndex(theme.toStdString());
                             const auto hits = dictionary->hits().hits;
                             int chosen = 0;
                             for (int r = 1; hits && t >= 0 && r < dictionary->rulesModel()->rowCount(); ++r)
                                 if (hits->ruleCount(t, r) > hits->ruleCount(t, chosen))
                                     chosen = r;
                             dictionary->selectRule(chosen);
                         } });
        // The same rule in its dialog (Modifier…).
        if (auto *edit = dictionary->findChild<QPushButton *>(QStringLiteral("editRule")))
            shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("rule-dialog"),
                              [edit] { QTimer::singleShot(0, edit, [edit] { edit->click(); }); }, modal, closeModal });
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-trial"), [dictionary] {
                             dictionary->trial()->textBox()->setPlainText(QStringLiteral(
                                 "Nous ferons de Tours une ville connectée : capteurs de stationnement, données "
                                 "ouvertes et fibre optique dans chaque quartier. La ville connectée à Paris par "
                                 "le RER ? Ce sera pour un autre mandat. Un tiers-lieu et des conseillers "
                                 "numériques accompagneront les seniors éloignés du numérique. La mairie "
                                 "publiera chaque mois les données des transports."));
                             dictionary->selectTheme(QStringLiteral("ville_connectee"));
                             dictionary->selectTerm(3);
                             dictionary->trial()->tryNow();
                             dictionary->findChild<QTabWidget *>(QStringLiteral("dictionaryTabs"))->setCurrentIndex(1);
                         } });
    }
    if (auto *programmes = qobject_cast<vigie::gui::ProgrammesView *>(window.view(QStringLiteral("programmes")))) {
        const auto openFirst = [programmes] { // the first programme, at its first mention
            const QModelIndex first = programmes->model().index(0, 0);
            programmes->openReader(first.data(vigie::gui::ProgrammesModel::IdRole).toLongLong());
            programmes->reader()->nextMention();
        };
        const auto backToList = [programmes] {
            programmes->showList();
        };
        shots.push_back({ QStringLiteral("programmes"), QStringLiteral("reader"), openFirst, {}, backToList });
    }
    if (QWidget *dashboard = window.view(QStringLiteral("dashboard")))
        if (auto *chart = dashboard->findChild<vigie::gui::ChartView *>())
            if (auto *button = chart->findChild<QToolButton *>(QStringLiteral("exportButton")))
                shots.push_back({ QStringLiteral("dashboard"), QStringLiteral("export-png"),
                                  [button] {
                                      // The menu's first entry: "Image PNG…".
                                      QTimer::singleShot(0, button,
                                                         [button] { button->menu()->actions().value(0)->trigger(); });
                                  },
                                  modal, closeModal });
    if (!manifest.isEmpty()) {
        const auto importDialog = [] {
            return qobject_cast<vigie::gui::ImportDialog *>(QApplication::activeModalWidget());
        };
        shots.push_back({ QStringLiteral("dashboard"), QStringLiteral("import"),
                          [&window, manifest] {
                              QTimer::singleShot(0, &window, [&window, manifest] { window.startImport({ manifest }); });
                          },
                          modal,
                          [importDialog] {
                              if (auto *dialog = importDialog())
                                  dialog->start();
                          } });
        shots.push_back({ QStringLiteral("dashboard"), QStringLiteral("import-report"), {}, modal, closeModal });
    }
    if (auto *dictionary = qobject_cast<vigie::gui::DictionaryView *>(window.view(QStringLiteral("dictionary")));
        dictionary && !otherDictionary.isEmpty()) { // Importer… another tool's dictionary: its report, then the view
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-import-report"),
                          [dictionary, otherDictionary] {
                              QTimer::singleShot(0, dictionary, [dictionary, otherDictionary] {
                                  dictionary->importAndReport(otherDictionary);
                              });
                          },
                          modal, closeModal });
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-imported"), [dictionary] {
                             dictionary->selectTerm(0);
                         } });
        // Exporter… as LIWC: what the format cannot say (the study's own dictionary, back by Undo).
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-export-report"),
                          [dictionary, dir] {
                              dictionary->editor().undoStack()->undo();
                              QTimer::singleShot(0, dictionary, [dictionary, dir] {
                                  dictionary->exportAndReport(dir + QStringLiteral("/dictionnaire.dic"));
                              });
                          },
                          modal, closeModal });
        // … and as a REFI-QDA codebook.
        shots.push_back({ QStringLiteral("dictionary"), QStringLiteral("dictionary-export-qdc-report"),
                          [dictionary, dir] {
                              QTimer::singleShot(0, dictionary, [dictionary, dir] {
                                  dictionary->exportAndReport(dir + QStringLiteral("/dictionnaire.qdc"));
                              });
                          },
                          modal, closeModal });
    }
    // Fichier › Exporter pour un logiciel d'analyse qualitative: what the written project holds.
    shots.push_back({ QStringLiteral("dashboard"), QStringLiteral("qdpx-export"),
                      [&window, dir] { window.exportQda(dir + QStringLiteral("/etude.qdpx")); }, modal, closeModal });
    if (!watched.isEmpty()) { // Fichier › Surveiller un dossier…: once started, then once it has imported
        shots.push_back({ QStringLiteral("programmes"), QStringLiteral("watch"), [&window, watched] {
                             window.folderWatcher()->start(watched);
                         } });
        shots.push_back({ QStringLiteral("programmes"), QStringLiteral("watch-imported"), {} });
        shots.push_back({ QStringLiteral("programmes"), QStringLiteral("watch-later"), {}, {}, [&window] {
                             window.folderWatcher()->stop();
                         } });
    }
    for (std::size_t i = 0; i <= shots.size(); ++i)
        QTimer::singleShot(800 + 1500 * static_cast<int>(i), &window, [&window, shots, dir, i] {
            if (i > 0) {
                const Shot &shot = shots[i - 1];
                QWidget *target = shot.target ? shot.target() : &window;
                if (target)
                    target->grab().save(QStringLiteral("%1/%2-%3.png")
                                            .arg(dir)
                                            .arg(static_cast<int>(i), 2, 10, QLatin1Char('0'))
                                            .arg(shot.name));
                if (shot.after)
                    shot.after();
            }
            if (i == shots.size()) {
                QApplication::quit();
                return;
            }
            window.showView(shots[i].view);
            if (shots[i].setUp)
                shots[i].setUp();
        });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationName(QStringLiteral("Vigie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fr.vigie.Vigie.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.vigie.Vigie")); // the installed .desktop entry
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    // French first: the source strings are French; English from translations/vigie_en.qm.
    const QString language = QSettings().value(QStringLiteral("language"), QStringLiteral("fr")).toString();
    vigie::gui::Translator translator;
    QTranslator qtTranslator;
    if (language == QLatin1String("en")) {
        if (translator.loadEnglish())
            QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    } else {
        if (qtTranslator.load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigie"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption study(QStringLiteral("study"), QStringLiteral("Study to open (a .vigie file)."),
                             QStringLiteral("FILE"));
    QCommandLineOption view(QStringLiteral("view"), QStringLiteral("View to show first."), QStringLiteral("KEY"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Show each view in turn, save a screenshot of the window in DIR, quit "
                       "(tools/screenshots.sh runs it under Xvfb)."),
        QStringLiteral("DIR"));
    QCommandLineOption screenshotImport(
        QStringLiteral("screenshot-import"),
        QStringLiteral("With --screenshots: also the import dialog on MANIFEST, then its report once imported "
                       "(the study is changed: give a copy)."),
        QStringLiteral("MANIFEST"));
    parser.addOption(study);
    parser.addOption(view);
    parser.addOption(screenshots);
    parser.addOption(screenshotImport);
    QCommandLineOption screenshotWatch(
        QStringLiteral("screenshot-watch"),
        QStringLiteral("With --screenshots: also the window watching FOLDER (Fichier > Surveiller un dossier), "
                       "before and after it imports what the folder holds (the study is changed: give a copy)."),
        QStringLiteral("FOLDER"));
    parser.addOption(screenshotWatch);
    QCommandLineOption screenshotDictionary(
        QStringLiteral("screenshot-dictionary-import"),
        QStringLiteral("With --screenshots: also the dictionary view importing FILE (another tool's dictionary), "
                       "its report and the themes it made (nothing is saved)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotDictionary);
    parser.addPositionalArgument(QStringLiteral("study"),
                                 QStringLiteral("Study to open (a .vigie file), as --study: what the desktop passes "
                                                "when a study is opened from the file manager."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    vigie::gui::StudySession session;
    vigie::gui::MainWindow window(session);
    vigie::gui::addViews(window, session);

    QString path = parser.value(study);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastStudy")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        QString error;
        if (!vigie::gui::ensureDemoStudy(&error))
            QMessageBox::warning(nullptr, QStringLiteral("Vigie"), error);
        path = vigie::gui::demoStudyPath();
    }
    window.openStudy(path);
    if (parser.isSet(view))
        window.showView(parser.value(view));
    window.show();
    if (parser.isSet(screenshots))
        scheduleScreenshots(window, parser.value(screenshots), parser.value(screenshotImport),
                            parser.value(screenshotWatch), parser.value(screenshotDictionary));
    return QApplication::exec();
}
