// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/validation/ValidationView.h"

#include "analysis/Export.h"
#include "analysis/Groupings.h"
#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace vigie::gui {

namespace {

// The QString index of code point `cp` of `text`.
int indexOfCodePoint(const QString &text, std::int64_t cp)
{
    int i = 0;
    for (std::int64_t n = 0; n < cp && i < text.size(); ++n)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

QString themeName(const core::ThemeMatcher *matcher, const std::string &id)
{
    if (matcher)
        for (const core::Theme &t : matcher->dictionary().themes())
            if (t.id == id)
                return themeLabel(t);
    return fromStd(id);
}

QColor themeColour(const core::ThemeMatcher *matcher, const std::string &id)
{
    if (matcher)
        for (const core::Theme &t : matcher->dictionary().themes())
            if (t.id == id && !t.colour.empty())
                return QColor(fromStd(t.colour));
    return QColor(Qt::yellow);
}

// "59 %" over "(22–88)": the share, then its interval in percent without repeating the sign.
QString percentWithInterval(double share, double low, double high)
{
    if (std::isnan(share))
        return QStringLiteral("—");
    const QLocale locale;
    if (std::isnan(low))
        return formatShare(share);
    return QStringLiteral("%1\n(%2–%3)")
        .arg(formatShare(share), locale.toString(100 * low, 'f', 0), locale.toString(100 * high, 'f', 0));
}

QTableWidgetItem *cell(const QString &text, double number = NAN)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!std::isnan(number))
        item->setData(Qt::UserRole, number);
    return item;
}

} // namespace

ValidationView::ValidationView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_work(std::make_unique<Background>(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Échantillon :")));
    m_samples = new QComboBox;
    m_samples->setObjectName(QStringLiteral("samples"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_samples, 1);
    auto *drawButton = new QPushButton(tr("Nouvel échantillon…"));
    auto *sheetButton = new QPushButton(tr("Feuille de codage…"));
    sheetButton->setToolTip(
        tr("Écrire l'échantillon en tableur (CSV ou XLSX) pour un codeur qui préfère coder hors de Vigie"));
    auto *importButton = new QPushButton(tr("Importer des codes…"));
    importButton->setToolTip(tr("Lire une feuille de codage remplie (CSV)"));
    top->addWidget(drawButton);
    top->addWidget(sheetButton);
    top->addWidget(importButton);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Codeur :")));
    m_coder = new QLineEdit(QSettings().value(QStringLiteral("validation/coder")).toString());
    m_coder->setObjectName(QStringLiteral("coder"));
    m_coder->setPlaceholderText(tr("votre nom"));
    m_coder->setMaximumWidth(180);
    top->addWidget(m_coder);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("validationSplitter"));
    layout->addWidget(splitter, 1);

    // The coding panel.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    leftLayout->addWidget(m_empty);
    m_coding = new QWidget;
    auto *coding = new QVBoxLayout(m_coding);
    coding->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("progress"));
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    coding->addWidget(m_progress);
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    coding->addWidget(m_source);
    m_text = new QTextEdit;
    m_text->setReadOnly(true);
    m_text->setFocusPolicy(Qt::NoFocus); // the keys are the coder's, not the text's
    m_text->setObjectName(QStringLiteral("passage"));
    coding->addWidget(m_text, 1);
    m_themeBox = new QWidget;
    auto *themes = new QHBoxLayout(m_themeBox);
    themes->setContentsMargins(0, 0, 0, 0);
    coding->addWidget(m_themeBox);
    auto *noteRow = new QFormLayout;
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("pourquoi ce codage, si ce n'est pas évident"));
    noteRow->addRow(tr("Note :"), m_note);
    coding->addLayout(noteRow);
    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Précédent"));
    back->setToolTip(tr("Retour arrière"));
    auto *next = new QPushButton(tr("Enregistrer et suivant →"));
    next->setToolTip(tr("Entrée"));
    next->setDefault(true);
    buttons->addWidget(back);
    auto *keys = new QLabel(tr("Chiffres : cocher un thème · Entrée : enregistrer · Retour arrière : revenir"));
    keys->setWordWrap(true);
    keys->setAlignment(Qt::AlignCenter);
    keys->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(keys, 1);
    buttons->addWidget(next);
    coding->addLayout(buttons);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    coding->addWidget(m_verdict);
    m_lastResult = new QLabel;
    m_lastResult->setObjectName(QStringLiteral("lastResult"));
    m_lastResult->setWordWrap(true);
    coding->addWidget(m_lastResult);
    leftLayout->addWidget(m_coding, 1);
    splitter->addWidget(left);

    // The measures.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_design = new QLabel;
    m_design->setWordWrap(true);
    rightLayout->addWidget(m_design);
    m_measures = new QTableWidget(0, 6);
    m_measures->setObjectName(QStringLiteral("measures"));
    m_measures->setHorizontalHeaderLabels(
        { tr("Thème"), tr("Codeur (codés)"), tr("Précision"), tr("Rappel"), tr("F1"), tr("Kappa") });
    m_measures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Two lines a cell (a share over its interval, a coder over their count): every column fits.
    m_measures->horizontalHeader()->setStretchLastSection(true);
    m_measures->setTextElideMode(Qt::ElideNone);
    m_measures->verticalHeader()->hide();
    m_measures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rightLayout->addWidget(m_measures, 2);
    m_alpha = new QLabel;
    m_alpha->setWordWrap(true);
    rightLayout->addWidget(m_alpha);
    auto *disagreementsHead = new QHBoxLayout;
    disagreementsHead->addWidget(new QLabel(tr("Désaccords entre le dictionnaire et les codeurs")), 1);
    auto *exportDisagreements = new QPushButton(tr("Exporter…"));
    disagreementsHead->addWidget(exportDisagreements);
    rightLayout->addLayout(disagreementsHead);
    m_disagreements = new QTableWidget(0, 4);
    m_disagreements->setObjectName(QStringLiteral("disagreements"));
    m_disagreements->setHorizontalHeaderLabels({ tr("Passage"), tr("Codeur"), tr("Thème"), tr("Écart") });
    m_disagreements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disagreements->horizontalHeader()->setStretchLastSection(true);
    m_disagreements->verticalHeader()->hide();
    m_disagreements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disagreements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disagreements->setToolTip(tr("Clic : afficher le passage · double clic : le lire dans son programme"));
    rightLayout->addWidget(m_disagreements, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 520 });

    // Keyboard first: digits, Enter and Backspace anywhere in the view but the note field.
    for (int k = 0; k < 9; ++k) {
        auto *shortcut = new QShortcut(QKeySequence(static_cast<Qt::Key>(Qt::Key_1 + k)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, k] { toggleTheme(k); });
    }
    for (const Qt::Key key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ValidationView::storeAndNext);
    }
    auto *backspace = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    backspace->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backspace, &QShortcut::activated, this, &ValidationView::previous);
    connect(m_note, &QLineEdit::returnPressed, this, &ValidationView::storeAndNext);
    connect(next, &QPushButton::clicked, this, &ValidationView::storeAndNext);
    connect(back, &QPushButton::clicked, this, &ValidationView::previous);

    connect(m_coder, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("validation/coder"), coder());
        if (m_sample)
            showIndex(m_index);
    });
    connect(m_samples, &QComboBox::activated, this, [this](int row) {
        if (row >= 0)
            loadSample(m_samples->itemData(row).toLongLong());
    });
    connect(drawButton, &QPushButton::clicked, this, &ValidationView::newSampleDialog);
    connect(sheetButton, &QPushButton::clicked, this, &ValidationView::exportSheet);
    connect(importButton, &QPushButton::clicked, this, &ValidationView::importCodes);
    connect(exportDisagreements, &QPushButton::clicked, this, &ValidationView::exportDisagreements);
    connect(m_disagreements, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && static_cast<std::size_t>(row) < m_shownDisagreements.size())
            showPosition(m_shownDisagreements[static_cast<std::size_t>(row)].position);
    });
    connect(m_disagreements, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_shownDisagreements.size() || !m_sample)
            return;
        const int position = m_shownDisagreements[static_cast<std::size_t>(row)].position;
        for (const core::SamplePassage &p : m_sample->passages)
            if (p.position == position && p.programme)
                m_session.requestReader(*p.programme, p.start, p.end);
    });
    connect(&m_session, &StudySession::studyOpened, this, [this] {
        m_sample.reset();
        reload();
    });
    connect(&m_session, &StudySession::studyChanged, this, &ValidationView::reload);
    reload();
}

ValidationView::~ValidationView() = default;

void ValidationView::setCoder(const QString &name)
{
    m_coder->setText(name);
    QSettings().setValue(QStringLiteral("validation/coder"), name.trimmed());
    if (m_sample)
        showIndex(m_index);
}

QString ValidationView::coder() const
{
    return m_coder->text().trimmed();
}

int ValidationView::currentPosition() const
{
    if (!m_sample || m_index < 0 || static_cast<std::size_t>(m_index) >= m_sample->passages.size())
        return 0;
    return m_sample->passages[static_cast<std::size_t>(m_index)].position;
}

QCheckBox *ValidationView::themeBox(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_themes.size() ? m_themes[static_cast<std::size_t>(index)]
                                                                           : nullptr;
}

bool ValidationView::isVerdictShown() const
{
    return m_verdict->property("shown").toBool();
}

QString ValidationView::verdictText() const
{
    return m_verdict->text();
}

QString ValidationView::progressText() const
{
    return m_progress->text();
}

QString ValidationView::lastResultText() const
{
    return m_lastResult->text();
}

void ValidationView::reload()
{
    m_matcher.reset();
    m_samples->clear();
    if (!m_session.isOpen()) {
        m_coding->hide();
        m_empty->setText(tr("Aucune étude ouverte."));
        m_empty->show();
        return;
    }
    try {
        const auto version = m_session.store().currentDictionaryVersion();
        if (version > 0)
            m_matcher = core::ThemeMatcher::compile(m_session.store().dictionary(version));
        for (const auto &s : core::ValidationStore(m_session.store()).samples())
            m_samples->addItem(tr("%1 — %2 passages, codés : %3").arg(fromStd(s.name)).arg(s.passages).arg(s.coded),
                               QVariant::fromValue<qlonglong>(s.id));
    } catch (const std::exception &e) {
        m_coding->hide();
        m_empty->setText(tr("La validation n'a pas pu être lue : %1").arg(fromStd(e.what())));
        m_empty->show();
        return;
    }
    if (m_samples->count() == 0) {
        m_sample.reset();
        m_coding->hide();
        m_design->clear();
        m_measures->setRowCount(0);
        m_disagreements->setRowCount(0);
        m_alpha->clear();
        m_empty->setText(tr("Pas encore d'échantillon. « Nouvel échantillon… » tire au hasard des passages de "
                            "l'étude à coder à la main : on mesure ensuite la précision et le rappel du "
                            "dictionnaire contre vos codes."));
        m_empty->show();
        return;
    }
    const std::int64_t keep = m_sample ? m_sample->id : m_samples->itemData(m_samples->count() - 1).toLongLong();
    loadSample(keep);
}

void ValidationView::selectSample(std::int64_t id)
{
    loadSample(id);
}

void ValidationView::loadSample(std::int64_t id)
{
    core::ValidationStore store(m_session.store());
    auto sample = store.sample(id);
    if (!sample) {
        if (m_samples->count() > 0 && m_samples->itemData(m_samples->count() - 1).toLongLong() != id)
            loadSample(m_samples->itemData(m_samples->count() - 1).toLongLong());
        return;
    }
    const bool same = m_sample && m_sample->id == id;
    if (!same)
        m_lastResult->clear();
    const int position = same ? currentPosition() : 0;
    m_sample = std::move(sample);
    m_codes = store.codes(id);
    for (int row = 0; row < m_samples->count(); ++row)
        if (m_samples->itemData(row).toLongLong() == id)
            m_samples->setCurrentIndex(row);

    // The frame's check boxes, numbered for the keyboard.
    for (QCheckBox *box : m_themes)
        delete box;
    m_themes.clear();
    for (std::size_t t = 0; t < m_sample->themes.size(); ++t) {
        auto *box
            = new QCheckBox(QStringLiteral("&%1 %2").arg(t + 1).arg(themeName(m_matcher.get(), m_sample->themes[t])));
        box->setObjectName(QStringLiteral("theme_%1").arg(fromStd(m_sample->themes[t])));
        box->setFocusPolicy(Qt::NoFocus);
        m_themeBox->layout()->addWidget(box);
        m_themes.push_back(box);
    }
    const auto &d = m_sample->design;
    m_design->setText(
        tr("%1 : %2 passages tirés (graine %3, %4 par %5, %6), dictionnaire %7%8")
            .arg(fromStd(m_sample->name))
            .arg(m_sample->passages.size())
            .arg(d.seed)
            .arg(d.allocation == core::Allocation::Equal ? tr("répartition égale") : tr("répartition proportionnelle"))
            .arg(core::findGrouping(d.grouping)
                     ? fromStd(std::string(core::findGrouping(d.grouping)->label(french()))).toLower()
                     : fromStd(d.grouping))
            .arg(d.frame == core::SampleFrame::All          ? tr("tous les passages")
                     : d.frame == core::SampleFrame::Both   ? tr("repérés et non repérés séparément")
                     : d.frame == core::SampleFrame::Tagged ? tr("passages repérés seulement")
                                                            : tr("passages non repérés seulement"))
            .arg(fromStd(m_sample->dictionaryLabel))
            .arg(m_sample->synthetic ? tr(" — codes FICTIFS de la démonstration") : QString()));
    m_empty->hide();
    m_coding->show();
    // Where the coder left off: the first passage they have not coded.
    int index = 0;
    if (position > 0) {
        for (std::size_t k = 0; k < m_sample->passages.size(); ++k)
            if (m_sample->passages[k].position == position)
                index = static_cast<int>(k);
    } else {
        while (static_cast<std::size_t>(index) + 1 < m_sample->passages.size()
               && myCode(m_sample->passages[static_cast<std::size_t>(index)].position))
            ++index;
    }
    showIndex(index);
    remeasure();
    emit sampleShown();
}

const core::PassageCode *ValidationView::myCode(int position) const
{
    const std::string me = coder().toStdString();
    for (const core::PassageCode &c : m_codes)
        if (c.position == position && c.coder == me)
            return &c;
    return nullptr;
}

void ValidationView::showPosition(int position)
{
    if (!m_sample)
        return;
    for (std::size_t k = 0; k < m_sample->passages.size(); ++k)
        if (m_sample->passages[k].position == position)
            showIndex(static_cast<int>(k));
}

void ValidationView::showIndex(int index)
{
    if (!m_sample || m_sample->passages.empty())
        return;
    m_index = std::clamp(index, 0, static_cast<int>(m_sample->passages.size()) - 1);
    const core::SamplePassage &p = m_sample->passages[static_cast<std::size_t>(m_index)];
    const QString passage = fromStd(p.text);

    // The source, and the text around the passage in grey.
    QString before, after;
    if (p.programme) {
        try {
            const auto programme = m_session.store().programme(*p.programme);
            const QString whole = fromStd(m_session.store().programmeText(*p.programme));
            const int from = indexOfCodePoint(whole, p.start);
            const int to = indexOfCodePoint(whole, p.end);
            if (whole.mid(from, to - from) == passage) {
                before = whole.left(from).right(400).trimmed();
                after = whole.mid(to).left(400).trimmed();
            }
            const QString who = programme ? fromStd(programme->meta.candidate) : QString();
            m_source->setText(tr("Programme n° %1%2 · strate : %3")
                                  .arg(*p.programme)
                                  .arg(who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who))
                                  .arg(fromStd(p.stratumLabel)));
        } catch (const std::exception &) {
            m_source->setText(tr("Programme n° %1 · strate : %2").arg(*p.programme).arg(fromStd(p.stratumLabel)));
        }
    } else {
        m_source->setText(
            tr("Programme retiré de l'étude depuis le tirage · strate : %1").arg(fromStd(p.stratumLabel)));
    }
    m_text->clear();
    QTextCursor cursor(m_text->document());
    QTextCharFormat grey;
    grey.setForeground(QColor(Qt::gray));
    if (!before.isEmpty())
        cursor.insertText(QStringLiteral("…") + before + QStringLiteral("\n\n"), grey);
    QTextCharFormat plain;
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    plain.setFont(f);
    const int passageStart = cursor.position();
    cursor.insertText(passage, plain);
    if (!after.isEmpty())
        cursor.insertText(QStringLiteral("\n\n") + after + QStringLiteral("…"), grey);
    m_text->setProperty("passageStart", passageStart);
    QTextCursor top(m_text->document());
    top.setPosition(passageStart);
    m_text->setTextCursor(top);
    m_text->ensureCursorVisible();

    const core::PassageCode *mine = myCode(p.position);
    for (std::size_t t = 0; t < m_themes.size(); ++t)
        m_themes[t]->setChecked(
            mine && std::find(mine->themes.begin(), mine->themes.end(), m_sample->themes[t]) != mine->themes.end());
    m_note->setText(mine ? fromStd(mine->note) : QString());
    showVerdict(mine != nullptr);
    updateProgress();
}

void ValidationView::showVerdict(bool shown)
{
    m_verdict->setProperty("shown", shown);
    if (!shown || !m_sample || !m_matcher) {
        m_verdict->setText(tr("Verdict du dictionnaire : masqué jusqu'à ce que ce passage soit codé (codage à "
                              "l'aveugle)."));
        return;
    }
    const core::SamplePassage &p = m_sample->passages[static_cast<std::size_t>(m_index)];
    core::Tagger tagger(m_matcher);
    const core::TagResult tags = tagger.tag(p.text);
    QStringList found;
    const auto &all = m_matcher->dictionary().themes();
    for (const std::string &id : m_sample->themes)
        for (std::size_t t = 0; t < all.size(); ++t)
            if (all[t].id == id && tags.counts[t] > 0)
                found << themeName(m_matcher.get(), id);
    m_verdict->setText(found.isEmpty() ? tr("Verdict du dictionnaire : aucun thème du cadre de codage.")
                                       : tr("Verdict du dictionnaire : %1.").arg(found.join(QStringLiteral(", "))));
    // Its mentions, highlighted in the passage.
    const QString passage = fromStd(p.text);
    const int offset = m_text->property("passageStart").toInt();
    for (const core::Mention &m : tags.mentions) {
        QTextCursor c(m_text->document());
        c.setPosition(offset + indexOfCodePoint(passage, m.start));
        c.setPosition(offset + indexOfCodePoint(passage, m.end), QTextCursor::KeepAnchor);
        QTextCharFormat mark;
        mark.setBackground(lightTint(themeColour(m_matcher.get(), all[static_cast<std::size_t>(m.theme)].id)));
        c.mergeCharFormat(mark);
    }
}

void ValidationView::updateProgress()
{
    if (!m_sample)
        return;
    const std::string me = coder().toStdString();
    const auto coded = std::count_if(m_codes.begin(), m_codes.end(), [&](const auto &c) { return c.coder == me; });
    m_progress->setText(me.empty() ? tr("Passage %1 sur %2 — indiquez votre nom de codeur en haut à droite")
                                         .arg(m_index + 1)
                                         .arg(m_sample->passages.size())
                                   : tr("Passage %1 sur %2 · codés par %4 : %3")
                                         .arg(m_index + 1)
                                         .arg(m_sample->passages.size())
                                         .arg(coded)
                                         .arg(coder()));
}

void ValidationView::toggleTheme(int index)
{
    if (QCheckBox *box = themeBox(index); box && m_coding->isVisible())
        box->setChecked(!box->isChecked());
}

void ValidationView::previous()
{
    if (m_sample && m_index > 0)
        showIndex(m_index - 1);
}

void ValidationView::storeAndNext()
{
    if (!m_sample || m_sample->passages.empty())
        return;
    if (coder().isEmpty()) {
        m_coder->setFocus();
        m_progress->setText(tr("Indiquez d'abord votre nom de codeur : chaque codeur a ses propres codes."));
        return;
    }
    core::PassageCode code;
    code.position = currentPosition();
    code.coder = coder().toStdString();
    for (std::size_t t = 0; t < m_themes.size(); ++t)
        if (m_themes[t]->isChecked())
            code.themes.push_back(m_sample->themes[t]);
    code.note = m_note->text().trimmed().toStdString();
    code.codedAt = core::utcNow();
    try {
        core::ValidationStore(m_session.store()).putCode(m_sample->id, code);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Code non enregistré"),
                             tr("Le code n'a pas pu être enregistré dans l'étude : %1").arg(fromStd(e.what())));
        return;
    }
    auto it = std::find_if(m_codes.begin(), m_codes.end(),
                           [&](const auto &c) { return c.position == code.position && c.coder == code.coder; });
    if (it != m_codes.end())
        *it = code;
    else
        m_codes.push_back(code);
    remeasure();
    // Blind until coded: the dictionary's verdict on the passage just coded is shown now, beside
    // the coder's, while the next passage comes up.
    if (m_matcher) {
        core::Tagger tagger(m_matcher);
        QStringList dictionary, mine;
        for (const std::string &id : core::dictionaryVerdict(
                 tagger, m_sample->themes, m_sample->passages[static_cast<std::size_t>(m_index)].text))
            dictionary << themeName(m_matcher.get(), id);
        for (const std::string &id : code.themes)
            mine << themeName(m_matcher.get(), id);
        const QString none = tr("aucun thème");
        m_lastResult->setText(tr("Passage n° %1 : le dictionnaire y trouve %2 ; vous : %3.%4")
                                  .arg(code.position)
                                  .arg(dictionary.isEmpty() ? none : dictionary.join(QStringLiteral(", ")))
                                  .arg(mine.isEmpty() ? none : mine.join(QStringLiteral(", ")))
                                  .arg(dictionary == mine ? QString() : tr(" Désaccord.")));
    }
    if (m_index + 1 < static_cast<int>(m_sample->passages.size()))
        showIndex(m_index + 1);
    else
        showIndex(m_index);
}

void ValidationView::remeasure()
{
    if (!m_sample || !m_matcher)
        return;
    const int generation = ++m_generation;
    m_work->run(
        QStringLiteral("validation measures"),
        [this, generation, sample = *m_sample, codes = m_codes,
         matcher = m_matcher](const std::atomic_bool &cancel) -> Background::Deliver {
            auto result = std::make_shared<core::ValidationResult>(core::measureValidation(sample, codes, matcher));
            if (cancel)
                return {};
            return [this, generation, result] {
                if (generation != m_generation || !m_sample)
                    return;
                const core::ValidationResult &r = *result;
                m_measures->setRowCount(0);
                for (const auto &row : r.scores) {
                    const int at = m_measures->rowCount();
                    m_measures->insertRow(at);
                    const auto &c = row.scores;
                    m_measures->setItem(at, 0, cell(themeName(m_matcher.get(), row.theme)));
                    m_measures->setItem(at, 1, cell(tr("%1\n%2 codés").arg(fromStd(row.coder)).arg(c.items), c.items));
                    m_measures->setItem(at, 2,
                                        cell(r.precisionEstimable ? percentWithInterval(
                                                 c.precision.share, c.precision.low, c.precision.high)
                                                                  : tr("non estimable"),
                                             c.precision.share));
                    m_measures->setItem(at, 3,
                                        cell(r.recallEstimable
                                                 ? percentWithInterval(c.recall.share, c.recall.low, c.recall.high)
                                                 : tr("non estimable"),
                                             c.recall.share));
                    m_measures->setItem(at, 4, cell(percentWithInterval(c.f1, c.f1Low, c.f1High), c.f1));
                    m_measures->setItem(
                        at, 5,
                        cell(std::isnan(c.kappa) ? QStringLiteral("—") : QLocale().toString(c.kappa, 'f', 2), c.kappa));
                }
                m_measures->resizeRowsToContents();
                QStringList alphas;
                if (r.coders.size() > 1)
                    for (const std::string &theme : r.themes) {
                        const double a = r.alpha.at(theme);
                        alphas << (std::isnan(a)
                                       ? tr("%1 : — (pas de variation)").arg(themeName(m_matcher.get(), theme))
                                       : tr("%1 : %2 (passages codés plusieurs fois : %3)")
                                             .arg(themeName(m_matcher.get(), theme))
                                             .arg(QLocale().toString(a, 'f', 2))
                                             .arg(r.alphaUnits.at(theme)));
                    }
                m_alpha->setText(r.coders.empty()          ? tr("Aucun passage codé pour l'instant.")
                                     : r.coders.size() < 2 ? tr("Accord entre codeurs : il faut au moins deux codeurs.")
                                                           : tr("Accord entre codeurs (alpha de Krippendorff) — %1")
                                                                 .arg(alphas.join(QStringLiteral(" · "))));
                m_shownDisagreements = r.disagreements;
                m_disagreements->setRowCount(0);
                for (const auto &d : r.disagreements) {
                    const int at = m_disagreements->rowCount();
                    m_disagreements->insertRow(at);
                    m_disagreements->setItem(at, 0,
                                             cell(tr("n° %1", "a passage's position").arg(d.position), d.position));
                    m_disagreements->setItem(at, 1, cell(fromStd(d.coder)));
                    m_disagreements->setItem(at, 2, cell(themeName(m_matcher.get(), d.theme)));
                    auto *gap = cell(d.dictionary ? tr("dictionnaire seul") : tr("codeur seul"));
                    gap->setToolTip(d.dictionary ? tr("repéré par le dictionnaire, pas par le codeur")
                                                 : tr("vu par le codeur, manqué par le dictionnaire"));
                    m_disagreements->setItem(at, 3, gap);
                }
                // The sample's line in the list: how many passages are coded now.
                std::set<int> coded;
                for (const core::PassageCode &c : m_codes)
                    coded.insert(c.position);
                if (const int row = m_samples->currentIndex(); row >= 0)
                    m_samples->setItemText(row,
                                           tr("%1 — %2 passages, codés : %3")
                                               .arg(fromStd(m_sample->name))
                                               .arg(m_sample->passages.size())
                                               .arg(coded.size()));
                emit measuresUpdated();
            };
        });
}

} // namespace vigie::gui
