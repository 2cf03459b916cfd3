// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/FolderWatcher.h"

#include "gazetteer/Gazetteer.h"
#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportProblemText.h"
#include "import/FolderWatch.h"
#include "storage/CorpusStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTime>

namespace vigie::gui {

FolderWatcher::FolderWatcher(StudySession &session, QAction *action, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_action(action)
    , m_status(new QLabel(statusBar))
    , m_window(window)
    , m_work(std::make_unique<Background>(this))
{
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->hide();
    statusBar->addPermanentWidget(m_status);
    connect(m_action, &QAction::triggered, this, [this] {
        if (isWatching())
            stop();
        else
            choose();
    });
    // Another study: the watch was for this one.
    connect(&m_session, &StudySession::studyOpened, this, &FolderWatcher::stop);
}

FolderWatcher::~FolderWatcher()
{
    m_work.reset(); // cancels the watch and waits for its thread
}

void FolderWatcher::choose()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Dossier à surveiller"), QDir::homePath());
    if (!folder.isEmpty())
        start(folder);
}

QString FolderWatcher::statusText() const
{
    return m_status->text();
}

void FolderWatcher::start(const QString &folder)
{
    stop();
    if (m_session.path().isEmpty())
        return;
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_imported = 0;
    m_problems = 0;
    m_last.clear();
    m_recentProblems.clear();
    m_action->setText(tr("Arrêter la surveillance de « %1 »").arg(QFileInfo(m_folder).fileName()));
    m_status->setText(tr("Surveillance de « %1 » : en attente de documents").arg(QFileInfo(m_folder).fileName()));
    m_status->setToolTip(m_folder);
    m_status->show();
    const std::string study = m_session.path().toStdString();
    const std::string watched = m_folder.toStdString();
    Background *work = m_work.get();
    const int generation = ++m_generation;
    m_cancel = m_work->run(
        QStringLiteral("watch"), [this, work, study, watched, generation](const std::atomic_bool &cancel) {
            QString error;
            try {
                auto store = core::CorpusStore::open(study, core::CorpusStore::Opening::Existing);
                // Another import or vigie-cli writing: wait for it (the watch is patient), until stopped.
                store.setWriterWait([&cancel](double) { return !cancel.load(); });
                core::FolderWatch watch(store, core::Gazetteer::bundled(), watched, {});
                const auto name = [&](const std::string &file) {
                    return QDir(fromStd(watched)).relativeFilePath(fromStd(file));
                };
                watch.run(
                    cancel,
                    [&](const core::FolderWatch::Round &r) {
                        QStringList imported;
                        for (const std::string &file : r.imported)
                            imported << name(file);
                        QStringList problems;
                        for (const auto &f : r.report.failures)
                            problems << ImportProblemText::describe(name(f.item), f.problem);
                        for (const std::string &file : r.superseded)
                            problems << tr("%1 a changé : son nouveau texte est importé, l'ancien reste dans l'étude")
                                            .arg(name(file));
                        for (const std::string &file : r.removed)
                            problems
                                << tr("%1 a été retiré du dossier ; son programme reste dans l'étude").arg(name(file));
                        for (const auto &m : r.manifestProblems)
                            problems << ImportProblemText::describe(fromStd(m.item), m.problem);
                        work->post([this, imported, problems] { showRound(imported, problems); });
                    },
                    [&](const std::string &problem) { work->post([this, p = fromStd(problem)] { showProblem(p); }); });
            } catch (const std::exception &e) {
                error = fromStd(e.what());
            }
            return [this, error, generation] {
                if (generation == m_generation) // not a watch stopped and replaced since
                    finished(error);
            };
        });
}

void FolderWatcher::stop()
{
    if (!m_cancel)
        return;
    *m_cancel = true;
    m_cancel.reset();
    m_action->setText(tr("Surveiller un dossier…"));
    m_status->hide();
}

void FolderWatcher::showRound(const QStringList &imported, const QStringList &problems)
{
    if (!m_cancel)
        return;
    const QLocale locale;
    m_imported += static_cast<int>(imported.size());
    m_problems += static_cast<int>(problems.size());
    const QString at = locale.toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    if (!imported.isEmpty())
        m_last = imported.size() == 1 ? tr("%1 importé à %2").arg(imported.first(), at)
                                      : tr("%1 documents importés à %2").arg(locale.toString(imported.size()), at);
    for (const QString &p : problems)
        m_recentProblems.prepend(tr("%1 — %2").arg(at, p));
    while (m_recentProblems.size() > 10)
        m_recentProblems.removeLast();
    QString text
        = tr("Surveillance de « %1 » : %2 importés").arg(QFileInfo(m_folder).fileName(), locale.toString(m_imported));
    if (!m_last.isEmpty())
        text += tr(" ; dernier : %1").arg(m_last);
    if (m_problems > 0)
        text += tr(" ; %1 à voir (survolez)").arg(locale.toString(m_problems));
    m_status->setText(text);
    m_status->setToolTip(m_recentProblems.isEmpty() ? m_folder
                                                    : m_folder + QLatin1Char('\n') + m_recentProblems.join('\n'));
    if (!imported.isEmpty())
        m_session.notifyChanged(); // the views reload
    emit roundDone(text);
}

void FolderWatcher::showProblem(const QString &problem)
{
    if (!m_cancel)
        return;
    showRound({}, { problem });
}

void FolderWatcher::finished(const QString &error)
{
    if (error.isEmpty())
        return;
    stop();
    m_status->setText(tr("Surveillance arrêtée : %1").arg(error));
    m_status->show();
}

} // namespace vigie::gui
