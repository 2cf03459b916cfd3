// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Background.h"

#include <QThread>

namespace vigie::gui {

Background::Background(QObject *owner)
    : m_owner(owner)
{ }

Background::~Background()
{
    cancelAll();
    for (auto &j : m_jobs) {
        j.thread->wait();
        delete j.thread;
    }
}

std::shared_ptr<std::atomic_bool> Background::run(const QString &name, Job job)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QObject *owner = m_owner;
    ++s_live;
    QThread *thread = QThread::create([owner, cancel, job = std::move(job)] {
        Deliver deliver = job(*cancel);
        if (deliver)
            QMetaObject::invokeMethod(owner, std::move(deliver), Qt::QueuedConnection);
        --s_live;
    });
    thread->setObjectName(name);
    m_jobs.push_back({ thread, cancel });
    QObject::connect(thread, &QThread::finished, owner, [this, thread] {
        std::erase_if(m_jobs, [thread](const Running &r) { return r.thread == thread; });
        thread->deleteLater();
    });
    thread->start();
    return cancel;
}

void Background::cancelAll()
{
    for (auto &j : m_jobs)
        *j.cancel = true;
}

void Background::post(std::function<void()> f) const
{
    QMetaObject::invokeMethod(m_owner, std::move(f), Qt::QueuedConnection);
}

} // namespace vigie::gui
