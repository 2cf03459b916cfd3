// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/MainWindow.h"

#include "analysis/ReportData.h"
#include "exchange/RefiQda.h"
#include "gui/common/Background.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportDialog.h"
#include "gui/window/FolderWatcher.h"
#include "gui/window/PrecedenceMenu.h"
#include "import/ImportRuns.h"
#include "report/ReportWriter.h"
#include "storage/CorpusStore.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>

namespace vigie::gui {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(StudySession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    m_ui->setupUi(this);
    m_ui->syntheticBanner->hide(); // shown for a synthetic study
    m_ui->elsewhereBar->hide(); // shown when another program has written to the study
    m_ui->interruptedBar->hide(); // shown when the study holds an import that did not end
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->views, &QStackedWidget::setCurrentIndex);
    setAcceptDrops(true); // files dropped on the window start an import
    connectMenus();
    connect(&m_session, &StudySession::studyOpened, this, &MainWindow::studyOpened);
    connect(&m_session, &StudySession::studyChanged, this, &MainWindow::studyOpened);
    connect(&m_session, &StudySession::changedElsewhere, m_ui->elsewhereBar, &QWidget::show);
    connect(m_ui->reloadStudy, &QPushButton::clicked, &m_session, &StudySession::notifyChanged);
    connect(m_ui->resumeImport, &QPushButton::clicked, this, &MainWindow::resumeInterrupted);
    connect(m_ui->undoInterrupted, &QPushButton::clicked, this, &MainWindow::undoInterrupted);

    // The form's size (1280 × 820) unless the window was closed at another.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(const QString &key, const QString &title, QWidget *view)
{
    view->setObjectName(key);
    m_keys << key;
    m_ui->views->addWidget(view);
    m_ui->navigation->addItem(title);
    const int index = m_keys.size() - 1;
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_ui->navigation->setCurrentRow(index); });
    }
    if (m_ui->navigation->currentRow() < 0)
        m_ui->navigation->setCurrentRow(0);
    // Where the user left the view's dividers (named splitters only: the names are the keys).
    QSettings settings;
    for (QSplitter *splitter : view->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("layout/%1/%2").arg(key, splitter->objectName())).toByteArray());
}

QWidget *MainWindow::view(const QString &key) const
{
    const int i = static_cast<int>(m_keys.indexOf(key));
    return i < 0 ? nullptr : m_ui->views->widget(i);
}

void MainWindow::showView(const QString &key)
{
    const int i = static_cast<int>(m_keys.indexOf(key));
    if (i >= 0)
        m_ui->navigation->setCurrentRow(i);
}

QStringList MainWindow::viewKeys() const
{
    return m_keys;
}

void MainWindow::connectMenus()
{
    // The platform's keys for these two (Ctrl+O, Ctrl+Q here; Cmd+O, Cmd+Q on a Mac).
    m_ui->openStudyAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->openStudyAction, &QAction::triggered, this, &MainWindow::openStudyDialog);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { startImport({}); });
    connect(m_ui->reportAction, &QAction::triggered, this, &MainWindow::writeReport);
    connect(m_ui->exportQdaAction, &QAction::triggered, this, &MainWindow::exportQdaWithDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    updateRecentMenu();

    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("fr")).toString();
    for (const auto &[code, action] : { std::pair { QStringLiteral("fr"), m_ui->frenchAction },
                                        std::pair { QStringLiteral("en"), m_ui->englishAction } }) {
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    new PrecedenceMenu(m_session, m_ui->settingsMenu, this);
    m_watcher = new FolderWatcher(m_session, m_ui->watchAction, statusBar(), this);

    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("À propos de Vigie"),
                           tr("<p><b>Vigie</b> — ce que les candidats et les villes disent et font du numérique.</p>"
                              "<p>Communes : liste officielle de l'INSEE (Code officiel géographique), via le paquet "
                              "@etalab/decoupage-administratif 6.0.0, licence MIT / Licence Ouverte.</p>"));
    });
}

void MainWindow::updateRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentStudies")).toStringList();
    for (const QString &path : recent)
        m_ui->recentMenu->addAction(path, this, [this, path] { openStudy(path); });
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::mayLeaveStudy()
{
    for (const auto &guard : m_leaveGuards)
        if (!guard())
            return false;
    return true;
}

bool MainWindow::openStudy(const QString &path)
{
    if (m_session.isOpen() && !mayLeaveStudy())
        return false;
    // A path with nothing there (a typo, a study moved away) is not silently made a new study.
    bool create = false;
    if (!QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("Étude introuvable"),
            tr("Il n'y a pas d'étude à l'emplacement %1.\nCréer une nouvelle étude vide à cet endroit ?").arg(path),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        create = true;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_session.open(path, &error, create);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Étude non ouverte"), tr("Impossible d'ouvrir %1 :\n%2").arg(path, error));
        return false;
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentStudies")).toStringList();
    recent.removeAll(m_session.path());
    recent.prepend(m_session.path());
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentStudies"), recent);
    settings.setValue(QStringLiteral("lastStudy"), m_session.path());
    updateRecentMenu();
    return true;
}

void MainWindow::studyOpened()
{
    setWindowTitle(tr("Vigie — %1").arg(QFileInfo(m_session.path()).fileName()));
    m_ui->elsewhereBar->hide(); // the views now show the study as it is
    m_ui->status->showMessage(m_session.summary());
    m_ui->syntheticBanner->setText(
        m_session.isSynthetic()
            ? tr("Données fictives : étude de démonstration (communes réelles ; candidats, programmes "
                 "et projets inventés). Aucun chiffre n'en est tiré de la réalité.")
            : QString());
    m_ui->syntheticBanner->setVisible(m_session.isSynthetic());
    refreshInterrupted();
}

void MainWindow::refreshInterrupted()
{
    std::vector<core::ImportRunInfo> runs;
    if (m_session.isOpen()) {
        try {
            runs = core::ImportRuns(m_session.store()).unfinished();
        } catch (const std::exception &) { // a study the views cannot read either: they say so
        }
    }
    m_interruptedRun = runs.empty() ? 0 : runs.back().id;
    m_ui->interruptedBar->setVisible(!runs.empty());
    if (runs.empty())
        return;
    const core::ImportRunInfo &run = runs.back();
    const QLocale locale;
    const QDateTime started = QDateTime::fromString(QString::fromStdString(run.startedAt), Qt::ISODate).toLocalTime();
    QString text
        = (run.kept ? tr("L'import de %1 programmes commencé le %2 a été arrêté par Annuler : %3 sont dans "
                         "l'étude, %4 restent à importer.")
                    : tr("L'import de %1 programmes commencé le %2 a été interrompu (programme arrêté, "
                         "disque plein…) : %3 sont dans l'étude, %4 restent à importer."))
              .arg(locale.toString(run.total), locale.toString(started, QLocale::ShortFormat),
                   locale.toString(run.done), locale.toString(std::max<std::int64_t>(0, run.total - run.done)));
    if (runs.size() > 1)
        text += QLatin1Char(' ')
            + tr("%1 autres imports inachevés suivront (vigie-cli import-runs les liste).")
                  .arg(locale.toString(static_cast<qint64>(runs.size() - 1)));
    m_ui->interruptedText->setText(text);
    m_ui->resumeImport->setEnabled(!m_undoing);
    m_ui->undoInterrupted->setEnabled(!m_undoing);
}

void MainWindow::resumeInterrupted()
{
    if (!m_interruptedRun || m_undoing)
        return;
    ImportDialog dialog(m_session, {}, this);
    dialog.resume(m_interruptedRun);
    dialog.exec();
    refreshInterrupted();
}

void MainWindow::undoInterrupted()
{
    if (!m_interruptedRun || m_undoing)
        return;
    const auto run = core::ImportRuns(m_session.store()).run(m_interruptedRun);
    if (!run) {
        refreshInterrupted();
        return;
    }
    const QLocale locale;
    if (QMessageBox::question(this, tr("Annuler l'import"),
                              tr("Retirer de l'étude les %1 programmes que cet import a ajoutés, et rendre aux %2 "
                                 "qu'il a mis à jour leurs informations d'avant ?")
                                  .arg(locale.toString(run->created), locale.toString(run->done - run->created)))
        != QMessageBox::Yes)
        return;
    m_undoing = true;
    m_ui->resumeImport->setEnabled(false);
    m_ui->undoInterrupted->setEnabled(false);
    m_ui->interruptedText->setText(tr("Annulation de l'import…"));
    const std::string study = m_session.path().toStdString();
    const std::int64_t id = run->id;
    m_work->run(QStringLiteral("undo-import"), [this, study, id](const std::atomic_bool &) -> Background::Deliver {
        QString error;
        core::UndoneImport undone;
        try {
            auto store = core::CorpusStore::open(study, core::CorpusStore::Opening::Existing);
            undone = core::ImportRuns(store).undo(id);
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        return [this, error, undone] {
            m_undoing = false;
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Import non annulé"),
                                     tr("L'import n'a pas pu être annulé ; l'étude n'a pas changé.\n%1").arg(error));
            else
                m_ui->status->showMessage(
                    tr("Import annulé : %1 programmes retirés, %2 remis comme avant.")
                        .arg(QLocale().toString(undone.removed), QLocale().toString(undone.restored)));
            m_session.notifyChanged(); // the views, and this bar, show the study as it is
        };
    });
}

void MainWindow::openStudyDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ouvrir une étude"), QFileInfo(m_session.path()).path(),
                                                      tr("Études Vigie (*.vigie);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        openStudy(path);
}

void MainWindow::openDemo()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ensureDemoStudy(&error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Étude de démonstration"), error);
        return;
    }
    openStudy(demoStudyPath());
}

void MainWindow::writeReport()
{
    if (!m_session.isOpen() || m_reportCancel)
        return;
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Dossier du rapport"), QFileInfo(m_session.path()).path());
    if (dir.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Calcul des tableaux du rapport…"), tr("Annuler"), 0, 0, this);
    progress->setWindowTitle(tr("Rapport"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, &MainWindow::cancelReport);
    connect(this, &MainWindow::reportProgress, progress, &QProgressDialog::setLabelText);
    connect(
        this, &MainWindow::reportFinished, this,
        [this, progress](bool ok, const QString &message, const QStringList &files) {
            progress->close();
            if (!ok) {
                if (!message.isEmpty())
                    QMessageBox::warning(this, tr("Rapport"), message);
                return;
            }
            if (QMessageBox::information(this, tr("Rapport"), tr("Rapport écrit :\n%1").arg(files.join(u'\n')),
                                         QMessageBox::Open | QMessageBox::Close)
                == QMessageBox::Open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(files.value(0)));
        },
        Qt::SingleShotConnection);
    startReport(dir);
}

void MainWindow::startReport(const QString &dir)
{
    if (!m_session.isOpen() || m_reportCancel)
        return;
    core::ReportOptions options;
    options.french = QSettings().value(QStringLiteral("language"), QStringLiteral("fr")).toString() == "fr";
    const std::string path = m_session.path().toStdString();
    Background *work = m_work.get();
    m_reportCancel = m_work->run(
        QStringLiteral("report"),
        [this, work, path, dir, options](const std::atomic_bool &cancel) -> Background::Deliver {
            bool ok = false;
            QString message;
            report::ReportFiles files;
            try {
                // The tables first (the study's own connection, in this thread), then the charts and the
                // two files; Cancel is seen between the steps: writing itself is not interrupted.
                auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
                const core::ReportData report = core::collectReport(store, options);
                if (!cancel.load()) {
                    work->post(
                        [this] { emit reportProgress(tr("Dessin des graphiques, écriture du HTML et du PDF…")); });
                    ok = report::writeReport(report, dir, &files, &message);
                    if (!ok)
                        message = tr("Le rapport n'a pas été écrit :\n%1").arg(message);
                }
            } catch (const std::exception &e) {
                message = tr("Le rapport n'a pas été écrit :\n%1").arg(QString::fromStdString(e.what()));
            }
            return [this, ok, message, files] {
                m_reportCancel.reset();
                emit reportFinished(ok, message, ok ? QStringList { files.html, files.pdf } : QStringList());
            };
        });
}

void MainWindow::cancelReport()
{
    if (m_reportCancel)
        *m_reportCancel = true;
}

void MainWindow::exportQdaWithDialog()
{
    if (!m_session.isOpen())
        return;
    const QFileInfo study(m_session.path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter pour un logiciel d'analyse qualitative"),
        study.dir().filePath(study.completeBaseName() + QStringLiteral(".qdpx")), tr("Projet REFI-QDA (*.qdpx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qdpx");
    exportQda(path);
}

void MainWindow::exportQda(const QString &path)
{
    if (!m_session.isOpen() || m_qdaCancel)
        return;
    auto *progress = new QProgressDialog(tr("Écriture du projet REFI-QDA…"), tr("Annuler"), 0, 0, this);
    progress->setWindowTitle(tr("Export REFI-QDA"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_qdaCancel)
            *m_qdaCancel = true;
    });
    const QPointer<QProgressDialog> shown(progress);
    const std::string study = m_session.path().toStdString();
    const std::string file = QFile::encodeName(path).toStdString();
    const QString name = QFileInfo(path).fileName();
    Background *work = m_work.get();
    m_qdaCancel = m_work->run(
        QStringLiteral("qdpx"),
        [this, work, study, file, name, shown](const std::atomic_bool &cancel) -> Background::Deliver {
            struct Cancelled
            {
            };
            bool ok = false;
            QString message;
            try {
                auto store = core::CorpusStore::open(study, core::CorpusStore::Opening::Existing);
                const auto progressed = [&](std::int64_t done, std::int64_t total, const std::string &) {
                    if (cancel.load())
                        throw Cancelled {}; // the unfinished file is removed; one already there stays
                    if (done % 64 == 0 || done == total)
                        work->post([shown, done, total] {
                            if (shown) {
                                shown->setMaximum(static_cast<int>(total));
                                shown->setValue(static_cast<int>(done));
                            }
                        });
                };
                const core::RefiProjectSummary r = core::writeRefiProject(store, file, {}, progressed);
                const QLocale locale;
                ok = true;
                message = tr("%1 est écrit : %2 programmes (sources de texte), %3 thèmes (codes), %4 mentions "
                             "(segments codés), %5 communes (cas).\n\nOuvrez-le dans MAXQDA, ATLAS.ti, NVivo ou "
                             "QualCoder par leur import de projet REFI-QDA.")
                              .arg(name, locale.toString(static_cast<qlonglong>(r.sources)),
                                   locale.toString(static_cast<qlonglong>(r.codes)),
                                   locale.toString(static_cast<qlonglong>(r.selections)),
                                   locale.toString(static_cast<qlonglong>(r.cases)));
            } catch (const Cancelled &) {
            } catch (const std::exception &e) {
                message = tr("Le projet REFI-QDA n'a pas été écrit :\n%1").arg(QString::fromStdString(e.what()));
            }
            return [this, ok, message, shown] {
                m_qdaCancel.reset();
                if (shown)
                    shown->close();
                if (!message.isEmpty()) { // shown without blocking: the window goes on
                    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                                tr("Export REFI-QDA"), message, QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setWindowModality(Qt::ApplicationModal);
                    box->show();
                }
                emit qdaExported(ok, message);
            };
        });
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    QMessageBox::information(this, code == "fr" ? QStringLiteral("Langue") : QStringLiteral("Language"),
                             code == "fr" ? QStringLiteral("Vigie sera en français au prochain démarrage.")
                                          : QStringLiteral("Vigie will be in English the next time it starts."));
}

void MainWindow::startImport(const QStringList &paths)
{
    if (!m_session.isOpen())
        return;
    ImportDialog dialog(m_session, paths, this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: a modal dialog inside a drop handler blocks the source application.
    QTimer::singleShot(0, this, [this, paths] { startImport(paths); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeaveStudy()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (int i = 0; i < m_keys.size(); ++i)
        for (QSplitter *splitter : m_ui->views->widget(i)->findChildren<QSplitter *>())
            if (!splitter->objectName().isEmpty())
                settings.setValue(QStringLiteral("layout/%1/%2").arg(m_keys[i], splitter->objectName()),
                                  splitter->saveState());
    event->accept();
}

} // namespace vigie::gui
