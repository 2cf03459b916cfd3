// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/MainWindow.h"

#include "gui/common/Background.h"
#include "gui/import/ImportDialog.h"
#include "gui/common/StudySession.h"
#include "analysis/ReportData.h"
#include "report/ReportWriter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace vigie::gui {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(StudySession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    setWindowTitle(QStringLiteral("Vigie"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("syntheticBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3e8; color: #8a3200; border-bottom: 3px solid "
                                           "#D55E00; padding: 6px 12px; font-weight: bold; }"));
    m_banner->hide();
    outer->addWidget(m_banner);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { border: none; border-right: 1px solid #ccc; background: #f4f6f8; "
                       "font-size: 11pt; outline: 0; } "
                       "QListWidget::item, QListWidget::item:!selected { padding: 10px 12px; border: none; } "
                       "QListWidget::item:selected { padding: 10px 12px; background: #0072B2; color: white; }"));
    m_stack = new QStackedWidget(central);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    setAcceptDrops(true); // files dropped on the window start an import
    buildMenus();
    connect(&m_session, &StudySession::studyOpened, this, &MainWindow::studyOpened);
    connect(&m_session, &StudySession::studyChanged, this, &MainWindow::studyOpened);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(const QString &key, const QString &title, QWidget *view)
{
    view->setObjectName(key);
    m_keys << key;
    m_stack->addWidget(view);
    m_nav->addItem(title);
    const int index = m_keys.size() - 1;
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_nav->setCurrentRow(index); });
    }
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
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
    return i < 0 ? nullptr : m_stack->widget(i);
}

void MainWindow::showView(const QString &key)
{
    const int i = static_cast<int>(m_keys.indexOf(key));
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

QStringList MainWindow::viewKeys() const
{
    return m_keys;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    file->addAction(tr("&Ouvrir une étude…"), QKeySequence::Open, this, &MainWindow::openStudyDialog);
    m_recent = file->addMenu(tr("Études &récentes"));
    file->addAction(tr("Ouvrir l'étude de &démonstration"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Importer des programmes ou des projets…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                    [this] { startImport({}); });
    file->addSeparator();
    file->addAction(tr("Rapport d'&observatoire (HTML et PDF)…"), this, &MainWindow::writeReport);
    file->addSeparator();
    file->addAction(tr("&Quitter"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Réglages"));
    QMenu *language = settingsMenu->addMenu(tr("&Langue"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("fr")).toString();
    for (const auto &[code, name] : { std::pair { QStringLiteral("fr"), QStringLiteral("Français") },
                                      std::pair { QStringLiteral("en"), QStringLiteral("English") } }) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Aide"));
    help->addAction(tr("À &propos de Vigie"), this, [this] {
        QMessageBox::about(this, tr("À propos de Vigie"),
                           tr("<p><b>Vigie</b> — ce que les candidats et les villes disent et font du numérique.</p>"
                              "<p>Communes : liste officielle de l'INSEE (Code officiel géographique), via le paquet "
                              "@etalab/decoupage-administratif 6.0.0, licence MIT / Licence Ouverte.</p>"));
    });
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentStudies")).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(path, this, [this, path] { openStudy(path); });
    m_recent->setEnabled(!recent.isEmpty());
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
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_session.open(path, &error);
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
    statusBar()->showMessage(m_session.summary());
    m_banner->setText(m_session.isSynthetic()
                          ? tr("Données fictives : étude de démonstration (communes réelles ; candidats, programmes "
                               "et projets inventés). Aucun chiffre n'en est tiré de la réalité.")
                          : QString());
    m_banner->setVisible(m_session.isSynthetic());
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
                auto store = core::CorpusStore::open(path);
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
        for (QSplitter *splitter : m_stack->widget(i)->findChildren<QSplitter *>())
            if (!splitter->objectName().isEmpty())
                settings.setValue(QStringLiteral("layout/%1/%2").arg(m_keys[i], splitter->objectName()),
                                  splitter->saveState());
    event->accept();
}

} // namespace vigie::gui
