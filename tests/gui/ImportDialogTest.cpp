// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog on a new study: the preview of a manifest with each city's commune, the
// choice among the communes of an ambiguous name, the import on its worker with the report,
// Cancel that leaves the study as it was, dropped paths, typed metadata, manifest errors.
#include "gui/import/ImportDialog.h"
#include "GuiTestSupport.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportPreviewModel.h"
#include "gui/import/ImportProblemText.h"
#include "import/ImportRuns.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace vigie;
using Preview = gui::ImportPreviewModel;
using Page = gui::ImportDialog::Page;

namespace {

using vigie::test::demoStudy;
using vigie::test::TempDir;

QString importData(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

// A new, empty study.
struct Study
{
    TempDir dir;
    gui::StudySession session;
    Study()
    {
        QString error;
        REQUIRE(session.open(dir.file("etude.vigie"), &error, true));
    }
    std::int64_t programmes() { return session.store().programmeCount(); }
    // The stored programme whose file name ends with `suffix`.
    std::optional<core::StoredProgramme> programme(const std::string &suffix)
    {
        for (std::int64_t id : session.store().programmeIds()) {
            auto p = session.store().programme(id);
            if (p && p->meta.source.ends_with(suffix))
                return p;
        }
        return std::nullopt;
    }
};

int rowOf(const Preview *model, const QString &shown)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->row(row).shownFile == shown)
            return row;
    FAIL("no preview row for " << shown.toStdString());
    return -1;
}

QString cell(const Preview *model, int row, Preview::Column column, int role = Qt::DisplayRole)
{
    return model->index(row, model->columnOf(column)).data(role).toString();
}

void runImport(gui::ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
    dialog.start();
    REQUIRE(dialog.isRunning());
    CHECK(dialog.page() == Page::Progress);
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(dialog.isRunning());
}

QStringList reportLines(const gui::ImportDialog &dialog)
{
    QStringList lines;
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("reportDetails"));
    REQUIRE(tree);
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        lines << group->text(0);
        for (int c = 0; c < group->childCount(); ++c)
            lines << group->child(c)->text(0) + QStringLiteral(" | ") + group->child(c)->text(1);
    }
    return lines;
}

struct WarningCounter
{
    static inline int failures = 0;
    static void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL")))
            ++failures;
    }
};

} // namespace

TEST_CASE("the preview lists a manifest's entries with the commune each city resolves to", "[import]")
{
    Study study;
    gui::ImportDialog dialog(study.session, {});
    CHECK(dialog.page() == Page::Sources);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    WarningCounter::failures = 0;
    const QtMessageHandler previous = qInstallMessageHandler(&WarningCounter::handler);
    Preview *model = dialog.previewModel();
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        dialog.setPaths({ importData("manifest.csv") });
    }
    qInstallMessageHandler(previous);
    CHECK(WarningCounter::failures == 0);

    CHECK(dialog.errors().isEmpty());
    REQUIRE(model->rowCount() == 6);
    const int lyon = rowOf(model, QStringLiteral("programmes/lyon-demain.txt"));
    CHECK(cell(model, lyon, Preview::Candidate) == QStringLiteral("Camille Martin"));
    CHECK(cell(model, lyon, Preview::Nuance) == QStringLiteral("DVG"));
    CHECK(cell(model, lyon, Preview::Year) == QStringLiteral("2020"));
    CHECK(cell(model, lyon, Preview::City) == QStringLiteral("Lyon"));
    CHECK(cell(model, lyon, Preview::Commune) == QStringLiteral("Lyon (69)"));
    CHECK(cell(model, lyon, Preview::Commune, Preview::InseeRole) == QStringLiteral("69123"));
    const int villeurbanne = rowOf(model, QStringLiteral("programmes/villeurbanne.md"));
    CHECK(cell(model, villeurbanne, Preview::Candidate) == QStringLiteral("Dupont; Jeanne"));
    CHECK(cell(model, villeurbanne, Preview::Commune, Preview::InseeRole) == QStringLiteral("69266"));
    const int marseille = rowOf(model, QStringLiteral("programmes/marseille-1252.txt"));
    CHECK(cell(model, marseille, Preview::Commune, Preview::InseeRole) == QStringLiteral("13055"));

    // Saint-Denis: four communes or more, nothing guessed, the choice shown in the cell.
    const int saintDenis = rowOf(model, QStringLiteral("programmes/saint-denis.html"));
    CHECK(model->hasChoice(saintDenis));
    CHECK(cell(model, saintDenis, Preview::Commune, Preview::InseeRole).isEmpty());
    const auto candidates = model->candidates(saintDenis);
    CHECK(candidates.size() >= 4);
    QStringList codes;
    for (const auto &c : candidates)
        codes << c.first;
    CHECK(codes.contains(QStringLiteral("93066")));
    CHECK(codes.contains(QStringLiteral("97411")));
    CHECK(dialog.previewTable()->isPersistentEditorOpen(model->index(saintDenis, model->columnOf(Preview::Commune))));
    CHECK_FALSE(model->hasChoice(lyon));

    // A file that is not there is flagged before the import, which still goes ahead.
    const int absent = rowOf(model, QStringLiteral("programmes/absent.pdf"));
    CHECK(cell(model, absent, Preview::File, Preview::ProblemRole).contains(QStringLiteral("introuvable")));
    // A manifest's metadata are its own: they are not typed over in the table.
    CHECK_FALSE(model->flags(model->index(lyon, model->columnOf(Preview::Candidate))) & Qt::ItemIsEditable);

    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("Importer 6 programmes"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("1 commune à choisir")));
}

TEST_CASE("the commune picked for an ambiguous city is stored, and the report counts what happened", "[import]")
{
    Study study;
    gui::ImportDialog dialog(study.session, {});
    dialog.setPaths({ importData("manifest.csv") });
    Preview *model = dialog.previewModel();
    const int saintDenis = rowOf(model, QStringLiteral("programmes/saint-denis.html"));
    CHECK_FALSE(dialog.chooseCommune(saintDenis, QStringLiteral("75056"))); // Paris is not a Saint-Denis
    REQUIRE(dialog.chooseCommune(saintDenis, QStringLiteral("93066")));
    CHECK(cell(model, saintDenis, Preview::Commune, Preview::InseeRole) == QStringLiteral("93066"));
    CHECK(cell(model, saintDenis, Preview::Commune) == QStringLiteral("Saint-Denis (93)"));
    CHECK(model->pendingChoices() == 0);

    QSignalSpy changed(&study.session, &gui::StudySession::studyChanged);
    runImport(dialog);
    CHECK(dialog.page() == Page::Report);
    const core::ImportReport &report = dialog.report();
    CHECK(report.imported == 4);
    CHECK(report.updated == 0);
    CHECK(report.failed == 2);
    CHECK(report.unresolved == 0);
    CHECK(changed.count() == 1); // the window's views reload

    CHECK(study.programmes() == 4);
    const auto sd = study.programme("saint-denis.html");
    REQUIRE(sd);
    CHECK(sd->meta.commune == "93066");
    CHECK(sd->meta.candidate == "Karim Benali");
    const auto marseille = study.programme("marseille-1252.txt");
    REQUIRE(marseille);
    CHECK(marseille->meta.commune == "13055");

    // The report names the failed files as the preview did, each with its reason.
    const QStringList lines = reportLines(dialog);
    CHECK(lines.contains(QStringLiteral("En échec (2)")));
    const auto failedLine = [&](const QString &file) {
        for (const QString &line : lines)
            if (line.startsWith(file + QStringLiteral(" | ")))
                return line.mid(file.size() + 3);
        return QString();
    };
    CHECK(failedLine(QStringLiteral("programmes/image.txt")) == QStringLiteral("fichier binaire, pas du texte"));
    CHECK(failedLine(QStringLiteral("programmes/absent.pdf")) == QStringLiteral("fichier introuvable"));
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("reportCounts"));
    REQUIRE(counts);
    CHECK(counts->text().contains(QStringLiteral(">4</span><br/>importés")));
    CHECK(counts->text().contains(QStringLiteral(">2</span><br/>en échec")));

    SECTION("importing the manifest again updates the same programmes")
    {
        gui::ImportDialog again(study.session, { importData("manifest.csv") });
        runImport(again);
        CHECK(again.report().imported == 0);
        CHECK(again.report().updated == 4);
        CHECK(again.report().unresolved == 1); // Saint-Denis, not chosen this time
        const QStringList againLines = reportLines(again);
        CHECK(againLines.contains(QStringLiteral("Importés sans commune (1)")));
        // In French from the problem's kind, with the candidates' INSEE codes.
        const auto city = std::find_if(againLines.begin(), againLines.end(), [](const QString &line) {
            return line.startsWith(QStringLiteral("programmes/saint-denis.html | "));
        });
        REQUIRE(city != againLines.end());
        CHECK(city->contains(QStringLiteral(" communes s'appellent « Saint-Denis » : indiquez le département ou le "
                                            "code INSEE (")));
        CHECK(city->contains(QStringLiteral("93066")));
        CHECK(study.programmes() == 4);
    }
}

TEST_CASE("Cancel keeps the programmes stored or undoes the whole import, as the user chooses", "[import]")
{
    Study study;
    {
        gui::ImportDialog first(study.session, { importData("programmes/lyon-demain.txt") });
        runImport(first);
        REQUIRE(first.report().imported == 1);
    }
    REQUIRE(study.programmes() == 1);

    // 300 programmes, large enough that the import is still running when Cancel arrives.
    TempDir folder;
    std::string body;
    for (int i = 0; i < 150; ++i)
        body += "Nous développerons la fibre optique, l'open data et les services publics numériques. ";
    for (int i = 0; i < 300; ++i) {
        std::ofstream out(folder.dir / ("programme-" + std::to_string(1000 + i) + ".txt"));
        out << "Programme " << i << "\n\n" << body << "\n";
    }
    QSignalSpy changed(&study.session, &gui::StudySession::studyChanged);
    const auto unfinished = [&] {
        return core::ImportRuns(study.session.store()).unfinished();
    };

    SECTION("with the Cancel button, once files are being stored")
    {
        gui::ImportDialog dialog(study.session, { QString::fromStdString(folder.dir.string()) });
        REQUIRE(dialog.previewModel()->rowCount() == 300);
        const auto cancelling = QObject::connect(
            &dialog, &gui::ImportDialog::progressChanged, &dialog, [&](qint64 done, qint64, const QString &) {
                if (done >= 2 && dialog.isRunning())
                    dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
            });
        runImport(dialog);
        QObject::disconnect(cancelling);
        CHECK(dialog.wasCancelled());
        CHECK(dialog.page() == Page::Sources);
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
        REQUIRE(notice);
        // The files stored before Cancel (the one being read when it came, too) are in the study.
        const auto stored = study.programmes() - 1;
        CHECK(stored >= 2);
        CHECK(stored < 300);
        CHECK(notice->text().contains(QStringLiteral("Import interrompu : %1 programmes sur 300").arg(stored)));
        CHECK(changed.count() == 1);
        auto *choice = dialog.findChild<QWidget *>(QStringLiteral("keptChoice"));
        REQUIRE(choice);
        CHECK_FALSE(choice->isHidden());
        REQUIRE(unfinished().size() == 1);
        CHECK(unfinished()[0].kept);
        CHECK(unfinished()[0].done == stored);

        SECTION("undo: the study as it was")
        {
            QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
            dialog.findChild<QPushButton *>(QStringLiteral("undoImport"))->click();
            REQUIRE(finished.wait(60000));
            CHECK(study.programmes() == 1);
            CHECK(notice->text().contains(QStringLiteral("Import annulé : %1 programmes retirés").arg(stored)));
            CHECK(choice->isHidden());
            CHECK(unfinished().empty());
            CHECK(changed.count() == 2);
            CHECK(dialog.importButton()->isEnabled()); // the same import can be started again
        }
        SECTION("keep, then resume: only the rest is imported")
        {
            dialog.findChild<QPushButton *>(QStringLiteral("keepImported"))->click();
            CHECK(choice->isHidden());
            CHECK(notice->text().contains(QStringLiteral("gardés")));
            CHECK(dialog.importButton()->text() == QStringLiteral("Reprendre l'import"));
            runImport(dialog);
            CHECK(dialog.page() == Page::Report);
            CHECK(dialog.report().alreadyDone == stored);
            CHECK(dialog.report().imported == 300 - stored);
            CHECK(study.programmes() == 301);
            CHECK(unfinished().empty());
        }
    }
    SECTION("by closing the dialog: it stops, keeps what it stored, then closes")
    {
        gui::ImportDialog dialog(study.session, { QString::fromStdString(folder.dir.string()) });
        QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
        dialog.start();
        dialog.reject();
        CHECK(dialog.isRunning());
        REQUIRE(finished.wait(120000));
        CHECK(dialog.wasCancelled());
        CHECK(dialog.result() == QDialog::Rejected);
        // Nothing stored yet, or a run the window offers to resume or undo.
        if (study.programmes() > 1)
            CHECK(unfinished().size() == 1);
        else
            CHECK(unfinished().empty());
    }
}

TEST_CASE("an interrupted run is resumed from its record: only what it had not stored is imported", "[import]")
{
    Study study;
    TempDir folder;
    std::vector<core::ManifestEntry> entries;
    for (int i = 0; i < 12; ++i) {
        const fs::path file = folder.dir / ("programme-" + std::to_string(i) + ".txt");
        std::ofstream(file) << "Programme " << i << " : la ville numérique et l'open data.\n";
        core::ManifestEntry e;
        e.file = file.string();
        e.candidate = "Tête de liste " + std::to_string(i);
        entries.push_back(std::move(e));
    }
    // Cancel after 4 files, outside the window (as a killed vigie-cli would leave it).
    std::int64_t run = 0;
    {
        core::Importer importer(study.session.store(), core::Gazetteer::bundled());
        std::atomic_bool cancel { false };
        int started = 0;
        const core::ProgressSink progress = [&](std::int64_t, std::int64_t, const std::string &current) {
            if (!current.empty() && ++started == 4)
                cancel = true;
        };
        run = importer.importProgrammes(entries, progress, cancel).run;
    }
    REQUIRE(run != 0);
    REQUIRE(study.programmes() == 4);

    gui::ImportDialog dialog(study.session, {});
    QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
    dialog.resume(run);
    CHECK(dialog.previewModel()->rowCount() == 12);
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait(60000));
    CHECK(dialog.page() == Page::Report);
    CHECK(dialog.report().alreadyDone == 4);
    CHECK(dialog.report().imported == 8);
    CHECK(study.programmes() == 12);
    CHECK(study.programme("programme-7.txt")->meta.candidate == "Tête de liste 7"); // its metadata, from the record
    CHECK(core::ImportRuns(study.session.store()).unfinished().empty());
}

TEST_CASE("an import waits while another program writes to the study, and Cancel ends the wait", "[import][writers]")
{
    Study study;
    // Another program (here: another connection) holds the study's write lock.
    auto other
        = core::CorpusStore::open(study.dir.file("etude.vigie").toStdString(), core::CorpusStore::Opening::Existing);
    auto holding = std::make_unique<core::Transaction>(other.database());
    gui::ImportDialog dialog(study.session, { importData("programmes/lyon-demain.txt") });
    QSignalSpy finished(&dialog, &gui::ImportDialog::importFinished);
    dialog.start();
    auto *current = dialog.findChild<QLabel *>(QStringLiteral("currentFile"));
    REQUIRE(current);
    for (int i = 0; i < 100 && !current->text().contains(QStringLiteral("en attente")); ++i)
        QTest::qWait(50);
    CHECK(current->text().startsWith(
        QStringLiteral("Un autre programme écrit dans l'étude (un import, un réétiquetage) : en attente depuis ")));
    CHECK(dialog.isRunning());

    SECTION("the other program finishes: the import goes on")
    {
        holding->commit();
        holding.reset();
        REQUIRE(finished.wait(120000));
        CHECK_FALSE(dialog.wasCancelled());
        CHECK(dialog.report().imported == 1);
        CHECK(study.programmes() == 1);
    }
    SECTION("Cancel while waiting: cancelled, nothing written")
    {
        dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        REQUIRE(finished.wait(10000)); // heard within a wait step (a second)
        CHECK(dialog.wasCancelled());
        CHECK(study.programmes() == 0);
    }
}

TEST_CASE("paths dropped on the window arrive in the preview, where a folder's metadata are typed", "[import]")
{
    Study study;
    TempDir folder;
    fs::copy_file(VIGIE_TEST_DATA_DIR "/import/programmes/lyon-demain.txt", folder.dir / "lyon-demain.txt");
    fs::create_directories(folder.dir / "villeurbanne");
    fs::copy_file(VIGIE_TEST_DATA_DIR "/import/programmes/villeurbanne.md", folder.dir / "villeurbanne" / "ville.md");
    std::ofstream(folder.dir / "tableau.xlsx") << "PK";
    fs::create_symlink("absent.txt", folder.dir / "casse.txt");

    // The window passes what was dropped on it.
    gui::ImportDialog dialog(study.session, { QString::fromStdString(folder.dir.string()) });
    CHECK(dialog.page() == Page::Sources);
    CHECK(dialog.sourceCount() == 1);
    Preview *model = dialog.previewModel();
    REQUIRE(model->rowCount() == 2);
    const int lyon = rowOf(model, QStringLiteral("lyon-demain.txt"));
    const int villeurbanne = rowOf(model, QStringLiteral("villeurbanne/ville.md"));
    CHECK(cell(model, lyon, Preview::Commune) == QStringLiteral("—"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    CHECK(summary->text().contains(QStringLiteral("1 fichier d'un autre format ignoré")));
    CHECK(summary->text().contains(QStringLiteral("1 entrée des dossiers ignorée (voir le rapport)")));

    // A year typed with both rows selected goes to both, as a user does for a folder.
    QTableView *table = dialog.previewTable();
    table->selectAll();
    const QModelIndex year = model->index(lyon, model->columnOf(Preview::Year));
    table->setCurrentIndex(year);
    table->selectAll();
    table->edit(year);
    auto *editor = table->findChild<QLineEdit *>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("2020"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits Return in a queued call
    CHECK(cell(model, lyon, Preview::Year) == QStringLiteral("2020"));
    CHECK(cell(model, villeurbanne, Preview::Year) == QStringLiteral("2020"));

    const auto set = [&](int row, Preview::Column column, const char *value) {
        REQUIRE(model->setData(model->index(row, model->columnOf(column)), QString::fromUtf8(value)));
    };
    set(lyon, Preview::City, "Lyon 3e");
    CHECK(cell(model, lyon, Preview::Commune, Preview::InseeRole) == QStringLiteral("69123"));
    set(lyon, Preview::Nuance, "DVG");
    set(lyon, Preview::Candidate, "Camille Martin");
    CHECK_FALSE(model->setData(model->index(lyon, model->columnOf(Preview::Year)), QStringLiteral("deux mille")));
    // A typed name that several communes share gets the choice, as in a manifest.
    set(villeurbanne, Preview::City, "Saint-Denis");
    CHECK(model->hasChoice(villeurbanne));
    CHECK(table->isPersistentEditorOpen(model->index(villeurbanne, model->columnOf(Preview::Commune))));
    set(villeurbanne, Preview::City, "Villeurbanne");
    CHECK_FALSE(table->isPersistentEditorOpen(model->index(villeurbanne, model->columnOf(Preview::Commune))));

    runImport(dialog);
    CHECK(dialog.report().imported == 2);
    CHECK(dialog.skippedCount() == 2);
    CHECK(reportLines(dialog).contains(QStringLiteral("tableau.xlsx | pas un format de programme")));
    CHECK(reportLines(dialog).contains(QStringLiteral("casse.txt | lien cassé vers « absent.txt » : ignoré")));
    const auto stored = study.programme("lyon-demain.txt");
    REQUIRE(stored);
    CHECK(stored->meta.commune == "69123");
    CHECK(stored->meta.year == 2020);
    CHECK(stored->meta.nuance == "DVG");
    CHECK(stored->meta.candidate == "Camille Martin");
    const auto other = study.programme("ville.md");
    REQUIRE(other);
    CHECK(other->meta.commune == "69266");
    CHECK(other->meta.year == 2020);

    SECTION("a file and a manifest dropped together, a row left out")
    {
        gui::ImportDialog both(study.session,
                               { importData("programmes/lyon-demain.txt"), importData("manifest.json") });
        CHECK(both.sourceCount() == 2);
        CHECK(both.errors().isEmpty());
        Preview *m = both.previewModel();
        REQUIRE(m->rowCount() == 3);
        CHECK(m->row(0).typed);
        CHECK_FALSE(m->row(1).typed);
        // manifest.json gives Saint-Denis its department: no choice to make.
        const int sd = rowOf(m, QStringLiteral("programmes/saint-denis.html"));
        CHECK(cell(m, sd, Preview::Commune, Preview::InseeRole) == QStringLiteral("93066"));
        REQUIRE(m->setData(m->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        CHECK(both.importButton()->text() == QStringLiteral("Importer 2 programmes"));
        runImport(both);
        CHECK(both.skippedCount() == 1);
        CHECK(both.report().imported + both.report().updated == 2);
    }
}

TEST_CASE("a manifest error names the file and the line, and blocks the import", "[import]")
{
    Study study;
    gui::ImportDialog dialog(study.session, { importData("no-file.csv") });
    REQUIRE(dialog.errors().size() == 1);
    CHECK(dialog.errors().first() == QStringLiteral("no-file.csv, ligne 1 : il manque la colonne « file »"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    auto *box = dialog.findChild<QLabel *>(QStringLiteral("errors"));
    REQUIRE(box);
    CHECK_FALSE(box->isHidden());
    CHECK(box->text().contains(QStringLiteral("no-file.csv, ligne 1")));
    dialog.start();
    CHECK_FALSE(dialog.isRunning());

    // One bad manifest among good sources still blocks: the batch would be incomplete.
    dialog.setPaths({ importData("manifest.csv"), importData("bad-year.csv") });
    CHECK(dialog.previewModel()->rowCount() == 6);
    REQUIRE(dialog.errors().size() == 1);
    CHECK(dialog.errors().first()
          == QStringLiteral("bad-year.csv, ligne 3 : year : « deux mille » n'est pas un nombre entier"));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.removeSource(1);
    CHECK(dialog.errors().isEmpty());
    CHECK(box->isHidden());
    CHECK(dialog.importButton()->isEnabled());
}

TEST_CASE("a problem is worded from its kind: in French, or in English with the English interface", "[import]")
{
    // A manifest of the analyst's own, in a folder of its own: no English sentence of core's is
    // looked at, and the name shown is the file's, not its path.
    TempDir dir;
    {
        std::ofstream out(dir.dir / "manifeste.csv", std::ios::binary);
        out << "file;city;year\nlyon.txt;Lyon;2020\nvilleurbanne.txt;Villeurbanne;x\n";
    }
    Study study;
    {
        gui::ImportDialog dialog(study.session, { dir.file("manifeste.csv") });
        REQUIRE(dialog.errors().size() == 1);
        CHECK(dialog.errors().first()
              == QStringLiteral("manifeste.csv, ligne 3 : year : « x » n'est pas un nombre entier"));
    }
    {
        test::EnglishInterface english;
        gui::ImportDialog dialog(study.session, { dir.file("manifeste.csv") });
        REQUIRE(dialog.errors().size() == 1);
        CHECK(dialog.errors().first() == QStringLiteral("manifeste.csv, line 3: year: “x” is not a whole number"));
        auto *box = dialog.findChild<QLabel *>(QStringLiteral("errors"));
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("manifeste.csv, line 3: year: “x” is not a whole number")));
    }
    // Back in French once the English interface is gone.
    gui::ImportDialog again(study.session, { dir.file("manifeste.csv") });
    REQUIRE(again.errors().size() == 1);
    CHECK(again.errors().first().startsWith(QStringLiteral("manifeste.csv, ligne 3 : ")));
}

TEST_CASE("every kind of import problem has words of its own in each language", "[import]")
{
    // The wording follows the kind, never core's English sentence (Other alone passes a storage
    // error's message on), and no kind is left without words in English.
    using Kind = core::ImportProblem::Kind;
    const auto problem = [](int k) {
        core::ImportProblem p { .kind = static_cast<Kind>(k), .source = "liste.csv", .line = 4 };
        p.column = "year";
        p.value = "x";
        p.expected = "file, year";
        p.encoding = "UTF-16LE";
        p.position = core::Utf8Problem { 17, 2, 5, "invalid byte 0xE9" };
        p.part = "word/document.xml";
        p.department = "69";
        p.candidates = { "93066", "97411" };
        p.detail = "storage says no";
        p.limitMb = 256;
        return p;
    };
    const int last = static_cast<int>(Kind::Other);
    QStringList french;
    for (int k = 0; k <= last; ++k) {
        const core::ImportProblem p = problem(k);
        INFO("kind " << k << ": " << p.message());
        french << gui::ImportProblemText::reason(p);
        CHECK_FALSE(french.back().isEmpty());
        if (p.kind != Kind::Other)
            CHECK(french.back() != QString::fromStdString(p.message()));
        CHECK(gui::ImportProblemText::describe(QStringLiteral("liste.csv"), p)
              == QStringLiteral("liste.csv, ligne 4 : ") + french.back());
    }
    test::EnglishInterface english;
    for (int k = 0; k < last; ++k) { // Other passes its message on, in every language
        const core::ImportProblem p = problem(k);
        INFO("kind " << k << ": " << french[k].toStdString());
        CHECK(gui::ImportProblemText::reason(p) != french[k]);
    }
}

TEST_CASE("a projects list is previewed and imported on its own", "[import]")
{
    Study study;
    gui::ImportDialog dialog(study.session, { importData("projects.csv"), importData("programmes/lyon-demain.txt") });
    REQUIRE(dialog.errors().size() == 1); // one transaction per import: not both at once
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.removeSource(1);
    CHECK(dialog.errors().isEmpty());

    Preview *model = dialog.previewModel();
    CHECK(model->mode() == Preview::Mode::Projects);
    REQUIRE(model->rowCount() == 5);
    CHECK(model->columnOf(Preview::File) == -1);
    CHECK(cell(model, 2, Preview::Commune, Preview::InseeRole) == QStringLiteral("76351"));
    CHECK(cell(model, 0, Preview::Budget).startsWith(QStringLiteral("120")));
    REQUIRE(model->hasChoice(4)); // Saint-Denis
    REQUIRE(dialog.chooseCommune(4, QStringLiteral("97411")));
    CHECK(dialog.importButton()->text() == QStringLiteral("Importer 5 projets"));

    runImport(dialog);
    CHECK(dialog.report().imported == 5);
    CHECK(dialog.report().unresolved == 0);
    CHECK(study.session.store().projectCount() == 5);
    CHECK(study.session.store().database().scalarInt("SELECT count(*) FROM projects WHERE commune = '97411'") == 1);
}

TEST_CASE("screenshots of the import dialog", "[.look]")
{
    Study study;
    const QString out = QStringLiteral("/tmp/look");
    QDir().mkpath(out);
    const auto save = [&](QWidget &widget, const char *name) {
        QTest::qWait(50);
        REQUIRE(
            widget.grab().save(out + QStringLiteral("/import-") + QString::fromUtf8(name) + QStringLiteral(".png")));
    };
    gui::ImportDialog dialog(study.session, { importData("manifest.csv") });
    dialog.show();
    save(dialog, "preview");
    const int sd = rowOf(dialog.previewModel(), QStringLiteral("programmes/saint-denis.html"));
    dialog.chooseCommune(sd, QStringLiteral("93066"));
    save(dialog, "preview-chosen");
    runImport(dialog);
    save(dialog, "report");

    gui::ImportDialog empty(study.session, {});
    empty.show();
    save(empty, "empty");
    empty.setPaths({ importData("no-file.csv") });
    save(empty, "error");
    empty.setPaths({ importData("projects.csv") });
    save(empty, "projects");

    // A folder without manifest, a city typed, then the progress page halfway through.
    TempDir folder;
    std::string body;
    for (int i = 0; i < 400; ++i)
        body += "Nous développerons la fibre optique, l'open data et les services publics numériques. ";
    for (int i = 0; i < 300; ++i)
        std::ofstream(folder.dir / ("programme-" + std::to_string(1000 + i) + ".txt")) << i << body;
    gui::ImportDialog typed(study.session, { QString::fromStdString(folder.dir.string()) });
    typed.show();
    Preview *model = typed.previewModel();
    model->setData(model->index(0, model->columnOf(Preview::City)), QStringLiteral("Lyon"));
    model->setData(model->index(0, model->columnOf(Preview::Year)), QStringLiteral("2020"));
    model->setData(model->index(1, model->columnOf(Preview::City)), QStringLiteral("Saint-Denis"));
    model->setData(model->index(2, model->columnOf(Preview::City)), QStringLiteral("Springfield"));
    save(typed, "folder");
    bool grabbed = false;
    QObject::connect(&typed, &gui::ImportDialog::progressChanged, &typed, [&](qint64 done, qint64, const QString &) {
        if (done >= 100 && !grabbed) {
            grabbed = true;
            typed.grab().save(out + QStringLiteral("/import-progress.png"));
            typed.cancel();
        }
    });
    runImport(typed);
    save(typed, "cancelled");
}

TEST_CASE("a folder of professions de foi and its candidate file: documents joined to their lists", "[import][lists]")
{
    Study study;
    gui::ImportDialog dialog(study.session, {});
    dialog.setPaths({ QStringLiteral(VIGIE_TEST_DATA_DIR "/professions-foi"),
                      QStringLiteral(VIGIE_TEST_DATA_DIR "/results/resultats-municipales-2026-tour1.csv") });
    CHECK(dialog.errors().isEmpty());
    REQUIRE(dialog.candidateFiles().size() == 1);
    Preview *model = dialog.previewModel();
    REQUIRE(model->rowCount() == 6);
    // The file name gives the commune and the head of the list.
    const int lyon = rowOf(model, QStringLiteral("MN26-69-69123-Mme_Camille_MARTIN-1-tour1-profession_foi.pdf"));
    CHECK(cell(model, lyon, Preview::Candidate) == QStringLiteral("Camille MARTIN"));
    CHECK(cell(model, lyon, Preview::Commune, Preview::InseeRole) == QStringLiteral("69123"));

    // A naming pattern the window cannot use is said in French, and blocks the import.
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("pattern"));
    REQUIRE(pattern);
    pattern->setText(QStringLiteral("{insee}-{liste}"));
    emit pattern->editingFinished();
    REQUIRE(dialog.errors().size() == 1);
    CHECK(dialog.errors()[0].contains(QStringLiteral("{liste} n'est pas un repère connu")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    pattern->clear();
    emit pattern->editingFinished();
    CHECK(dialog.errors().isEmpty());
    CHECK(dialog.importButton()->isEnabled());

    runImport(dialog);
    CHECK(study.programmes() == 6);
    REQUIRE(dialog.listReports().size() == 1);
    CHECK(dialog.listReports()[0].lists == 10);
    CHECK(dialog.listReports()[0].withDocuments == 5);
    REQUIRE(dialog.resultsReports().size() == 1); // after the lists: their seats and who was elected
    CHECK(dialog.resultsReports()[0].matched == 10);
    CHECK(dialog.resultsReports()[0].elected == 4);
    const QStringList lines = reportLines(dialog);
    CHECK(lines.contains(QStringLiteral("Listes de candidats-municipales-2026-tour1.csv (2026, tour 1)")));
    CHECK(lines.contains(QStringLiteral("10 listes | 10 nouvelles, 0 mises à jour, 20 candidats lus ; 5 avec un "
                                        "document dans l'étude")));
}

TEST_CASE("the import report names the documents joined to no list and a pattern that reads no name", "[import][lists]")
{
    Study study;
    TempDir folder;
    // Renamed by an analyst: no year in the names; Vénissieux has no list 9.
    fs::copy_file(VIGIE_TEST_DATA_DIR "/professions-foi/MN26-69-69123-M_Louis_PETIT-2-tour1-profession_foi.pdf",
                  folder.dir / "69123_liste2_T1.pdf");
    fs::copy_file(VIGIE_TEST_DATA_DIR "/professions-foi/MN26-69-69259-M_Tom_ANDRE-2-tour1-profession_foi.pdf",
                  folder.dir / "69259_liste9_T1.pdf");
    gui::ImportDialog dialog(study.session, {});
    dialog.setPaths({ QString::fromStdString(folder.dir.string()),
                      QStringLiteral(VIGIE_TEST_DATA_DIR "/professions-foi/candidats-municipales-2026-tour1.csv") });
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("pattern"));
    REQUIRE(pattern);
    pattern->setText(QStringLiteral("{insee}_liste{panel}_T{round}"));
    emit pattern->editingFinished();
    REQUIRE(dialog.errors().isEmpty());
    runImport(dialog);
    CHECK(study.programmes() == 2);
    REQUIRE(dialog.listReports().size() == 1);
    CHECK(dialog.listReports()[0].yearsFromLists == 1); // Lyon's list 2 is of 2026 only
    CHECK(dialog.listReports()[0].withDocuments == 1);
    QStringList lines = reportLines(dialog);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Documents sans année | l'année de ces listes (2026) donnée aux documents "
                                        "nommés sans année qui ont leur commune, leur panneau et leur tour : 1")));
    CHECK(lines.contains(QStringLiteral("Documents sans liste (1) : comptés comme des listes à part")));
    CHECK(lines.contains(QStringLiteral("69259_liste9_T1.pdf | liste 9 de Vénissieux (69259), tour 1, sans année : "
                                        "rattaché à aucune liste (indiquez l'année avec {year} dans le modèle de "
                                        "noms, ou importez le fichier des candidats de l'élection)")));
    CHECK_FALSE(lines.contains(QStringLiteral("Tout a été importé, chaque ville a sa commune.")));

    // A pattern that no name follows.
    gui::ImportDialog again(study.session, {});
    again.setPaths({ QString::fromStdString(folder.dir.string()) });
    auto *other = again.findChild<QLineEdit *>(QStringLiteral("pattern"));
    other->setText(QStringLiteral("liste{panel}-{insee}"));
    emit other->editingFinished();
    runImport(again);
    lines = reportLines(again);
    CHECK(lines.contains(QStringLiteral("Noms de fichiers « liste{panel}-{insee} » : aucun nom ne suit ce modèle")));
}
