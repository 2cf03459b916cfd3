// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CorpusStore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace vigie::gui {

// The open study, shared by every view. The store belongs to the GUI thread: background work
// (import, retag, report) opens its own CorpusStore on path() in its thread (SQLite WAL lets the
// window read meanwhile) and calls notifyChanged() when done.
class StudySession : public QObject
{
    Q_OBJECT

public:
    explicit StudySession(QObject *parent = nullptr);
    ~StudySession() override;

    // Opens the study at `path`; with `create`, makes an empty one if there is no file there (its
    // folder included). False with `error` set, and the previous study still open, when it cannot be
    // opened (missing, empty, not a study, newer version...).
    bool open(const QString &path, QString *error, bool create = false);
    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }
    core::CorpusStore &store() { return *m_store; }
    bool isSynthetic() const { return m_synthetic; }
    // A short French/English description: "demo.vigie — 268 programmes, 1 128 projets".
    QString summary() const;

    // Background work changed the study: views reload.
    void notifyChanged();
    // Whether another program (vigie-cli, another window) has written to the study since it was
    // opened or the views last reloaded: looked at every two seconds, and announced once by
    // changedElsewhere(); notifyChanged() (the user's "Recharger") takes it into account.
    void checkElsewhere();
    // Any view may ask to read a programme at a mention (code points of its text); the programmes
    // view opens its reader there and the window shows that view.
    void requestReader(qint64 programme, qint64 start = -1, qint64 end = -1)
    {
        emit readerRequested(programme, start, end);
    }

signals:
    void readerRequested(qint64 programme, qint64 start, qint64 end);
    void studyOpened(); // a different study: views reset their filters and reload
    void studyChanged(); // same study, new data (import, retag, dictionary saved)
    void changedElsewhere(); // another program wrote to the study; the views show what they had

private:
    std::unique_ptr<core::CorpusStore> m_store;
    QString m_path;
    bool m_synthetic = false;
    std::int64_t m_seenVersion = 0; // the data_version the views show
    bool m_announced = false; // changedElsewhere() emitted for the current difference
};

// Where the bundled demo study lives, written on first use: $VIGIE_DEMO, else
// ~/.local/share/vigie/demo.vigie (as tools/run.sh does).
QString demoStudyPath();
// Writes the demo study at demoStudyPath() if it is not there. False with `error` set on failure.
bool ensureDemoStudy(QString *error);

} // namespace vigie::gui
