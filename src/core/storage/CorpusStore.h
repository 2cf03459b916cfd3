// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderedWorkers.h"
#include "Progress.h"
#include "gazetteer/Gazetteer.h"
#include "import/DocumentKind.h"
#include "storage/Database.h"
#include "tagging/Dictionary.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

struct TagResult;

// What an analyst knows about a programme besides its text.
struct ProgrammeMeta
{
    std::string candidate;
    std::string listName;
    std::string nuance; // political nuance, as the Ministry of the Interior codes it or free text
    std::string commune; // INSEE code (resolved), empty when unknown
    std::optional<std::int64_t> year;
    std::optional<std::int64_t> round;
    std::optional<bool> elected;
    std::string source; // where the text came from: a path or a URL
    std::string format; // txt, md, html, pdf, docx, odt
    std::string encoding; // of the original file: UTF-8, windows-1252...
    // The list's panel number: with the year, round and commune it names the list the document
    // belongs to (docs/database.md, "Lists").
    std::optional<std::int64_t> panel;
    std::optional<DocumentKind> kind; // unset: a programme when new, unchanged when known
    // The pages OCR read ("1,3-4": pagesText()), empty when none, and Tesseract's mean
    // confidence over them (0 to 100). What the text was read from: always written.
    std::string ocrPages;
    std::optional<double> ocrConfidence;
};

// A barometer project: what a city does, as an observatory records it.
struct ProjectMeta
{
    std::string commune; // INSEE code, empty when unknown
    std::string title;
    std::string description;
    std::string category; // as declared by the barometer
    std::string maturity; // stage: idée, étude, déploiement, en service...
    std::optional<std::int64_t> year;
    std::optional<double> budget;
    std::string partners;
    std::string source;
};

// A mention as the study stores it: offsets in code points of the programme's (NFC) text.
struct StoredMention
{
    std::string theme;
    std::int64_t term = 0; // index in the theme's terms; -1 for a rule's mention
    std::int64_t rule = -1; // index in the theme's rules, or -1
    std::int64_t start = 0;
    std::int64_t end = 0;
};

struct StoredProgramme
{
    std::int64_t id = 0;
    ProgrammeMeta meta;
    std::string contentHash;
    std::int64_t words = 0;
};

// One study: a SQLite file holding programmes, barometer projects, the communes they belong to,
// every dictionary version used, and each document's mentions and per-theme counts, each stamped
// with the dictionary version that produced them. docs/database.md describes the tables.
//
// open() creates the file (Opening::CreateIfMissing) or opens an existing study
// (Opening::Existing: a missing file throws StudyMissing, an empty one is refused: reading a study
// never creates one), migrates it (Schema), registers the search tokenizer, and turns on WAL so
// that readers on other connections see a consistent state while an import writes. Nothing is
// written to a file before its version is checked: a refused file is left byte for byte as it was.
// One CorpusStore per thread. Errors throw StorageError naming the file.
class CorpusStore
{
public:
    // The WAL is trimmed back after a commit that leaves it larger than this (Database::setJournalLimit).
    static constexpr std::int64_t kJournalLimitBytes = std::int64_t(16) << 20;
    enum class Opening { CreateIfMissing, Existing };
    // A file that open() creates is removed again if opening fails (a full disk, a folder that
    // cannot be written): no empty or half-made study is left behind.
    static CorpusStore open(const std::string &path, Opening opening = Opening::CreateIfMissing);
    // Removes a study just created and its WAL, shared-memory and journal files, for a caller
    // whose own first writes failed. Never for a study that existed before: it deletes the file.
    static void discardNewStudy(const std::string &path);

    Database &database() { return m_db; }
    // While another program writes to the study, this store's writes wait as `wait` says
    // (Database::setWriterWait); without one they give up after 5 s with StudyBusy.
    void setWriterWait(WriterWait wait) { m_db.setWriterWait(std::move(wait)); }
    // Changes when another connection (another program, or a background job's own store) commits
    // to the study, never for this store's own writes (SQLite's PRAGMA data_version).
    std::int64_t dataVersion() { return m_db.scalarInt("PRAGMA data_version").value_or(0); }
    const std::string &path() const { return m_db.path(); }
    // Set when opening migrated an existing study: where the copy made beforehand is.
    const std::string &backupPath() const { return m_backup; }

    // Stores `dictionary` if no version has its fingerprint, and makes it the study's current one.
    // Every footnote, export and report names a dictionary by its version: one version name holds
    // one content. A dictionary whose version name the study already has for other content is
    // refused (DictionaryVersionTaken, nothing written); versionNameTaken() asks beforehand.
    std::int64_t useDictionary(const Dictionary &dictionary);
    bool versionNameTaken(const Dictionary &dictionary);
    // The current dictionary version (0 when the study has none yet) and its content.
    std::int64_t currentDictionaryVersion();
    Dictionary dictionary(std::int64_t version);

    void ensureCommune(const Commune &commune);

    struct PutResult
    {
        std::int64_t id = 0;
        bool created = false; // false: the same text was there; its metadata were updated
        // The same text was there as the document of another list (another year, round, commune
        // or panel): it stays that list's document, and that list is given here, as stored.
        struct ListPlace
        {
            std::int64_t year = 0;
            std::int64_t round = 0;
            std::string commune;
            std::int64_t panel = 0;
        };
        std::optional<ListPlace> keptWith;
    };
    // Stores a programme by the hash of its (NFC, UTF-8) text: a text already in the study keeps
    // its id and gets the new metadata, except its list: a text that is already the document of
    // a list (year, round, commune and panel) is not moved to another (`keptWith`): the same
    // leaflet sent again for round 2 would otherwise leave round 1's list without its document. Mentions and counts for
    // `dictionaryVersion` are replaced. The caller owns the transaction. `contentHash` may be given when already
    // computed (sha256Hex of `text`).
    PutResult putProgramme(const ProgrammeMeta &meta, const std::string &text, const TagResult &tags,
                           const Dictionary &dictionary, std::int64_t dictionaryVersion,
                           const std::string &contentHash = {});
    // Stores a project by the hash of its commune, title and description (the text that is
    // tagged: "title.\n\ndescription"); an existing one gets the new metadata.
    PutResult putProject(const ProjectMeta &meta, const TagResult &tags, const Dictionary &dictionary,
                         std::int64_t dictionaryVersion);
    static std::string projectText(const ProjectMeta &meta);
    std::int64_t projectCount();

    // Replaces a programme's mentions and counts for one dictionary version (retagging).
    void putProgrammeTags(std::int64_t programme, const TagResult &tags, const Dictionary &dictionary,
                          std::int64_t dictionaryVersion);

    // Makes `dictionary` the current one and tags every programme with it again, in one
    // transaction: cancelling (the token becomes true) or an error leaves the study as it was.
    // Returns false when cancelled. A document that does not fit in memory throws StorageError
    // (Cause::OutOfMemory) naming it. Programmes are tagged on `jobs` workers (default: one per
    // core), each reading texts through its own read-only connection, and written by this one in
    // id order: the study is the same for any number.
    //
    // `known` gives the tags of programmes already tagged with `dictionary` (the dictionary
    // editor's count, analysis/TermHits.h): they are written as given, without reading their
    // text; it returns false for the others, which are tagged. It is called from the workers.
    using KnownTags = std::function<bool(std::int64_t programme, TagResult &tags)>;
    bool retag(const Dictionary &dictionary, const ProgressSink &progress, const std::atomic_bool &cancel,
               int jobs = defaultJobs(), const KnownTags &known = {});

    std::int64_t programmeCount();
    std::optional<StoredProgramme> programme(std::int64_t id);
    std::string programmeText(std::int64_t id);
    // The programme's mentions under dictionary version `version`, by start then end.
    std::vector<StoredMention> programmeMentions(std::int64_t id, std::int64_t version);
    std::vector<std::int64_t> programmeIds();
    // Each programme's id with the first 64 bits of its content hash, by id: what tells that a
    // programme is the same one (an id can come back with another text after an import is undone).
    std::vector<std::pair<std::int64_t, std::uint64_t>> programmeKeys();

    // Full-text search (SearchTokenizer rules); programme ids by relevance, at most `limit`.
    std::vector<std::int64_t> search(const std::string &userText, int limit = 1000);

    // A synthetic study (the demo: invented programmes) says so on every figure taken from it.
    // The mark is the study setting "synthetic", whose value says what made it ("demo").
    bool isSynthetic();
    void markSynthetic(const std::string &origin);

    std::string setting(const std::string &key, const std::string &fallback = {});
    void setSetting(const std::string &key, const std::string &value);
    // A setting holding a whole number (a dictionary version, a count): nullopt when absent.
    // Anything else throws StorageError naming the study, the setting and its value.
    std::optional<std::int64_t> settingNumber(const std::string &key);

private:
    void writeTags(const std::string &kind, std::int64_t document, const TagResult &tags, const Dictionary &dictionary,
                   std::int64_t version, bool replace);

    explicit CorpusStore(Database db)
        : m_db(std::move(db))
    { }
    Database m_db;
    std::string m_backup;
};

// useDictionary() of a dictionary whose version name the study already uses for other content.
// CorpusStore::open(path, Opening::Existing) on a path where there is no file.
class StudyMissing : public StorageError
{
public:
    explicit StudyMissing(const std::string &path)
        : StorageError(path + ": no such study")
    { }
};

class DictionaryVersionTaken : public StorageError
{
public:
    DictionaryVersionTaken(const std::string &study, const std::string &version)
        : StorageError(study + ": the study already has a dictionary version \"" + version
                       + "\" with other content; give this one another version name")
        , m_version(version)
    { }
    const std::string &version() const { return m_version; }

private:
    std::string m_version;
};

// Current UTC time as ISO 8601 ("2026-11-22T03:58:00Z"), as stored in the study.
std::string utcNow();

} // namespace vigie::core
