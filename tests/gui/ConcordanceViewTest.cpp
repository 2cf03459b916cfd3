// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The concordance view on the demo study: its lines are the stored mentions, aligned and sorted
// as core sorts them, filtered by the dashboard's groups; double-click asks for the reader; the
// CSV holds what the table shows.
#include "gui/concordance/ConcordanceView.h"
#include "GuiTestSupport.h"
#include "analysis/Crosstab.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/ChartView.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceModel.h"
#include "storage/CorpusStore.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::TempDir;

// The demo study, built once for the file's tests.
struct Fixture
{
    gui::StudySession session;
    std::unique_ptr<gui::ConcordanceView> view;
    Fixture()
    {
        QString error;
        REQUIRE(session.open(demoStudy(), &error));
        view = std::make_unique<gui::ConcordanceView>(session);
    }
    void run()
    {
        QSignalSpy finished(view.get(), &gui::ConcordanceView::searchFinished);
        view->search();
        REQUIRE(finished.wait(30000));
        REQUIRE_FALSE(view->isBusy());
    }
    std::int64_t scalar(const std::string &sql) { return session.store().database().scalarInt(sql).value_or(-1); }
    std::int64_t version() { return session.store().currentDictionaryVersion(); }
};

// core's sort key for a right context (Concordance.cpp): folded words, punctuation ignored.
std::string rightKey(const std::string &context)
{
    const std::u16string folded = core::foldToken(core::fromUtf8(context));
    std::u16string key;
    bool inWord = false;
    for (char16_t c : folded) {
        if (u_isalnum(c)) {
            key.push_back(c);
            inWord = true;
        } else if (inWord) {
            key.push_back(u'\x01');
            inWord = false;
        }
    }
    if (inWord)
        key.push_back(u'\x01');
    return core::toUtf8(key);
}

// A ";" CSV line as writeTableCsv writes it (quoted when needed).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

struct WarningCounter
{
    static inline int failures = 0;
    static void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("FAIL")))
            ++failures;
    }
};

} // namespace

TEST_CASE("the concordance model passes QAbstractItemModelTester", "[concordance]")
{
    Fixture f;
    WarningCounter::failures = 0;
    const QtMessageHandler previous = qInstallMessageHandler(&WarningCounter::handler);
    {
        QAbstractItemModelTester tester(f.view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
        f.view->setThemeQuery(QStringLiteral("numerique"));
        f.run();
        CHECK(f.view->model()->rowCount() > 0);
        f.view->setPhraseQuery(QStringLiteral("données ouvertes")); // one column fewer
        f.run();
        CHECK(f.view->model()->columnCount() == gui::ConcordanceModel::CommuneColumn + 1);
    }
    qInstallMessageHandler(previous);
    CHECK(WarningCounter::failures == 0);
}

TEST_CASE("a theme's concordance holds every stored mention of it", "[concordance]")
{
    Fixture f;
    f.view->setThemeQuery(QStringLiteral("open_data"));
    f.run();
    auto *model = f.view->model();
    const auto stored = f.scalar("SELECT count(*) FROM programme_mentions WHERE theme = 'open_data' AND "
                                 "dictionary_version = "
                                 + std::to_string(f.version()));
    REQUIRE(stored > 0);
    CHECK(model->rowCount() == stored);
    CHECK(model->programmeCount() == 24);
    const QLocale locale;
    CHECK(f.view->countText()
          == QStringLiteral("%1 occurrences dans 24 programmes").arg(locale.toString(static_cast<qlonglong>(stored))));
    REQUIRE(model->columnCount() == gui::ConcordanceModel::TermColumn + 1);
    // Each line is its mention: the matched text sits at its offsets in the programme.
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto &line = model->line(r);
        CHECK(line.theme == "open_data");
        CHECK_FALSE(line.term.empty());
        const QString text = QString::fromStdString(f.session.store().programmeText(line.programme));
        const std::u32string cps = text.toStdU32String();
        CHECK(QString::fromStdU32String(
                  cps.substr(static_cast<std::size_t>(line.start), static_cast<std::size_t>(line.end - line.start)))
              == QString::fromStdString(line.match));
    }
    // Contexts cut by core mid-text lose the cut word and say so; those reaching a document's edge
    // are whole.
    int cut = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto &line = model->line(r);
        const QString left = model->index(r, gui::ConcordanceModel::LeftColumn).data().toString();
        const QString right = model->index(r, gui::ConcordanceModel::RightColumn).data().toString();
        const QString rawLeft = QString::fromStdString(line.left);
        if (rawLeft.toStdU32String().size() == 60) {
            ++cut;
            REQUIRE(left.startsWith(QStringLiteral("…")));
            CHECK(rawLeft.simplified().endsWith(left.mid(1)));
            if (!rawLeft[0].isSpace() && rawLeft.trimmed().contains(QLatin1Char(' ')))
                CHECK_FALSE(rawLeft.simplified().startsWith(left.mid(1))); // the cut word went
        } else {
            CHECK(left == rawLeft.simplified());
        }
        if (QString::fromStdString(line.right).toStdU32String().size() == 60)
            CHECK(right.endsWith(QStringLiteral("…")));
    }
    CHECK(cut > 0);
    // Aligned on the match: left context right-aligned, match and right context left-aligned.
    const auto align = [&](int column) {
        return model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask;
    };
    CHECK(align(gui::ConcordanceModel::LeftColumn) == Qt::AlignRight);
    CHECK(align(gui::ConcordanceModel::MatchColumn) == Qt::AlignLeft);
    CHECK(align(gui::ConcordanceModel::RightColumn) == Qt::AlignLeft);
    CHECK(model->index(0, gui::ConcordanceModel::MatchColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model->index(0, gui::ConcordanceModel::MatchColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
}

TEST_CASE("sorting by right context orders lines by their right context", "[concordance]")
{
    Fixture f;
    f.view->setThemeQuery(QStringLiteral("numerique"));
    f.view->setSort(core::ConcordanceQuery::Sort::Right);
    f.run();
    auto *model = f.view->model();
    REQUIRE(model->rowCount() > 100);
    int out = 0;
    for (int r = 1; r < model->rowCount(); ++r)
        if (rightKey(model->line(r - 1).right) > rightKey(model->line(r).right))
            ++out;
    CHECK(out == 0);
    // Not document order any more.
    bool documentOrder = true;
    for (int r = 1; r < model->rowCount() && documentOrder; ++r)
        documentOrder = model->line(r - 1).programme <= model->line(r).programme;
    CHECK_FALSE(documentOrder);
}

TEST_CASE("the group filter keeps the lines of that group's programmes only", "[concordance]")
{
    Fixture f;
    f.view->setThemeQuery(QStringLiteral("numerique"));
    f.run();
    const int all = f.view->model()->rowCount();
    REQUIRE(f.view->setGroupFilter(1, QStringLiteral("ge200k"))); // city size, 3 classes: > 200 000
    CHECK(f.view->findChild<QComboBox *>(QStringLiteral("groupValue"))
              ->currentText()
              .startsWith(QStringLiteral("> 200")));
    f.run();
    auto *model = f.view->model();
    const std::string big = "SELECT p.id FROM programmes p JOIN communes c ON c.insee = p.commune "
                            "WHERE c.population >= 200000";
    std::set<std::int64_t> bigIds;
    auto st = f.session.store().database().prepare(big);
    while (st.step())
        bigIds.insert(st.columnInt(0));
    REQUIRE_FALSE(bigIds.empty());
    REQUIRE(model->rowCount() > 0);
    CHECK(model->rowCount() < all);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(bigIds.count(model->line(r).programme) == 1);
    CHECK(f.view->countText().endsWith(QStringLiteral("Taille de commune (3 classes) : > 200\u00A0000")));

    // The same lines as the unfiltered query restricted by hand.
    f.view->setGroupFilter(0);
    f.run();
    int inBig = 0;
    for (int r = 0; r < f.view->model()->rowCount(); ++r)
        inBig += static_cast<int>(bigIds.count(f.view->model()->line(r).programme));
    f.view->setGroupFilter(1, QStringLiteral("ge200k"));
    f.run();
    CHECK(f.view->model()->rowCount() == inBig);
}

TEST_CASE("the concordance's groups are the dashboard's", "[concordance]")
{
    Fixture f;
    auto &store = f.session.store();
    const auto programmes = core::readProgrammeFacts(store, core::SizeClasses::standard());
    REQUIRE(programmes.size() == 268);
    for (const auto by : { core::Grouping::SizeClass, core::Grouping::Department, core::Grouping::Region,
                           core::Grouping::Nuance, core::Grouping::Year, core::Grouping::Elected }) {
        for (const auto &sizes : { core::SizeClasses::standard(), core::SizeClasses::insee() }) {
            core::CrosstabOptions o;
            o.by = by;
            o.sizes = sizes;
            o.themes = { "numerique" };
            o.withTests = false;
            const auto result = core::crosstab(store, o);
            std::map<std::string, std::int64_t> counted;
            const auto groups = core::programmeGroups(store, o);
            for (const auto &[id, key] : groups)
                ++counted[key];
            const auto ungrouped = static_cast<std::int64_t>(programmes.size() - groups.size());
            INFO(core::groupingName(by));
            CHECK(counted.size() == result.rows.size());
            for (const auto &row : result.rows) {
                INFO(row.key);
                CHECK(counted[row.key] == row.programmes);
            }
            CHECK(ungrouped == result.ungrouped);
        }
    }
}

TEST_CASE("a phrase query finds the phrase with the tagger's rules", "[concordance]")
{
    Fixture f;
    f.view->setPhraseQuery(QStringLiteral("données ouvertes"));
    f.run();
    auto *model = f.view->model();
    REQUIRE(model->rowCount() > 0);
    CHECK(model->columnCount() == gui::ConcordanceModel::CommuneColumn + 1); // no dictionary term
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString folded
            = QString::fromStdString(core::toUtf8(core::foldToken(core::fromUtf8(model->line(r).match))));
        CHECK(folded.startsWith(QStringLiteral("donnee")));
        CHECK(folded.contains(QStringLiteral("ouverte")));
        CHECK(model->line(r).theme.empty());
    }
    f.view->setPhraseQuery(QStringLiteral("   "));
    QSignalSpy finished(f.view.get(), &gui::ConcordanceView::searchFinished);
    f.view->search();
    CHECK(finished.isEmpty());
    CHECK(f.view->countText() == QStringLiteral("Tapez un mot ou une expression."));
}

TEST_CASE("cancel drops the running query's result", "[concordance]")
{
    Fixture f;
    f.view->setThemeQuery(QStringLiteral("numerique"));
    QSignalSpy finished(f.view.get(), &gui::ConcordanceView::searchFinished);
    f.view->search();
    CHECK(f.view->isBusy());
    f.view->cancel();
    CHECK(finished.size() == 1);
    CHECK_FALSE(f.view->isBusy());
    CHECK(f.view->countText() == QStringLiteral("Recherche annulée."));
    QTest::qWait(1500); // the worker ends and posts its result, which must be dropped
    CHECK(f.view->model()->rowCount() == 0);
    CHECK(finished.size() == 1);
}

TEST_CASE("double-clicking a line asks for the reader at that mention", "[concordance]")
{
    Fixture f;
    f.view->resize(1280, 800);
    f.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.view.get()));
    f.view->setThemeQuery(QStringLiteral("open_data"));
    f.run();
    QTableView *table = f.view->table();
    REQUIRE(table->model()->rowCount() > 3);
    QSignalSpy reader(&f.session, &gui::StudySession::readerRequested);
    const QModelIndex index = table->model()->index(2, gui::ConcordanceModel::MatchColumn);
    const QRect rect = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(reader.size() == 1);
    const auto &line = f.view->model()->line(2);
    CHECK(reader[0][0].toLongLong() == line.programme);
    CHECK(reader[0][1].toLongLong() == line.start);
    CHECK(reader[0][2].toLongLong() == line.end);
}

TEST_CASE("the CSV export writes the table's lines with their offsets", "[concordance]")
{
    Fixture f;
    f.view->setThemeQuery(QStringLiteral("open_data"));
    f.view->setSort(core::ConcordanceQuery::Sort::Left);
    f.run();
    auto *model = f.view->model();
    TempDir dir;
    const QString path = QString::fromStdString((dir.dir / "kwic.csv").string());
    QString error;
    REQUIRE(f.view->exportCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    REQUIRE(lines.size() == model->rowCount() + 1);
    const QStringList header = csvFields(lines[0]);
    const int columns = model->columnCount();
    // + theme, programme id, INSEE code, start, end, and (the demo is synthetic) the data's warning
    REQUIRE(header.size() == columns + 6);
    for (int c = 0; c < columns; ++c)
        CHECK(header[c] == model->headerData(c, Qt::Horizontal).toString());
    CHECK(header.mid(columns)
          == QStringList { QStringLiteral("Thème"), QStringLiteral("Programme n°"), QStringLiteral("Code INSEE"),
                           QStringLiteral("Début"), QStringLiteral("Fin"), QStringLiteral("données") });
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStringList fields = csvFields(lines[r + 1]);
        REQUIRE(fields.size() == header.size());
        for (int c = 0; c < columns; ++c)
            CHECK(fields[c] == model->index(r, c).data().toString());
        const auto &line = model->line(r);
        CHECK(fields[columns] == QStringLiteral("open_data"));
        CHECK(fields[columns + 5].startsWith(QStringLiteral("DONNÉES FICTIVES")));
        CHECK(fields[columns + 1].toLongLong() == line.programme);
        CHECK(fields[columns + 3].toLongLong() == line.start);
        CHECK(fields[columns + 4].toLongLong() == line.end);
    }
}

TEST_CASE("look at the concordance", "[.look]")
{
    Fixture f;
    f.view->resize(1280, 800);
    f.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.view.get()));
    f.view->setThemeQuery(QStringLiteral("numerique"));
    f.run();
    QTest::qWait(300);
    QDir().mkpath(QStringLiteral("/tmp/look"));
    CHECK(f.view->grab().save(QStringLiteral("/tmp/look/concordance.png")));
    // A word, sorted by left context, in the big cities, at the width the window gives the view.
    f.view->resize(1110, 760);
    f.view->setPhraseQuery(QStringLiteral("numérique"));
    f.view->setSort(core::ConcordanceQuery::Sort::Left);
    REQUIRE(f.view->setGroupFilter(1, QStringLiteral("ge200k")));
    f.run();
    QTest::qWait(300);
    CHECK(f.view->grab().save(QStringLiteral("/tmp/look/concordance-phrase.png")));
}
