// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryView.h"

#include "DataPaths.h"
#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryTrial.h"
#include "storage/CorpusStore.h"
#include "ui_DictionaryView.h"

#include <QAction>
#include <QColorDialog>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace vigie::gui {

namespace {

constexpr int kContext = 60; // code points each side in the term's concordance

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

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
    // uic gives the word windows their suffix and special text (translated: in retranslateUi(), last)
    // after the splitter has measured them, and Qt 6.4 keeps a spin box's minimum size until its
    // range changes: measured again, with the words, so that the pane is not squeezed below them.
    for (QSpinBox *window : { m_ui->termWindow, m_ui->themeWindow })
        window->setRange(window->minimum(), window->maximum());
    m_undoAction = historyAction(true, m_ui->undo);
    m_redoAction = historyAction(false, m_ui->redo);

    m_themeModel = new ThemeTreeModel(*m_editor, this);
    m_termsModel = new TermsModel(*m_editor, this);
    m_termExclusions = new ExclusionsModel(*m_editor, this);
    m_themeExclusions = new ExclusionsModel(*m_editor, this);
    m_kwicModel = new ConcordanceModel(this);
    setUpTables();

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
    m_recount->setInterval(400); // typing a term does not start a count per key
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
        table->horizontalHeader()->setSectionResizeMode(ExclusionsModel::PhraseColumn, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(ExclusionsModel::WindowColumn, QHeaderView::ResizeToContents);
    }

    setUpConcordanceTable(ui.termConcordance, m_kwicModel);
}

void DictionaryView::connectEditing()
{
    const Ui::DictionaryView &ui = *m_ui;
    connect(ui.themes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::showTheme);
    connect(m_themeModel, &QAbstractItemModel::modelReset, this, [this] { m_ui->themes->expandAll(); });
    connect(ui.terms->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::showTerm);
    connect(m_termsModel, &QAbstractItemModel::modelReset, this, &DictionaryView::showTerm);
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
    connect(ui.termConcordance, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const auto &line = m_kwicModel->line(index.row());
        m_session.requestReader(line.programme, line.start, line.end);
    });
}

DictionaryView::~DictionaryView()
{
    // Workers post to this view and read the study: stop them first (a retag rolls back).
    m_work.reset();
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
    if (term >= 0 && term < m_termsModel->rowCount())
        m_ui->terms->setCurrentIndex(m_termsModel->index(term, TermsModel::TextColumn));
}

void DictionaryView::studyOpened()
{
    core::Dictionary d;
    try {
        core::CorpusStore &store = m_session.store();
        const auto version = store.currentDictionaryVersion();
        d = version > 0 ? store.dictionary(version) : core::Dictionary::fromFile(core::defaultDictionaryPath());
    } catch (const std::exception &e) {
        m_ui->problem->setText(tr("Le dictionnaire de l'étude ne peut pas être lu : %1").arg(qs(e.what())));
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
    if (m_counting)
        *m_counting = true;
    m_recount->start();
    showTheme();
    updateStatus();
}

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
                             [this, work, path, generation,
                              matcher = m_editor->matcher()](const std::atomic_bool &cancel) -> Background::Deliver {
                                 std::shared_ptr<core::TermHits> hits;
                                 QString error;
                                 try {
                                     auto store = core::CorpusStore::open(path);
                                     std::int64_t shown = -1;
                                     auto result = core::countTermHits(
                                         store, matcher,
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
                                     hits = std::make_shared<core::TermHits>(std::move(*result));
                                 } catch (const std::exception &e) {
                                     error = qs(e.what());
                                 }
                                 return [this, generation, hits, error] {
                                     if (generation != m_countGeneration)
                                         return;
                                     m_countProgress
                                         = error.isEmpty() ? QString() : tr("Occurrences non comptées : %1").arg(error);
                                     if (hits) {
                                         m_hits = { hits, true };
                                         m_themeModel->setHits(m_hits);
                                         m_termsModel->setHits(m_hits);
                                         updateTermConcordance();
                                     }
                                     updateStatus();
                                     emit hitsCounted();
                                 };
                             });
}

void DictionaryView::showTheme()
{
    const QString id = currentTheme();
    const core::Theme *t = m_editor->theme(id);
    const bool otherTheme = m_termsModel->theme() != (t ? id : QString());
    m_termsModel->setTheme(t ? id : QString());
    if (otherTheme && m_termsModel->rowCount() > 0)
        selectTerm(0); // the concordance below shows something at once
    m_themeExclusions->setOwner(t ? id : QString(), -1);
    m_ui->themeId->setText(t ? qs(t->id) : QString());
    m_ui->termsTitle->setText(
        t ? tr("Termes du thème (%1)").arg(QLocale().toString(static_cast<qlonglong>(t->terms.size())))
          : tr("Termes du thème"));
    // setText leaves the cursor at the end: only where the text differs, not to disturb typing.
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    show(m_ui->labelFr, t ? qs(t->labelFr) : QString());
    show(m_ui->labelEn, t ? qs(t->labelEn) : QString());
    show(m_ui->description, t ? qs(t->description) : QString());
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_ui->labelFr, m_ui->labelEn, m_ui->description, m_ui->colour })
        w->setEnabled(t != nullptr);
    const QString colour = t ? qs(t->colour) : QStringLiteral("#FFFFFF");
    m_ui->colour->setText(colour);
    m_ui->colour->setStyleSheet(
        QStringLiteral("QPushButton { border: 1px solid #777; padding: 3px 10px; "
                       "background: %1; color: %2; }")
            .arg(colour, QColor(colour).lightnessF() < 0.55 ? QStringLiteral("white") : QStringLiteral("black")));
    showTerm();
}

void DictionaryView::showTerm()
{
    const QString theme = currentTheme();
    const int term = currentTerm();
    const core::Theme *t = m_editor->theme(theme);
    const bool hasTerm = t && term >= 0 && term < static_cast<int>(t->terms.size());
    m_termExclusions->setOwner(hasTerm ? theme : QString(), hasTerm ? term : -1);
    m_ui->termExclusionsTitle->setText(
        hasTerm ? tr("Exclusions du terme « %1 »").arg(qs(t->terms[static_cast<std::size_t>(term)].text))
                : tr("Exclusions du terme (choisir un terme)"));
    m_ui->newTermExclusion->setEnabled(hasTerm);
    updateTermConcordance();
}

void DictionaryView::updateTermConcordance()
{
    const QString theme = currentTheme();
    const int term = currentTerm();
    const core::Theme *t = m_editor->theme(theme);
    if (m_kwicJob)
        *m_kwicJob = true;
    const int generation = ++m_kwicGeneration;
    if (!t || term < 0 || term >= static_cast<int>(t->terms.size())) {
        m_kwicModel->clear();
        m_ui->termConcordanceTitle->setText(
            tr("Choisir un terme pour voir ses occurrences dans les programmes de l'étude."));
        return;
    }
    const QString text = qs(t->terms[static_cast<std::size_t>(term)].text);
    if (!m_hits.hits || !m_hits.current) {
        m_ui->termConcordanceTitle->setText(tr("Occurrences de « %1 » : comptage en cours…").arg(text));
        return;
    }
    const int themeIndex = m_editor->dictionary().themeIndex(theme.toStdString());
    const std::vector<core::TextSpan> places = m_hits.hits->of(themeIndex, term);
    const auto programmes = m_hits.hits->programmesWith(themeIndex, term);
    const QLocale locale;
    m_ui->termConcordanceTitle->setText(
        tr("« %1 » : %2 dans %3 — le dictionnaire tel qu'il est modifié, sur les %4 programmes de l'étude")
            .arg(text,
                 (places.size() <= 1 ? tr("%1 occurrence") : tr("%1 occurrences"))
                     .arg(locale.toString(static_cast<qlonglong>(places.size()))),
                 (programmes <= 1 ? tr("%1 programme") : tr("%1 programmes"))
                     .arg(locale.toString(static_cast<qlonglong>(programmes))),
                 locale.toString(static_cast<qlonglong>(m_hits.hits->programmes))));
    QHash<QString, ConcordanceModel::ThemeStyle> styles;
    styles.insert(theme, { themeLabel(*t), QColor(qs(t->colour)) });
    m_kwicModel->setThemes(styles);
    const std::string path = m_session.path().toStdString();
    m_kwicJob = m_work->run(
        QStringLiteral("term concordance"),
        [this, path, places, generation, themeId = theme.toStdString(),
         termText = text.toStdString()](const std::atomic_bool &cancel) -> Background::Deliver {
            ConcordanceResult result;
            result.themeQuery = true;
            result.context = kContext;
            try {
                auto store = core::CorpusStore::open(path);
                result.lines = core::concordanceAt(store, places, kContext);
                if (cancel.load())
                    return {};
                for (auto &l : result.lines) {
                    l.theme = themeId;
                    l.term = termText;
                }
                result.programmes = programmesById(store);
            } catch (const std::exception &e) {
                result.lines.clear();
                result.error = qs(e.what());
            }
            return [this, generation, result = std::move(result)]() mutable {
                if (generation != m_kwicGeneration)
                    return;
                if (!result.error.isEmpty())
                    m_ui->termConcordanceTitle->setText(tr("Occurrences non lues : %1").arg(result.error));
                m_kwicModel->setResult(std::move(result));
                QHeaderView *h = m_ui->termConcordance->horizontalHeader();
                h->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
                h->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
                h->setSectionResizeMode(ConcordanceModel::MatchColumn, QHeaderView::ResizeToContents);
                h->setSectionResizeMode(ConcordanceModel::ProgrammeColumn, QHeaderView::Interactive);
                h->setSectionResizeMode(ConcordanceModel::CommuneColumn, QHeaderView::Interactive);
                h->resizeSection(ConcordanceModel::ProgrammeColumn, 170);
                h->resizeSection(ConcordanceModel::CommuneColumn, 150);
                m_ui->termConcordance->setColumnHidden(ConcordanceModel::TermColumn,
                                                       true); // one term: its name is above
                emit termConcordanceReady();
            };
        });
}

void DictionaryView::updateStatus()
{
    const core::Dictionary &d = m_editor->dictionary();
    const QLocale locale;
    QString text = tr("Dictionnaire %1, version %2 : %3 thèmes, %4 termes, %5 exclusions")
                       .arg(qs(d.name()).isEmpty() ? QString() : tr("« %1 »").arg(qs(d.name())), qs(d.version()),
                            locale.toString(static_cast<qlonglong>(d.themes().size())), locale.toString(d.termCount()),
                            locale.toString(d.exclusionCount()));
    if (m_editor->isModified())
        text += tr(" — modifié, non enregistré");
    if (!m_countProgress.isEmpty())
        text += QStringLiteral(" · ") + m_countProgress;
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

void DictionaryView::addExclusion(bool ofTerm)
{
    QLineEdit *phrase = ofTerm ? m_ui->newTermExclusion : m_ui->newThemeExclusion;
    QSpinBox *window = ofTerm ? m_ui->termWindow : m_ui->themeWindow;
    if (ofTerm && currentTerm() < 0)
        return;
    if (m_editor->addExclusion(currentTheme(), ofTerm ? currentTerm() : -1, phrase->text(), window->value()) >= 0)
        phrase->clear();
}

void DictionaryView::removeExclusion(bool ofTerm)
{
    QTableView *table = ofTerm ? m_ui->termExclusions : m_ui->themeExclusions;
    const QModelIndex i = table->currentIndex();
    if (!i.isValid() || (ofTerm && currentTerm() < 0))
        return;
    m_editor->removeExclusion(currentTheme(), ofTerm ? currentTerm() : -1, i.row());
}

void DictionaryView::chooseColour()
{
    const core::Theme *t = m_editor->theme(currentTheme());
    if (!t)
        return;
    const QColor c = QColorDialog::getColor(QColor(qs(t->colour)), this, tr("Couleur du thème"));
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

void DictionaryView::save()
{
    if (!m_editor->problem().isEmpty() || isSaving())
        return;
    bool ok = false;
    const QString version = QInputDialog::getText(
        this, tr("Enregistrer le dictionnaire"),
        tr("Nom de la nouvelle version (il figure sous chaque graphique et dans chaque export) :"), QLineEdit::Normal,
        DictionaryEditor::nextVersion(qs(m_editor->dictionary().version())), &ok);
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
                         .arg(qs(d.version()));
            return false;
        }
    } catch (const std::exception &e) {
        *error = tr("Impossible de lire l'étude : %1").arg(qs(e.what()));
        return false;
    }
    const std::string path = m_session.path().toStdString();
    Background *work = m_work.get();
    m_ui->saveProgress->setRange(0, 0);
    m_ui->saveProgress->show();
    m_ui->cancelSave->show();
    m_ui->cancelSave->setEnabled(true);
    setEditingEnabled(false);
    m_saving = m_work->run(
        QStringLiteral("retag"), [this, work, path, d](const std::atomic_bool &cancel) -> Background::Deliver {
            QString message;
            bool ok = false;
            try {
                auto store = core::CorpusStore::open(path);
                ok = store.retag(
                    d,
                    [work, this](std::int64_t done, std::int64_t total, const std::string &) {
                        work->post([this, done, total] {
                            m_ui->saveProgress->setRange(0, static_cast<int>(total));
                            m_ui->saveProgress->setValue(static_cast<int>(done));
                        });
                    },
                    cancel);
                message = ok ? QString() : tr("Réétiquetage annulé : l'étude n'a pas changé.");
            } catch (const std::exception &e) {
                message = tr("Le dictionnaire n'a pas été enregistré, l'étude n'a pas changé : %1").arg(qs(e.what()));
            }
            return [this, ok, message, d] {
                m_saving.reset();
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
                    ok ? tr("Dictionnaire « %1 » enregistré ; l'étude est réétiquetée.").arg(qs(d.version()))
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

bool DictionaryView::importFile(const QString &path, QString *error)
{
    try {
        core::Dictionary d = core::Dictionary::fromFile(path.toStdString());
        m_editor->replace(std::move(d));
    } catch (const std::exception &e) {
        *error = tr("%1 n'est pas un dictionnaire lisible : %2").arg(path, qs(e.what()));
        return false;
    }
    m_ui->themes->setCurrentIndex(m_themeModel->index(0, 0));
    return true;
}

bool DictionaryView::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const std::string json = m_editor->dictionary().toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), static_cast<qint64>(json.size())) < 0
        || !file.commit()) {
        *error = tr("Impossible d'écrire %1 : %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DictionaryView::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer un dictionnaire"), {},
                                                      tr("Dictionnaires Vigie (*.json);;Tous les fichiers (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFile(path, &error))
        QMessageBox::warning(this, tr("Dictionnaire non importé"), error);
}

void DictionaryView::exportWithDialog()
{
    const QString suggested = QStringLiteral("dictionnaire-%1.json").arg(qs(m_editor->dictionary().version()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter le dictionnaire"), suggested,
                                                      tr("Dictionnaires Vigie (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFile(path, &error))
        QMessageBox::warning(this, tr("Dictionnaire non exporté"), error);
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
