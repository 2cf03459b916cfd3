// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace vigie::gui {

// The window's one way to run work off the GUI thread: imports, tests of difference, concordances,
// live hit counts, dictionary saves and reports all go through it. Each job gets its own cancel token and runs on its
// own thread (a job opens its own CorpusStore: the session's belongs to the GUI thread); what the job returns, if
// anything, is then called on the owner's thread, cancelled or not: a cancelled job returns nothing, or what its owner
// must hear (a save that did not happen). Owners that replace work drop stale results themselves (a generation count).
// Destroying a Background cancels every job and waits for their threads (nothing is delivered after): a job must look
// at its token often.
class Background
{
public:
    using Deliver = std::function<void()>;
    using Job = std::function<Deliver(const std::atomic_bool &cancel)>;

    explicit Background(QObject *owner);
    ~Background();
    Background(const Background &) = delete;
    Background &operator=(const Background &) = delete;

    // Starts `job`; returns its token (set it to cancel that job only).
    std::shared_ptr<std::atomic_bool> run(const QString &name, Job job);
    void cancelAll();
    int running() const { return static_cast<int>(m_jobs.size()); }
    // Runs `f` on the owner's thread (progress reports from a job).
    void post(std::function<void()> f) const;
    // Jobs started by any Background whose function has not returned yet: what a test of closing
    // the window reads before (a job is running) and after (every job was waited for).
    static int liveJobs() { return s_live.load(); }

private:
    struct Running
    {
        QThread *thread;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    QObject *m_owner;
    std::vector<Running> m_jobs;
    static inline std::atomic_int s_live { 0 };
};

} // namespace vigie::gui
