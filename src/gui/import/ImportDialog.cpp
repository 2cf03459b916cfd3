// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/ImportDialog.h"

#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportPreviewModel.h"
#include "gui/import/ImportProblemText.h"
#include "gui/import/PreviewDelegate.h"
#include "import/DocumentFormats.h"
#include "import/ImportError.h"
#include "storage/CorpusStore.h"
#include "ui_ImportDialog.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>

#include <cmath>

namespace vigie::gui {

namespace {

using Mode = ImportPreviewModel::Mode;

} // namespace

ImportDialog::ImportDialog(StudySession &session, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    try {
        m_gazetteer = &core::Gazetteer::bundled();
    } catch (const std::exception &e) {
        m_gazetteerError = fromStd(e.what());
    }
    m_model = new ImportPreviewModel(m_gazetteer, this);
    connectSourcesPage();
    connectProgressAndReportPages();
    m_ui->keptChoice->hide();
    connect(m_ui->keepImported, &QPushButton::clicked, this, &ImportDialog::keepImported);
    connect(m_ui->undoImport, &QPushButton::clicked, this, &ImportDialog::undoImport);
    if (paths.isEmpty())
        rebuild();
    else
        setPaths(paths);
}

// The worker posts to this dialog: it must be gone first. m_work, destroyed first, cancels it (the
// importer stops after the file it is on and keeps what it stored, resumable) and waits for it.
ImportDialog::~ImportDialog() = default;

QTableView *ImportDialog::previewTable() const
{
    return m_ui->preview;
}

QPushButton *ImportDialog::importButton() const
{
    return m_ui->import;
}

void ImportDialog::connectSourcesPage()
{
    const Ui::ImportDialog &ui = *m_ui;
    ui.addFiles->setIcon(styleIcon(QStyle::SP_FileIcon));
    ui.addFolder->setIcon(styleIcon(QStyle::SP_DirIcon));
    ui.addManifest->setIcon(styleIcon(QStyle::SP_FileDialogDetailedView));
    ui.addProjects->setIcon(styleIcon(QStyle::SP_FileDialogListView));
    connect(ui.addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(ui.addFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(ui.addManifest, &QPushButton::clicked, this, [this] { chooseList(core::SourceKind::Manifest); });
    connect(ui.addProjects, &QPushButton::clicked, this, [this] { chooseList(core::SourceKind::Projects); });

    connect(ui.reload, &QPushButton::clicked, this, &ImportDialog::rebuild);
    connect(ui.pattern, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->pattern->text() != m_patternRead)
            rebuild();
    });
    connect(ui.sources, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removeSource->setEnabled(!m_ui->sources->selectedItems().isEmpty()); });
    connect(ui.removeSource, &QPushButton::clicked, this, [this] {
        std::vector<int> rows;
        for (const QListWidgetItem *item : m_ui->sources->selectedItems())
            rows.push_back(m_ui->sources->row(item));
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_sources.erase(m_sources.begin() + row);
        rebuild();
    });

    ui.preview->setModel(m_model);
    ui.preview->setItemDelegate(new PreviewDelegate(m_model, ui.preview));
    ui.preview->verticalHeader()->setDefaultSectionSize(ui.preview->fontMetrics().height() + 14);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshEditors();
        refreshSummary();
    });

    connect(ui.closeSources, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(ui.import, &QPushButton::clicked, this, &ImportDialog::start);
}

void ImportDialog::connectProgressAndReportPages()
{
    // The titles a third larger than the dialog's font, whatever the system's is.
    for (QLabel *title : { m_ui->progressTitle, m_ui->reportTitle }) {
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        title->setFont(big);
    }
    connect(m_ui->cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_ui->closeReport, &QPushButton::clicked, this, &ImportDialog::accept);
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_sources.clear();
    for (const QString &path : paths)
        m_sources.push_back({ QFileInfo(path).absoluteFilePath(), core::guessSourceKind(path.toStdString()) });
    rebuild();
}

void ImportDialog::addSource(const QString &path, core::SourceKind kind)
{
    m_sources.push_back({ QFileInfo(path).absoluteFilePath(), kind });
    rebuild();
}

bool ImportDialog::chooseCommune(int row, const QString &insee)
{
    return m_model->chooseCommune(row, insee);
}

void ImportDialog::removeSource(int index)
{
    if (index < 0 || index >= sourceCount())
        return;
    m_sources.erase(m_sources.begin() + index);
    rebuild();
}

QString ImportDialog::startDirectory() const
{
    return QSettings().value(QStringLiteral("import/lastDirectory"), QDir::homePath()).toString();
}

void ImportDialog::rememberDirectory(const QString &path)
{
    QSettings().setValue(QStringLiteral("import/lastDirectory"), path);
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Programmes à importer"), startDirectory(),
        tr("Programmes (%1);;Tous les fichiers (*)").arg(QString::fromStdString(core::fileNamePatterns())));
    if (files.isEmpty())
        return;
    rememberDirectory(QFileInfo(files.first()).absolutePath());
    for (const QString &file : files)
        m_sources.push_back({ QFileInfo(file).absoluteFilePath(), core::SourceKind::Document });
    rebuild();
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dossier de programmes"), startDirectory());
    if (folder.isEmpty())
        return;
    rememberDirectory(folder);
    addSource(folder, core::SourceKind::Folder);
}

void ImportDialog::chooseList(core::SourceKind kind)
{
    const QString file = QFileDialog::getOpenFileName(
        this, kind == core::SourceKind::Manifest ? tr("Manifeste des programmes") : tr("Projets de baromètre"),
        startDirectory(), tr("Listes CSV ou JSON (*.csv *.json);;Tous les fichiers (*)"));
    if (file.isEmpty())
        return;
    rememberDirectory(QFileInfo(file).absolutePath());
    addSource(file, kind);
}

void ImportDialog::rebuild()
{
    m_errors.clear();
    m_skippedInFolders.clear();
    m_otherFormatsSkipped = 0;
    m_projectsSource.clear();
    m_candidateFiles.clear();
    m_resultsFiles.clear();
    setNotice({}, false);
    m_patternRead = m_ui->pattern->text();
    const std::vector<core::NamePattern> patterns = namePatterns();
    std::vector<core::NamePattern> withBuiltIn = patterns;
    withBuiltIn.push_back(core::NamePattern::professionsDeFoi2026());
    if (!m_gazetteer)
        m_errors << tr("La liste des communes est introuvable, les villes ne peuvent pas être résolues : %1")
                        .arg(m_gazetteerError);
    const auto lists = std::count_if(m_sources.begin(), m_sources.end(),
                                     [](const Source &s) { return s.kind == core::SourceKind::Projects; });
    const Mode mode = lists > 0 ? Mode::Projects : Mode::Programmes;
    if (lists > 1 || (lists == 1 && m_sources.size() > 1))
        m_errors << tr("Un import porte soit sur des programmes, soit sur une seule liste de projets (chacun est "
                       "une transaction) : retirez les autres sources, et importez-les ensuite.");

    std::vector<ImportPreviewModel::Row> rows;
    const auto addProgrammes
        = [&](Source &source, const std::vector<core::ManifestEntry> &entries, const QString &base, bool typed) {
              for (const core::ManifestEntry &entry : entries) {
                  ImportPreviewModel::Row row;
                  row.programme = entry;
                  row.typed = typed;
                  const QString file = fromStd(entry.file);
                  row.shownFile = base.isEmpty() ? QFileInfo(file).fileName() : QDir(base).relativeFilePath(file);
                  const QFileInfo info(file);
                  if (!info.exists())
                      row.problem = tr("fichier introuvable");
                  else if (!core::isSupportedDocument(entry.file))
                      row.problem = tr("format non pris en charge (Vigie lit %1)")
                                        .arg(QString::fromStdString(core::supportedExtensions()));
                  rows.push_back(std::move(row));
                  ++source.count;
              }
          };
    for (Source &source : m_sources) {
        source.count = 0;
        source.unreadable = false;
        const std::string path = source.path.toStdString();
        try {
            switch (source.kind) {
            case core::SourceKind::Document:
                if (mode == Mode::Programmes)
                    addProgrammes(source, core::Importer::entriesForPaths({ path }, patterns).entries, {}, true);
                break;
            case core::SourceKind::Folder:
                if (mode != Mode::Programmes)
                    break;
                {
                    const core::PathEntries found = core::Importer::entriesForPaths({ path }, patterns);
                    addProgrammes(source, found.entries, source.path, true);
                    m_candidateFiles.insert(m_candidateFiles.end(), found.candidateFiles.begin(),
                                            found.candidateFiles.end());
                    m_resultsFiles.insert(m_resultsFiles.end(), found.resultsFiles.begin(), found.resultsFiles.end());
                    // What the importer leaves out of a folder is said, not silently dropped.
                    for (const auto &skipped : found.skipped) {
                        const QString shown = QDir(source.path).relativeFilePath(fromStd(skipped.item));
                        if (skipped.problem.kind == core::ImportProblem::Kind::UnsupportedType) {
                            m_skippedInFolders.emplace_back(shown, tr("pas un format de programme"));
                            ++m_otherFormatsSkipped;
                        } else {
                            m_skippedInFolders.emplace_back(shown, ImportProblemText::reason(skipped.problem));
                        }
                    }
                    break;
                }
            case core::SourceKind::Manifest:
                if (mode == Mode::Programmes) {
                    std::vector<core::ManifestEntry> entries = core::readManifest(path);
                    core::applyNamePatterns(entries, withBuiltIn);
                    addProgrammes(source, entries, QFileInfo(source.path).absolutePath(), false);
                }
                break;
            case core::SourceKind::Candidates:
                if (mode == Mode::Programmes)
                    m_candidateFiles.push_back(path);
                break;
            case core::SourceKind::Results:
                if (mode == Mode::Programmes)
                    m_resultsFiles.push_back(path);
                break;
            case core::SourceKind::Projects:
                for (core::ProjectEntry &entry : core::readProjects(path)) {
                    ImportPreviewModel::Row row;
                    row.project = std::move(entry);
                    row.shownFile = tr("%1, ligne %2").arg(QFileInfo(source.path).fileName()).arg(row.project.line);
                    rows.push_back(std::move(row));
                    ++source.count;
                }
                m_projectsSource = source.path;
                break;
            }
        } catch (const std::exception &e) {
            // The list by its name alone: the source list above shows its folder.
            m_errors << ImportProblemText::describe(QFileInfo(source.path).fileName(), core::importProblemOf(e));
            source.unreadable = true;
        }
    }
    m_model->setRows(mode, std::move(rows));

    // Columns as wide as their contents, within bounds; the first one (file or project) takes
    // what is left, so that the year is never pushed out of sight; the commune column fits the
    // longest candidate of an ambiguous city, which its combo shows in full.
    QHeaderView *header = m_ui->preview->horizontalHeader();
    m_ui->preview->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, c == 0 ? QHeaderView::Stretch : QHeaderView::Interactive);
        header->resizeSection(c, std::clamp(header->sectionSize(c) + 12, 60, 260));
    }
    m_ui->previewStack->setCurrentWidget(
        m_sources.empty() && m_model->rowCount() == 0 ? static_cast<QWidget *>(m_ui->dropZone) : m_ui->preview);
    refreshSources();
    refreshEditors();
    refreshSummary();
}

void ImportDialog::refreshSources()
{
    m_ui->sources->clear();
    const QLocale locale;
    for (const Source &s : m_sources) {
        QString what;
        QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
        const QString n = locale.toString(s.count);
        switch (s.kind) {
        case core::SourceKind::Document:
            what = tr("programme");
            break;
        case core::SourceKind::Folder:
            what = s.count == 1 ? tr("dossier, 1 programme") : tr("dossier, %1 programmes").arg(n);
            icon = QStyle::SP_DirIcon;
            break;
        case core::SourceKind::Manifest:
            what = s.count == 1 ? tr("manifeste, 1 programme") : tr("manifeste, %1 programmes").arg(n);
            icon = QStyle::SP_FileDialogDetailedView;
            break;
        case core::SourceKind::Projects:
            what = s.count == 1 ? tr("projets de baromètre, 1 projet") : tr("projets de baromètre, %1 projets").arg(n);
            icon = QStyle::SP_FileDialogListView;
            break;
        case core::SourceKind::Candidates: {
            const auto round = core::roundFromFileName(s.path.toStdString());
            what = round ? tr("fichier des candidats : les listes du tour %1").arg(*round)
                         : tr("fichier des candidats : les listes du tour 1 (son nom ne dit pas le tour)");
            icon = QStyle::SP_FileDialogInfoView;
            break;
        }
        case core::SourceKind::Results:
            what = tr("résultats par commune : les sièges et les listes élues");
            icon = QStyle::SP_FileDialogInfoView;
            break;
        }
        if (s.unreadable) {
            what = tr("à corriger, voir ci-dessous");
            icon = QStyle::SP_MessageBoxCritical;
        }
        auto *item = new QListWidgetItem(styleIcon(icon), tr("%1 — %2").arg(QDir::toNativeSeparators(s.path), what));
        item->setToolTip(QDir::toNativeSeparators(s.path));
        m_ui->sources->addItem(item);
    }
    // As tall as its lines, from two (its two buttons) to four: one file should not leave a tall empty box.
    const int lines = std::clamp(static_cast<int>(m_sources.size()), 2, 4);
    const int line = std::max(m_ui->sources->sizeHintForRow(0), m_ui->sources->fontMetrics().height() + 6);
    m_ui->sources->setFixedHeight(lines * line + 2 * m_ui->sources->frameWidth() + 4);
    m_ui->sources->setVisible(!m_sources.empty());
    m_ui->removeSource->setVisible(!m_sources.empty());
    m_ui->reload->setVisible(!m_sources.empty());
    m_ui->removeSource->setEnabled(false);
}

void ImportDialog::refreshEditors()
{
    // The commune column widens (never narrows under the user) to show the longest candidate of
    // an ambiguous city in full, and "Inconnue : importé sans commune".
    const int column = m_model->columnOf(ImportPreviewModel::Commune);
    const QFontMetrics metrics = m_ui->preview->fontMetrics();
    int width = metrics.horizontalAdvance(tr("Inconnue : importé sans commune")) + 40;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        const bool wanted = m_model->hasChoice(row);
        if (wanted)
            for (const auto &candidate : m_model->candidates(row))
                width = std::max(width, metrics.horizontalAdvance(candidate.second) + 60);
        if (wanted != m_ui->preview->isPersistentEditorOpen(index)) {
            if (wanted)
                m_ui->preview->openPersistentEditor(index);
            else
                m_ui->preview->closePersistentEditor(index);
        }
    }
    QHeaderView *header = m_ui->preview->horizontalHeader();
    if (header->sectionSize(column) < width)
        header->resizeSection(column, std::min(width, 440));
}

void ImportDialog::refreshSummary()
{
    m_ui->errors->setVisible(!m_errors.isEmpty());
    if (!m_errors.isEmpty()) {
        QString text = m_errors.size() == 1 ? tr("Import impossible :")
                                            : tr("Import impossible, %1 problèmes :").arg(m_errors.size());
        for (const QString &e : m_errors)
            text += QStringLiteral("\n• ") + e;
        m_ui->errors->setText(text);
    }

    const QLocale locale;
    const bool projects = m_model->mode() == Mode::Projects;
    const int included = m_model->includedCount();
    QStringList parts;
    if (m_model->rowCount() == 0) {
        if (!m_sources.empty())
            parts << tr("Aucun document à importer.");
    } else if (projects) {
        parts << (included == 1 ? tr("1 projet à importer")
                                : tr("%1 projets à importer").arg(locale.toString(included)));
    } else {
        parts << (included == 1 ? tr("1 programme à importer")
                                : tr("%1 programmes à importer").arg(locale.toString(included)));
    }
    if (const int n = static_cast<int>(m_candidateFiles.size()); n > 0 && !projects)
        parts << (n == 1 ? tr("1 fichier des candidats (les listes, enregistrées après les documents)")
                         : tr("%1 fichiers des candidats (les listes, enregistrées après les documents)")
                               .arg(locale.toString(n)));
    if (const int n = static_cast<int>(m_resultsFiles.size()); n > 0 && !projects)
        parts << (n == 1 ? tr("1 fichier de résultats (les élus, après les listes)")
                         : tr("%1 fichiers de résultats (les élus, après les listes)").arg(locale.toString(n)));
    if (const int n = m_model->excludedCount(); n > 0)
        parts << (n == 1 ? tr("1 décoché") : tr("%1 décochés").arg(locale.toString(n)));
    if (const int n = m_model->pendingChoices(); n > 0)
        parts << (n == 1 ? tr("1 commune à choisir") : tr("%1 communes à choisir").arg(locale.toString(n)));
    if (const int n = m_model->unknownCities(); n > 0)
        parts << (n == 1 ? tr("1 ville inconnue") : tr("%1 villes inconnues").arg(locale.toString(n)));
    if (const int n = m_model->problemFiles(); n > 0)
        parts << (n == 1 ? tr("1 fichier ne pourra pas être lu")
                         : tr("%1 fichiers ne pourront pas être lus").arg(locale.toString(n)));
    if (const int n = m_otherFormatsSkipped; n > 0)
        parts << (n == 1 ? tr("1 fichier d'un autre format ignoré")
                         : tr("%1 fichiers d'autres formats ignorés").arg(locale.toString(n)));
    if (const int n = static_cast<int>(m_skippedInFolders.size()) - m_otherFormatsSkipped; n > 0)
        parts << (n == 1 ? tr("1 entrée des dossiers ignorée (voir le rapport)")
                         : tr("%1 entrées des dossiers ignorées (voir le rapport)").arg(locale.toString(n)));
    m_ui->summary->setText(parts.join(QStringLiteral(" · ")));
    m_ui->summary->setVisible(!parts.isEmpty());

    QStringList hints;
    if (m_model->pendingChoices() > 0 || m_model->unknownCities() > 0)
        hints << (projects ? tr("Une commune non choisie ou inconnue n'empêche pas l'import : le projet est importé "
                                "sans commune et signalé dans le rapport.")
                           : tr("Une commune non choisie ou inconnue n'empêche pas l'import : le programme est importé "
                                "sans commune et signalé dans le rapport."));
    if (m_model->hasTypedRows())
        hints << tr("Sans manifeste, saisissez la ville, l'année, la nuance… par double-clic ; une valeur saisie "
                    "vaut pour toutes les lignes sélectionnées.");
    if (m_sources.empty())
        hints << tr("Un manifeste (CSV ou JSON) donne pour chaque fichier sa tête de liste, sa nuance, sa ville et "
                    "son année : voir docs/manifest.md.");
    m_ui->hint->setText(hints.join(u'\n'));
    m_ui->hint->setVisible(!hints.isEmpty());

    m_ui->import->setEnabled(canImport());
    if (included == 0)
        m_ui->import->setText(tr("Importer"));
    else if (m_keptRun && !projects)
        m_ui->import->setText(tr("Reprendre l'import"));
    else if (projects)
        m_ui->import->setText(included == 1 ? tr("Importer 1 projet")
                                            : tr("Importer %1 projets").arg(locale.toString(included)));
    else if (included == 0 && (!m_candidateFiles.empty() || !m_resultsFiles.empty()))
        m_ui->import->setText(tr("Importer les listes"));
    else
        m_ui->import->setText(included == 1 ? tr("Importer 1 programme")
                                            : tr("Importer %1 programmes").arg(locale.toString(included)));
}

void ImportDialog::setNotice(const QString &text, bool error)
{
    m_ui->notice->setText(text);
    m_ui->notice->setStyleSheet(error ? QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }")
                                      : QStringLiteral("QLabel { color: #1d5e2b; font-weight: bold; }"));
    m_ui->notice->setVisible(!text.isEmpty());
}

bool ImportDialog::canImport() const
{
    const bool lists = (!m_candidateFiles.empty() || !m_resultsFiles.empty()) && m_model->mode() == Mode::Programmes;
    return m_gazetteer && m_errors.isEmpty() && (m_model->includedCount() > 0 || lists) && !isRunning();
}

ImportDialog::Page ImportDialog::page() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void ImportDialog::start()
{
    if (!canImport())
        return;
    m_report = {};
    m_cancelled = false;
    m_importError.clear();
    m_closeWhenDone = false;
    setNotice({}, false);
    m_ui->keptChoice->hide();
    core::ImportOptions options;
    options.resumeRun = m_resumeRun ? m_resumeRun : m_keptRun; // a kept run goes on where it stopped
    m_resumeRun = 0;
    m_keptRun = 0;

    // Core names files by their full path: progress and report show them as the preview did.
    m_shownNames.clear();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_shownNames.emplace(fromStd(m_model->row(row).programme.file), m_model->row(row).shownFile);
    m_skipped = m_skippedInFolders;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!m_model->row(row).included)
            m_skipped.emplace_back(m_model->row(row).shownFile, tr("décoché dans l'aperçu"));

    const bool projects = m_model->mode() == Mode::Projects;
    const int count = m_model->includedCount();
    m_ui->progressTitle->setText(projects ? tr("Import de %1 projets…").arg(QLocale().toString(count))
                                          : tr("Import de %1 programmes…").arg(QLocale().toString(count)));
    m_ui->currentFile->setText(tr("Préparation du dictionnaire…"));
    m_ui->progressCount->clear();
    m_ui->progressBar->setRange(0, 0); // busy until the first file
    m_ui->cancel->setEnabled(true);
    m_ui->pages->setCurrentIndex(static_cast<int>(Page::Progress));

    const std::string study = m_session.path().toStdString();
    const core::Gazetteer *gazetteer = m_gazetteer;
    Background *work = m_work.get();
    // The dialog outlives the job (m_work waits for it), so `this` is valid in the thread;
    // everything that touches widgets is posted to the GUI thread.
    m_cancel = m_work->run(
        QStringLiteral("import"),
        [this, work, study, gazetteer, projects, options, ocr = ocrMode(), lists = m_candidateFiles,
         pattern = m_ui->pattern->text().trimmed().toStdString(), results = m_resultsFiles,
         programmes = m_model->programmeEntries(), projectList = m_model->projectEntries(),
         source = m_projectsSource.toStdString()](const std::atomic_bool &cancel) -> Background::Deliver {
            Outcome outcome;
            try {
                auto store = core::CorpusStore::open(study, core::CorpusStore::Opening::Existing);
                // Another import, a retag or vigie-cli writing: wait for it, saying so, until Cancel.
                store.setWriterWait([this, work, &cancel](double seconds) {
                    work->post([this, seconds] { showWaiting(seconds); });
                    return !cancel.load();
                });
                core::Importer importer(store, *gazetteer);
                importer.setOcr(ocr);
                importer.setOcrPageSink([this, work](const std::string &file, int page, int pages) {
                    work->post([this, page, pages, file = fromStd(file)] { showOcrPage(file, page, pages); });
                });
                const core::ProgressSink progress
                    = [this, work](std::int64_t done, std::int64_t total, const std::string &current) {
                          work->post([this, done, total, file = fromStd(current)] { showProgress(done, total, file); });
                      };
                if (projects)
                    outcome.report = importer.importProjects(projectList, source, progress, cancel);
                else if (!programmes.empty())
                    outcome.report = importer.importProgrammes(programmes, progress, cancel, options);
                // The lists after the documents, so that "with a document" counts them.
                if (!projects && !outcome.report.cancelled) {
                    importLists(store, *gazetteer, lists, results, progress, cancel, outcome);
                    outcome.unjoined = core::unjoinedDocuments(store);
                    outcome.patternsUnmatched = unmatchedPatterns(pattern, programmes);
                }
                if (cancel.load() && programmes.empty() && outcome.lists.empty() && outcome.results.empty())
                    outcome.report.cancelled = true; // nothing was stored
            } catch (const core::StudyBusy &e) {
                if (cancel.load())
                    outcome.report.cancelled = true; // cancelled while waiting: nothing was written
                else
                    outcome.error = fromStd(e.what());
            } catch (const std::exception &e) {
                outcome.error = fromStd(e.what());
            }
            return [this, outcome = std::move(outcome)]() mutable {
                finishImport(std::move(outcome));
            };
        });
}

void ImportDialog::cancel()
{
    if (!m_cancel)
        return;
    *m_cancel = true;
    m_ui->cancel->setEnabled(false);
    m_ui->currentFile->setText(m_model->mode() == Mode::Projects
                                   ? tr("Annulation… l'étude reste telle qu'elle était avant l'import.")
                                   : tr("Arrêt après le fichier en cours…"));
}

core::OcrMode ImportDialog::ocrMode() const
{
    // In the order of the combo box (ui/ImportDialog.ui).
    switch (m_ui->ocr->currentIndex()) {
    case 1:
        return core::OcrMode::Always;
    case 2:
        return core::OcrMode::Never;
    default:
        return core::OcrMode::Auto;
    }
}

void ImportDialog::showOcrPage(const QString &file, int page, int pages)
{
    if (!m_cancel || *m_cancel)
        return;
    const QLocale locale;
    m_ui->currentFile->setText(tr("Lecture de %1 : OCR de la page %2 sur %3")
                                   .arg(shownName(file), locale.toString(page), locale.toString(pages)));
}

void ImportDialog::showProgress(qint64 done, qint64 total, const QString &current)
{
    if (!m_cancel || *m_cancel)
        return;
    // Large imports count in the millions of bytes, not of files: int is enough for files.
    m_ui->progressBar->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
    m_ui->progressBar->setValue(static_cast<int>(done));
    const QLocale locale;
    const std::string file = current.toStdString();
    const bool lists = std::find(m_candidateFiles.begin(), m_candidateFiles.end(), file) != m_candidateFiles.end()
        || std::find(m_resultsFiles.begin(), m_resultsFiles.end(), file) != m_resultsFiles.end();
    if (lists) { // bytes of a candidate file: a share says more than millions of bytes
        m_ui->progressTitle->setText(tr("Lecture des listes…"));
        m_ui->progressCount->setText(tr("%1 %").arg(locale.toString(total > 0 ? 100 * done / total : 0)));
    } else {
        m_ui->progressCount->setText(tr("%1 sur %2").arg(locale.toString(done), locale.toString(total)));
    }
    if (current.isEmpty())
        m_ui->currentFile->setText(tr("Enregistrement dans l'étude…"));
    else if (m_model->mode() == Mode::Programmes)
        m_ui->currentFile->setText(tr("Lecture de %1").arg(shownName(current)));
    else
        m_ui->currentFile->setText(tr("Projet %1").arg(current));
    emit progressChanged(done, total, current);
}

void ImportDialog::showWaiting(double seconds)
{
    if (!m_cancel || *m_cancel)
        return;
    m_ui->currentFile->setText(
        tr("Un autre programme écrit dans l'étude (un import, un réétiquetage) : en attente depuis %1 s. "
           "L'import commencera quand il aura fini ; Annuler pour abandonner.")
            .arg(QLocale().toString(qRound(seconds))));
}

void ImportDialog::finishImport(Outcome outcome)
{
    m_cancel.reset();
    if (!outcome.error.isEmpty()) {
        m_importError = outcome.error;
        m_ui->pages->setCurrentIndex(static_cast<int>(Page::Sources));
        setNotice(tr("L'import a échoué ; l'étude est restée telle qu'elle était.\n%1").arg(outcome.error), true);
        refreshSummary();
    } else if (outcome.report.cancelled) {
        m_cancelled = true;
        m_report = std::move(outcome.report);
        m_ui->pages->setCurrentIndex(static_cast<int>(Page::Sources));
        if (m_report.run != 0) {
            // Programmes were stored: the user keeps them or undoes the whole import.
            m_keptRun = m_report.run;
            m_choiceMade = false;
            const QLocale locale;
            const int stored = m_report.alreadyDone + m_report.imported + m_report.updated;
            setNotice(tr("Import interrompu : %1 programmes sur %2 sont déjà dans l'étude. Gardez-les (l'import "
                         "pourra reprendre où il s'est arrêté) ou annulez tout l'import (l'étude redevient "
                         "telle qu'elle était).")
                          .arg(locale.toString(stored), locale.toString(m_model->includedCount())),
                      false);
            m_ui->keptChoice->show();
            m_ui->keepImported->setEnabled(true);
            m_ui->undoImport->setEnabled(true);
            m_session.notifyChanged();
        } else {
            setNotice(tr("Import annulé : l'étude est restée telle qu'elle était."), false);
        }
        refreshSummary();
    } else {
        m_report = std::move(outcome.report);
        m_listReports = std::move(outcome.lists);
        m_resultsReports = std::move(outcome.results);
        m_listErrors = std::move(outcome.listErrors);
        m_unjoined = std::move(outcome.unjoined);
        m_patternsUnmatched = std::move(outcome.patternsUnmatched);
        showReport();
        m_ui->pages->setCurrentIndex(static_cast<int>(Page::Report));
        m_session.notifyChanged();
    }
    emit importFinished();
    if (m_closeWhenDone)
        QDialog::reject();
}

QString ImportDialog::shownName(const QString &path) const
{
    if (!m_projectsSource.isEmpty() && path.startsWith(m_projectsSource + u':')) // "projets.csv:4 (title)"
        return QFileInfo(m_projectsSource).fileName() + path.mid(m_projectsSource.size());
    const auto it = m_shownNames.find(path);
    return it == m_shownNames.end() ? QDir::toNativeSeparators(path) : it->second;
}

void ImportDialog::reject()
{
    if (m_cancel) {
        // Closing during an import cancels it; the dialog closes once the study is rolled back.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_cancel && page() != Page::Progress && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    if (m_cancel)
        return;
    bool any = false;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        m_sources.push_back({ QFileInfo(path).absoluteFilePath(), core::guessSourceKind(path.toStdString()) });
        any = true;
    }
    if (!any)
        return;
    event->acceptProposedAction();
    m_ui->pages->setCurrentIndex(static_cast<int>(Page::Sources));
    rebuild();
}

} // namespace vigie::gui
