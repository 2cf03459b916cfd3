// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// On real SQLite files in a temporary folder.
#include "analysis/ReportData.h"
#include "storage/CorpusStore.h"
#include "storage/Schema.h"
#include "storage/SearchTokenizer.h"
#include "storage/Sha256.h"
#include "tagging/Tagger.h"
#include "text/Folding.h"
#include "text/Tokenizer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

// A fresh folder per test, removed afterwards.
struct TempDir
{
    fs::path path;
    TempDir()
    {
        path = fs::temp_directory_path() / ("vigie-test-" + std::to_string(std::random_device {}()));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

struct Tagging
{
    Dictionary dict = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::shared_ptr<const ThemeMatcher> matcher = ThemeMatcher::compile(dict);
    Tagger tagger { matcher };
};

CorpusStore::PutResult put(CorpusStore &store, Tagging &t, const std::string &text, ProgrammeMeta meta = {})
{
    const auto version = store.useDictionary(t.dict);
    Transaction tx(store.database());
    const auto r = store.putProgramme(meta, text, t.tagger.tag(text), t.dict, version);
    tx.commit();
    return r;
}

} // namespace

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[storage][sha256]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(sha256Hex(std::string(55, 'x')) != sha256Hex(std::string(56, 'x'))); // padding boundary
}

TEST_CASE("a new study is created at the latest schema version with WAL", "[storage][schema]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    CHECK(Schema::version(store.database()) == Schema::kLatest);
    CHECK(store.backupPath().empty());
    auto mode = store.database().prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.columnText(0) == "wal");
    CHECK(store.database().scalarInt("PRAGMA foreign_keys") == 1);
}

TEST_CASE("an older study is backed up, then upgraded with its data", "[storage][schema]")
{
    TempDir dir;
    const std::string path = dir.file("ancienne.vigie");
    {
        // A version-1 study (before the search index) with one programme in it.
        Database db = Database::open(path);
        Schema::migrate(db, 1);
        db.exec("INSERT INTO programmes(content_hash, text, words, imported_at, updated_at) "
                "VALUES ('h1', 'Les données ouvertes de la ville', 6, 'x', 'x')");
    }
    auto store = CorpusStore::open(path);
    CHECK(Schema::version(store.database()) == Schema::kLatest);
    REQUIRE_FALSE(store.backupPath().empty());
    CHECK(store.backupPath() == path + ".v1.bak");
    // The backup is the version-1 file, untouched.
    Database backup = Database::open(store.backupPath(), Database::Mode::ReadOnly);
    CHECK(Schema::version(backup) == 1);
    CHECK(backup.scalarInt("SELECT count(*) FROM programmes") == 1);
    // The upgrade built the search index from the programmes already there.
    CHECK(store.search("donnée ouverte").size() == 1);
}

TEST_CASE("a document's rows are found through indexes that lead with the document", "[storage][schema]")
{
    // Clearing a programme's counts once scanned every programme's rows (the primary key leads
    // with the dictionary version and the theme): imports slowed down as the study grew.
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    for (const std::string table :
         { "programme_theme_counts", "programme_mentions", "project_theme_counts", "project_mentions" }) {
        const std::string column = table.substr(0, table.find('_'));
        auto plan = store.database().prepare("EXPLAIN QUERY PLAN DELETE FROM " + table
                                             + " WHERE dictionary_version = 1 AND " + column + " = 7");
        std::string detail;
        while (plan.step())
            detail += plan.columnText(3) + "\n";
        INFO(table << ": " << detail);
        CHECK_THAT(detail, Catch::Contains(" INDEX " + column + "_") && Catch::Contains("(" + column + "=?"));
    }
}

TEST_CASE("a study from a newer Vigie is refused and left byte for byte as it was", "[storage][schema]")
{
    TempDir dir;
    const std::string path = dir.file("future.vigie");
    {
        Database db = Database::open(path);
        db.exec("CREATE TABLE future(x); PRAGMA user_version = 99");
    }
    std::ifstream before(path, std::ios::binary);
    const std::string bytesBefore((std::istreambuf_iterator<char>(before)), {});
    CHECK_THROWS_WITH(CorpusStore::open(path),
                      Catch::Contains("written by a newer version of Vigie (database version 99")
                          && Catch::Contains("has not been changed"));
    std::ifstream after(path, std::ios::binary);
    const std::string bytesAfter((std::istreambuf_iterator<char>(after)), {});
    CHECK(bytesAfter == bytesBefore);
    // Not switched to WAL either: bytes 18 and 19 of the header say 1 (rollback journal), not 2.
    REQUIRE(bytesAfter.size() > 19);
    CHECK(bytesAfter[18] == 1);
    CHECK(bytesAfter[19] == 1);
    CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("opening an existing study never creates one", "[storage][schema]")
{
    TempDir dir;
    const std::string missing = dir.file("absente.vigie");
    CHECK_THROWS_AS(CorpusStore::open(missing, CorpusStore::Opening::Existing), StudyMissing);
    CHECK_FALSE(fs::exists(missing));

    const std::string empty = dir.file("vide.vigie");
    std::ofstream(empty).close();
    CHECK_THROWS_WITH(CorpusStore::open(empty, CorpusStore::Opening::Existing),
                      Catch::Contains("vide.vigie: an empty file, not a Vigie study")
                          && Catch::Contains("not changed"));
    CHECK(fs::file_size(empty) == 0);

    // A folder or a FIFO given as a study: refused at once (opening a FIFO would block for ever).
    CHECK_THROWS_WITH(CorpusStore::open(dir.path.string(), CorpusStore::Opening::Existing),
                      Catch::Contains("not a regular file"));
    const std::string fifo = dir.file("tube.vigie");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(CorpusStore::open(fifo, CorpusStore::Opening::Existing), Catch::Contains("not a regular file"));

    // Creating is asked for by name; the study then opens as an existing one.
    const std::string made = dir.file("nouvelle.vigie");
    CorpusStore::open(made, CorpusStore::Opening::CreateIfMissing);
    CHECK_NOTHROW(CorpusStore::open(made, CorpusStore::Opening::Existing));
}

TEST_CASE("files that are not studies are refused without change", "[storage][schema]")
{
    TempDir dir;
    const std::string text = dir.file("notes.vigie");
    const std::string content = "ceci n'est pas une base de données, mais un texte assez long pour SQLite ......\n";
    std::ofstream(text) << content;
    CHECK_THROWS_WITH(CorpusStore::open(text), Catch::Contains("not a Vigie study"));
    std::ifstream in(text, std::ios::binary);
    CHECK(std::string((std::istreambuf_iterator<char>(in)), {}) == content);
    const std::string other = dir.file("autre.sqlite");
    {
        Database db = Database::open(other);
        db.exec("CREATE TABLE clients(nom TEXT)");
    }
    CHECK_THROWS_WITH(CorpusStore::open(other), Catch::Contains("not a Vigie study"));
}

TEST_CASE("a study holding a trigger or a view Vigie did not write is refused unchanged", "[storage][schema]")
{
    TempDir dir;
    const std::string path = dir.file("partagee.vigie");
    {
        auto store = CorpusStore::open(path);
        Tagging t;
        put(store, t, "Un programme avec des données ouvertes.");
        put(store, t, "Un autre programme, sans rien de numérique.");
    }
    const auto bytes = [&] {
        std::ifstream in(path, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), {});
    };
    const auto hostile = [&](const std::string &sql) {
        Database db = Database::open(path);
        db.exec(sql);
    };
    // A study as someone could send it: the next import would delete every other programme.
    hostile("CREATE TRIGGER menage AFTER INSERT ON programmes BEGIN DELETE FROM programmes WHERE id <> new.id; END");
    const std::string before = bytes();
    CHECK_THROWS_WITH(CorpusStore::open(path),
                      Catch::Contains("partagee.vigie: this study holds a trigger \"menage\" that Vigie did not write")
                          && Catch::Contains("has not been changed") && Catch::Contains("DROP TRIGGER \"menage\""));
    CHECK(bytes() == before);
    hostile("DROP TRIGGER menage");
    CHECK_NOTHROW(CorpusStore::open(path));

    hostile("CREATE VIEW apercu AS SELECT id FROM programmes");
    CHECK_THROWS_WITH(CorpusStore::open(path), Catch::Contains("holds a view \"apercu\""));
    hostile("DROP VIEW apercu");

    // Vigie's own trigger, rewritten: refused too, and not to be dropped (search needs it).
    hostile("DROP TRIGGER programmes_search_delete; CREATE TRIGGER programmes_search_delete AFTER DELETE ON "
            "programmes BEGIN DELETE FROM programme_mentions; END");
    CHECK_THROWS_WITH(CorpusStore::open(path),
                      Catch::Contains("holds a changed trigger \"programmes_search_delete\"")
                          && !Catch::Contains("DROP TRIGGER"));
}

TEST_CASE("programmes are stored with mentions and counts, once per text", "[storage][programmes]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    Tagging t;
    store.ensureCommune({ "69123", "Lyon", "69", "84", 519127 });
    ProgrammeMeta meta;
    meta.candidate = "Camille Martin";
    meta.commune = "69123";
    meta.year = 2020;
    const auto first = put(store, t, "L'open data et la smart city pour Lyon.", meta);
    CHECK(first.created);
    CHECK(store.programmeCount() == 1);
    auto &db = store.database();
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions") == 2);
    CHECK(db.scalarInt("SELECT total FROM programme_theme_counts WHERE theme = 'numerique'") == 2);
    CHECK(db.scalarInt("SELECT own FROM programme_theme_counts WHERE theme = 'numerique'") == 0);
    CHECK(db.scalarInt("SELECT start FROM programme_mentions WHERE theme = 'open_data'") == 2);

    // The same text again: metadata updated, nothing duplicated.
    meta.candidate = "Camille Martin-Durand";
    meta.elected = true;
    const auto again = put(store, t, "L'open data et la smart city pour Lyon.", meta);
    CHECK_FALSE(again.created);
    CHECK(again.id == first.id);
    CHECK(store.programmeCount() == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions") == 2);
    const auto stored = store.programme(first.id);
    REQUIRE(stored);
    CHECK(stored->meta.candidate == "Camille Martin-Durand");
    CHECK(stored->meta.elected == true);
    CHECK(stored->meta.commune == "69123");
    CHECK(stored->words == 8);
}

TEST_CASE("a failed write inside a transaction leaves the study as it was", "[storage][transactions]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    Tagging t;
    put(store, t, "Premier programme numérique.");
    try {
        Transaction tx(store.database());
        ProgrammeMeta meta;
        meta.commune = "99999"; // no such commune: the foreign key fails
        store.putProgramme(meta, "Deuxième programme.", t.tagger.tag(std::string("Deuxième programme.")), t.dict,
                           store.currentDictionaryVersion());
        tx.commit();
        FAIL("the foreign key should have failed");
    } catch (const StorageError &e) {
        CHECK_THAT(e.what(), Catch::Contains("FOREIGN KEY"));
    }
    CHECK(store.programmeCount() == 1);
    CHECK(store.search("deuxième").empty());
}

TEST_CASE("dictionary versions are stored once and the current one is remembered", "[storage][dictionary]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    const auto dict = Dictionary::fromFile(VIGIE_DICTIONARY);
    const auto v1 = store.useDictionary(dict);
    CHECK(store.useDictionary(dict) == v1);
    auto changed = dict;
    changed.setVersion("2026.2-test");
    const auto v2 = store.useDictionary(changed);
    CHECK(v2 != v1);
    CHECK(store.currentDictionaryVersion() == v2);
    CHECK(store.dictionary(v2).version() == "2026.2-test");
    CHECK(store.dictionary(v1).fingerprint() == dict.fingerprint());
}

TEST_CASE("one dictionary version name holds one content", "[storage][dictionary]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    const auto dict = Dictionary::fromFile(VIGIE_DICTIONARY);
    const auto v1 = store.useDictionary(dict);
    auto edited = dict; // other content, same version name
    edited.themes().front().description += " (modifié)";
    REQUIRE(edited.fingerprint() != dict.fingerprint());
    CHECK(store.versionNameTaken(edited));
    CHECK_FALSE(store.versionNameTaken(dict));
    try {
        store.useDictionary(edited);
        FAIL("a second content under the same version name must be refused");
    } catch (const DictionaryVersionTaken &e) {
        CHECK(e.version() == dict.version());
        CHECK_THAT(e.what(), Catch::Contains("etude.vigie") && Catch::Contains(dict.version()));
    }
    CHECK(store.currentDictionaryVersion() == v1);
    CHECK(store.database().scalarInt("SELECT count(*) FROM dictionary_versions") == 1);
    edited.setVersion(dict.version() + "-1");
    CHECK_FALSE(store.versionNameTaken(edited));
    CHECK(store.useDictionary(edited) != v1);
}

TEST_CASE("a programme's stored mentions are read back in text order", "[storage][programmes]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    Tagging t;
    const auto version = store.useDictionary(t.dict);
    const std::string text = "La télémédecine, puis l'open data et le très haut débit.";
    const auto id = put(store, t, text).id;
    const auto mentions = store.programmeMentions(id, version);
    // Both trees: télémédecine is e-health and health and social care.
    std::vector<std::string> themes;
    for (const auto &m : mentions)
        themes.push_back(m.theme);
    CHECK(themes == std::vector<std::string> { "e_sante", "sante_social", "open_data", "tres_haut_debit" });
    for (std::size_t i = 1; i < mentions.size(); ++i)
        CHECK(mentions[i - 1].start <= mentions[i].start);
    CHECK(mentions[2].start == 24); // "open data", in code points of the text
    CHECK(mentions[2].end == 33);
    CHECK(store.programmeMentions(id, version + 1).empty());
}

TEST_CASE("search folds like the tagger and never lets the user's text act as FTS syntax", "[storage][search]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    Tagging t;
    const auto a = put(store, t, "Nous ouvrirons les données publiques et l'OpenData de la métropole.").id;
    const auto b = put(store, t, "La ville connectée, avec des capteurs NEAR les écoles.").id;
    put(store, t, "Rénover l'école Jules-Ferry.");
    CHECK(store.search("donnée") == std::vector<std::int64_t> { a });
    CHECK(store.search("DONNEES PUBLIQUES") == std::vector<std::int64_t> { a });
    CHECK(store.search("open data") == std::vector<std::int64_t> { a });
    CHECK(store.search("\"ville connectée\"") == std::vector<std::int64_t> { b });
    CHECK(store.search("\"connectée ville\"").empty()); // a phrase keeps its order
    CHECK(store.search("Metropole").size() == 1);
    // Hostile or odd input: no error, no injection.
    for (const char *q : { "NEAR(ville connectée)", "\"", "capteurs OR école", "text:ville", "ville*", "^ville", "((",
                           "\"\"\"", "AND", "-ville", "ville NOT école", "'; DROP TABLE programmes; --" }) {
        INFO(q);
        CHECK_NOTHROW(store.search(q));
    }
    CHECK(store.search("NEAR").size() == 1); // the word NEAR is just a word
    CHECK(store.search("capteurs OR école").empty()); // "or" is a word too: no programme has all three
    CHECK(store.search("'; DROP TABLE programmes; --").empty());
    CHECK(store.programmeCount() == 3);
    CHECK(searchExpression("l'open \"ville connectée\"") == "\"open\" \"ville connectée\"");
    CHECK(searchExpression("  ;; ").empty());
}

TEST_CASE("a search counts a repeated word once and refuses more than 64 words", "[storage][search]")
{
    TempDir dir;
    auto store = CorpusStore::open(dir.file("etude.vigie"));
    Tagging t;
    const auto a = put(store, t, "Nous ouvrirons les données publiques et l'OpenData de la métropole.").id;
    // 10,000 times the same word took 13 s: FTS5's time grows with the square of a query's terms.
    std::string repeated;
    for (int i = 0; i < 10000; ++i)
        repeated += "données ";
    CHECK(searchExpression(repeated) == "\"données\"");
    CHECK(store.search(repeated) == std::vector<std::int64_t> { a });
    CHECK(searchExpression("open \"données publiques\" open \"données publiques\"")
          == "\"open\" \"données publiques\"");

    std::string words; // 64 different words: searched
    for (int i = 0; i < kMaxSearchWords; ++i)
        words += "mot" + std::to_string(i) + " ";
    CHECK_NOTHROW(store.search(words));
    words += "un-de-plus";
    CHECK_THROWS_AS(searchExpression(words), SearchTooLong);
    CHECK_THROWS_WITH(store.search(words), "the search has 67 words; at most 64 are searched at once");
    // A phrase counts its words.
    std::string phrase = "\"";
    for (int i = 0; i < 65; ++i)
        phrase += "mot" + std::to_string(i) + " ";
    CHECK_THROWS_AS(store.search(phrase + "\""), SearchTooLong);
}

TEST_CASE("tokens prepared from the tagger's are the ones the index tokenizer makes", "[storage][search]")
{
    const std::string text
        = "L’#OpenData, l´e-santé ! 📱 Les données\u00A0publiques ; numé\u00ADrique, ŒUVRE à 50\u202F000.";
    const auto units = fromUtf8(text);
    Tokenizer tokenizer;
    std::vector<Token> tokens;
    tokenizer.tokenize(units, tokens);
    PreparedSearchTokens prepared;
    prepareSearchTokens(text, units, tokens, prepared);
    std::vector<std::string> keys;
    for (const auto &e : prepared.entries) {
        const std::string key
            = prepared.keys.substr(static_cast<std::size_t>(e.keyOffset), static_cast<std::size_t>(e.keyLength));
        keys.push_back(key);
        // Each byte range holds exactly the word that folds to its key.
        CHECK(searchKeys(
                  text.substr(static_cast<std::size_t>(e.byteStart), static_cast<std::size_t>(e.byteEnd - e.byteStart)))
              == std::vector<std::string> { key });
    }
    CHECK(keys == searchKeys(text));
    CHECK(keys.size() == 12);
}

TEST_CASE("a study setting that should be a number and is not names the study and the value", "[storage]")
{
    TempDir dir;
    const std::string path = dir.file("etude.vigie");
    auto store = CorpusStore::open(path);
    CHECK_FALSE(store.settingNumber("demo.candidates").has_value());
    CHECK(store.currentDictionaryVersion() == 0);
    store.setSetting("demo.candidates", "527");
    CHECK(store.settingNumber("demo.candidates") == 527);

    // std::stoll said "stoll" (or "invalid_argument"), and took "3x" for 3.
    for (const std::string damaged : { "trois", "3x", "99999999999999999999999" }) {
        store.setSetting("dictionary_version", damaged);
        try {
            store.currentDictionaryVersion();
            FAIL("a damaged setting was read as a version: " << damaged);
        } catch (const StorageError &e) {
            CHECK(std::string(e.what())
                  == path + ": the study's setting \"dictionary_version\" is \"" + damaged
                      + "\", not a whole number: the study is damaged");
        }
    }
    store.useDictionary(Dictionary::fromFile(VIGIE_DICTIONARY));
    store.setSetting("demo.candidates", "99999999999999999999999");
    CHECK_THROWS_WITH(collectReport(store, {}), Catch::Contains("\"demo.candidates\" is \"99999999999999999999999\""));
}
