// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dictionary editor and its models, without a study: edits, undo, validation, rule dialog.
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

TEST_CASE("every dictionary edit can be undone and redone exactly", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(testDictionary());
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
    CHECK(editor.addExclusion(id, -1, QStringLiteral("cimetière"), 0, core::Exclusion::Order::Before) == 0);
    CHECK(editor.theme(id)->exclusions[0].order == core::Exclusion::Order::Before);
    states.push_back(editor.dictionary().toJson());
    core::Exclusion cemeteries;
    cemeteries.phrase = "cimetières";
    cemeteries.window = 2;
    CHECK(editor.setExclusion(id, -1, 0, cemeteries));
    states.push_back(editor.dictionary().toJson());
    cemeteries.order = core::Exclusion::Order::After; // the side alone is an edit
    CHECK(editor.setExclusion(id, -1, 0, cemeteries));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::Colour, QStringLiteral("#cc79a7")));
    CHECK(editor.theme(id)->colour == "#CC79A7");
    states.push_back(editor.dictionary().toJson());

    // Rules: added whole, changed, their "unless" phrases edited like exclusions, removed.
    CHECK(editor.addRule(id, makeRule("  réseau   déployé ", { "réseau" }, { "déployer*", "fibre" }, 5)) == 0);
    REQUIRE(editor.rule(id, 0));
    CHECK(editor.rule(id, 0)->name == "réseau déployé");
    CHECK(editor.undoStack()->undoText() == QStringLiteral("ajouter la règle « réseau déployé »"));
    states.push_back(editor.dictionary().toJson());
    core::Rule changedRule = *editor.rule(id, 0);
    changedRule.order = core::Rule::Order::NearAfter;
    changedRule.scope = core::Rule::Scope::Paragraph;
    changedRule.near.push_back(word("raccordement"));
    CHECK(editor.setRule(id, 0, changedRule));
    CHECK(editor.undoStack()->undoText() == QStringLiteral("modifier la règle « réseau déployé »"));
    states.push_back(editor.dictionary().toJson());
    const auto ofRule = gui::DictionaryEditor::ExclusionOwner::ofRule(0);
    CHECK(editor.addExclusion(id, ofRule, QStringLiteral("électrique"), 2, core::Exclusion::Order::Before) == 0);
    CHECK(editor.rule(id, 0)->unless.size() == 1);
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.removeExclusion(id, ofRule, 0));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.removeRule(QStringLiteral("numerique"), 0)); // "données ouvertes"
    CHECK(editor.theme(QStringLiteral("numerique"))->rules.empty());
    CHECK(editor.undoStack()->undoText() == QStringLiteral("supprimer la règle « données ouvertes »"));
    states.push_back(editor.dictionary().toJson());

    CHECK(editor.removeTerm(QStringLiteral("numerique"), 0));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.removeTheme(QStringLiteral("ville_connectee")));
    CHECK_FALSE(editor.theme(QStringLiteral("ville_connectee")));
    states.push_back(editor.dictionary().toJson());
    CHECK(editor.isModified());
    CHECK(changed.count() == 15);
    CHECK(editor.problem().isEmpty());

    // Edits that change nothing or name nothing are refused and leave no step.
    CHECK_FALSE(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::LabelFr, QStringLiteral("  ")));
    CHECK_FALSE(editor.setThemeField(id, gui::DictionaryEditor::ThemeField::Colour, QStringLiteral("pas une couleur")));
    CHECK_FALSE(editor.setThemeField(QStringLiteral("absent"), gui::DictionaryEditor::ThemeField::LabelFr,
                                     QStringLiteral("x")));
    CHECK(editor.addTerm(id, QStringLiteral("   ")) == -1);
    CHECK_FALSE(editor.removeTerm(id, 5));
    CHECK(editor.addExclusion(id, 9, QStringLiteral("x"), 1) == -1);
    CHECK_FALSE(editor.setTerm(id, 0, editor.theme(id)->terms[0]));
    CHECK_FALSE(editor.setRule(id, 0, *editor.rule(id, 0)));
    CHECK_FALSE(editor.removeRule(id, 3));
    CHECK(editor.addExclusion(id, gui::DictionaryEditor::ExclusionOwner::ofRule(4), QStringLiteral("x"), 1) == -1);
    CHECK(editor.refusal().isEmpty()); // nothing to refuse: nothing was asked that could be made
    CHECK(editor.undoStack()->count() == 15);

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
    editor.load(testDictionary());
    // "smart city" is already a term of ville_connectee: the same words cannot count for two themes of one tree.
    REQUIRE(editor.addTerm(QStringLiteral("numerique"), QStringLiteral("smart city")) >= 0);
    CHECK(editor.problem().contains(QStringLiteral("smart city")));
    CHECK(editor.problem().contains(QStringLiteral("ville_connectee")));
    CHECK_FALSE(editor.matcher()); // nothing to count or try with
    editor.undoStack()->undo();
    CHECK(editor.problem().isEmpty());
    REQUIRE(editor.matcher());
    CHECK(editor.matcher()->dictionary().fingerprint() == editor.dictionary().fingerprint());
    REQUIRE(editor.addTerm(QStringLiteral("transports"), QStringLiteral("« ! »")) >= 0);
    CHECK(editor.problem().contains(QStringLiteral("no word")));
    CHECK_FALSE(editor.problem().contains(QStringLiteral("règle"))); // a term's: no rule to name
    editor.undoStack()->undo();

    // A rule's problem names the rule, whether checking or compiling finds it: a phrase with no
    // word among its "unless", or a dictionary read from a file with two rules of one name.
    REQUIRE(editor.addExclusion(QStringLiteral("numerique"), gui::DictionaryEditor::ExclusionOwner::ofRule(0),
                                QStringLiteral("« ! »"), 0)
            >= 0);
    CHECK(editor.problem().contains(QStringLiteral("no word")));
    CHECK(editor.problem().contains(QStringLiteral("règle « données ouvertes »")));
    editor.undoStack()->undo();
    CHECK(editor.problem().isEmpty());
    core::Dictionary twice = editor.dictionary();
    twice.themes()[static_cast<std::size_t>(twice.themeIndex("transports"))].rules.push_back(
        makeRule("données ouvertes", { "horaires" }, { "ouvrir" }, 4));
    editor.replace(twice);
    CHECK(editor.problem().contains(QStringLiteral("\"données ouvertes\"")));
    CHECK_FALSE(editor.matcher());
}

TEST_CASE("invalid rule edits are refused with the reason, and leave no step", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(testDictionary());
    QSignalSpy refused(&editor, &gui::DictionaryEditor::refused);
    const QString theme = QStringLiteral("ville_connectee");
    const auto refusedWith = [&](const QString &words) {
        UNSCOPED_INFO(editor.refusal().toStdString());
        return editor.refusal().contains(words) && !refused.isEmpty()
            && refused.last().at(0).toString() == editor.refusal();
    };

    CHECK(editor.addRule(theme, makeRule("   ", { "capteur" }, { "réseau" }, 5)) == -1);
    CHECK(refusedWith(QStringLiteral("doit avoir un nom")));
    // Rule names are unique in the whole dictionary: they name the rule's mentions.
    CHECK(editor.addRule(theme, makeRule("données ouvertes", { "capteur" }, { "réseau" }, 5)) == -1);
    CHECK(refusedWith(QStringLiteral("« données ouvertes » est déjà le nom d'une règle du thème « Numérique »")));
    CHECK(editor.addRule(theme, makeRule("capteurs", {}, { "réseau" }, 5)) == -1);
    CHECK(refusedWith(QStringLiteral("au moins un terme")));
    CHECK(editor.addRule(theme, makeRule("capteurs", { "capteur" }, { "  " }, 5)) == -1);
    CHECK(refusedWith(QStringLiteral("au moins un mot de contexte")));
    CHECK(editor.addRule(theme, makeRule("capteurs", { "capteur" }, { "réseau" }, 0)) == -1);
    CHECK(refusedWith(QStringLiteral("va de 1 à 50 mots")));
    CHECK(editor.addRule(theme, makeRule("capteurs", { "capteur" }, { "réseau" }, 51)) == -1);
    CHECK(refusedWith(QStringLiteral("va de 1 à 50 mots")));
    CHECK(editor.addRule(theme, makeRule("capteurs", { "« ! »" }, { "réseau" }, 5)) == -1);
    CHECK(refusedWith(QStringLiteral("Règle « capteurs » : « « ! » » ne contient aucun mot")));
    core::Rule both = makeRule("capteurs", { "capteur" }, { "réseau" }, 5);
    both.terms[0].exact = true;
    both.terms[0].stem = true;
    CHECK(editor.addRule(theme, both) == -1);
    CHECK(refusedWith(QStringLiteral("exact et par racine")));
    CHECK(editor.undoStack()->count() == 0);

    // The same through the rules' table, typed in place.
    gui::RulesModel rules(editor);
    rules.setTheme(QStringLiteral("numerique"));
    REQUIRE(
        editor.addRule(QStringLiteral("transports"), makeRule("horaires publiés", { "horaires" }, { "publier*" }, 4))
        == 0);
    CHECK(editor.refusal().isEmpty());
    CHECK_FALSE(rules.setData(rules.index(0, gui::RulesModel::NameColumn), QStringLiteral("horaires publiés")));
    CHECK(refusedWith(QStringLiteral("déjà le nom d'une règle du thème « Transports »")));
    CHECK_FALSE(rules.setData(rules.index(0, gui::RulesModel::WindowColumn), 60));
    CHECK(refusedWith(QStringLiteral("va de 1 à 50 mots")));
    CHECK(rules.index(0, gui::RulesModel::WindowColumn).data().toString() == QStringLiteral("6 mots"));
    CHECK_FALSE(rules.setData(rules.index(0, gui::RulesModel::HitsColumn), 3)); // counted, not typed
    CHECK(editor.undoStack()->count() == 1);
    // A window out of range for an exclusion, too.
    CHECK(editor.addExclusion(theme, 1, QStringLiteral("tramway"), 51) == -1);
    CHECK(refusedWith(QStringLiteral("de 0 à 50 mots")));
    CHECK(editor.undoStack()->count() == 1);
}

TEST_CASE("the rule dialog reads one entry a line with its options, and says why OK is disabled", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(testDictionary());
    gui::RuleDialog dialog(editor, QStringLiteral("ville_connectee"), -1);
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *terms = dialog.findChild<QPlainTextEdit *>(QStringLiteral("terms"));
    auto *near = dialog.findChild<QPlainTextEdit *>(QStringLiteral("near"));
    auto *unless = dialog.findChild<QPlainTextEdit *>(QStringLiteral("unless"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE((ok && name && terms && near && unless && problem));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("nom")));

    name->setText(QStringLiteral("capteurs en réseau"));
    terms->setPlainText(QStringLiteral("capteur\nIoT [exact]\n\n  objets   connectés [racine, sans pluriel]"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("mot de contexte")));
    near->setPlainText(QStringLiteral("temps réel\nsupervis* [vite]"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem()
          == QStringLiteral("Contexte, ligne 2 : « vite » n'est pas une option (exact, racine, sans pluriel)."));
    near->setPlainText(QStringLiteral("temps réel\nsupervis*"));
    unless->setPlainText(QStringLiteral("vélo [1 mot, après]\nbénévoles\nlumière [3 mots, avant]"));
    CHECK(ok->isEnabled());
    CHECK(dialog.problem().isEmpty());

    const core::Rule rule = dialog.rule();
    CHECK(rule.name == "capteurs en réseau");
    REQUIRE(rule.terms.size() == 3);
    CHECK(rule.terms[1].text == "IoT");
    CHECK(rule.terms[1].exact);
    CHECK(rule.terms[2].text == "objets connectés");
    CHECK((rule.terms[2].stem && !rule.terms[2].plural && !rule.terms[2].exact));
    REQUIRE(rule.unless.size() == 3);
    CHECK((rule.unless[0].window == 1 && rule.unless[0].order == core::Exclusion::Order::After));
    CHECK((rule.unless[1].window == 0 && rule.unless[1].order == core::Exclusion::Order::Any));
    CHECK((rule.unless[2].window == 3 && rule.unless[2].order == core::Exclusion::Order::Before));
    REQUIRE(editor.addRule(QStringLiteral("ville_connectee"), rule) == 0);

    // Opened on a rule: its words written back as they were read, options included.
    gui::RuleDialog again(editor, QStringLiteral("ville_connectee"), 0);
    CHECK(again.findChild<QPlainTextEdit *>(QStringLiteral("terms"))->toPlainText()
          == QStringLiteral("capteur\nIoT [exact]\nobjets connectés [racine, sans pluriel]"));
    CHECK(again.findChild<QPlainTextEdit *>(QStringLiteral("unless"))->toPlainText()
          == QStringLiteral("vélo [1 mot, après]\nbénévoles\nlumière [3 mots, avant]"));
    CHECK(again.problem().isEmpty()); // its own name is not taken
    CHECK(again.rule().near.size() == 2);
}

TEST_CASE("new versions and theme ids are named predictably", "[dictionary-editor]")
{
    CHECK(gui::DictionaryEditor::nextVersion(QStringLiteral("2026.2")) == QStringLiteral("2026.2-1"));
    CHECK(gui::DictionaryEditor::nextVersion(QStringLiteral("2026.2-9")) == QStringLiteral("2026.2-10"));
    CHECK(gui::DictionaryEditor::nextVersion(QString()) == QStringLiteral("1"));
    const core::Dictionary d = testDictionary();
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("Ville connectée"), d)
          == QStringLiteral("ville_connectee_2"));
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("5G — antennes"), d) == QStringLiteral("theme_5g_antennes"));
    CHECK(gui::DictionaryEditor::themeIdFor(QStringLiteral("Œuvres d’art"), d) == QStringLiteral("uvres_d_art"));
}

TEST_CASE("the dictionary models follow edits and pass the model tester", "[dictionary-editor]")
{
    gui::DictionaryEditor editor;
    editor.load(testDictionary());
    gui::ThemeTreeModel themes(editor);
    gui::TermsModel terms(editor);
    gui::ExclusionsModel exclusions(editor);
    gui::RulesModel rules(editor);
    QAbstractItemModelTester t1(&themes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&terms, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&exclusions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(themes.rowCount() == 2); // numerique, secteurs
    const QModelIndex city = themes.indexOf(QStringLiteral("ville_connectee"));
    REQUIRE(city.isValid());
    CHECK(city.parent() == themes.indexOf(QStringLiteral("numerique")));
    CHECK(city.data().toString() == QStringLiteral("Ville connectée"));
    CHECK(themes.index(0, gui::ThemeTreeModel::HitsColumn).data().toString() == QStringLiteral("…"));

    terms.setTheme(QStringLiteral("ville_connectee"));
    const int rows = terms.rowCount();
    CHECK(rows == 3);
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

    // The term "ville connectée" has its exclusion (RER); editing it goes through the editor,
    // its side included.
    exclusions.setOwner(QStringLiteral("ville_connectee"), 1);
    REQUIRE(exclusions.rowCount() == 1);
    CHECK(exclusions.index(0, gui::ExclusionsModel::PhraseColumn).data().toString() == QStringLiteral("RER"));
    CHECK(exclusions.index(0, gui::ExclusionsModel::WindowColumn).data().toString() == QStringLiteral("8 mots"));
    CHECK(exclusions.index(0, gui::ExclusionsModel::OrderColumn).data().toString() == QStringLiteral("les deux"));
    CHECK(exclusions.index(0, gui::ExclusionsModel::OrderColumn).data(gui::ChoicesRole).toStringList()
          == QStringList { QStringLiteral("les deux"), QStringLiteral("avant"), QStringLiteral("après") });
    REQUIRE(exclusions.setData(exclusions.index(0, gui::ExclusionsModel::WindowColumn), 0));
    CHECK(exclusions.index(0, gui::ExclusionsModel::WindowColumn).data().toString() == QStringLiteral("recouvrement"));
    CHECK_FALSE(
        exclusions.setData(exclusions.index(0, gui::ExclusionsModel::WindowColumn), QStringLiteral("beaucoup")));
    REQUIRE(exclusions.setData(exclusions.index(0, gui::ExclusionsModel::OrderColumn), 2));
    CHECK(editor.theme(QStringLiteral("ville_connectee"))->terms[1].exclusions[0].order
          == core::Exclusion::Order::After);
    CHECK_FALSE(exclusions.setData(exclusions.index(0, gui::ExclusionsModel::OrderColumn), 7));

    // A rule's "unless" phrases in the same model: window 0 is the rule's own.
    exclusions.setRuleOwner(QStringLiteral("numerique"), 0);
    REQUIRE(exclusions.rowCount() == 1);
    CHECK(exclusions.index(0, gui::ExclusionsModel::PhraseColumn).data().toString() == QStringLiteral("personnelles"));
    REQUIRE(exclusions.setData(exclusions.index(0, gui::ExclusionsModel::WindowColumn), 0));
    CHECK(exclusions.index(0, gui::ExclusionsModel::WindowColumn).data().toString()
          == QStringLiteral("celle de la règle"));
    CHECK(editor.rule(QStringLiteral("numerique"), 0)->unless[0].window == 0);

    // The rules' table: one row a rule, the word lists in one line, stale counts until counted.
    rules.setTheme(QStringLiteral("numerique"));
    REQUIRE(rules.rowCount() == 1);
    const auto cell = [&rules](int column) {
        return rules.index(0, column).data().toString();
    };
    CHECK(cell(gui::RulesModel::NameColumn) == QStringLiteral("données ouvertes"));
    CHECK(cell(gui::RulesModel::HitsColumn) == QStringLiteral("…"));
    CHECK(cell(gui::RulesModel::TermsColumn) == QStringLiteral("données · jeux de données"));
    CHECK(cell(gui::RulesModel::NearColumn) == QStringLiteral("ouvrir · publier*"));
    CHECK(cell(gui::RulesModel::WindowColumn) == QStringLiteral("6 mots"));
    CHECK(cell(gui::RulesModel::OrderColumn) == QStringLiteral("les deux"));
    CHECK(cell(gui::RulesModel::ScopeColumn) == QStringLiteral("phrase"));
    CHECK(cell(gui::RulesModel::UnlessColumn) == QStringLiteral("personnelles"));
    CHECK_FALSE(rules.flags(rules.index(0, gui::RulesModel::TermsColumn)).testFlag(Qt::ItemIsEditable));
    REQUIRE(rules.setData(rules.index(0, gui::RulesModel::WindowColumn), 10));
    REQUIRE(rules.setData(rules.index(0, gui::RulesModel::OrderColumn), 1));
    REQUIRE(rules.setData(rules.index(0, gui::RulesModel::ScopeColumn), 1));
    REQUIRE(rules.setData(rules.index(0, gui::RulesModel::NoteColumn), QStringLiteral(" données d'une collectivité ")));
    REQUIRE(rules.setData(rules.index(0, gui::RulesModel::NameColumn), QStringLiteral("données publiées")));
    const core::Rule &edited = *editor.rule(QStringLiteral("numerique"), 0);
    CHECK(edited.window == 10);
    CHECK(edited.order == core::Rule::Order::NearBefore);
    CHECK(edited.scope == core::Rule::Scope::Paragraph);
    CHECK(edited.note == "données d'une collectivité");
    CHECK(cell(gui::RulesModel::NameColumn) == QStringLiteral("données publiées"));
    CHECK(cell(gui::RulesModel::OrderColumn) == QStringLiteral("avant"));
    for (int i = 0; i < 5; ++i)
        editor.undoStack()->undo();
    CHECK(cell(gui::RulesModel::NameColumn) == QStringLiteral("données ouvertes"));
    CHECK(cell(gui::RulesModel::WindowColumn) == QStringLiteral("6 mots"));
    REQUIRE(editor.addRule(QStringLiteral("numerique"), makeRule("site publié", { "site" }, { "publier*" }, 3)) == 1);
    CHECK(rules.rowCount() == 2);

    // Structure changes reset the tree; the tester checks the model stays consistent.
    const QString added = editor.addTheme(QStringLiteral("ville_connectee"), QStringLiteral("Capteurs"));
    CHECK(themes.indexOf(added).parent() == themes.indexOf(QStringLiteral("ville_connectee")));
    editor.removeTheme(QStringLiteral("numerique"));
    CHECK(themes.rowCount() == 1);
    CHECK(terms.rowCount() == 0); // its theme is gone
    CHECK(rules.rowCount() == 0);
    editor.undoStack()->undo();
    CHECK(themes.rowCount() == 2);
    CHECK(terms.rowCount() == rows);
    CHECK(rules.rowCount() == 2);
}
