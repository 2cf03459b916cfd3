// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the dictionary view does with the study, in the background: counting every term's hits
// (again after each edit, from the last count), saving a version, importing and exporting the
// dictionary file. The editing is in DictionaryView.cpp.
#include "gui/dictionary/DictionaryView.h"

#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/RulesModel.h"
#include "import/DictionaryExport.h"
#include "import/DictionaryImport.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "ui_DictionaryView.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>

#include <algorithm>

namespace vigie::gui {

void DictionaryView::countHits()
{
    if (!m_session.isOpen() || !m_editor->matcher())
        return;
    if (m_counting)
        *m_counting = true;
    const int generation = ++m_countGeneration;
    const std::string path = m_session.path().toStdString();
    Background *work = m_work.get();
    m_countProgress = tr("Comptage des occurrences…");
    updateStatus();
    m_counting = m_work->run(QStringLiteral("term hits"),
                             [this, work, path, generation, previous = m_count,
                              matcher = m_editor->matcher()](const std::atomic_bool &cancel) -> Background::Deliver {
                                 std::shared_ptr<const core::TermCount> count;
                                 QString error;
                                 try {
                                     auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
                                     std::int64_t shown = -1;
                                     auto result = core::recountTerms(
                                         store, previous ? *previous : core::TermCount {}, matcher,
                                         [&](std::int64_t done, std::int64_t total, const std::string &) {
                                             // About twenty reports per count, not one per programme.
                                             if (total > 0 && done * 20 / total != shown) {
                                                 shown = done * 20 / total;
                                                 work->post([this, generation, done, total] {
                                                     if (generation != m_countGeneration)
                                                         return;
                                                     m_countProgress
                                                         = tr("Comptage des occurrences… %1 / %2 programmes")
                                                               .arg(QLocale().toString(static_cast<qlonglong>(done)),
                                                                    QLocale().toString(static_cast<qlonglong>(total)));
                                                     updateStatus();
                                                 });
                                             }
                                         },
                                         cancel);
                                     if (!result)
                                         return {};
                                     count = std::make_shared<const core::TermCount>(std::move(*result));
                                 } catch (const std::exception &e) {
                                     error = fromStd(e.what());
                                 }
                                 return [this, generation, count, error] {
                                     if (generation != m_countGeneration)
                                         return;
                                     m_countProgress
                                         = error.isEmpty() ? QString() : tr("Occurrences non comptées : %1").arg(error);
                                     if (count) {
                                         m_count = count;
                                         m_hits = { count->hits, true };
                                         m_themeModel->setHits(m_hits);
                                         m_termsModel->setHits(m_hits);
                                         m_rulesModel->setHits(m_hits);
                                         updateConcordance();
                                     }
                                     updateStatus();
                                     emit hitsCounted();
                                 };
                             });
}

void DictionaryView::save()
{
    if (!m_editor->problem().isEmpty() || isSaving())
        return;
    bool ok = false;
    const QString version = QInputDialog::getText(
        this, tr("Enregistrer le dictionnaire"),
        tr("Nom de la nouvelle version (il figure sous chaque graphique et dans chaque export) :"), QLineEdit::Normal,
        DictionaryEditor::nextVersion(fromStd(m_editor->dictionary().version())), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveAs(version, &error))
        QMessageBox::warning(this, tr("Dictionnaire non enregistré"), error);
}

bool DictionaryView::saveAs(const QString &version, QString *error)
{
    if (isSaving()) {
        *error = tr("Un enregistrement est déjà en cours.");
        return false;
    }
    if (!m_editor->problem().isEmpty()) {
        *error = m_ui->problem->text();
        return false;
    }
    if (version.trimmed().isEmpty()) {
        *error = tr("La version doit avoir un nom.");
        return false;
    }
    core::Dictionary d = m_editor->dictionary();
    d.setVersion(version.trimmed().toStdString());
    // One version name, one content (CorpusStore::useDictionary() refuses it too): asked before
    // the retag starts, so that the answer is immediate.
    try {
        if (m_session.store().versionNameTaken(d)) {
            *error = tr("L'étude a déjà une version « %1 » du dictionnaire, avec un autre contenu : choisissez "
                        "un autre nom.")
                         .arg(fromStd(d.version()));
            return false;
        }
    } catch (const std::exception &e) {
        *error = tr("Impossible de lire l'étude : %1").arg(fromStd(e.what()));
        return false;
    }
    // The counts shown are for this dictionary: the save writes them instead of tagging again.
    std::shared_ptr<const core::TermCount> counted;
    if (m_count && m_hits.current) {
        core::Dictionary countedDictionary = m_count->matcher->dictionary();
        countedDictionary.setVersion(d.version());
        if (countedDictionary.fingerprint() == d.fingerprint())
            counted = m_count;
    }
    const std::string path = m_session.path().toStdString();
    Background *work = m_work.get();
    m_ui->saveProgress->setRange(0, 0);
    m_ui->saveProgress->show();
    m_ui->cancelSave->show();
    m_ui->cancelSave->setEnabled(true);
    setEditingEnabled(false);
    m_saving = m_work->run(
        QStringLiteral("retag"), [this, work, path, d, counted](const std::atomic_bool &cancel) -> Background::Deliver {
            QString message;
            bool ok = false;
            try {
                auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
                // Another writer (an import, vigie-cli): wait for it, saying so, until Cancel.
                store.setWriterWait([work, this, &cancel](double seconds) {
                    work->post([this, seconds] {
                        m_writerWaiting = tr("en attente d'un autre programme qui écrit dans l'étude (%1 s)")
                                              .arg(QLocale().toString(qRound(seconds)));
                        updateStatus();
                    });
                    return !cancel.load();
                });
                std::optional<core::CountedTags> tags;
                if (counted)
                    tags.emplace(*counted);
                ok = store.retag(
                    d,
                    [work, this](std::int64_t done, std::int64_t total, const std::string &) {
                        work->post([this, done, total] {
                            m_ui->saveProgress->setRange(0, static_cast<int>(total));
                            m_ui->saveProgress->setValue(static_cast<int>(done));
                        });
                    },
                    cancel, core::defaultJobs(),
                    [&tags](std::int64_t id, core::TagResult &out) { return tags && tags->tagsOf(id, out); });
                message = ok ? QString() : tr("Réétiquetage annulé : l'étude n'a pas changé.");
            } catch (const core::StudyBusy &e) {
                message = cancel.load()
                    ? tr("Réétiquetage annulé : l'étude n'a pas changé.")
                    : tr("Le dictionnaire n'a pas été enregistré, l'étude n'a pas changé : %1").arg(fromStd(e.what()));
            } catch (const std::exception &e) {
                message
                    = tr("Le dictionnaire n'a pas été enregistré, l'étude n'a pas changé : %1").arg(fromStd(e.what()));
            }
            return [this, ok, message, d] {
                m_saving.reset();
                m_writerWaiting.clear();
                m_ui->saveProgress->hide();
                m_ui->cancelSave->hide();
                setEditingEnabled(true);
                if (ok) {
                    m_editor->load(d); // now the study's: nothing left to save
                    m_session.notifyChanged();
                }
                updateStatus();
                emit saveFinished(
                    ok,
                    ok ? tr("Dictionnaire « %1 » enregistré ; l'étude est réétiquetée.").arg(fromStd(d.version()))
                       : message);
            };
        });
    updateStatus();
    return true;
}

void DictionaryView::cancelSave()
{
    if (m_saving)
        *m_saving = true;
    m_ui->cancelSave->setEnabled(false);
}

bool DictionaryView::importFile(const QString &path, QString *error, QString *report)
{
    const std::string file = path.toStdString();
    try {
        if (const auto format = core::dictionaryFormatOf(file, {})) {
            const core::DictionaryImport d = core::importDictionary(file, format);
            if (report) {
                const QLocale locale;
                *report = tr("%1 (%2) : %3 catégories, %4 entrées lues, %5 termes créés, %6 entrées non importées.")
                              .arg(fromStd(core::dictionaryFormatName(d.format)), fromStd(d.encoding),
                                   locale.toString(d.categories), locale.toString(d.entries), locale.toString(d.terms),
                                   locale.toString(d.skipped));
                for (const auto &note : d.notes) {
                    const bool skipped = note.kind == core::DictionaryImportNote::Kind::Skipped;
                    *report += QStringLiteral("\n")
                        + (note.line == 0 // the whole file
                               ? (skipped ? tr("non importé : %1") : tr("modifié : %1")).arg(fromStd(note.message))
                               : (skipped ? tr("ligne %1, non importé : %2") : tr("ligne %1, modifié : %2"))
                                     .arg(note.line)
                                     .arg(fromStd(note.message)));
                }
            }
            m_editor->replace(d.dictionary);
        } else {
            m_editor->replace(core::Dictionary::fromFile(file));
            if (report)
                report->clear();
        }
    } catch (const std::exception &e) {
        *error = tr("%1 n'est pas un dictionnaire lisible : %2").arg(path, fromStd(e.what()));
        return false;
    }
    m_ui->themes->setCurrentIndex(m_themeModel->index(0, 0));
    return true;
}

bool DictionaryView::exportFile(const QString &path, QString *error, QStringList *lost) const
{
    // The format from the extension (core::dictionaryFormatOf): LIWC .dic, quanteda .yml/.yaml,
    // REFI-QDA codebook .qdc, Vigie's JSON otherwise.
    const auto format = core::dictionaryFormatOf(path.toStdString(), {});
    std::string text;
    if (lost)
        lost->clear();
    if (format == core::DictionaryFormat::LiwcDic || format == core::DictionaryFormat::QuantedaYaml
        || format == core::DictionaryFormat::RefiCodebook) {
        std::vector<std::string> notSaid;
        text = core::exportDictionary(m_editor->dictionary(), *format, notSaid);
        if (lost)
            for (const std::string &line : notSaid)
                lost->append(fromStd(line));
    } else {
        text = m_editor->dictionary().toJson();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit()) {
        *error = tr("Impossible d'écrire %1 : %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DictionaryView::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Importer un dictionnaire"), {},
        tr("Dictionnaires (*.json *.dic *.dicx *.cat *.CAT *.lc3 *.yml *.yaml *.qdc);;Dictionnaires Vigie (*.json);;"
           "LIWC (*.dic *.dicx);;WordStat (*.cat *.CAT);;Lexicoder (*.lc3);;quanteda (*.yml *.yaml);;"
           "Livre de codes REFI-QDA (*.qdc);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        importAndReport(path);
}

void DictionaryView::importAndReport(const QString &path)
{
    QString error;
    QString report;
    if (!importFile(path, &error, &report)) {
        QMessageBox::warning(this, tr("Dictionnaire non importé"), error);
        return;
    }
    if (report.isEmpty())
        return;
    // What another tool's file became: the summary, and every line not imported as it was.
    QMessageBox box(QMessageBox::Information, tr("Dictionnaire importé"), report.section(QLatin1Char('\n'), 0, 0),
                    QMessageBox::Ok, this);
    // The lines not imported as they were, in view (the first twelve), and all of them below.
    const QStringList notes = report.split(QLatin1Char('\n')).mid(1);
    QString text = tr("Les catégories sont devenues des thèmes, les entrées des termes. Vérifiez-les, puis "
                      "enregistrez pour réétiqueter l'étude (Annuler défait l'import).");
    if (!notes.isEmpty()) {
        constexpr int kShown = 12;
        text += QStringLiteral("\n\n") + notes.mid(0, kShown).join(QLatin1Char('\n'));
        if (notes.size() > kShown)
            text += QStringLiteral("\n")
                + tr("… et %n autre(s) ligne(s) (Montrer les détails)", nullptr,
                     static_cast<int>(notes.size() - kShown));
        box.setDetailedText(notes.join(QLatin1Char('\n')));
    }
    box.setInformativeText(text);
    box.exec();
}

void DictionaryView::exportWithDialog()
{
    const QString suggested = QStringLiteral("dictionnaire-%1.json").arg(fromStd(m_editor->dictionary().version()));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Exporter le dictionnaire"), suggested,
                                                tr("Dictionnaires Vigie (*.json);;LIWC (*.dic);;quanteda (*.yml);;"
                                                   "Livre de codes REFI-QDA (*.qdc)"),
                                                &filter);
    if (path.isEmpty())
        return;
    // The format the filter chose, when the name has no extension of its own.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.dic")) ? QStringLiteral(".dic")
            : filter.contains(QLatin1String("*.yml"))   ? QStringLiteral(".yml")
            : filter.contains(QLatin1String("*.qdc"))   ? QStringLiteral(".qdc")
                                                        : QStringLiteral(".json");
    exportAndReport(path);
}

void DictionaryView::exportAndReport(const QString &path)
{
    QString error;
    QStringList lost;
    if (!exportFile(path, &error, &lost)) {
        QMessageBox::warning(this, tr("Dictionnaire non exporté"), error);
        return;
    }
    if (lost.isEmpty())
        return;
    // By kind: hundreds of lines say the same thing for each term (all of them under Show details).
    std::vector<std::string> lines;
    for (const QString &line : lost)
        lines.push_back(line.toStdString());
    const core::ExportLossCounts n
        = core::countLosses(m_editor->dictionary(), *core::dictionaryFormatOf(path.toStdString(), {}), lines);
    const int items = n.terms + n.rules + n.exclusions + n.plural + n.exactOrStem + std::max(n.other, 0);
    QMessageBox box(QMessageBox::Information, tr("Dictionnaire exporté"),
                    tr("%1 est écrit. Ce format ne peut pas tout dire : %n élément(s) du dictionnaire n'y "
                       "sont pas, ou pas tels quels.",
                       nullptr, items)
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, this);
    QStringList kinds;
    if (n.terms)
        kinds << tr("%n terme(s) : un livre de codes n'a pas de mots, ils sont nommés dans la description de "
                    "leur code",
                    nullptr, n.terms);
    if (n.rules)
        kinds << tr("%n règle(s) laissée(s) de côté", nullptr, n.rules);
    if (n.exclusions)
        kinds << tr("%n exclusion(s) laissée(s) de côté", nullptr, n.exclusions);
    if (n.plural)
        kinds << tr("%n terme(s) qui trouvent aussi leur pluriel, écrits tels quels", nullptr, n.plural);
    if (n.exactOrStem)
        kinds << tr("%n terme(s) exacts ou par racine, écrits comme des mots simples", nullptr, n.exactOrStem);
    if (n.other > 0)
        kinds << tr("%n autre(s) différence(s) de forme", nullptr, n.other);
    box.setInformativeText(QStringLiteral("• ") + kinds.join(QStringLiteral("\n• ")));
    box.setDetailedText(lost.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace vigie::gui
