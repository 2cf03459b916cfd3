// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/StudySession.h"

#include "analysis/Lists.h"

#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/Background.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

namespace vigie::gui {

StudySession::StudySession(QObject *parent)
    : QObject(parent)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &StudySession::checkElsewhere);
    timer->start(2000);
}

StudySession::~StudySession() = default;

bool StudySession::open(const QString &path, QString *error, bool create)
{
    try {
        const QFileInfo info(path);
        if (create && !info.dir().exists())
            QDir().mkpath(info.absolutePath());
        auto store = std::make_unique<core::CorpusStore>(core::CorpusStore::open(
            path.toStdString(),
            create ? core::CorpusStore::Opening::CreateIfMissing : core::CorpusStore::Opening::Existing));
        m_synthetic = store->isSynthetic();
        m_store = std::move(store);
        m_path = info.absoluteFilePath();
        m_seenVersion = m_store->dataVersion();
        m_announced = false;
        emit studyOpened();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

QString StudySession::summary() const
{
    if (!m_store)
        return {};
    const QLocale locale;
    if (const qlonglong lists = core::listCount(*m_store); lists > 0)
        return tr("%1 — %2 programmes, %3 listes, %4 projets")
            .arg(QFileInfo(m_path).fileName(), locale.toString(static_cast<qlonglong>(m_store->programmeCount())),
                 locale.toString(lists), locale.toString(static_cast<qlonglong>(m_store->projectCount())));
    return tr("%1 — %2 programmes, %3 projets")
        .arg(QFileInfo(m_path).fileName(), locale.toString(static_cast<qlonglong>(m_store->programmeCount())),
             locale.toString(static_cast<qlonglong>(m_store->projectCount())));
}

void StudySession::notifyChanged()
{
    if (m_store) {
        m_synthetic = m_store->isSynthetic();
        m_seenVersion = m_store->dataVersion();
    }
    m_announced = false;
    emit studyChanged();
}

void StudySession::checkElsewhere()
{
    // While the window's own jobs run, their commits are theirs to announce (notifyChanged).
    if (!m_store || m_announced || Background::liveJobs() > 0)
        return;
    try {
        if (m_store->dataVersion() == m_seenVersion)
            return;
    } catch (const std::exception &) {
        return; // busy or gone for a moment: looked at again in two seconds
    }
    m_announced = true;
    emit changedElsewhere();
}

QString demoStudyPath()
{
    const QByteArray env = qgetenv("VIGIE_DEMO");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    QString base = QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"));
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/vigie/demo.vigie");
}

bool ensureDemoStudy(QString *error)
{
    const QString path = demoStudyPath();
    if (QFileInfo::exists(path))
        return true;
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const auto &gazetteer = core::Gazetteer::bundled();
        const auto demo = core::generateDemo(core::DemoBank::bundled(), gazetteer);
        auto store = core::CorpusStore::open(path.toStdString());
        std::atomic_bool cancel { false };
        core::storeDemo(store, gazetteer, demo, {}, cancel);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace vigie::gui
