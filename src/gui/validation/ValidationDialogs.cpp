// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The validation view's dialogs: a new sample, the coding sheet out and back, the disagreements.
#include "gui/validation/ValidationView.h"

#include "analysis/Groupings.h"
#include "analysis/TableExport.h"
#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/ThemeMatcher.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>

namespace vigie::gui {

void ValidationView::newSampleDialog()
{
    if (!m_session.isOpen())
        return;
    if (!m_matcher || m_session.store().programmeCount() == 0) {
        QMessageBox::information(this, tr("Nouvel échantillon"),
                                 tr("L'étude n'a pas encore de programme : importez-en d'abord (Fichier › "
                                    "Importer…), puis tirez-y un échantillon."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Nouvel échantillon"));
    auto *form = new QFormLayout(&dialog);
    auto *unit = new QComboBox;
    unit->addItem(tr("Paragraphes"), static_cast<int>(core::SampleUnit::Paragraph));
    unit->addItem(tr("Programmes entiers"), static_cast<int>(core::SampleUnit::Programme));
    form->addRow(tr("Passages :"), unit);
    auto *size = new QSpinBox;
    size->setRange(1, 10000);
    size->setValue(100);
    form->addRow(tr("Nombre :"), size);
    auto *grouping = new QComboBox;
    for (const core::GroupingSpec &g : core::groupingRegistry())
        if (g.inMenus || g.grouping == core::Grouping::None)
            grouping->addItem(fromStd(std::string(g.label(french()))), fromStd(std::string(g.id)));
    grouping->setCurrentIndex(std::max(0, grouping->findData(QStringLiteral("size"))));
    form->addRow(tr("Strates :"), grouping);
    auto *allocation = new QComboBox;
    allocation->addItem(tr("proportionnelle à leur taille"), static_cast<int>(core::Allocation::Proportional));
    allocation->addItem(tr("égale entre elles"), static_cast<int>(core::Allocation::Equal));
    form->addRow(tr("Répartition :"), allocation);
    auto *frame = new QComboBox;
    frame->addItem(tr("tous les passages"), static_cast<int>(core::SampleFrame::All));
    frame->addItem(tr("repérés et non repérés, en strates séparées"), static_cast<int>(core::SampleFrame::Both));
    frame->addItem(tr("seulement ceux que le dictionnaire repère (précision)"),
                   static_cast<int>(core::SampleFrame::Tagged));
    frame->addItem(tr("seulement ceux qu'il ne repère pas (rappel)"), static_cast<int>(core::SampleFrame::Untagged));
    form->addRow(tr("Tirés parmi :"), frame);
    auto *seed = new QSpinBox;
    seed->setRange(0, 999999);
    seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1, 1000000)));
    seed->setToolTip(tr("La même graine sur la même étude tire les mêmes passages : notez-la pour reproduire "
                        "l'échantillon."));
    form->addRow(tr("Graine :"), seed);
    auto *themes = new QListWidget;
    const auto frameThemes = core::defaultCodingFrame(*m_matcher);
    for (const core::Theme &t : m_matcher->dictionary().themes()) {
        auto *item = new QListWidgetItem(themeLabel(t), themes);
        item->setData(Qt::UserRole, fromStd(t.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            std::find(frameThemes.begin(), frameThemes.end(), t.id) != frameThemes.end() ? Qt::Checked : Qt::Unchecked);
    }
    themes->setMinimumHeight(140);
    form->addRow(tr("Cadre de codage (9 thèmes au plus) :"), themes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tirer l'échantillon"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::SampleDesign design;
    design.unit = static_cast<core::SampleUnit>(unit->currentData().toInt());
    design.size = size->value();
    design.grouping = grouping->currentData().toString().toStdString();
    design.allocation = static_cast<core::Allocation>(allocation->currentData().toInt());
    design.frame = static_cast<core::SampleFrame>(frame->currentData().toInt());
    design.seed = static_cast<std::uint64_t>(seed->value());
    std::vector<std::string> chosen;
    for (int row = 0; row < themes->count(); ++row)
        if (themes->item(row)->checkState() == Qt::Checked)
            chosen.push_back(themes->item(row)->data(Qt::UserRole).toString().toStdString());
    if (chosen.empty() || chosen.size() > 9) {
        QMessageBox::warning(this, tr("Cadre de codage"),
                             tr("Choisissez de un à neuf thèmes : chacun a sa touche, de 1 à 9."));
        return;
    }
    drawSample(design, chosen);
}

void ValidationView::drawSample(const core::SampleDesign &design, const std::vector<std::string> &themes)
{
    const std::string path = m_session.path().toStdString();
    m_progress->setText(tr("Tirage de l'échantillon…"));
    m_work->run(QStringLiteral("validation sample"),
                [this, path, design, themes](const std::atomic_bool &cancel) -> Background::Deliver {
                    std::int64_t id = 0;
                    QString error;
                    try {
                        auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
                        core::Sample sample = core::drawSample(store, design, themes);
                        if (cancel)
                            return {};
                        id = core::ValidationStore(store).save(sample);
                    } catch (const std::exception &e) {
                        error = fromStd(e.what());
                    }
                    return [this, id, error] {
                        if (!error.isEmpty()) {
                            QMessageBox::warning(this, tr("Échantillon non tiré"), error);
                            updateProgress();
                            return;
                        }
                        m_sample.reset();
                        m_session.notifyChanged();
                        loadSample(id);
                    };
                });
}

void ValidationView::exportSheet()
{
    if (!m_sample)
        return;
    if (coder().isEmpty()) {
        QMessageBox::information(this, tr("Feuille de codage"),
                                 tr("Indiquez d'abord le nom du codeur : la feuille porte ses codes."));
        m_coder->setFocus();
        return;
    }
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Feuille de codage"),
                                                      tr("codage-%1-%2.xlsx").arg(m_sample->id).arg(coder()),
                                                      tr("Classeur Excel (*.xlsx);;CSV (*.csv)"), &selected);
    if (file.isEmpty())
        return;
    try {
        const core::Table sheet = core::codingSheet(*m_sample, m_codes, coder().toStdString());
        if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            core::writeTableCsvFile(sheet, file.toStdString(), core::CsvDialect::frenchSpreadsheet());
        else
            core::writeTableXlsxFile(sheet, file.toStdString());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Feuille de codage"), fromStd(e.what()));
    }
}

void ValidationView::importCodes()
{
    if (!m_sample)
        return;
    if (coder().isEmpty()) {
        QMessageBox::information(this, tr("Importer des codes"),
                                 tr("Indiquez d'abord le nom du codeur dont ce sont les codes."));
        m_coder->setFocus();
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Importer des codes"), QString(),
                                                      tr("Feuille de codage (*.xlsx *.csv)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Importer des codes"), tr("%1 ne peut pas être lu.").arg(file));
        return;
    }
    const QByteArray bytes = in.readAll();
    try {
        const auto codes
            = core::readCodingSheet(file.toStdString(), bytes.toStdString(), *m_sample, coder().toStdString());
        core::ValidationStore(m_session.store()).putCodes(m_sample->id, codes);
        QMessageBox::information(this, tr("Importer des codes"),
                                 tr("Codes de %1 enregistrés : %2.").arg(coder()).arg(codes.size()));
        m_session.notifyChanged();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Importer des codes"), tr("Rien n'a été enregistré : %1").arg(fromStd(e.what())));
    }
}

void ValidationView::exportDisagreements()
{
    if (!m_sample || m_shownDisagreements.empty())
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Désaccords"), tr("desaccords-%1.xlsx").arg(m_sample->id), tr("Classeur Excel (*.xlsx);;CSV (*.csv)"));
    if (file.isEmpty())
        return;
    core::Table t;
    t.title = m_sample->name;
    t.synthetic = syntheticMark(m_session).toStdString();
    t.header = { "position", "programme", "codeur", "theme", "dictionnaire", "codeur_a_code", "passage" };
    for (const auto &d : m_shownDisagreements)
        for (const core::SamplePassage &p : m_sample->passages)
            if (p.position == d.position)
                t.rows.push_back({ { std::to_string(d.position), static_cast<double>(d.position) },
                                   p.programme ? core::Table::Cell { std::to_string(*p.programme),
                                                                     static_cast<double>(*p.programme) }
                                               : core::Table::Cell {},
                                   { d.coder, std::nullopt },
                                   { d.theme, std::nullopt },
                                   { d.dictionary ? "1" : "0", d.dictionary ? 1.0 : 0.0 },
                                   { d.dictionary ? "0" : "1", d.dictionary ? 0.0 : 1.0 },
                                   { p.text, std::nullopt } });
    try {
        if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            core::writeTableCsvFile(t, file.toStdString(), core::CsvDialect::frenchSpreadsheet());
        else
            core::writeTableXlsxFile(t, file.toStdString());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Désaccords"), fromStd(e.what()));
    }
}

} // namespace vigie::gui
