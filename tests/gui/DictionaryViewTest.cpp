// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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
using vigie::test::TempDir;

namespace {

// A small dictionary of the tests' own: the editor's mechanics do not depend on what the default
// dictionary holds. Two trees; a term with an exclusion, a theme exclusion, a context rule.
const char *kTestDictionary = R"({
  "name": "essai", "version": "1",
  "themes": [
    {"id": "numerique", "label": {"fr": "Numérique", "en": "Digital"}, "colour": "#0072B2",
     "terms": ["numérique", {"text": "en ligne", "exclusions": ["en ligne directe"]}, "site internet"],
     "exclusions": ["empreinte digitale"],
     "rules": [
       {"name": "données ouvertes", "terms": ["données", "jeux de données"], "near": ["ouvrir", "publier*"],
        "window": 6, "unless": [{"phrase": "personnelles", "window": 3}]}
     ]},
    {"id": "ville_connectee", "label": "Ville connectée", "parent": "numerique", "colour": "#56B4E9",
     "terms": ["smart city", {"text": "ville connectée", "exclusions": [{"phrase": "RER", "window": 8}]}, "capteur"]},
    {"id": "secteurs", "label": "Secteurs", "colour": "#009E73"},
    {"id": "transports", "label": "Transports", "parent": "secteurs", "colour": "#E69F00",
     "terms": ["RER", "tramway"]}
  ]
})";

core::Dictionary testDictionary()
{
    return core::Dictionary::fromJson(kTestDictionary, "essai.json");
}

core::Term word(const std::string &text)
{
    core::Term t;
    t.text = text;
    return t;
}

core::Rule makeRule(const std::string &name, std::vector<std::string> terms, std::vector<std::string> near, int window)
{
    core::Rule r;
    r.name = name;
    for (const auto &t : terms)
        r.terms.push_back(word(t));
    for (const auto &n : near)
        r.near.push_back(word(n));
    r.window = window;
    return r;
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
