// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The programmes view, offscreen, on the demo study and on small studies made for one point: the
// model, every filter and the count line, numeric sorting, the reader's highlights at the stored
// offsets (also after characters outside the BMP), mention navigation, and opening the reader
// from another view.
#include "gui/programmes/ProgrammesView.h"
#include "GuiTestSupport.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/StudySession.h"
#include "gui/programmes/ProgrammesModel.h"
#include "gui/programmes/ReaderWidget.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Views.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>

#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::IsolatedSettings;
using vigie::test::TempDir;

const core::Gazetteer &gazetteer()
{
    static const core::Gazetteer g = core::Gazetteer::load(VIGIE_GAZETTEER_DIR);
    return g;
}

// The demo study, built once for the file's tests (268 programmes).
// A study holding the given texts, tagged with the default dictionary. Returns their ids.
std::vector<qint64> makeStudy(const QString &path, const std::vector<std::string> &texts)
{
    auto store = core::CorpusStore::open(path.toStdString());
    const auto dictionary = core::Dictionary::fromFile(VIGIE_DICTIONARY);
    const auto version = store.useDictionary(dictionary);
    core::Tagger tagger(core::ThemeMatcher::compile(dictionary));
    const int lyon = gazetteer().indexOfInsee("69123");
    REQUIRE(lyon >= 0);
    store.ensureCommune(gazetteer().commune(lyon));
    core::Transaction tx(store.database());
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        core::ProgrammeMeta meta;
        meta.candidate = "Candidate " + std::to_string(i + 1);
        meta.listName = "Liste d'essai";
        meta.commune = "69123";
        meta.year = 2026;
        meta.source = "/tmp/programme-" + std::to_string(i + 1) + ".txt";
        meta.format = "txt";
        meta.encoding = "UTF-8";
        ids.push_back(store.putProgramme(meta, texts[i], tagger.tag(texts[i]), dictionary, version).id);
    }
    tx.commit();
    return ids;
}

struct StoredMention
{
    std::string theme;
    qint64 start = 0;
    qint64 end = 0;
    bool rule = false; // a rule's span: its term and its context
};

// The programme's mentions of the current dictionary whose theme is `root` or under it.
std::vector<StoredMention> storedMentions(core::CorpusStore &store, qint64 programme, const std::string &root)
{
    const auto dictionary = store.dictionary(store.currentDictionaryVersion());
    auto st = store.database().prepare("SELECT theme, start, end, rule FROM programme_mentions WHERE programme = ?1 "
                                       "AND dictionary_version = ?2 ORDER BY start");
    st.bind(1, static_cast<std::int64_t>(programme)).bind(2, store.currentDictionaryVersion());
    std::vector<StoredMention> out;
    while (st.step()) {
        const std::string theme = st.columnText(0);
        int t = dictionary.themeIndex(theme);
        while (dictionary.parentIndex(t) >= 0)
            t = dictionary.parentIndex(t);
        if (dictionary.themes()[static_cast<std::size_t>(t)].id == root)
            out.push_back({ theme, st.columnInt(1), st.columnInt(2), st.columnInt(3) >= 0 });
    }
    return out;
}

// [start, end) in code points of `text`, computed without the reader's conversion.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    REQUIRE(end <= ucs4.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

struct Run
{
    int from = 0; // UTF-16 positions in the document
    int to = 0;
    QColor background;
};

// What the reader shows highlighted: the formats of the document's block layouts, joined into runs
// (a mention cut by a line break is one run).
std::vector<Run> highlightedRuns(QTextDocument *doc)
{
    const int n = doc->characterCount() - 1;
    std::vector<QColor> cover(static_cast<std::size_t>(n));
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const auto &f : b.layout()->formats())
            for (int i = 0; i < f.length; ++i)
                cover[static_cast<std::size_t>(b.position() + f.start + i)] = f.format.background().color();
    std::vector<Run> runs;
    for (int p = 0; p < n; ++p) {
        const QColor &c = cover[static_cast<std::size_t>(p)];
        if (!c.isValid()) {
            if (doc->characterAt(p) == QChar::ParagraphSeparator && !runs.empty() && runs.back().to == p && p + 1 < n
                && cover[static_cast<std::size_t>(p + 1)] == runs.back().background)
                runs.back().to = p + 1;
            continue;
        }
        if (!runs.empty() && runs.back().to == p && runs.back().background == c)
            runs.back().to = p + 1;
        else
            runs.push_back({ p, p + 1, c });
    }
    return runs;
}

// Checks that the highlighted runs in the terms' tint are exactly the stored term mentions (same
// UTF-16 places, converted here without the reader's code; same text; the theme's tint), and that
// every character of a rule's span is tinted: the rule's lighter tint, or a term's painted over it.
// Returns the highlighted texts of the terms.
QStringList checkHighlights(gui::ProgrammesView &view, const QString &text, const std::vector<StoredMention> &expected)
{
    const QList<uint> ucs4 = text.toUcs4();
    std::vector<int> utf16(static_cast<std::size_t>(ucs4.size()) + 1, 0);
    for (qsizetype k = 0; k < ucs4.size(); ++k)
        utf16[static_cast<std::size_t>(k) + 1] = utf16[static_cast<std::size_t>(k)] + (ucs4[k] > 0xFFFF ? 2 : 1);
    QTextDocument *doc = view.reader()->textView()->document();
    const QString shown = doc->toPlainText();
    std::set<QRgb> termTints;
    for (const auto &theme : view.model().themes())
        termTints.insert(gui::lightTint(theme.colour).rgb());
    std::vector<Run> runs;
    for (const Run &r : highlightedRuns(doc))
        if (termTints.count(r.background.rgb()))
            runs.push_back(r);
    std::vector<StoredMention> terms;
    for (const auto &m : expected)
        if (!m.rule)
            terms.push_back(m);
    REQUIRE(runs.size() == terms.size());
    QStringList texts;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const auto &m = terms[i];
        const Run &r = runs[i];
        INFO("mention " << i << " at " << m.start);
        CHECK(r.from == utf16[static_cast<std::size_t>(m.start)]);
        CHECK(r.to == utf16[static_cast<std::size_t>(m.end)]);
        texts << shown.mid(r.from, r.to - r.from);
        CHECK(texts.back() == codePointSlice(text, m.start, m.end));
        const auto &theme
            = view.model().themes()[static_cast<std::size_t>(view.model().themeIndex(QString::fromStdString(m.theme)))];
        CHECK(r.background == gui::lightTint(theme.colour));
    }
    const auto all = highlightedRuns(doc);
    for (const auto &m : expected) {
        if (!m.rule)
            continue;
        const int from = utf16[static_cast<std::size_t>(m.start)];
        const int to = utf16[static_cast<std::size_t>(m.end)];
        int covered = 0;
        for (const Run &r : all)
            covered += std::max(0, std::min(r.to, to) - std::max(r.from, from));
        INFO("rule span at " << m.start);
        CHECK(covered == to - from);
    }
    return texts;
}

QString selected(const QTextCursor &cursor)
{
    QString s = cursor.selectedText(); // line breaks come back as U+2029
    s.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return s;
}

qint64 scalar(core::CorpusStore &store, const std::string &sql)
{
    return store.database().scalarInt(sql).value_or(-1);
}

QComboBox *combo(gui::ProgrammesView &view, const char *name)
{
    auto *c = view.findChild<QComboBox *>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

void choose(QComboBox *c, const QVariant &data)
{
    const int i = c->findData(data);
    REQUIRE(i > 0);
    c->setCurrentIndex(i);
}

void chooseTree(gui::ProgrammesView &view, const char *root)
{
    auto *c = combo(view, "themeTree");
    const int i = c->findData(view.model().themeIndex(QString::fromLatin1(root)));
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}

QString countLine(qint64 shown, qint64 all)
{
    return QStringLiteral("%1 programmes affichés sur %2").arg(QLocale().toString(shown), QLocale().toString(all));
}

// The programme with the most mentions of the numerique tree.
qint64 richestProgramme(core::CorpusStore &store)
{
    return scalar(store,
                  "SELECT programme FROM programme_theme_counts WHERE theme = 'numerique' "
                  "ORDER BY total DESC, programme LIMIT 1");
}

} // namespace

TEST_CASE("the programmes model holds every programme with its metadata and theme counts", "[programmes]")
{
    gui::StudySession session;
    REQUIRE(session.open(demoStudy(), nullptr));
    gui::ProgrammesView view(session);
    gui::ProgrammesModel &model = view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto store = core::CorpusStore::open(demoStudy().toStdString());
    REQUIRE(model.rowCount() == 268);
    CHECK(model.rowCount() == store.programmeCount());
    CHECK(model.columnCount() == gui::ProgrammesModel::ColumnCount);

    // One programme, cell by cell, against the database.
    auto st = store.database().prepare("SELECT p.id, p.candidate, p.list_name, p.nuance, c.name, c.department, "
                                       "c.population, p.words FROM programmes p JOIN communes c ON c.insee = p.commune "
                                       "WHERE c.population >= 200000 ORDER BY p.id LIMIT 1");
    REQUIRE(st.step());
    const int row = model.rowOfId(st.columnInt(0));
    REQUIRE(row >= 0);
    auto cell = [&](int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(gui::ProgrammesModel::Candidate) == QString::fromStdString(st.columnText(1)));
    CHECK(cell(gui::ProgrammesModel::List) == QString::fromStdString(st.columnText(2)));
    CHECK(cell(gui::ProgrammesModel::Nuance) == QString::fromStdString(st.columnText(3)));
    CHECK(cell(gui::ProgrammesModel::Commune) == QString::fromStdString(st.columnText(4)));
    const QString department = QString::fromStdString(st.columnText(5));
    CHECK(cell(gui::ProgrammesModel::Department)
          == department + u' ' + QString::fromStdString(gazetteer().department(st.columnText(5))->name));
    CHECK(cell(gui::ProgrammesModel::Population) == QLocale().toString(static_cast<qlonglong>(st.columnInt(6))));
    CHECK(cell(gui::ProgrammesModel::SizeClass) == QString::fromUtf8("> 200\u00a0000"));
    CHECK(cell(gui::ProgrammesModel::Year) == QStringLiteral("2014"));
    CHECK(cell(gui::ProgrammesModel::Words) == QLocale().toString(static_cast<qlonglong>(st.columnInt(7))));

    // Chips: the numerique tree's themes the programme mentions, root first.
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 id = model.record(r).id;
        std::set<QString> expected;
        auto counts = store.database().prepare(
            "SELECT theme FROM programme_theme_counts WHERE programme = ?1 AND total > 0 AND theme IN ('numerique', "
            "'open_data', 'ville_connectee', 'e_sante', 'french_tech', 'e_administration', "
            "'democratie_participative', 'education_numerique', 'inclusion_numerique', 'tres_haut_debit', "
            "'tiers_lieux', 'donnees_personnelles_cybersecurite')");
        counts.bind(1, static_cast<std::int64_t>(id));
        while (counts.step())
            expected.insert(QString::fromStdString(counts.columnText(0)));
        const auto chips
            = model.index(r, gui::ProgrammesModel::Themes).data(gui::ProgrammesModel::ChipsRole).value<QList<int>>();
        std::set<QString> got;
        for (const int t : chips)
            got.insert(model.themes()[static_cast<std::size_t>(t)].id);
        INFO("programme " << id);
        REQUIRE(got == expected);
        if (!chips.isEmpty())
            CHECK(model.themes()[static_cast<std::size_t>(chips.front())].id == QStringLiteral("numerique"));
    }
    CHECK(model.index(0, gui::ProgrammesModel::Themes).data(Qt::ToolTipRole).toString().size() > 0);

    // A reload (the study changed) goes through the testers again.
    session.notifyChanged();
    CHECK(model.rowCount() == 268);
    // The other tree: chips of the secteurs tree.
    chooseTree(view, "secteurs");
    CHECK(model.themes()[static_cast<std::size_t>(model.themeTree())].id == QStringLiteral("secteurs"));
    CHECK(model.treeThemes().size() == 9);
}

TEST_CASE("filters narrow the table and the count line says how many are shown", "[programmes]")
{
    gui::StudySession session;
    REQUIRE(session.open(demoStudy(), nullptr));
    gui::ProgrammesView view(session);
    QAbstractItemModelTester proxyTester(&view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto &filter = view.filterModel();
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    REQUIRE(filter.rowCount() == 268);
    CHECK(view.countText().startsWith(countLine(268, 268)));
    CHECK(view.countText().contains(QStringLiteral("161 mentionnent « Numérique »")));
    auto *reset = view.findChild<QToolButton *>(QStringLiteral("resetFilters"));
    REQUIRE(reset);

    SECTION("size class")
    {
        auto *sizes = combo(view, "sizeClassFilter");
        const int i = sizes->findText(QString::fromUtf8("> 200\u00a0000"));
        REQUIRE(i > 0);
        sizes->setCurrentIndex(i);
        CHECK(filter.rowCount() == 40);
        CHECK(view.countText().startsWith(countLine(40, 268)));
        CHECK(view.countText().contains(QStringLiteral("35 mentionnent")));
        sizes->setCurrentIndex(sizes->findText(QString::fromUtf8("< 50\u00a0000")));
        CHECK(filter.rowCount() == 140);
    }
    SECTION("theme")
    {
        auto *themes = combo(view, "themeFilter");
        choose(themes, QStringLiteral("open_data"));
        CHECK(filter.rowCount() == 24);
        CHECK(view.countText().startsWith(countLine(24, 268)));
        choose(themes, QStringLiteral("numerique"));
        CHECK(filter.rowCount() == 161);
        const int none = themes->findText(QStringLiteral("Aucune mention « Numérique »"));
        REQUIRE(none > 0);
        themes->setCurrentIndex(none);
        CHECK(filter.rowCount() == 268 - 161);
        CHECK(view.countText().contains(QStringLiteral("0 mentionne")));
        // The same choice in the other tree: programmes without any sector.
        chooseTree(view, "secteurs");
        CHECK(themes->currentText() == QStringLiteral("Aucune mention « Secteurs »"));
        const qint64 withSector = scalar(store, "SELECT count(*) FROM programme_theme_counts WHERE theme = 'secteurs'");
        CHECK(filter.rowCount() == 268 - withSector);
        // A theme of the first tree is not offered in the second: back to all.
        chooseTree(view, "numerique");
        choose(themes, QStringLiteral("open_data"));
        chooseTree(view, "secteurs");
        CHECK(themes->currentIndex() == 0);
        CHECK(filter.rowCount() == 268);
    }
    SECTION("department")
    {
        auto *departments = combo(view, "departmentFilter");
        REQUIRE(departments->itemText(0) == QStringLiteral("Tous les départements"));
        const int i = departments->findData(QStringLiteral("69"));
        REQUIRE(i > 0);
        CHECK(departments->itemText(i) == QStringLiteral("69 Rhône"));
        departments->setCurrentIndex(i);
        const qint64 expected = scalar(store,
                                       "SELECT count(*) FROM programmes p JOIN communes c "
                                       "ON c.insee = p.commune WHERE c.department = '69'");
        REQUIRE(expected > 1);
        CHECK(filter.rowCount() == expected);
        CHECK(view.countText().startsWith(countLine(expected, 268)));
        // French order: 2A and 2B between 19 and 21, overseas last.
        QStringList codes;
        for (int k = 1; k < departments->count(); ++k)
            codes << departments->itemData(k).toString();
        const auto at = [&](const char *code) {
            return codes.indexOf(QString::fromLatin1(code));
        };
        if (at("2A") >= 0 && at("21") >= 0)
            CHECK(at("2A") < at("21"));
        CHECK(at("06") < at("13"));
        CHECK(at("13") < at("69"));
    }
    SECTION("year")
    {
        auto *years = combo(view, "yearFilter");
        choose(years, 2014);
        CHECK(filter.rowCount() == 268);
    }
    SECTION("full-text search, typed")
    {
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("programmeSearch"));
        REQUIRE(search);
        std::set<qint64> expected;
        for (const auto id : store.search("open data", 100000))
            expected.insert(id);
        REQUIRE(!expected.empty());
        REQUIRE(expected.size() < 268);
        QTest::keyClicks(search, QStringLiteral("open data"));
        // Debounced: nothing yet, then the result.
        CHECK(filter.rowCount() == 268);
        REQUIRE(QTest::qWaitFor([&] { return filter.rowCount() != 268; }, 3000));
        CHECK(static_cast<std::size_t>(filter.rowCount()) == expected.size());
        for (int r = 0; r < filter.rowCount(); ++r)
            CHECK(expected.count(filter.index(r, 0).data(gui::ProgrammesModel::IdRole).toLongLong()) == 1);
        CHECK(view.countText().startsWith(countLine(static_cast<qint64>(expected.size()), 268)));

        // Combined with a filter: the intersection.
        choose(combo(view, "themeFilter"), QStringLiteral("open_data"));
        CHECK(filter.rowCount() > 0);
        CHECK(filter.rowCount() <= 24);

        // User text is never FTS5 syntax, and an empty box shows everything.
        search->setText(QStringLiteral("\"open AND (data* NEAR"));
        view.applySearch();
        CHECK(view.countText().startsWith(QStringLiteral("0 programme affiché sur")) == (filter.rowCount() == 0));
        reset->click();
        CHECK(search->text().isEmpty());
        CHECK(filter.rowCount() == 268);
        search->setText(QStringLiteral("   "));
        view.applySearch();
        CHECK(filter.rowCount() == 268);

        // A paste of 70 words is refused with a word, and the next search clears it.
        QStringList words;
        for (int i = 0; i < 70; ++i)
            words << QStringLiteral("mot%1").arg(i);
        search->setText(words.join(QLatin1Char(' ')));
        view.applySearch();
        CHECK(filter.rowCount() == 0);
        CHECK(view.countText() == QStringLiteral("La recherche compte 70 mots : elle en prend au plus 64 à la fois."));
        search->setText(QStringLiteral("open data"));
        view.applySearch();
        CHECK(static_cast<std::size_t>(filter.rowCount()) == expected.size());
        CHECK(view.countText().startsWith(countLine(static_cast<qint64>(expected.size()), 268)));
    }
    SECTION("filters together, then all shown again")
    {
        choose(combo(view, "sizeClassFilter"), 2);
        choose(combo(view, "themeFilter"), QStringLiteral("open_data"));
        const qint64 expected = scalar(store,
                                       "SELECT count(*) FROM programmes p JOIN communes c ON c.insee = p.commune "
                                       "JOIN programme_theme_counts t ON t.programme = p.id AND t.theme = 'open_data' "
                                       "WHERE c.population >= 200000");
        CHECK(filter.rowCount() == expected);
        reset->click();
        CHECK(filter.rowCount() == 268);
        CHECK(combo(view, "sizeClassFilter")->currentIndex() == 0);
        CHECK(combo(view, "themeFilter")->currentIndex() == 0);
    }
    SECTION("a new study resets the filters")
    {
        choose(combo(view, "sizeClassFilter"), 2);
        REQUIRE(filter.rowCount() == 40);
        session.notifyChanged(); // same study: kept
        CHECK(filter.rowCount() == 40);
        REQUIRE(session.open(demoStudy(), nullptr)); // opened again: reset
        CHECK(filter.rowCount() == 268);
    }
}

TEST_CASE("sorting is numeric for numbers and French for names", "[programmes]")
{
    gui::StudySession session;
    REQUIRE(session.open(demoStudy(), nullptr));
    gui::ProgrammesView view(session);
    auto &filter = view.filterModel();
    auto words = [&](int r) {
        return view.model().record(filter.mapToSource(filter.index(r, 0)).row()).words;
    };

    // A text sort would put "1 128" before "600": the demo has both widths.
    std::set<std::size_t> widths;
    for (int r = 0; r < filter.rowCount(); ++r)
        widths.insert(std::to_string(words(r)).size());
    REQUIRE(widths.size() > 1);

    view.table()->sortByColumn(gui::ProgrammesModel::Words, Qt::AscendingOrder);
    for (int r = 1; r < filter.rowCount(); ++r)
        REQUIRE(words(r - 1) <= words(r));
    view.table()->sortByColumn(gui::ProgrammesModel::Words, Qt::DescendingOrder);
    for (int r = 1; r < filter.rowCount(); ++r)
        REQUIRE(words(r - 1) >= words(r));
    CHECK(words(0) > words(filter.rowCount() - 1));

    view.table()->sortByColumn(gui::ProgrammesModel::Population, Qt::AscendingOrder);
    auto population = [&](int r) {
        return view.model().record(filter.mapToSource(filter.index(r, 0)).row()).population;
    };
    for (int r = 1; r < filter.rowCount(); ++r)
        REQUIRE(population(r - 1) <= population(r));

    // Names: "Élodie" among the E, not after Z.
    view.table()->sortByColumn(gui::ProgrammesModel::Candidate, Qt::AscendingOrder);
    int firstAccentedE = -1, firstF = -1, lastE = -1;
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QString name = filter.index(r, gui::ProgrammesModel::Candidate).data().toString();
        if (name.startsWith(QChar(0xC9)) && firstAccentedE < 0)
            firstAccentedE = r;
        if (name.startsWith(u'E'))
            lastE = r;
        if (name.startsWith(u'F') && firstF < 0)
            firstF = r;
    }
    REQUIRE(firstAccentedE >= 0);
    REQUIRE(firstF >= 0);
    CHECK(firstAccentedE < firstF);
    if (lastE >= 0)
        CHECK(firstAccentedE < lastE + 40);
}

TEST_CASE("the reader highlights every mention at its stored offsets", "[programmes]")
{
    gui::StudySession session;
    REQUIRE(session.open(demoStudy(), nullptr));
    gui::ProgrammesView view(session);
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    const qint64 id = richestProgramme(store);
    const QString text = QString::fromStdString(store.programmeText(id));

    // Opened as a user does: select the row, press Enter.
    const int row = view.model().rowOfId(id);
    REQUIRE(row >= 0);
    view.table()->setCurrentIndex(view.filterModel().mapFromSource(view.model().index(row, 0)));
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(view.isReaderOpen());
    gui::ReaderWidget *reader = view.reader();
    REQUIRE(reader->programmeId() == id);
    CHECK(reader->textView()->toPlainText() == text);

    for (const char *root : { "numerique", "secteurs" }) {
        INFO(root);
        chooseTree(view, root);
        const auto expected = storedMentions(store, id, root);
        REQUIRE(expected.size() > 3);
        checkHighlights(view, text, expected);
        // The side list: one group per theme, every mention once.
        auto *list = reader->findChild<QTreeWidget *>(QStringLiteral("mentionList"));
        REQUIRE(list);
        std::map<std::string, int> perTheme;
        for (const auto &m : expected)
            ++perTheme[m.theme];
        CHECK(list->topLevelItemCount() == static_cast<int>(perTheme.size()));
        int children = 0;
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            children += list->topLevelItem(g)->childCount();
        CHECK(children == static_cast<int>(expected.size()));
        // A click in the list goes to that mention.
        QTreeWidgetItem *item = list->topLevelItem(list->topLevelItemCount() - 1)->child(0);
        list->setCurrentItem(item);
        REQUIRE(reader->currentMention() >= 0);
        const auto &current = reader->mentions()[static_cast<std::size_t>(reader->currentMention())];
        CHECK(selected(reader->textView()->textCursor()) == codePointSlice(text, current.start, current.end));
        CHECK(item->text(0) == codePointSlice(text, current.start, current.end).simplified());
    }

    // Back to the list, where it was.
    auto *back = reader->findChild<QPushButton *>(QStringLiteral("readerBack"));
    REQUIRE(back);
    back->click();
    CHECK_FALSE(view.isReaderOpen());
    CHECK(view.table()->currentIndex().data(gui::ProgrammesModel::IdRole).toLongLong() == id);
}

TEST_CASE("highlights stay on their words after characters outside the BMP", "[programmes]")
{
    TempDir dir;
    const QString path = dir.file("emoji.vigie");
    // Emoji, a flag (two code points, four UTF-16 units), mathematical letters, CRLF, a form feed.
    const std::vector<std::string> texts = {
        "🚀 Programme 𝔘𝔫𝔦𝔰 2026 😀😀\n\tNous publierons les données en open data 🇫🇷 sur un portail, "
        "et la télémédecine 🏥 arrivera.\fUne ville connectée 𝕍 avec le très haut débit pour tous.",
        "Ligne un 𝄞\r\nNous ouvrirons un tiers-lieu 🎉 et un fab lab.\r\nL'open data 😀 encore, la fibre optique.",
    };
    const auto ids = makeStudy(path, texts);
    gui::StudySession session;
    REQUIRE(session.open(path, nullptr));
    gui::ProgrammesView view(session);
    REQUIRE(view.model().rowCount() == 2);
    auto store = core::CorpusStore::open(path.toStdString());

    for (std::size_t p = 0; p < ids.size(); ++p) {
        INFO("programme " << p + 1);
        const QString text = QString::fromStdString(store.programmeText(ids[p]));
        view.openReader(ids[p]);
        REQUIRE(view.reader()->programmeId() == ids[p]);
        const auto expected = storedMentions(store, ids[p], "numerique");
        REQUIRE(expected.size() >= 3);
        // Mentions after a character outside the BMP are what this test is about.
        const qint64 firstSupplementary = text.toUcs4().indexOf(U'😀');
        REQUIRE(firstSupplementary >= 0);
        CHECK(expected.back().start > firstSupplementary);
        const QStringList got = checkHighlights(view, text, expected);
        CHECK((got.contains(QStringLiteral("open data")) || got.contains(QStringLiteral("données en open data"))));
    }
}

TEST_CASE("previous and next walk the mentions in text order", "[programmes]")
{
    gui::StudySession session;
    REQUIRE(session.open(demoStudy(), nullptr));
    gui::ProgrammesView view(session);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    const qint64 id = richestProgramme(store);
    const QString text = QString::fromStdString(store.programmeText(id));
    view.openReader(id);
    gui::ReaderWidget *reader = view.reader();
    const auto expected = storedMentions(store, id, "numerique");
    const auto n = static_cast<int>(expected.size());
    REQUIRE(n >= 3);
    REQUIRE(static_cast<int>(reader->mentions().size()) == n);
    auto *next = reader->findChild<QPushButton *>(QStringLiteral("nextMention"));
    auto *previous = reader->findChild<QPushButton *>(QStringLiteral("previousMention"));
    REQUIRE(next);
    REQUIRE(previous);
    CHECK(reader->currentMention() == -1);
    CHECK_FALSE(previous->isEnabled());

    auto checkAt = [&](int i) {
        REQUIRE(reader->currentMention() == i);
        const auto &m = expected[static_cast<std::size_t>(i)];
        CHECK(reader->mentions()[static_cast<std::size_t>(i)].start == m.start);
        CHECK(selected(reader->textView()->textCursor()) == codePointSlice(text, m.start, m.end));
    };
    for (int i = 0; i < n; ++i) {
        REQUIRE(next->isEnabled());
        next->click();
        checkAt(i);
    }
    CHECK_FALSE(next->isEnabled());
    reader->nextMention(); // at the last one: stays
    checkAt(n - 1);
    for (int i = n - 2; i >= 0; --i) {
        previous->click();
        checkAt(i);
    }
    CHECK_FALSE(previous->isEnabled());

    // F3 and Shift+F3, as a user presses them in the text.
    QTest::keyClick(reader->textView(), Qt::Key_F3);
    checkAt(1);
    QTest::keyClick(reader->textView(), Qt::Key_F3, Qt::ShiftModifier);
    checkAt(0);

    // From a click in the text: the next mention after the caret.
    QTextCursor caret(reader->textView()->document());
    caret.setPosition(reader->mentions()[2].from - 1);
    reader->textView()->setTextCursor(caret);
    CHECK(reader->currentMention() == -1);
    next->click();
    checkAt(2);
}

TEST_CASE("a reader request from another view opens the programme at the mention", "[programmes]")
{
    IsolatedSettings settings;
    gui::StudySession session;
    gui::MainWindow window(session);
    gui::addViews(window, session);
    REQUIRE(window.openStudy(demoStudy()));
    auto *view = qobject_cast<gui::ProgrammesView *>(window.view(QStringLiteral("programmes")));
    REQUIRE(view);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("dashboard"));
    auto store = core::CorpusStore::open(demoStudy().toStdString());

    // An open_data mention in the middle of a programme (not its first mention).
    auto st = store.database().prepare(
        "SELECT m.programme, m.start, m.end FROM programme_mentions m WHERE m.theme = 'open_data' "
        "AND m.start > (SELECT min(start) FROM programme_mentions f WHERE f.programme = m.programme) "
        "ORDER BY m.start DESC LIMIT 1");
    REQUIRE(st.step());
    const qint64 id = st.columnInt(0), start = st.columnInt(1), end = st.columnInt(2);
    const QString text = QString::fromStdString(store.programmeText(id));

    session.requestReader(id, start, end);
    CHECK(view->isVisibleTo(&window));
    REQUIRE(view->isReaderOpen());
    gui::ReaderWidget *reader = view->reader();
    CHECK(reader->programmeId() == id);
    REQUIRE(reader->currentMention() > 0);
    const auto &m = reader->mentions()[static_cast<std::size_t>(reader->currentMention())];
    CHECK(m.start == start);
    CHECK(m.end == end);
    CHECK(view->model().themes()[static_cast<std::size_t>(m.theme)].id == QStringLiteral("open_data"));
    CHECK(selected(reader->textView()->textCursor()) == codePointSlice(text, start, end));
    CHECK(selected(reader->textView()->textCursor()).compare(QStringLiteral("open data"), Qt::CaseInsensitive) == 0);
    // Scrolled to it: the mention is on screen, though far down the text.
    QCoreApplication::processEvents();
    CHECK(reader->textView()->verticalScrollBar()->value() > 0);
    CHECK(reader->textView()->viewport()->rect().contains(reader->textView()->cursorRect().center()));
    // Échap: back to the table, on that programme.
    QTest::keyClick(reader->textView(), Qt::Key_Escape);
    CHECK_FALSE(view->isReaderOpen());
    CHECK(view->table()->currentIndex().data(gui::ProgrammesModel::IdRole).toLongLong() == id);
    session.requestReader(id, start, end);
    REQUIRE(view->isReaderOpen());

    SECTION("a mention of the other tree shows that tree")
    {
        auto sector = store.database().prepare("SELECT programme, start, end FROM programme_mentions "
                                               "WHERE theme = 'sante_social' ORDER BY programme, start LIMIT 1");
        REQUIRE(sector.step());
        const qint64 sid = sector.columnInt(0), sstart = sector.columnInt(1), send = sector.columnInt(2);
        session.requestReader(sid, sstart, send);
        CHECK(reader->programmeId() == sid);
        CHECK(view->model().themes()[static_cast<std::size_t>(view->model().themeTree())].id
              == QStringLiteral("secteurs"));
        REQUIRE(reader->currentMention() >= 0);
        CHECK(reader->mentions()[static_cast<std::size_t>(reader->currentMention())].start == sstart);
        CHECK(view->findChild<QComboBox *>(QStringLiteral("themeTree"))->currentData().toInt()
              == view->model().themeTree());
    }
    SECTION("a range that is not a mention (a concordance phrase) is selected as it is")
    {
        const qint64 from = 10, to = 25;
        session.requestReader(id, from, to);
        CHECK(reader->currentMention() == -1);
        CHECK(selected(reader->textView()->textCursor()) == codePointSlice(text, from, to));
    }
}

TEST_CASE("a one-megabyte programme opens in the reader with every mention", "[programmes]")
{
    // About 220 demo programmes end to end: a 300-page PDF's worth of text, thousands of mentions.
    // (Its timing is measured by the hidden "[.bench]" test, not asserted here.)
    std::string big;
    {
        auto demo = core::CorpusStore::open(demoStudy().toStdString());
        auto st = demo.database().prepare("SELECT text FROM programmes ORDER BY id");
        while (big.size() < 1'000'000 && st.step())
            big += st.columnText(0) + "\n\n";
    }
    TempDir dir;
    const QString path = dir.file("big.vigie");
    const auto ids = makeStudy(path, { big });
    gui::StudySession session;
    REQUIRE(session.open(path, nullptr));
    gui::ProgrammesView view(session);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.openReader(ids[0]);
    QCoreApplication::processEvents();
    REQUIRE(view.reader()->programmeId() == ids[0]);
    CHECK(view.reader()->mentions().size() > 400);
    // The other tree has thousands of mentions in the same text.
    chooseTree(view, "secteurs");
    QCoreApplication::processEvents();
    CHECK(view.reader()->mentions().size() > 2000);
    const int last = static_cast<int>(view.reader()->mentions().size()) - 1;
    view.reader()->goToMention(last);
    QCoreApplication::processEvents();
    CHECK(view.reader()->currentMention() == last);
}

// Not run by default: the model's load time on a study the size of a national corpus.
TEST_CASE("loading 15,000 programmes", "[.bench]")
{
    TempDir dir;
    const QString path = dir.file("large.vigie");
    {
        // The demo's texts again and again, each made distinct by a last line; their tags too.
        std::vector<std::string> texts;
        auto demo = core::CorpusStore::open(demoStudy().toStdString());
        auto st = demo.database().prepare("SELECT text FROM programmes ORDER BY id");
        while (st.step())
            texts.push_back(st.columnText(0));
        auto store = core::CorpusStore::open(path.toStdString());
        const auto dictionary = core::Dictionary::fromFile(VIGIE_DICTIONARY);
        const auto version = store.useDictionary(dictionary);
        core::Tagger tagger(core::ThemeMatcher::compile(dictionary));
        std::vector<core::TagResult> tags;
        for (const auto &t : texts)
            tags.push_back(tagger.tag(t));
        std::vector<std::string> insee;
        for (const auto &c : gazetteer().communes())
            if (c.population > 20000) {
                store.ensureCommune(c);
                insee.push_back(c.insee);
            }
        core::Transaction tx(store.database());
        for (int i = 0; i < 15000; ++i) {
            const std::size_t k = static_cast<std::size_t>(i) % texts.size();
            core::ProgrammeMeta meta;
            meta.candidate = "Candidat " + std::to_string(i);
            meta.listName = "Liste " + std::to_string(i % 977);
            meta.nuance = "LDIV";
            meta.commune = insee[static_cast<std::size_t>(i) % insee.size()];
            meta.year = 2014 + 6 * (i % 3);
            meta.source = "/corpus/" + std::to_string(i) + ".pdf";
            store.putProgramme(meta, texts[k] + "\n" + std::to_string(i), tags[k], dictionary, version);
        }
        tx.commit();
    }
    gui::StudySession session;
    REQUIRE(session.open(path, nullptr));
    gui::ProgrammesModel model;
    QElapsedTimer timer;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        model.load(session.store());
        std::cout << "ProgrammesModel::load, 15,000 programmes: " << timer.elapsed() << " ms\n";
    }
    REQUIRE(model.rowCount() == 15000);
    gui::ProgrammesView view(session);
    timer.start();
    view.table()->sortByColumn(gui::ProgrammesModel::Candidate, Qt::AscendingOrder);
    std::cout << "sort by candidate: " << timer.elapsed() << " ms\n";
    timer.start();
    view.table()->sortByColumn(gui::ProgrammesModel::Words, Qt::AscendingOrder);
    std::cout << "sort by words: " << timer.elapsed() << " ms\n";
    timer.start();
    view.findChild<QLineEdit *>(QStringLiteral("programmeSearch"))->setText(QStringLiteral("open data"));
    view.applySearch();
    std::cout << "search: " << timer.elapsed() << " ms, " << view.filterModel().rowCount() << " shown\n";
    timer.start();
    choose(combo(view, "themeFilter"), QStringLiteral("open_data"));
    std::cout << "and theme filter: " << timer.elapsed() << " ms, " << view.filterModel().rowCount() << " shown\n";
    timer.start();
    view.findChild<QToolButton *>(QStringLiteral("resetFilters"))->click();
    std::cout << "all again: " << timer.elapsed() << " ms, " << view.filterModel().rowCount() << " shown\n";
    timer.start();
    session.notifyChanged();
    std::cout << "view reload: " << timer.elapsed() << " ms\n";
}

// Not run by default: screenshots of the view at 1280x800 in the window, to look at.
TEST_CASE("screenshots of the programmes view", "[.look]")
{
    IsolatedSettings settings;
    const QString out = qEnvironmentVariable("VIGIE_LOOK_DIR", QStringLiteral("/tmp/look"));
    QDir().mkpath(out);
    gui::StudySession session;
    gui::MainWindow window(session);
    gui::addViews(window, session);
    REQUIRE(window.openStudy(demoStudy()));
    window.resize(1280, 800);
    window.showView(QStringLiteral("programmes"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *view = qobject_cast<gui::ProgrammesView *>(window.view(QStringLiteral("programmes")));
    REQUIRE(view);
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/programmes.png")));

    choose(combo(*view, "themeFilter"), QStringLiteral("open_data"));
    view->findChild<QLineEdit *>(QStringLiteral("programmeSearch"))->setText(QStringLiteral("données"));
    view->applySearch();
    view->table()->sortByColumn(gui::ProgrammesModel::Themes, Qt::DescendingOrder);
    view->table()->selectRow(0);
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/programmes-filtered.png")));

    auto store = core::CorpusStore::open(demoStudy().toStdString());
    view->openReader(richestProgramme(store));
    view->reader()->nextMention();
    view->reader()->nextMention();
    view->reader()->nextMention();
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/reader.png")));

    // Characters outside the BMP before the mentions, in a study of its own.
    TempDir dir;
    const QString path = dir.file("emoji.vigie");
    makeStudy(path,
              { "🚀 Programme 𝔘𝔫𝔦𝔰 2026 😀😀\n\nNous publierons les données en open data 🇫🇷 sur un portail, "
                "et la télémédecine 🏥 arrivera.\n\nUne ville connectée 𝕍 avec le très haut débit pour tous." });
    REQUIRE(window.openStudy(path));
    view->openReader(view->model().record(0).id);
    view->reader()->nextMention();
    view->reader()->nextMention();
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/reader-emoji.png")));
}
