// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/programmes/ReaderWidget.h"

#include "gui/common/StudySession.h"
#include "gui/programmes/ProgrammesModel.h"
#include "ui_ReaderWidget.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

namespace vigie::gui {

namespace {

enum Field {
    FieldCandidate,
    FieldList,
    FieldNuance,
    FieldCommune,
    FieldDepartment,
    FieldPopulation,
    FieldSizeClass,
    FieldYear,
    FieldRound,
    FieldElected,
    FieldWords,
    FieldMentions,
    FieldFormat,
    FieldEncoding,
    FieldCount
};

constexpr int kMentionRole = Qt::UserRole + 1;
constexpr int kContext = 70; // UTF-16 units of context on each side in a mention's tooltip

QString oneLine(QString s)
{
    for (QChar &c : s)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QChar::ParagraphSeparator
            || c == QChar::LineSeparator || c == QLatin1Char('\f'))
            c = QLatin1Char(' ');
    return s.simplified();
}

} // namespace

// Colours the mentions block by block, as the text view lays blocks out. Extra selections would
// make the view lay out every block holding a mention at once (a third of a second for the 6,000
// mentions of a 1 MB text); a highlighter only records formats, and layout stays lazy.
//
// A rule's mention spans its term and its context, words between included, and may hold another
// mention (its context words are free for other terms): rule spans are painted first, in a lighter
// tint with a dashed underline, and terms over them.
class MentionHighlighter : public QSyntaxHighlighter
{
public:
    struct Range
    {
        int from; // UTF-16 positions in the document
        int to;
        int theme;
        bool rule; // terms' ranges are sorted and disjoint; rules' are sorted by `from` only
    };

    MentionHighlighter(const ProgrammesModel &model, QTextDocument *document)
        : QSyntaxHighlighter(document)
        , m_model(model)
    { }

    void setRanges(std::vector<Range> ranges)
    {
        m_terms.clear();
        m_rules.clear();
        for (const Range &r : ranges)
            (r.rule ? m_rules : m_terms).push_back(r);
        m_ruleReach.clear();
        for (const Range &r : m_rules)
            m_ruleReach.push_back(std::max(r.to, m_ruleReach.empty() ? 0 : m_ruleReach.back()));
        m_formats.assign(m_model.themes().size(), QTextCharFormat());
        m_ruleFormats.assign(m_model.themes().size(), QTextCharFormat());
        for (std::size_t t = 0; t < m_model.themes().size(); ++t) {
            const QColor colour = m_model.themes()[t].colour;
            QTextCharFormat &f = m_formats[t];
            f.setBackground(lightTint(colour));
            f.setForeground(QColor(Qt::black));
            // The underline in the full colour tells apart themes whose tints are close.
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setUnderlineColor(colour);
            QTextCharFormat &r = m_ruleFormats[t];
            r.setBackground(ruleTint(colour));
            r.setForeground(QColor(Qt::black));
            r.setUnderlineStyle(QTextCharFormat::DashUnderline);
            r.setUnderlineColor(colour);
        }
        rehighlight();
    }

    // Empties the ranges without a pass over the document (before new text is set).
    void forget()
    {
        m_terms.clear();
        m_rules.clear();
        m_ruleReach.clear();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const int begin = currentBlock().position();
        const int end = begin + static_cast<int>(text.size());
        const auto paint = [&](const Range &r, const std::vector<QTextCharFormat> &formats) {
            const int from = std::max(r.from, begin);
            const int to = std::min(r.to, end);
            if (to > from && r.theme >= 0 && static_cast<std::size_t>(r.theme) < formats.size())
                setFormat(from - begin, to - from, formats[static_cast<std::size_t>(r.theme)]);
        };
        // Rules: the first whose reach (the furthest end so far) passes the block's start.
        auto reach = std::upper_bound(m_ruleReach.begin(), m_ruleReach.end(), begin);
        for (auto it = m_rules.begin() + (reach - m_ruleReach.begin()); it != m_rules.end() && it->from < end; ++it)
            paint(*it, m_ruleFormats);
        // Terms are sorted and disjoint, so their ends are sorted too.
        auto it
            = std::upper_bound(m_terms.begin(), m_terms.end(), begin, [](int p, const Range &r) { return p < r.to; });
        for (; it != m_terms.end() && it->from < end; ++it)
            paint(*it, m_formats);
    }

private:
    const ProgrammesModel &m_model;
    std::vector<Range> m_terms;
    std::vector<Range> m_rules;
    std::vector<int> m_ruleReach;
    std::vector<QTextCharFormat> m_formats;
    std::vector<QTextCharFormat> m_ruleFormats;
};

ReaderWidget::ReaderWidget(StudySession &session, ProgrammesModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReaderWidget>())
    , m_session(session)
    , m_model(model)
{
    m_ui->setupUi(this);
    const Ui::ReaderWidget &ui = *m_ui;
    ui.readerBack->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    ui.previousMention->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    ui.nextMention->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    // The title and the text a little larger than the system's font, whatever its size.
    QFont titleFont = ui.readerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    ui.readerTitle->setFont(titleFont);
    QFont textFont = ui.readerText->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.12);
    ui.readerText->setFont(textFont);
    ui.readerText->document()->setDocumentMargin(14);
    ui.mentionPosition->setMinimumWidth(
        ui.mentionPosition->fontMetrics().horizontalAdvance(tr("Mention 8 888 sur 8 888")));
    ui.mentionList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui.mentionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_fields = { ui.meta0, ui.meta1, ui.meta2, ui.meta3,  ui.meta4,  ui.meta5,  ui.meta6,
                 ui.meta7, ui.meta8, ui.meta9, ui.meta10, ui.meta11, ui.meta12, ui.meta13 };
    Q_ASSERT(m_fields.size() == static_cast<std::size_t>(FieldCount));
    // The scroll area measured the metadata when uic put it in its splitter, before naming the rows
    // (retranslateUi() comes last), and keeps that size: measured again, named, for the dividers.
    ui.readerMetadataScroll->setWidget(ui.readerMetadataScroll->takeWidget());
    ui.readerSplitter->setSizes({ 760, 380 }); // until the user moves the divider

    // The text is plain (a 1 MB PDF's text lays out lazily, block by block), its mentions coloured by
    // a highlighter, so the document itself stays the stored text, position for position.
    m_highlighter = new MentionHighlighter(m_model, ui.readerText->document());
    connectNavigation();
    connect(ui.readerBack, &QPushButton::clicked, this, &ReaderWidget::backRequested);
    connect(ui.openSource, &QToolButton::clicked, this, &ReaderWidget::openSource);
    connect(ui.readerText, &QPlainTextEdit::cursorPositionChanged, this, &ReaderWidget::cursorMoved);
    connect(&m_model, &ProgrammesModel::themeTreeChanged, this, [this] {
        // After a reload with another dictionary the mentions' theme indexes are stale until
        // reload() reads them again.
        if (m_id > 0 && m_version == m_model.dictionaryVersion())
            showMentions();
    });
    updateNavigation();
}

ReaderWidget::~ReaderWidget() = default;

void ReaderWidget::connectNavigation()
{
    connect(m_ui->previousMention, &QPushButton::clicked, this, &ReaderWidget::previousMention);
    connect(m_ui->nextMention, &QPushButton::clicked, this, &ReaderWidget::nextMention);
    // Window-wide while the reader is shown (a hidden widget's shortcuts do not fire).
    auto *f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, &ReaderWidget::nextMention);
    auto *shiftF3 = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this);
    connect(shiftF3, &QShortcut::activated, this, &ReaderWidget::previousMention);
    for (const QKeySequence &key : { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left) }) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReaderWidget::backRequested);
    }
    connect(m_ui->mentionList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_moving)
            return;
        const QVariant v = item->data(0, kMentionRole);
        if (v.isValid())
            goToMention(v.toInt());
    });
    connect(m_ui->mentionList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A theme's row: its first mention.
        if (item && item->childCount() > 0)
            goToMention(item->child(0)->data(0, kMentionRole).toInt());
    });
}

QPlainTextEdit *ReaderWidget::textView() const
{
    return m_ui->readerText;
}

void ReaderWidget::clear()
{
    m_id = 0;
    m_version = 0;
    m_text.clear();
    m_supplementary.clear();
    m_all.clear();
    m_shown.clear();
    m_items.clear();
    m_current = -1;
    m_highlighter->forget();
    m_ui->readerText->clear();
    m_ui->mentionList->clear();
    m_ui->readerTitle->clear();
    m_ui->readerSubtitle->clear();
    for (QLabel *l : m_fields)
        l->clear();
    m_ui->readerSource->clear();
    updateNavigation();
}

int ReaderWidget::utf16Position(qint64 codePoint) const
{
    const auto before = std::lower_bound(m_supplementary.begin(), m_supplementary.end(), codePoint);
    const qint64 pos = codePoint + (before - m_supplementary.begin());
    return static_cast<int>(std::clamp<qint64>(pos, 0, m_text.size()));
}

bool ReaderWidget::openProgramme(qint64 id, qint64 start, qint64 end)
{
    const int row = m_model.rowOfId(id);
    if (row < 0 || !m_session.isOpen()) {
        clear();
        return false;
    }
    core::CorpusStore &store = m_session.store();
    m_id = id;
    m_version = m_model.dictionaryVersion();
    m_text = QString::fromStdString(store.programmeText(id));

    m_supplementary.clear();
    qint64 codePoint = 0;
    for (qsizetype i = 0; i < m_text.size(); ++i, ++codePoint) {
        if (m_text[i].isHighSurrogate() && i + 1 < m_text.size() && m_text[i + 1].isLowSurrogate()) {
            m_supplementary.push_back(codePoint);
            ++i;
        }
    }

    // QTextDocument takes "\r\n" and a lone "\r" as one block break: every position after it would
    // move. Imported texts have "\n" only, but keep the positions whatever the text holds.
    QString display = m_text;
    for (qsizetype i = 0; i < display.size(); ++i)
        if (display[i] == QLatin1Char('\r'))
            display[i]
                = i + 1 < display.size() && display[i + 1] == QLatin1Char('\n') ? QLatin1Char(' ') : QLatin1Char('\n');
    m_highlighter->forget(); // setPlainText highlights every block: with no ranges, at no cost
    m_ui->readerText->setPlainText(display);
    if (m_ui->readerText->document()->characterCount() != display.size() + 1)
        qWarning("Vigie reader: the document does not keep the text's positions (%d for %lld)",
                 m_ui->readerText->document()->characterCount(), static_cast<long long>(display.size() + 1));

    m_all.clear();
    if (m_model.dictionaryVersion() > 0) {
        for (const core::StoredMention &stored : store.programmeMentions(id, m_model.dictionaryVersion())) {
            Mention m;
            m.theme = m_model.themeIndex(QString::fromStdString(stored.theme));
            if (m.theme < 0)
                continue;
            m.term = static_cast<int>(stored.term);
            m.rule = static_cast<int>(stored.rule);
            m.start = stored.start;
            m.end = stored.end;
            m.from = utf16Position(m.start);
            m.to = utf16Position(m.end);
            m_all.push_back(m);
        }
    }

    fillMetadata(m_model.record(row));

    // A requested range that is a stored mention of another tree shows that tree.
    bool shown = false;
    if (start >= 0) {
        const auto hit = std::find_if(m_all.begin(), m_all.end(),
                                      [&](const Mention &m) { return m.start == start && m.end == end; });
        const int tree = m_model.themeTree();
        if (hit != m_all.end() && tree >= 0) {
            const int root = m_model.themes()[static_cast<std::size_t>(hit->theme)].root;
            if (root != tree) {
                m_model.setThemeTree(root); // themeTreeChanged: showMentions(), the view's combos
                shown = true;
            }
        }
    }
    if (!shown)
        showMentions();

    if (start >= 0) {
        const int from = utf16Position(start);
        const int to = utf16Position(std::max(start, end));
        const auto it = std::find_if(m_shown.begin(), m_shown.end(),
                                     [&](const Mention &m) { return m.from == from && m.to == to; });
        if (it != m_shown.end()) {
            goToMention(static_cast<int>(it - m_shown.begin()));
        } else {
            QTextCursor cursor(m_ui->readerText->document());
            cursor.setPosition(from);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
            m_ui->readerText->setTextCursor(cursor);
            m_ui->readerText->centerCursor();
        }
    } else {
        m_ui->readerText->moveCursor(QTextCursor::Start);
        m_ui->readerText->ensureCursorVisible();
    }
    updateNavigation();
    return true;
}

bool ReaderWidget::reload()
{
    if (m_id <= 0)
        return false;
    const QTextCursor cursor = m_ui->readerText->textCursor();
    const int anchor = cursor.anchor();
    const int position = cursor.position();
    const int scroll = m_ui->readerText->verticalScrollBar()->value();
    if (!openProgramme(m_id))
        return false;
    QTextCursor restored(m_ui->readerText->document());
    const int last = m_ui->readerText->document()->characterCount() - 1;
    restored.setPosition(std::min(anchor, last));
    restored.setPosition(std::min(position, last), QTextCursor::KeepAnchor);
    m_ui->readerText->setTextCursor(restored);
    m_ui->readerText->verticalScrollBar()->setValue(scroll);
    return true;
}

void ReaderWidget::showMentions()
{
    const int tree = m_model.themeTree();
    m_shown.clear();
    for (const Mention &m : m_all)
        if (tree >= 0 && m_model.themes()[static_cast<std::size_t>(m.theme)].root == tree)
            m_shown.push_back(m);

    std::vector<MentionHighlighter::Range> ranges;
    ranges.reserve(m_shown.size());
    for (const Mention &m : m_shown)
        ranges.push_back({ m.from, m.to, m.theme, m.rule >= 0 });
    m_highlighter->setRanges(std::move(ranges));
    m_current = -1;
    fillMentionList();
    cursorMoved();
    if (m_id > 0) {
        const int row = m_model.rowOfId(m_id);
        if (row >= 0)
            m_fields[FieldMentions]->setText(
                tree >= 0 ? tr("%1 (%2)").arg(QLocale().toString(static_cast<qlonglong>(m_shown.size())),
                                              m_model.themes()[static_cast<std::size_t>(tree)].label)
                          : QString());
    }
}

void ReaderWidget::fillMentionList()
{
    m_ui->mentionList->clear();
    m_items.assign(m_shown.size(), nullptr);
    const int tree = m_model.themeTree();
    if (tree < 0)
        return;
    QTextDocument *doc = m_ui->readerText->document();
    const QLocale locale;
    std::vector<QTreeWidgetItem *> groups(m_model.themes().size(), nullptr);
    // Groups in dictionary order, mentions in text order.
    std::vector<int> counts(m_model.themes().size(), 0);
    for (const Mention &m : m_shown)
        ++counts[static_cast<std::size_t>(m.theme)];
    QList<QTreeWidgetItem *> top;
    for (std::size_t t = 0; t < m_model.themes().size(); ++t) {
        if (counts[t] == 0)
            continue;
        const ThemeInfo &theme = m_model.themes()[t];
        auto *group = new QTreeWidgetItem;
        group->setText(0, tr("%1 (%2)").arg(theme.label, locale.toString(counts[t])));
        group->setIcon(0, themeSwatch(theme.colour));
        group->setToolTip(
            0, static_cast<int>(t) == tree ? tr("Termes généraux du thème « %1 »").arg(theme.label) : theme.label);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        groups[t] = group;
        top << group;
    }
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const Mention &m = m_shown[i];
        auto *item = new QTreeWidgetItem(groups[static_cast<std::size_t>(m.theme)]);
        item->setText(0, oneLine(m_text.mid(m.from, m.to - m.from)));
        item->setText(1, locale.toString(doc->findBlock(m.from).blockNumber() + 1));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const int left = std::max(0, m.from - kContext);
        const int right = std::min(static_cast<int>(m_text.size()), m.to + kContext);
        item->setToolTip(0,
                         QStringLiteral("…%1 « %2 » %3…")
                             .arg(oneLine(m_text.mid(left, m.from - left)), oneLine(m_text.mid(m.from, m.to - m.from)),
                                  oneLine(m_text.mid(m.to, right - m.to))));
        item->setData(0, kMentionRole, static_cast<int>(i));
        m_items[i] = item;
    }
    m_ui->mentionList->addTopLevelItems(top);
    m_ui->mentionList->expandAll();
}

void ReaderWidget::fillMetadata(const ProgrammeRecord &r)
{
    const QLocale locale;
    const QString none = QStringLiteral("—");
    auto orNone = [&none](const QString &s) {
        return s.isEmpty() ? none : s;
    };
    m_ui->readerTitle->setText(r.listName.isEmpty() ? orNone(r.candidate)
                                                    : tr("%1 — %2").arg(orNone(r.candidate), r.listName));
    QStringList where;
    if (!r.commune.isEmpty())
        where << r.commune;
    if (!r.department.isEmpty())
        where << m_model.departmentLabel(r.department);
    if (r.year > 0)
        where << (r.round > 0 ? tr("%1, tour %2").arg(QString::number(r.year), QString::number(r.round))
                              : QString::number(r.year));
    if (!r.ocrPages.isEmpty())
        where << tr("texte lu par OCR");
    where << (r.words == 1 ? tr("1 mot") : tr("%1 mots").arg(locale.toString(r.words)));
    m_ui->readerSubtitle->setText(where.join(QStringLiteral(" · ")));

    m_fields[FieldCandidate]->setText(orNone(r.candidate));
    m_fields[FieldList]->setText(orNone(r.listName));
    m_fields[FieldNuance]->setText(orNone(r.nuance));
    m_fields[FieldCommune]->setText(r.insee.isEmpty() ? tr("inconnue")
                                                      : tr("%1 (INSEE %2)").arg(orNone(r.commune), r.insee));
    m_fields[FieldDepartment]->setText(r.department.isEmpty() ? none : m_model.departmentLabel(r.department));
    m_fields[FieldPopulation]->setText(r.population >= 0 ? locale.toString(r.population) : tr("inconnue"));
    m_fields[FieldSizeClass]->setText(r.sizeClass >= 0 ? m_model.sizeClassLabel(r.sizeClass) : tr("inconnue"));
    m_fields[FieldYear]->setText(r.year > 0 ? QString::number(r.year) : none);
    // The round, and with lists the panel and which document of the list this is.
    QStringList round { r.round > 0 ? QString::number(r.round) : none };
    if (r.panel > 0)
        round << tr("panneau %1").arg(r.panel);
    if (!r.kind.isEmpty() && (r.panel > 0 || !r.primary))
        round << (r.primary ? tr("%1, le document compté").arg(r.kind) : tr("%1, non compté").arg(r.kind));
    m_fields[FieldRound]->setText(round.join(QStringLiteral(" · ")));
    m_fields[FieldElected]->setText(r.elected < 0 ? tr("inconnu") : r.elected ? tr("oui") : tr("non"));
    m_fields[FieldWords]->setText(locale.toString(r.words));
    m_fields[FieldFormat]->setText(r.ocrPages.isEmpty() ? orNone(r.format)
                                                        : tr("%1, texte %2").arg(orNone(r.format), ocrDescription(r)));
    // PDF and Office files are stored with the encoding "binary": their text is not read as bytes.
    m_fields[FieldEncoding]->setText(r.encoding == QLatin1String("binary") ? tr("sans objet (%1)").arg(r.format)
                                                                           : orNone(r.encoding));
    m_ui->readerSource->setText(r.source);
    m_ui->readerSource->setCursorPosition(0);
    m_ui->readerSource->setToolTip(r.source);
    const QUrl url = QUrl(r.source);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    m_ui->openSource->setEnabled(web || (!r.source.isEmpty() && QFileInfo::exists(r.source)));
}

void ReaderWidget::openSource()
{
    const QString source = m_ui->readerSource->text();
    const QUrl url(source);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
    else if (QFileInfo::exists(source))
        QDesktopServices::openUrl(QUrl::fromLocalFile(source));
}

void ReaderWidget::goToMention(int index)
{
    if (index < 0 || index >= static_cast<int>(m_shown.size()))
        return;
    const Mention &m = m_shown[static_cast<std::size_t>(index)];
    QTextCursor cursor(m_ui->readerText->document());
    cursor.setPosition(m.from);
    cursor.setPosition(m.to, QTextCursor::KeepAnchor);
    m_moving = true;
    m_ui->readerText->setTextCursor(cursor);
    m_moving = false;
    cursorMoved();
    m_ui->readerText->centerCursor();
}

int ReaderWidget::nextIndex() const
{
    // From the selected mention, by index: a rule's span may start where another mention starts.
    if (m_current >= 0)
        return m_current + 1 < static_cast<int>(m_shown.size()) ? m_current + 1 : -1;
    // From the caret (a click in the text, then F3) or a selection that is no mention.
    const QTextCursor c = m_ui->readerText->textCursor();
    const int pos = c.hasSelection() ? c.selectionStart() + 1 : c.position();
    const auto it
        = std::lower_bound(m_shown.begin(), m_shown.end(), pos, [](const Mention &m, int p) { return m.from < p; });
    return it == m_shown.end() ? -1 : static_cast<int>(it - m_shown.begin());
}

int ReaderWidget::previousIndex() const
{
    if (m_current >= 0)
        return m_current - 1;
    const QTextCursor c = m_ui->readerText->textCursor();
    const int pos = c.hasSelection() ? c.selectionStart() : c.position();
    const auto it
        = std::lower_bound(m_shown.begin(), m_shown.end(), pos, [](const Mention &m, int p) { return m.from < p; });
    return static_cast<int>(it - m_shown.begin()) - 1;
}

void ReaderWidget::nextMention()
{
    goToMention(nextIndex());
}

void ReaderWidget::previousMention()
{
    goToMention(previousIndex());
}

void ReaderWidget::cursorMoved()
{
    const QTextCursor c = m_ui->readerText->textCursor();
    m_current = -1;
    if (c.hasSelection()) {
        const int from = c.selectionStart();
        auto it = std::lower_bound(m_shown.begin(), m_shown.end(), from,
                                   [](const Mention &m, int p) { return m.from < p; });
        for (; it != m_shown.end() && it->from == from; ++it) // a rule's span may start with another mention
            if (it->to == c.selectionEnd()) {
                m_current = static_cast<int>(it - m_shown.begin());
                break;
            }
    }
    setSelectionColour(
        m_current >= 0
            ? m_model.themes()[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(m_current)].theme)].colour
            : QColor());
    if (m_current >= 0 && static_cast<std::size_t>(m_current) < m_items.size()
        && m_items[static_cast<std::size_t>(m_current)]) {
        m_moving = true;
        m_ui->mentionList->setCurrentItem(m_items[static_cast<std::size_t>(m_current)]);
        m_ui->mentionList->scrollToItem(m_items[static_cast<std::size_t>(m_current)]);
        m_moving = false;
    }
    updateNavigation();
}

void ReaderWidget::setSelectionColour(const QColor &colour)
{
    // The selected mention in its theme's full colour, in focus or not; other selections as usual.
    QPalette p = m_ui->readerText->palette();
    const QPalette base = QApplication::palette(m_ui->readerText);
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Highlight,
                   colour.isValid() ? colour : base.color(QPalette::Active, QPalette::Highlight));
        p.setColor(group, QPalette::HighlightedText,
                   colour.isValid() ? readableTextColour(colour)
                                    : base.color(QPalette::Active, QPalette::HighlightedText));
    }
    m_ui->readerText->setPalette(p);
}

void ReaderWidget::updateNavigation()
{
    const QLocale locale;
    const int n = static_cast<int>(m_shown.size());
    m_ui->previousMention->setEnabled(previousIndex() >= 0);
    m_ui->nextMention->setEnabled(nextIndex() >= 0);
    if (m_id <= 0)
        m_ui->mentionPosition->clear();
    else if (n == 0)
        m_ui->mentionPosition->setText(tr("Aucune mention"));
    else if (m_current >= 0)
        m_ui->mentionPosition->setText(tr("Mention %1 sur %2").arg(locale.toString(m_current + 1), locale.toString(n)));
    else
        m_ui->mentionPosition->setText(n == 1 ? tr("1 mention") : tr("%1 mentions").arg(locale.toString(n)));
}

} // namespace vigie::gui
