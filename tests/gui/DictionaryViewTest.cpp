// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DictionaryTestSupport.h"
#include "GuiTestSupport.h"

#include "analysis/TermHits.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryModels.h"
#include "gui/dictionary/DictionaryTrial.h"
#include "gui/dictionary/DictionaryView.h"
#include "gui/dictionary/RuleDialog.h"
#include "gui/dictionary/RulesModel.h"
#include "tagging/Dictionary.h"
#include "text/Folding.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <filesystem>

using namespace vigie;
using vigie::test::makeRule;
using vigie::test::TempDir;
using vigie::test::testDictionary;
using vigie::test::word;

namespace {

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
    // Until the counts are those of the dictionary shown: a recount after an edit may be over
    // before the test gets here (it reads only the programmes the edit can change).
    void waitForCount()
    {
        QSignalSpy counted(view.get(), &gui::DictionaryView::hitsCounted);
        if (!view->hits().current)
            REQUIRE(counted.wait(60000));
        REQUIRE(view->hits().current);
    }
    std::int64_t scalar(const std::string &sql) { return session.store().database().scalarInt(sql).value_or(-1); }
    // The study's dictionary's first theme: the tests add to it what they count.
    QString firstTheme() const { return QString::fromStdString(view->editor().dictionary().themes().front().id); }
};

// A rule whose words the demo's programmes hold ("une équipe renouvelée, paritaire et ancrée dans
// chaque quartier"), six words apart.
core::Rule teamRule()
{
    return makeRule("équipe de quartier (essai)", { "équipe" }, { "quartier" }, 8);
}

} // namespace

TEST_CASE("the dictionary view counts each term's hits in the study as the tagger stored them", "[dictionary-view]")
{
    StudyCopy s;
    const auto version = s.session.store().currentDictionaryVersion();
    const core::Dictionary &d = s.view->editor().dictionary();
    CHECK(d.fingerprint() == s.session.store().dictionary(version).fingerprint());
    const auto &hits = *s.view->hits().hits;
    CHECK(hits.programmes == s.session.store().programmeCount());
    // The same dictionary on the same texts: every theme's count, and every rule's, equals the
    // stored mentions.
    const std::string ofVersion
        = "SELECT count(*) FROM programme_mentions WHERE dictionary_version = " + std::to_string(version);
    for (std::size_t t = 0; t < d.themes().size(); ++t) {
        const std::string theme = d.themes()[t].id;
        INFO(theme);
        CHECK(hits.ownCount(static_cast<int>(t)) == s.scalar(ofVersion + " AND theme = '" + theme + "'"));
        for (std::size_t r = 0; r < d.themes()[t].rules.size(); ++r)
            CHECK(hits.ruleCount(static_cast<int>(t), static_cast<int>(r))
                  == s.scalar(ofVersion + " AND theme = '" + theme + "' AND rule = " + std::to_string(r)));
    }
    const std::string root = d.themes().front().id;
    const QModelIndex rootIndex = s.view->themeModel()->indexOf(QString::fromStdString(root));
    const auto rolled = s.scalar("SELECT sum(total) FROM programme_theme_counts WHERE dictionary_version = "
                                 + std::to_string(version) + " AND theme = '" + root + "'");
    CHECK(rootIndex.siblingAtColumn(gui::ThemeTreeModel::HitsColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(rolled)));

    // The term's concordance: one line per hit, at the places counted. The term that finds the
    // most, whatever the dictionary holds.
    int theme = 0;
    int term = 0;
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        for (std::size_t k = 0; k < d.themes()[t].terms.size(); ++k)
            if (hits.count(static_cast<int>(t), static_cast<int>(k)) > hits.count(theme, term)) {
                theme = static_cast<int>(t);
                term = static_cast<int>(k);
            }
    const auto expected = hits.count(theme, term);
    REQUIRE(expected > 10);
    const QString themeId = QString::fromStdString(d.themes()[static_cast<std::size_t>(theme)].id);
    s.view->selectTheme(themeId);
    QSignalSpy ready(s.view.get(), &gui::DictionaryView::concordanceReady);
    s.view->selectTerm(term);
    REQUIRE(ready.wait(30000));
    const auto places = hits.of(theme, term);
    REQUIRE(s.view->concordanceModel()->rowCount() == expected);
    for (int r = 0; r < s.view->concordanceModel()->rowCount(); ++r) {
        const auto &line = s.view->concordanceModel()->line(r);
        CHECK(line.programme == places[static_cast<std::size_t>(r)].programme);
        CHECK(line.start == places[static_cast<std::size_t>(r)].start);
        CHECK(line.end == places[static_cast<std::size_t>(r)].end);
        CHECK_FALSE(line.match.empty());
    }
    CHECK(s.view->termsModel()->index(term, gui::TermsModel::HitsColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(expected)));

    // An exclusion for the term (the word after its first hit) recounts, with fewer hits; undo
    // brings them back.
    static const QRegularExpression firstWord(QStringLiteral("\\w+"));
    const QString after = firstWord.match(QString::fromStdString(s.view->concordanceModel()->line(0).right)).captured();
    REQUIRE_FALSE(after.isEmpty());
    REQUIRE(s.view->editor().addExclusion(themeId, term, after, 1) == 0);
    CHECK(s.view->termsModel()->index(term, gui::TermsModel::HitsColumn).data().toString() == QStringLiteral("…"));
    s.waitForCount();
    CHECK(s.view->hits().hits->count(theme, term) < expected);
    s.view->editor().undoStack()->undo();
    s.waitForCount();
    CHECK(s.view->hits().hits->count(theme, term) == expected);
}

TEST_CASE("adding, editing and removing a rule are undoable and change the live counts", "[dictionary-view]")
{
    StudyCopy s;
    gui::DictionaryEditor &editor = s.view->editor();
    const QString theme = s.firstTheme();
    const int themeIndex = editor.dictionary().themeIndex(theme.toStdString());
    const int before = static_cast<int>(editor.theme(theme)->rules.size());
    const auto ownBefore = s.view->hits().hits->ownCount(themeIndex);

    const int rule = editor.addRule(theme, teamRule());
    REQUIRE(rule == before);
    s.view->selectTheme(theme);
    s.view->selectRule(rule);
    CHECK(s.view->showsRules());
    CHECK(s.view->currentRule() == rule);
    gui::RulesModel *rules = s.view->rulesModel();
    REQUIRE(rules->rowCount() == before + 1);
    CHECK(rules->index(rule, gui::RulesModel::HitsColumn).data().toString() == QStringLiteral("…"));
    s.waitForCount();
    const auto found = s.view->hits().hits->ruleCount(themeIndex, rule);
    REQUIRE(found > 0);
    CHECK(rules->index(rule, gui::RulesModel::HitsColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(found)));
    CHECK(rules->index(rule, gui::RulesModel::ProgrammesColumn).data().toString()
          == QLocale().toString(static_cast<qlonglong>(s.view->hits().hits->programmesWithRule(themeIndex, rule))));
    CHECK(s.view->hits().hits->ownCount(themeIndex) > ownBefore);

    // A window too narrow for "équipe … quartier": fewer hits; a zero is shown as a term's is.
    REQUIRE(rules->setData(rules->index(rule, gui::RulesModel::WindowColumn), 1));
    s.waitForCount();
    const auto narrower = s.view->hits().hits->ruleCount(themeIndex, rule);
    CHECK(narrower < found);
    if (narrower == 0)
        CHECK(rules->index(rule, gui::RulesModel::HitsColumn).data(Qt::ForegroundRole).value<QColor>()
              == gui::nothingFoundColour());
    editor.undoStack()->undo();
    s.waitForCount();
    CHECK(s.view->hits().hits->ruleCount(themeIndex, rule) == found);

    // Removed, then back.
    REQUIRE(editor.removeRule(theme, rule));
    CHECK(rules->rowCount() == before);
    s.waitForCount();
    CHECK(s.view->hits().hits->ownCount(themeIndex) == ownBefore);
    editor.undoStack()->undo();
    CHECK(rules->rowCount() == before + 1);
    s.waitForCount();
    CHECK(s.view->hits().hits->ruleCount(themeIndex, rule) == found);
    editor.undoStack()->undo(); // the rule's addition
    CHECK_FALSE(editor.isModified());
}

TEST_CASE("a rule's concordance lists its spans, its term and its context", "[dictionary-view]")
{
    StudyCopy s;
    gui::DictionaryEditor &editor = s.view->editor();
    const QString theme = s.firstTheme();
    const int themeIndex = editor.dictionary().themeIndex(theme.toStdString());
    const int rule = editor.addRule(theme, teamRule());
    REQUIRE(rule >= 0);
    s.view->selectTheme(theme);
    s.waitForCount();
    QSignalSpy ready(s.view.get(), &gui::DictionaryView::concordanceReady);
    s.view->selectRule(rule);
    REQUIRE(ready.wait(30000));
    const auto places = s.view->hits().hits->ofRule(themeIndex, rule);
    REQUIRE(!places.empty());
    REQUIRE(s.view->concordanceModel()->rowCount() == static_cast<int>(places.size()));
    for (int r = 0; r < s.view->concordanceModel()->rowCount(); ++r) {
        const auto &line = s.view->concordanceModel()->line(r);
        CHECK(line.start == places[static_cast<std::size_t>(r)].start);
        CHECK(line.end == places[static_cast<std::size_t>(r)].end);
        // The span runs from the term to its context (or back).
        const std::string folded = core::toUtf8(core::foldToken(core::fromUtf8(line.match)));
        CHECK(folded.find("equipe") != std::string::npos);
        CHECK(folded.find("quartier") != std::string::npos);
        CHECK(line.term == "rule équipe de quartier (essai)");
    }
    auto *tabs = s.view->findChild<QTabWidget *>(QStringLiteral("dictionaryTabs"));
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Occurrences de la règle"));
    // Double-click opens the reader at the span.
    QSignalSpy reader(&s.session, &gui::StudySession::readerRequested);
    auto *table = s.view->findChild<QTableView *>(QStringLiteral("termConcordance"));
    REQUIRE(table);
    emit table->doubleClicked(s.view->concordanceModel()->index(0, 0));
    REQUIRE(reader.count() == 1);
    CHECK(reader.at(0).at(1).toLongLong() == places[0].start);
    CHECK(reader.at(0).at(2).toLongLong() == places[0].end);
}

TEST_CASE("a rule's hits are the mentions the retag stores for it", "[dictionary-view]")
{
    StudyCopy s;
    gui::DictionaryEditor &editor = s.view->editor();
    const QString theme = s.firstTheme();
    const int rule = editor.addRule(theme, teamRule());
    REQUIRE(rule >= 0);
    s.waitForCount();
    const core::TermHits expected = *s.view->hits().hits;
    const int themeIndex = editor.dictionary().themeIndex(theme.toStdString());
    REQUIRE(expected.ruleCount(themeIndex, rule) > 0);
    QSignalSpy finished(s.view.get(), &gui::DictionaryView::saveFinished);
    QString error;
    REQUIRE(s.view->saveAs(QStringLiteral("essai-règle"), &error));
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.at(0).at(0).toBool());
    const auto after = s.session.store().currentDictionaryVersion();
    const core::Dictionary &d = editor.dictionary();
    for (std::size_t t = 0; t < d.themes().size(); ++t)
        for (std::size_t r = 0; r < d.themes()[t].rules.size(); ++r) {
            INFO(d.themes()[t].rules[r].name);
            CHECK(s.scalar("SELECT count(*) FROM programme_mentions WHERE dictionary_version = " + std::to_string(after)
                           + " AND theme = '" + d.themes()[t].id + "' AND rule = " + std::to_string(r))
                  == expected.ruleCount(static_cast<int>(t), static_cast<int>(r)));
        }
}

TEST_CASE("the trial box highlights what the edited dictionary finds, at the right places", "[dictionary-view]")
{
    StudyCopy s;
    s.view->editor().load(testDictionary());
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
    // UTF-16 places: the emoji before the match is two code units.
    CHECK(selections[0].cursor.selectionStart() == text.indexOf(QStringLiteral("ville")));
    CHECK(selections[2].cursor.selectionStart() == text.indexOf(QStringLiteral("RER")));

    // Without its exclusion the second one is found too.
    core::Term bare = s.view->editor().theme(QStringLiteral("ville_connectee"))->terms[1];
    REQUIRE(bare.text == "ville connectée");
    bare.exclusions.clear();
    REQUIRE(s.view->editor().setTerm(QStringLiteral("ville_connectee"), 1, bare));
    s.view->trial()->tryNow();
    CHECK(s.view->trial()->textBox()->extraSelections().size() == 4);
}

TEST_CASE("the trial box highlights a rule's span apart from terms and names the rule", "[dictionary-view]")
{
    StudyCopy s;
    s.view->editor().load(testDictionary());
    const QString text = QStringLiteral(
        "🗂️ Nous allons ouvrir nos données au numérique, et ouvrir les données personnelles ?");
    s.view->trial()->textBox()->setPlainText(text);
    s.view->trial()->tryNow();
    const auto selections = s.view->trial()->textBox()->extraSelections();
    QListWidget *matches = s.view->trial()->matches();
    // The rule's span (its context and its term), then "numérique"; the second "données" has its
    // context too, but "personnelles" cancels it.
    REQUIRE(matches->count() == 2);
    CHECK(matches->item(0)->text()
          == QStringLiteral("« ouvrir nos données » (règle « données ouvertes ») — Numérique"));
    CHECK(matches->item(0)->data(gui::DictionaryTrial::kRuleRole).toInt() == 0);
    CHECK(matches->item(1)->data(gui::DictionaryTrial::kRuleRole).toInt() == -1);
    REQUIRE(selections.size() == 2);
    const auto &ruleSpan = selections[0]; // painted first, under the terms' highlights
    CHECK(ruleSpan.cursor.selectedText() == QStringLiteral("ouvrir nos données"));
    CHECK(ruleSpan.cursor.selectionStart() == text.indexOf(QStringLiteral("ouvrir")));
    CHECK(ruleSpan.cursor.selectionEnd() == text.indexOf(QStringLiteral(" au numérique")));
    const auto &termSpan = selections[1];
    CHECK(termSpan.cursor.selectedText() == QStringLiteral("numérique"));
    // Dashed and lighter for the rule, as the reader shows it.
    CHECK(ruleSpan.format.underlineStyle() == QTextCharFormat::DashUnderline);
    CHECK(termSpan.format.underlineStyle() == QTextCharFormat::SingleUnderline);
    const QColor colour(QStringLiteral("#0072B2"));
    CHECK(ruleSpan.format.background().color() == gui::ruleTint(colour));
    CHECK(termSpan.format.background().color() == gui::lightTint(colour));
    CHECK(ruleSpan.format.underlineColor() == colour);
}

TEST_CASE("saving the dictionary stores a new version and retags the study, and a cancelled save changes nothing",
          "[dictionary-view]")
{
    StudyCopy s;
    const auto before = s.session.store().currentDictionaryVersion();
    const auto versions = s.scalar("SELECT count(*) FROM dictionary_versions");
    const auto mentions = s.scalar("SELECT count(*) FROM programme_mentions");
    const QString theme = s.firstTheme();
    QString error;

    // Cancelled at once: the retag's transaction rolls back.
    REQUIRE(s.view->editor().addTerm(theme, QStringLiteral("au service des habitants")) >= 0);
    REQUIRE(s.view->editor().problem().isEmpty());
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
                                + std::to_string(after) + " AND theme = '" + theme.toStdString() + "'");
    const int themeIndex = s.view->editor().dictionary().themeIndex(theme.toStdString());
    CHECK(added == expected.ownCount(themeIndex));
    const int term = static_cast<int>(s.view->editor().theme(theme)->terms.size()) - 1;
    CHECK(expected.count(themeIndex, term) > 10); // the demo's template sentence is in many programmes
    CHECK(s.scalar("SELECT count(*) FROM project_theme_counts WHERE dictionary_version = " + std::to_string(after))
          > 0);
}

TEST_CASE("a save waits while another program writes to the study, saying so, until Cancel",
          "[dictionary-view][writers]")
{
    StudyCopy s;
    const auto before = s.session.store().currentDictionaryVersion();
    REQUIRE(s.view->editor().addTerm(s.firstTheme(), QStringLiteral("au service des habitants")) >= 0);
    auto other = core::CorpusStore::open(s.path.toStdString(), core::CorpusStore::Opening::Existing);
    auto holding = std::make_unique<core::Transaction>(other.database());
    QSignalSpy finished(s.view.get(), &gui::DictionaryView::saveFinished);
    QString error;
    REQUIRE(s.view->saveAs(QStringLiteral("essai-attente"), &error));
    auto *status = s.view->findChild<QLabel *>(QStringLiteral("status"));
    REQUIRE(status);
    for (int i = 0; i < 100 && !status->text().contains(QStringLiteral("en attente")); ++i)
        QTest::qWait(50);
    CHECK(status->text().contains(QStringLiteral(" · en attente d'un autre programme qui écrit dans l'étude (")));

    SECTION("the other program finishes: the save goes on")
    {
        holding->commit();
        holding.reset();
        REQUIRE(finished.wait(60000));
        CHECK(finished.at(0).at(0).toBool());
        CHECK(s.session.store().dictionary(s.session.store().currentDictionaryVersion()).version() == "essai-attente");
        CHECK_FALSE(status->text().contains(QStringLiteral("en attente")));
    }
    SECTION("Cancel while waiting: nothing saved, the edits kept")
    {
        s.view->cancelSave();
        REQUIRE(finished.wait(10000));
        CHECK_FALSE(finished.at(0).at(0).toBool());
        CHECK(finished.at(0).at(1).toString() == QStringLiteral("Réétiquetage annulé : l'étude n'a pas changé."));
        CHECK(s.session.store().currentDictionaryVersion() == before);
        CHECK(s.view->editor().isModified());
    }
}

TEST_CASE("the dictionary file can be exported and imported, and a bad file changes nothing", "[dictionary-view]")
{
    StudyCopy s;
    TempDir dir;
    QString error;
    REQUIRE(s.view->editor().addTerm(s.firstTheme(), QStringLiteral("startup")) >= 0);
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

TEST_CASE("a dictionary from another tool is imported with its report, and Undo takes it back",
          "[dictionary-view][dictionary-import]")
{
    StudyCopy s;
    const std::string before = s.view->editor().dictionary().toJson();
    QString error;
    QString report;
    const QString liwc = QStringLiteral(VIGIE_TEST_DATA_DIR "/dictionaries/liwc2007.dic");
    REQUIRE(s.view->importFile(liwc, &error, &report));
    CHECK(report.startsWith(QStringLiteral(
        "LIWC .dic (UTF-8) : 3 catégories, 15 entrées lues, 11 termes créés, 5 entrées non importées.")));
    CHECK(report.contains(QStringLiteral("ligne 14, non importé : \"kind <of>\"")));
    CHECK(report.contains(QStringLiteral("ligne 16, modifié : \"cloud\" is listed twice")));
    const auto &themes = s.view->editor().dictionary().themes();
    REQUIRE(themes.size() == 3);
    CHECK(themes[0].id == "numerique");
    CHECK(s.view->editor().problem().isEmpty());
    s.waitForCount(); // the study counted with the imported dictionary
    CHECK(s.view->hits().hits->count(0, 0) > 0); // "numérique" is in the demo's programmes
    s.view->editor().undoStack()->undo();
    CHECK(s.view->editor().dictionary().toJson() == before);

    // A Vigie dictionary gives no report.
    report = QStringLiteral("stale");
    TempDir dir;
    REQUIRE(s.view->exportFile(dir.file("dict.json"), &error));
    REQUIRE(s.view->importFile(dir.file("dict.json"), &error, &report));
    CHECK(report.isEmpty());

    // Written for LIWC and quanteda by the extension, with what they cannot say.
    QStringList lost;
    REQUIRE(s.view->exportFile(dir.file("dict.dic"), &error, &lost));
    CHECK(lost.contains(QStringLiteral(
        "theme \"numerique\": \"numérique\" matches its plural too; written as listed (add the plural or a '*')")));
    QFile dic(dir.file("dict.dic"));
    REQUIRE(dic.open(QIODevice::ReadOnly));
    CHECK(dic.readLine() == "%\n");
    REQUIRE(s.view->exportFile(dir.file("dict.yml"), &error, &lost));
    CHECK_FALSE(lost.isEmpty());
    REQUIRE(s.view->importFile(dir.file("dict.yml"), &error, &report));
    CHECK(report.startsWith(QStringLiteral("quanteda YAML (UTF-8)")));

    // And as a REFI-QDA codebook: the theme tree, its accents, without words.
    s.view->editor().undoStack()->undo();
    REQUIRE(s.view->exportFile(dir.file("dict.qdc"), &error, &lost));
    CHECK(lost.first().startsWith(QStringLiteral("a codebook holds codes, not words")));
    REQUIRE(s.view->importFile(dir.file("dict.qdc"), &error, &report));
    CHECK(
        report.startsWith(QStringLiteral("REFI-QDA codebook .qdc (UTF-8) : 21 catégories, 21 entrées lues, 0 termes")));
    CHECK(report.contains(QStringLiteral("\nmodifié : a codebook holds codes, not words")));
    CHECK(s.view->editor().dictionary().themes()[0].labelFr == "Numérique");
    CHECK(s.view->editor().dictionary().termCount() == 0);
}
