// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "analysis/TermHits.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryModels.h"
#include "gui/dictionary/DictionaryTrial.h"
#include "gui/dictionary/DictionaryView.h"
#include "tagging/Dictionary.h"
#include "text/Folding.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>

#include <filesystem>

using namespace vigie;
using vigie::test::TempDir;

namespace {

core::Dictionary defaultDictionary()
{
    return core::Dictionary::fromFile(VIGIE_DICTIONARY);
}

// A copy of the demo study: saving the dictionary retags it.
struct StudyCopy
{
    TempDir dir;
    QString path = dir.file("demo.vigie");
    gui::StudySession session;
    std::unique_ptr<gui::DictionaryView> view;
    StudyCopy()
    {
        std::filesystem::copy_file(vigie::test::demoStudy().toStdString(), path.toStdString());
        QString error;
        REQUIRE(session.open(path, &error));
        view = std::make_unique<gui::DictionaryView>(session);
        waitForCount();
    }
    void waitForCount()
    {
        QSignalSpy counted(view.get(), &gui::DictionaryView::hitsCounted);
        REQUIRE(counted.wait(60000));
        REQUIRE(view->hits().current);
    }
    std::int64_t scalar(const std::string &sql) { return session.store().database().scalarInt(sql).value_or(-1); }
};

} // namespace

TEST_CASE("every dictionary edit can be undone and redone exactly", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(defaultDictionary());
    CHECK_FALSE(editor.isModified());
    CHECK(editor.problem().isEmpty());
    QSignalSpy changed(&editor, &gui::DictionaryEditor::changed);
    std::vector<std::string> states { editor.dictionary().toJson() };

    const QString id = editor.addTheme(QStringLiteral("numerique"), QStringLiteral("Réseaux d'initiative publique"));
    CHECK(id == QStringLiteral("reseaux_d_initiative_publique"));
    REQUIRE(editor.theme(id));
    CHECK(editor.theme(id)->parent == "numerique");
    CHECK(editor.theme(id)->colour == editor.theme(QStringLiteral("numerique"))->colour);
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.addTerm(id, QStringLiteral("  réseau   d'initiative publique ")) == 0);
    CHECK(editor.theme(id)->terms[0].text == "réseau d'initiative publique");
    states.push_back(editor.dictionary().toJson());
    core::Term term = editor.theme(id)->terms[0];
    term.stem = true;
    term.note = "RIP";
    CHECK(editor.setTerm(id, 0, term));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.addExclusion(id, 0, QStringLiteral("mort"), 3) == 0);
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.addExclusion(id, -1, QStringLiteral("cimetière"), 0) == 0);
    states.push_back(editor.dictionary().toJson());
    core::Exclusion cemeteries;
    cemeteries.phrase = "cimetières";
    cemeteries.window = 2;
    CHECK(editor.setExclusion(id, -1, 0, cemeteries));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::Colour, QStringLiteral("#cc79a7")));
    CHECK(editor.theme(id)->colour == "#CC79A7");
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.removeTerm(QStringLiteral("numerique"), 0));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.removeTheme(QStringLiteral("ville_connectee")));
    CHECK_FALSE(editor.theme(QStringLiteral("ville_connectee")));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.isModified());
    CHECK(changed.count() == 9);

    // Edits that change nothing or name nothing are refused and leave no step.
    CHECK_FALSE(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::LabelFr, QStringLiteral("  ")));
    CHECK_FALSE(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::Colour, QStringLiteral("pas une couleur")));
    CHECK_FALSE(editor.setThemeField(QStringLiteral("absent"), gui::DictionaryEditor::ThemeField::LabelFr,
                                     QStringLiteral("x")));
    CHECK(editor.addTerm(id, QStringLiteral("   ")) == -1);
    CHECK_FALSE(editor.removeTerm(id, 5));
    CHECK(editor.addExclusion(id, 9, QStringLiteral("x"), 1) == -1);
    CHECK_FALSE(editor.setTerm(id, 0, editor.theme(id)->terms[0]));
    CHECK(editor.undoStack()->count() == 9);

    QUndoStack *undo = editor.undoStack();
    for (int step = static_cast<int>(states.size()) - 2; step >= 0; --step) {
        undo->undo();
        CHECK(editor.dictionary().toJson() == states[static_cast<std::size_t>(step)]);
    }
    CHECK_FALSE(editor.isModified());
    for (std::size_t step = 1; step < states.size(); ++step) {
        undo->redo();
        CHECK(editor.dictionary().toJson() == states[step]);
    }
    CHECK(undo->undoText() == QStringLiteral("supprimer le thème « Ville connectée »"));
}

TEST_CASE("the editor says why a dictionary cannot be saved", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(defaultDictionary());
    // "open data" is already a term of open_data: the same words cannot count for two themes of one tree.
    REQUIRE(editor.addTerm(QStringLiteral("french_tech"), QStringLiteral("open data")) >= 0);
    CHECK(editor.problem().contains(QStringLiteral("open data")));
    CHECK(editor.problem().contains(QStringLiteral("open_data")));
    CHECK_FALSE(editor.matcher()); // nothing to count or try with
    editor.undoStack()->undo();
    CHECK(editor.problem().isEmpty());
    REQUIRE(editor.matcher());
    CHECK(editor.matcher()->dictionary().fingerprint() == editor.dictionary().fingerprint());
    REQUIRE(editor.addTerm(QStringLiteral("french_tech"), QStringLiteral("« ! »")) >= 0);
    CHECK(editor.problem().contains(QStringLiteral("no word")));
}

TEST_CASE("new versions and theme ids are named predictably", "[dictionary-editor]")
{
    CHECK(gui::DictionaryEditor::nextVersion(QStringLiteral("2026.2")) == QStringLiteral("2026.2-1"));
    CHECK(gui::DictionaryEditor::nextVersion(QStringLiteral("2026.2-9")) == QStringLiteral("2026.2-10"));
    CHECK(gui::DictionaryEditor::nextVersion(QString()) == QStringLiteral("1"));
    const core::Dictionary d = defaultDictionary();
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("Ville connectée"), d)
          == QStringLiteral("ville_connectee_2"));
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("5G — antennes"), d) == QStringLiteral("theme_5g_antennes"));
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("Œuvres d’art"), d) == QStringLiteral("uvres_d_art"));
}

TEST_CASE("the dictionary models follow edits and pass the model tester", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(defaultDictionary());
    gui::ThemeTreeModel themes(editor);
    gui::TermsModel terms(editor);
    gui::ExclusionsModel exclusions(editor);
    QAbstractItemModelTester t1(&themes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&terms, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&exclusions, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(themes.rowCount() == 2); // numerique, secteurs
    const QModelIndex city = themes.indexOf(QStringLiteral("ville_connectee"));
    REQUIRE(city.isValid());
    CHECK(city.parent() == themes.indexOf(QStringLiteral("numerique")));
    CHECK(city.data().toString() == QStringLiteral("Ville connectée"));
    CHECK(themes.index(0, gui::ThemeTreeModel::HitsColumn).data().toString() == QStringLiteral("…"));

    terms.setTheme(QStringLiteral("ville_connectee"));
    const int rows = terms.rowCount();
    CHECK(rows == static_cast<int>(editor.theme(QStringLiteral("ville_connectee"))->terms.size()));
    const QModelIndex first = terms.index(0, gui::TermsModel::TextColumn);
    CHECK(first.data().toString() == QStringLiteral("smart city"));
    // Typing a term and ticking an option are undoable edits.
    REQUIRE(terms.setData(first, QStringLiteral("smart cities")));
    CHECK(editor.theme(QStringLiteral("ville_connectee"))->terms[0].text == "smart cities");
    REQUIRE(terms.setData(terms.index(0, gui::TermsModel::StemColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(editor.theme(QStringLiteral("ville_connectee"))->terms[0].stem);
    CHECK_FALSE(terms.setData(terms.index(0, gui::TermsModel::HitsColumn), 3));
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    CHECK(first.data().toString() == QStringLiteral("smart city"));
    CHECK(terms.index(0, gui::TermsModel::StemColumn).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);

    // The term "ville connectée" has its exclusions (RER...); editing one goes through the editor.
    int cityTerm = -1;
    for (int r = 0; r < rows; ++r)
        if (terms.index(r, 0).data().toString() == QStringLiteral("ville connectée"))
            cityTerm = r;
    REQUIRE(cityTerm >= 0);
    exclusions.setOwner(QStringLiteral("ville_connectee"), cityTerm);
    REQUIRE(exclusions.rowCount() > 0);
    CHECK(exclusions.index(0, 0).data().toString() == QStringLiteral("RER"));
    CHECK(exclusions.index(0, 1).data().toString() == QStringLiteral("8 mots"));
    REQUIRE(exclusions.setData(exclusions.index(0, 1), 0));
    CHECK(exclusions.index(0, 1).data().toString() == QStringLiteral("recouvrement"));
    CHECK_FALSE(exclusions.setData(exclusions.index(0, 1), QStringLiteral("beaucoup")));

    // Structure changes reset the tree; the tester checks the model stays consistent.
    const QString added = editor.addTheme(QStringLiteral("ville_connectee"), QStringLiteral("Capteurs"));
    CHECK(themes.indexOf(added).parent() == themes.indexOf(QStringLiteral("ville_connectee")));
    editor.removeTheme(QStringLiteral("numerique"));
    CHECK(themes.rowCount() == 1);
    CHECK(terms.rowCount() == 0); // its theme is gone
    editor.undoStack()->undo();
    CHECK(themes.rowCount() == 2);
    CHECK(terms.rowCount() == rows);
}

TEST_CASE("the dictionary view counts each term's hits in the study as the tagger stored them", "[dictionary-view]")
{
    StudyCopy s;
    const auto version = s.session.store().currentDictionaryVersion();
    const core::Dictionary &d = s.view->editor().dictionary();
    CHECK(d.fingerprint() == s.session.store().dictionary(version).fingerprint());
    const auto &hits = *s.view->hits().hits;
    CHECK(hits.programmes == s.session.store().programmeCount());
    // The same dictionary on the same texts: every theme's count equals the stored mentions.
    for (std::size_t t = 0; t < d.themes().size(); ++t) {
        const auto stored = s.scalar("SELECT count(*) FROM programme_mentions WHERE dictionary_version = "
                                     + std::to_string(version) + " AND theme = '" + d.themes()[t].id + "'");
        INFO(d.themes()[t].id);
        CHECK(hits.ownCount(static_cast<int>(t)) == stored);
    }
    const QModelIndex numerique = s.view->themeModel()->indexOf(QStringLiteral("numerique"));
    const auto rolled = s.scalar("SELECT sum(total) FROM programme_theme_counts WHERE dictionary_version = "
                                 + std::to_string(version) + " AND theme = 'numerique'");
    CHECK(numerique.siblingAtColumn(gui::ThemeTreeModel::HitsColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(rolled)));

    // The term's concordance: one line per hit, each the term as written in the text.
    s.view->selectTheme(QStringLiteral("numerique"));
    QSignalSpy ready(s.view.get(), &gui::DictionaryView::termConcordanceReady);
    s.view->selectTerm(0);
    REQUIRE(ready.wait(30000));
    const int numeriqueIndex = d.themeIndex("numerique");
    const auto expected = hits.count(numeriqueIndex, 0);
    CHECK(expected > 100);
    REQUIRE(s.view->concordanceModel()->rowCount() == expected);
    for (int r = 0; r < s.view->concordanceModel()->rowCount(); ++r)
        CHECK(core::toUtf8(core::foldToken(core::fromUtf8(s.view->concordanceModel()->line(r).match))) == "numerique");
    CHECK(s.view->termsModel()->index(0, gui::TermsModel::HitsColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(expected)));

    // An exclusion for the term recounts, with fewer hits; undo brings them back.
    REQUIRE(s.view->editor().addExclusion(QStringLiteral("numerique"), 0, QStringLiteral("au service des habitants"), 2)
            == 0);
    CHECK(s.view->termsModel()->index(0, gui::TermsModel::HitsColumn).data().toString() == QStringLiteral("…"));
    s.waitForCount();
    const auto fewer = s.view->hits().hits->count(numeriqueIndex, 0);
    CHECK(fewer < expected);
    CHECK(fewer > 0);
    s.view->editor().undoStack()->undo();
    s.waitForCount();
    CHECK(s.view->hits().hits->count(numeriqueIndex, 0) == expected);
}

TEST_CASE("the trial box highlights what the edited dictionary finds, at the right places", "[dictionary-view]")
{
    StudyCopy s;
    const QString text = QStringLiteral("📱 Une ville connectée, des capteurs.\nLa ville connectée à Paris par le RER.");
    s.view->trial()->textBox()->setPlainText(text);
    s.view->trial()->tryNow();
    const auto selections = s.view->trial()->textBox()->extraSelections();
    QStringList found;
    for (const auto &sel : selections)
        found << sel.cursor.selectedText();
    // The second "ville connectée" is cancelled by the RER exclusion; RER itself is a transport term.
    CHECK(found
          == QStringList { QStringLiteral("ville connectée"), QStringLiteral("capteurs"), QStringLiteral("RER") });
    REQUIRE(s.view->trial()->matches()->count() == 3);
    CHECK(s.view->trial()->matches()->item(1)->text().contains(QStringLiteral("terme « capteur »")));
    CHECK(selections[0].cursor.selectionStart() == text.indexOf(QStringLiteral("ville")));

    // Without its exclusions the second one is found too.
    const core::Theme *city = s.view->editor().theme(QStringLiteral("ville_connectee"));
    int term = 0;
    while (city->terms[static_cast<std::size_t>(term)].text != "ville connectée")
        ++term;
    core::Term bare = city->terms[static_cast<std::size_t>(term)];
    bare.exclusions.clear();
    REQUIRE(s.view->editor().setTerm(QStringLiteral("ville_connectee"), term, bare));
    s.view->trial()->tryNow();
    CHECK(s.view->trial()->textBox()->extraSelections().size() == 4);
}

TEST_CASE("saving the dictionary stores a new version and retags the study; cancelling changes nothing",
          "[dictionary-view]")
{
    StudyCopy s;
    const auto before = s.session.store().currentDictionaryVersion();
    const auto versions = s.scalar("SELECT count(*) FROM dictionary_versions");
    const auto mentions = s.scalar("SELECT count(*) FROM programme_mentions");
    QString error;

    // Cancelled at once: the retag's transaction rolls back.
    REQUIRE(s.view->editor().addTerm(QStringLiteral("ville_connectee"), QStringLiteral("au service des habitants"))
            >= 0);
    // The study's version name with another content is refused: footnotes name versions.
    const QString current = QString::fromStdString(s.session.store().dictionary(before).version());
    CHECK_FALSE(s.view->saveAs(current, &error));
    CHECK(error.contains(QStringLiteral("déjà une version « %1 »").arg(current)));
    CHECK_FALSE(s.view->isSaving());
    QSignalSpy finished(s.view.get(), &gui::DictionaryView::saveFinished);
    REQUIRE(s.view->saveAs(QStringLiteral("essai-1"), &error));
    CHECK(s.view->isSaving());
    CHECK_FALSE(s.view->saveAs(QStringLiteral("essai-2"), &error));
    s.view->cancelSave();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(QStringLiteral("annulé")));
    CHECK_FALSE(s.view->isSaving());
    CHECK(s.session.store().currentDictionaryVersion() == before);
    CHECK(s.scalar("SELECT count(*) FROM dictionary_versions") == versions);
    CHECK(s.scalar("SELECT count(*) FROM programme_mentions") == mentions);
    CHECK(s.view->editor().isModified()); // the edits are still there, to save again

    // Saved: a new current version, every programme retagged with it, and the views told.
    s.waitForCount();
    const core::TermHits expected = *s.view->hits().hits;
    QSignalSpy changed(&s.session, &gui::StudySession::studyChanged);
    finished.clear();
    REQUIRE(s.view->saveAs(QStringLiteral("essai-1"), &error));
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(changed.count() == 1);
    const auto after = s.session.store().currentDictionaryVersion();
    CHECK(after != before);
    CHECK(s.session.store().dictionary(after).version() == "essai-1");
    CHECK(s.view->editor().dictionary().version() == "essai-1");
    CHECK_FALSE(s.view->editor().isModified());
    const auto added = s.scalar("SELECT count(*) FROM programme_mentions WHERE dictionary_version = "
                                + std::to_string(after) + " AND theme = 'ville_connectee'");
    const int city = s.view->editor().dictionary().themeIndex("ville_connectee");
    CHECK(added == expected.ownCount(city));
    CHECK(added > 100); // the demo's template sentence is everywhere
    CHECK(s.scalar("SELECT count(*) FROM project_theme_counts WHERE dictionary_version = " + std::to_string(after))
          > 0);
}

TEST_CASE("the dictionary file can be exported and imported; a bad file changes nothing", "[dictionary-view]")
{
    StudyCopy s;
    TempDir dir;
    QString error;
    REQUIRE(s.view->editor().addTerm(QStringLiteral("french_tech"), QStringLiteral("startup")) >= 0);
    const std::string edited = s.view->editor().dictionary().toJson();
    REQUIRE(s.view->exportFile(dir.file("dict.json"), &error));
    // The window's Undo button, with what it would undo in its tooltip.
    auto *undo = s.view->findChild<QToolButton *>(QStringLiteral("undo"));
    REQUIRE(undo);
    CHECK(undo->text() == QStringLiteral("Annuler"));
    CHECK(undo->toolTip() == QStringLiteral("Annuler : ajouter le terme « startup »"));
    undo->click();
    CHECK_FALSE(s.view->editor().isModified());
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(s.view->importFile(dir.file("dict.json"), &error));
    CHECK(s.view->editor().dictionary().toJson() == edited);
    CHECK(s.view->editor().undoStack()->undoText() == QStringLiteral("importer un dictionnaire"));

    QFile bad(dir.file("bad.json"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"themes\": [ { \"id\": \"Pas Bon\" } ] }");
    bad.close();
    CHECK_FALSE(s.view->importFile(dir.file("bad.json"), &error));
    CHECK(error.contains(QStringLiteral("bad.json")));
    CHECK(s.view->editor().dictionary().toJson() == edited);
    CHECK_FALSE(s.view->exportFile(dir.file("missing/dir/x.json"), &error));
    CHECK(error.contains(QStringLiteral("x.json")));
}
