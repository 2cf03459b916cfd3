// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryView.h"

#include "DataPaths.h"
#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "gui/dictionary/CellDelegate.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryTrial.h"
#include "gui/dictionary/EntryConcordance.h"
#include "gui/dictionary/RuleDialog.h"
#include "gui/dictionary/RuleEntries.h"
#include "gui/dictionary/RulesModel.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "ui_DictionaryView.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace vigie::gui {

DictionaryView::DictionaryView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DictionaryView>())
    , m_session(session)
    , m_editor(std::make_unique<DictionaryEditor>())
    , m_work(std::make_unique<Background>(this))
{
    m_ui->setupUi(this);
    m_ui->saveProgress->hide(); // both while a save runs
    m_ui->cancelSave->hide();
    m_ui->problem->hide(); // while the dictionary cannot be saved
    m_ui->refusal->hide(); // from a refused edit to the next edit
    // uic gives the word windows their suffix and special text (translated: in retranslateUi(), last)
    // after the splitter has measured them, and Qt 6.4 keeps a spin box's minimum size until its
    // range changes: measured again, with the words, so that the pane is not squeezed below them.
    for (QSpinBox *window : { m_ui->termWindow, m_ui->themeWindow })
        window->setRange(window->minimum(), window->maximum());
    m_undoAction = historyAction(true, m_ui->undo);
    m_redoAction = historyAction(false, m_ui->redo);

    m_themeModel = new ThemeTreeModel(*m_editor, this);
    m_termsModel = new TermsModel(*m_editor, this);
    m_rulesModel = new RulesModel(*m_editor, this);
    m_termExclusions = new ExclusionsModel(*m_editor, this);
    m_themeExclusions = new ExclusionsModel(*m_editor, this);
    m_concordance = new EntryConcordance(m_session, *m_work, m_ui->termConcordanceTitle, m_ui->termConcordance, this);
    connect(m_concordance, &EntryConcordance::ready, this, &DictionaryView::concordanceReady);
    setUpTables();
    setUpRules();

    // The trial box in its tab; in the tab order, after the term's concordance as when the code
    // laid the view out.
    m_trial = new DictionaryTrial(*m_editor, this);
    m_ui->trialTabLayout->addWidget(m_trial);
    setTabOrder(m_ui->termConcordance, m_trial->textBox());
    setTabOrder(m_trial->textBox(), m_trial->matches());

    // The dividers' first places, until the user moves them (MainWindow keeps where they are left).
    m_ui->dictionaryColumns->setSizes({ 330, 560, 280 });
    m_ui->editingAndBelow->setSizes({ 470, 300 });

    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    // Edits made in one go (a paste, a dialog's several changes) start one recount, at the next
    // turn of the event loop. A recount reads only the programmes an edit can change
    // (core::recountTerms): tens of milliseconds on a 100 MB study.
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, &DictionaryView::countHits);
    connect(m_editor.get(), &DictionaryEditor::changed, this, &DictionaryView::dictionaryChanged);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &DictionaryView::updateStatus);
    connectEditing();
    connect(&m_session, &StudySession::studyOpened, this, &DictionaryView::studyOpened);
    connect(&m_session, &StudySession::studyChanged, this, &DictionaryView::studyChanged);
    if (m_session.isOpen())
        studyOpened();
    else
        updateStatus();
}

QAction *DictionaryView::historyAction(bool isUndo, QToolButton *button)
{
    QUndoStack *undo = m_editor->undoStack();
    // Short, fixed button texts; what would be undone or redone is in the tooltip.
    auto *action = new QAction(isUndo ? tr("Annuler", "undo") : tr("Rétablir", "redo"), this);
    action->setShortcut(isUndo ? QKeySequence::Undo : QKeySequence::Redo);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(false);
    addAction(action);
    connect(action, &QAction::triggered, undo, isUndo ? &QUndoStack::undo : &QUndoStack::redo);
    connect(undo, isUndo ? &QUndoStack::canUndoChanged : &QUndoStack::canRedoChanged, action,
            [this, action](bool can) { action->setEnabled(can && !isSaving()); });
    connect(undo, isUndo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, action,
            [action, isUndo](const QString &text) {
                action->setToolTip(text.isEmpty() ? QString()
                                       : isUndo   ? tr("Annuler : %1").arg(text)
                                                  : tr("Rétablir : %1").arg(text));
            });
    button->setDefaultAction(action);
    return action;
}

void DictionaryView::setUpTables()
{
    const Ui::DictionaryView &ui = *m_ui;
    ui.themes->setModel(m_themeModel);
    QHeaderView *themeHeader = ui.themes->header();
    themeHeader->setSectionResizeMode(ThemeTreeModel::LabelColumn, QHeaderView::Stretch);
    themeHeader->setSectionResizeMode(ThemeTreeModel::TermsColumn, QHeaderView::ResizeToContents);
    ui.themes->setColumnHidden(ThemeTreeModel::TermsColumn, true); // the terms table's heading counts them
    themeHeader->setSectionResizeMode(ThemeTreeModel::HitsColumn, QHeaderView::ResizeToContents);

    ui.terms->setModel(m_termsModel);
    ui.termExclusions->setModel(m_termExclusions);
    ui.themeExclusions->setModel(m_themeExclusions);
    for (QTableView *table : { ui.terms, ui.termExclusions, ui.themeExclusions })
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *termHeader = ui.terms->horizontalHeader();
    termHeader->setSectionResizeMode(TermsModel::TextColumn, QHeaderView::Interactive);
    termHeader->resizeSection(TermsModel::TextColumn, 160);
    for (int c = TermsModel::HitsColumn; c <= TermsModel::PluralColumn; ++c)
        termHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    termHeader->setSectionResizeMode(TermsModel::NoteColumn, QHeaderView::Stretch);
    for (QTableView *table : { ui.termExclusions, ui.themeExclusions }) {
        table->setItemDelegate(new CellDelegate(table));
        table->horizontalHeader()->setSectionResizeMode(ExclusionsModel::PhraseColumn, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(ExclusionsModel::WindowColumn, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(ExclusionsModel::OrderColumn, QHeaderView::ResizeToContents);
    }
}

void DictionaryView::setUpRules()
{
    QTableView *rules = m_ui->rules;
    rules->setModel(m_rulesModel);
    rules->setItemDelegate(new CellDelegate(rules));
    rules->verticalHeader()->setDefaultSectionSize(rules->fontMetrics().height() + 8);
    // The name and the counts first, then what the rule is; the long lists get a width of their
    // own and their whole text in the tooltip; the pane scrolls sideways to the note.
    QHeaderView *h = rules->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(RulesModel::NameColumn, 190);
    for (int c : { RulesModel::HitsColumn, RulesModel::ProgrammesColumn, RulesModel::WindowColumn,
                   RulesModel::OrderColumn, RulesModel::ScopeColumn })
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->resizeSection(RulesModel::TermsColumn, 170);
    h->resizeSection(RulesModel::NearColumn, 220);
    h->resizeSection(RulesModel::UnlessColumn, 150);
    h->setStretchLastSection(true);
    connect(rules->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::showEntry);
    connect(m_rulesModel, &QAbstractItemModel::modelReset, this, &DictionaryView::showEntry);
    connect(m_ui->termsAndRules, &QTabWidget::currentChanged, this, &DictionaryView::showEntry);
    connect(m_ui->addRule, &QPushButton::clicked, this, &DictionaryView::addRule);
    connect(m_ui->editRule, &QPushButton::clicked, this,
            [this] { editRule(static_cast<int>(RuleDialog::List::Terms)); });
    connect(m_ui->removeRule, &QPushButton::clicked, this, &DictionaryView::removeRule);
    connect(rules, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        switch (index.column()) {
        case RulesModel::TermsColumn:
            return editRule(static_cast<int>(RuleDialog::List::Terms));
        case RulesModel::NearColumn:
            return editRule(static_cast<int>(RuleDialog::List::Near));
        case RulesModel::UnlessColumn:
            return editRule(static_cast<int>(RuleDialog::List::Unless));
        default:
            return; // edited in place
        }
    });
    connect(m_editor.get(), &DictionaryEditor::refused, this, [this](const QString &why) {
        m_ui->refusal->setText(tr("Modification refusée : %1").arg(why));
        m_ui->refusal->show();
    });
}

void DictionaryView::connectEditing()
{
    const Ui::DictionaryView &ui = *m_ui;
    connect(ui.themes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::showTheme);
    connect(m_themeModel, &QAbstractItemModel::modelReset, this, [this] { m_ui->themes->expandAll(); });
    connect(ui.terms->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::showEntry);
    connect(m_termsModel, &QAbstractItemModel::modelReset, this, &DictionaryView::showEntry);
    connect(ui.addTheme, &QPushButton::clicked, this, [this] { addTheme(false); });
    connect(ui.addSubtheme, &QPushButton::clicked, this, [this] { addTheme(true); });
    connect(ui.removeTheme, &QPushButton::clicked, this, &DictionaryView::removeTheme);
    connect(ui.addTerm, &QPushButton::clicked, this, &DictionaryView::addTerm);
    connect(ui.newTerm, &QLineEdit::returnPressed, this, &DictionaryView::addTerm);
    connect(ui.removeTerm, &QPushButton::clicked, this, &DictionaryView::removeTerm);
    for (const bool ofTerm : { true, false }) {
        connect(ofTerm ? ui.addTermExclusion : ui.addThemeExclusion, &QPushButton::clicked, this,
                [this, ofTerm] { addExclusion(ofTerm); });
        connect(ofTerm ? ui.newTermExclusion : ui.newThemeExclusion, &QLineEdit::returnPressed, this,
                [this, ofTerm] { addExclusion(ofTerm); });
        connect(ofTerm ? ui.removeTermExclusion : ui.removeThemeExclusion, &QPushButton::clicked, this,
                [this, ofTerm] { removeExclusion(ofTerm); });
    }
    connect(ui.colour, &QPushButton::clicked, this, &DictionaryView::chooseColour);
    const auto fieldEdit = [this](QLineEdit *edit, DictionaryEditor::ThemeField field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            if (!m_editor->setThemeField(currentTheme(), field, edit->text()))
                showTheme(); // refused (an empty label) or unchanged: show what is stored
        });
    };
    fieldEdit(ui.labelFr, DictionaryEditor::ThemeField::LabelFr);
    fieldEdit(ui.labelEn, DictionaryEditor::ThemeField::LabelEn);
    fieldEdit(ui.description, DictionaryEditor::ThemeField::Description);
    connect(ui.save, &QPushButton::clicked, this, &DictionaryView::save);
    connect(ui.cancelSave, &QPushButton::clicked, this, &DictionaryView::cancelSave);
    connect(ui.importDictionary, &QPushButton::clicked, this, &DictionaryView::importWithDialog);
    connect(ui.exportDictionary, &QPushButton::clicked, this, &DictionaryView::exportWithDialog);
}

DictionaryView::~DictionaryView()
{
    // Workers post to this view and read the study: stop them first (a retag rolls back).
    m_work.reset();
}

ConcordanceModel *DictionaryView::concordanceModel() const
{
    return m_concordance->model();
}

QString DictionaryView::currentTheme() const
{
    return m_themeModel->themeId(m_ui->themes->currentIndex());
}

int DictionaryView::currentTerm() const
{
    const QModelIndex i = m_ui->terms->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void DictionaryView::selectTheme(const QString &themeId)
{
    const QModelIndex i = m_themeModel->indexOf(themeId);
    if (i.isValid())
        m_ui->themes->setCurrentIndex(i);
}

void DictionaryView::selectTerm(int term)
{
    m_ui->termsAndRules->setCurrentWidget(m_ui->termsTab);
    if (term >= 0 && term < m_termsModel->rowCount())
        m_ui->terms->setCurrentIndex(m_termsModel->index(term, TermsModel::TextColumn));
}

void DictionaryView::selectRule(int rule)
{
    m_ui->termsAndRules->setCurrentWidget(m_ui->rulesTab);
    if (rule >= 0 && rule < m_rulesModel->rowCount())
        m_ui->rules->setCurrentIndex(m_rulesModel->index(rule, RulesModel::NameColumn));
}

int DictionaryView::currentRule() const
{
    const QModelIndex i = m_ui->rules->currentIndex();
    return i.isValid() ? i.row() : -1;
}

bool DictionaryView::showsRules() const
{
    return m_ui->termsAndRules->currentWidget() == m_ui->rulesTab;
}

void DictionaryView::studyOpened()
{
    core::Dictionary d;
    try {
        core::CorpusStore &store = m_session.store();
        const auto version = store.currentDictionaryVersion();
        d = version > 0 ? store.dictionary(version) : core::Dictionary::fromFile(core::defaultDictionaryPath());
    } catch (const std::exception &e) {
        m_ui->problem->setText(tr("Le dictionnaire de l'étude ne peut pas être lu : %1").arg(fromStd(e.what())));
        m_ui->problem->show();
        return;
    }
    const QString previous = currentTheme();
    m_editor->load(std::move(d));
    m_ui->themes->expandAll();
    if (previous.isEmpty() || !m_themeModel->indexOf(previous).isValid())
        m_ui->themes->setCurrentIndex(m_themeModel->index(0, 0));
    else
        selectTheme(previous);
}

void DictionaryView::studyChanged()
{
    if (isSaving())
        return; // our own retag: saveFinished() reloads
    if (!m_editor->isModified()) {
        studyOpened(); // an import may have stored another dictionary version
        return;
    }
    m_recount->start(); // same edits, new programmes
}

void DictionaryView::dictionaryChanged()
{
    ++m_countGeneration; // a count still running is for the previous state: its result is dropped
    m_hits.current = false;
    m_themeModel->setHits(m_hits);
    m_termsModel->setHits(m_hits);
    m_rulesModel->setHits(m_hits);
    m_ui->refusal->hide(); // an edit was made: the last refusal is history
    if (m_counting)
        *m_counting = true;
    m_recount->start();
    showTheme();
    updateStatus();
}

void DictionaryView::showTheme()
{
    const QString id = currentTheme();
    const core::Theme *t = m_editor->theme(id);
    const bool otherTheme = m_termsModel->theme() != (t ? id : QString());
    m_termsModel->setTheme(t ? id : QString());
    m_rulesModel->setTheme(t ? id : QString());
    if (otherTheme) {
        // The concordance below shows something at once, on the tab shown.
        if (m_termsModel->rowCount() > 0)
            m_ui->terms->setCurrentIndex(m_termsModel->index(0, TermsModel::TextColumn));
        if (m_rulesModel->rowCount() > 0)
            m_ui->rules->setCurrentIndex(m_rulesModel->index(0, RulesModel::NameColumn));
    }
    m_themeExclusions->setOwner(t ? id : QString(), -1);
    m_ui->themeId->setText(t ? fromStd(t->id) : QString());
    const QLocale locale;
    m_ui->termsAndRules->setTabText(
        0, t ? tr("Termes (%1)").arg(locale.toString(static_cast<qlonglong>(t->terms.size()))) : tr("Termes"));
    m_ui->termsAndRules->setTabText(
        1, t ? tr("Règles (%1)").arg(locale.toString(static_cast<qlonglong>(t->rules.size()))) : tr("Règles"));
    // setText leaves the cursor at the end: only where the text differs, not to disturb typing.
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    show(m_ui->labelFr, t ? fromStd(t->labelFr) : QString());
    show(m_ui->labelEn, t ? fromStd(t->labelEn) : QString());
    show(m_ui->description, t ? fromStd(t->description) : QString());
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_ui->labelFr, m_ui->labelEn, m_ui->description, m_ui->colour })
        w->setEnabled(t != nullptr);
    const QString colour = t ? fromStd(t->colour) : QStringLiteral("#FFFFFF");
    m_ui->colour->setText(colour);
    m_ui->colour->setStyleSheet(
        QStringLiteral("QPushButton { border: 1px solid #777; padding: 3px 10px; "
                       "background: %1; color: %2; }")
            .arg(colour, QColor(colour).lightnessF() < 0.55 ? QStringLiteral("white") : QStringLiteral("black")));
    showEntry();
}

void DictionaryView::showEntry()
{
    const QString theme = currentTheme();
    const core::Theme *t = m_editor->theme(theme);
    // The top of the right pane holds the exclusions of what is chosen in the tab shown: a term's,
    // or a rule's "unless" phrases (whose window 0 is the rule's).
    if (showsRules()) {
        const core::Rule *rule = m_editor->rule(theme, currentRule());
        m_termExclusions->setRuleOwner(rule ? theme : QString(), rule ? currentRule() : -1);
        m_ui->termExclusionsTitle->setText(rule ? tr("Sauf si, pour « %1 »").arg(fromStd(rule->name))
                                                : tr("Sauf si, pour la règle (choisir une règle)"));
        // Always some text: the table keeps its height, and the chosen row stays in sight.
        m_ui->ruleSummary->setText(rule ? RuleEntries::describe(*rule)
                                        : tr("Choisir une règle pour lire ce qu'elle compte, et près de quoi."));
        m_ui->newTermExclusion->setEnabled(rule != nullptr);
        m_ui->termWindow->setSpecialValueText(tr("celle de la règle"));
        m_ui->editRule->setEnabled(rule != nullptr);
        m_ui->removeRule->setEnabled(rule != nullptr);
        m_ui->dictionaryTabs->setTabText(0, tr("Occurrences de la règle"));
    } else {
        const int term = currentTerm();
        const bool hasTerm = t && term >= 0 && term < static_cast<int>(t->terms.size());
        m_termExclusions->setOwner(hasTerm ? theme : QString(), hasTerm ? term : -1);
        m_ui->termExclusionsTitle->setText(
            hasTerm ? tr("Exclusions du terme « %1 »").arg(fromStd(t->terms[static_cast<std::size_t>(term)].text))
                    : tr("Exclusions du terme (choisir un terme)"));
        m_ui->newTermExclusion->setEnabled(hasTerm);
        m_ui->termWindow->setSpecialValueText(tr("recouvrement seul"));
        m_ui->dictionaryTabs->setTabText(0, tr("Occurrences du terme"));
    }
    // Measured again with its new words (see the constructor).
    m_ui->termWindow->setRange(m_ui->termWindow->minimum(), m_ui->termWindow->maximum());
    m_ui->addRule->setEnabled(t != nullptr);
    updateConcordance();
}

void DictionaryView::updateConcordance()
{
    const QString theme = currentTheme();
    const core::Theme *t = m_editor->theme(theme);
    const bool ofRule = showsRules();
    const int chosen = ofRule ? currentRule() : currentTerm();
    const std::size_t count = !t ? 0 : ofRule ? t->rules.size() : t->terms.size();
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= count) {
        m_concordance->clear(ofRule ? tr("Choisir une règle pour voir ses occurrences dans les programmes de l'étude.")
                                    : tr("Choisir un terme pour voir ses occurrences dans les programmes de l'étude."));
        return;
    }
    const auto at = static_cast<std::size_t>(chosen);
    const QString name = fromStd(ofRule ? t->rules[at].name : t->terms[at].text);
    if (!m_hits.hits || !m_hits.current) {
        m_concordance->setTitle(ofRule ? tr("Occurrences de la règle « %1 » : comptage en cours…").arg(name)
                                       : tr("Occurrences de « %1 » : comptage en cours…").arg(name));
        return;
    }
    const int themeIndex = m_editor->dictionary().themeIndex(theme.toStdString());
    // A rule's places cover its term and its context, as the reader highlights them.
    std::vector<core::TextSpan> places
        = ofRule ? m_hits.hits->ofRule(themeIndex, chosen) : m_hits.hits->of(themeIndex, chosen);
    const auto programmes = ofRule ? m_hits.hits->programmesWithRule(themeIndex, chosen)
                                   : m_hits.hits->programmesWith(themeIndex, chosen);
    const QLocale locale;
    const QString title
        = tr("%1 : %2 dans %3 — le dictionnaire tel qu'il est modifié, sur les %4 programmes de l'étude")
              .arg(ofRule ? tr("Règle « %1 »").arg(name) : tr("« %1 »").arg(name),
                   (places.size() <= 1 ? tr("%1 occurrence") : tr("%1 occurrences"))
                       .arg(locale.toString(static_cast<qlonglong>(places.size()))),
                   (programmes <= 1 ? tr("%1 programme") : tr("%1 programmes"))
                       .arg(locale.toString(static_cast<qlonglong>(programmes))),
                   locale.toString(static_cast<qlonglong>(m_hits.hits->programmes)));
    m_concordance->show(
        title, std::move(places), theme, { themeLabel(*t), QColor(fromStd(t->colour)) },
        core::countedBy(m_editor->dictionary(), themeIndex, ofRule ? -1 : chosen, ofRule ? chosen : -1));
}

void DictionaryView::updateStatus()
{
    const core::Dictionary &d = m_editor->dictionary();
    const QLocale locale;
    QString text
        = tr("Dictionnaire %1, version %2 : %3 thèmes, %4 termes, %5 règles, %6 exclusions")
              .arg(fromStd(d.name()).isEmpty() ? QString() : tr("« %1 »").arg(fromStd(d.name())), fromStd(d.version()),
                   locale.toString(static_cast<qlonglong>(d.themes().size())), locale.toString(d.termCount()),
                   locale.toString(d.ruleCount()), locale.toString(d.exclusionCount()));
    if (m_editor->isModified())
        text += tr(" — modifié, non enregistré");
    if (!m_countProgress.isEmpty())
        text += QStringLiteral(" · ") + m_countProgress;
    if (!m_writerWaiting.isEmpty())
        text += QStringLiteral(" · ") + m_writerWaiting;
    m_ui->status->setText(text);
    const QString problem = m_editor->problem();
    m_ui->problem->setText(
        problem.isEmpty() ? QString() : tr("Ce dictionnaire ne peut pas être enregistré tel quel : %1").arg(problem));
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->save->setEnabled(m_session.isOpen() && problem.isEmpty() && !isSaving());
}

void DictionaryView::addTheme(bool child)
{
    const QString parent = child ? currentTheme() : QString();
    if (child && parent.isEmpty())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, child ? tr("Nouveau sous-thème") : tr("Nouveau thème"),
                                                tr("Libellé du thème :"), QLineEdit::Normal, {}, &ok);
    if (!ok || label.trimmed().isEmpty())
        return;
    const QString id = m_editor->addTheme(parent, label);
    if (!id.isEmpty())
        selectTheme(id);
}

void DictionaryView::removeTheme()
{
    const QString id = currentTheme();
    const core::Theme *t = m_editor->theme(id);
    if (!t)
        return;
    m_editor->removeTheme(id);
}

void DictionaryView::addTerm()
{
    const int index = m_editor->addTerm(currentTheme(), m_ui->newTerm->text());
    if (index < 0)
        return;
    m_ui->newTerm->clear();
    selectTerm(index);
}

void DictionaryView::removeTerm()
{
    const int term = currentTerm();
    if (term >= 0 && m_editor->removeTerm(currentTheme(), term))
        selectTerm(std::min(term, m_termsModel->rowCount() - 1));
}

std::optional<DictionaryEditor::ExclusionOwner> DictionaryView::exclusionOwner(bool ofTerm) const
{
    if (!ofTerm)
        return DictionaryEditor::ExclusionOwner(); // the theme's
    const auto owner = showsRules() ? DictionaryEditor::ExclusionOwner::ofRule(currentRule())
                                    : DictionaryEditor::ExclusionOwner(currentTerm());
    return owner.term < 0 && owner.rule < 0 ? std::nullopt : std::make_optional(owner);
}

void DictionaryView::addExclusion(bool ofTerm)
{
    QLineEdit *phrase = ofTerm ? m_ui->newTermExclusion : m_ui->newThemeExclusion;
    QSpinBox *window = ofTerm ? m_ui->termWindow : m_ui->themeWindow;
    const auto owner = exclusionOwner(ofTerm);
    if (owner && m_editor->addExclusion(currentTheme(), *owner, phrase->text(), window->value()) >= 0)
        phrase->clear();
}

void DictionaryView::removeExclusion(bool ofTerm)
{
    const QModelIndex i = (ofTerm ? m_ui->termExclusions : m_ui->themeExclusions)->currentIndex();
    if (const auto owner = exclusionOwner(ofTerm); owner && i.isValid())
        m_editor->removeExclusion(currentTheme(), *owner, i.row());
}

void DictionaryView::addRule()
{
    const QString theme = currentTheme();
    if (!m_editor->theme(theme))
        return;
    RuleDialog dialog(*m_editor, theme, -1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int index = m_editor->addRule(theme, dialog.rule());
    if (index >= 0)
        selectRule(index);
}

void DictionaryView::editRule(int list)
{
    const QString theme = currentTheme();
    const int rule = currentRule();
    if (!m_editor->rule(theme, rule))
        return;
    RuleDialog dialog(*m_editor, theme, rule, this);
    dialog.focusList(static_cast<RuleDialog::List>(list));
    if (dialog.exec() == QDialog::Accepted)
        m_editor->setRule(theme, rule, dialog.rule());
}

void DictionaryView::removeRule()
{
    const int rule = currentRule();
    if (rule >= 0 && m_editor->removeRule(currentTheme(), rule))
        selectRule(std::min(rule, m_rulesModel->rowCount() - 1));
}

void DictionaryView::chooseColour()
{
    const core::Theme *t = m_editor->theme(currentTheme());
    if (!t)
        return;
    const QColor c = QColorDialog::getColor(QColor(fromStd(t->colour)), this, tr("Couleur du thème"));
    if (c.isValid())
        m_editor->setThemeField(currentTheme(), DictionaryEditor::ThemeField::Colour, c.name());
}

void DictionaryView::setEditingEnabled(bool enabled)
{
    m_ui->editing->setEnabled(enabled);
    m_trial->textBox()->setReadOnly(!enabled);
    m_undoAction->setEnabled(enabled && m_editor->undoStack()->canUndo());
    m_redoAction->setEnabled(enabled && m_editor->undoStack()->canRedo());
}

bool DictionaryView::mayLeave()
{
    if (isSaving()) {
        QMessageBox::information(this, tr("Réétiquetage en cours"),
                                 tr("Le dictionnaire est en cours d'enregistrement. Attendez la fin ou annulez-le."));
        return false;
    }
    if (!m_editor->isModified())
        return true;
    return QMessageBox::question(this, tr("Modifications du dictionnaire"),
                                 tr("Le dictionnaire a des modifications non enregistrées. Les abandonner ?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

} // namespace vigie::gui
