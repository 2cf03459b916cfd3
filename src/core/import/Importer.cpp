// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "DataPaths.h"
#include "gazetteer/Gazetteer.h"
#include "import/HtmlText.h"
#include "import/ImportError.h"
#include "import/MarkdownText.h"
#include "import/OfficeText.h"
#include "import/PdfText.h"
#include "import/TextDecoder.h"
#include "storage/CorpusStore.h"
#include "storage/SearchTokenizer.h"
#include "storage/Sha256.h"
#include "tagging/Tagger.h"
#include "text/Folding.h"
#include "text/NormalizedText.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

namespace vigie::core {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 256u * 1024 * 1024;

std::string extensionOf(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string readFile(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw ImportError("no such file");
    if (fs::is_directory(path, ec))
        throw ImportError("is a folder, not a file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes)
        throw ImportError("file larger than 256 MB: not a programme");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError("cannot open the file");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad())
        throw ImportError("read error");
    return buf.str();
}

std::string toNfc(const std::string &utf8)
{
    const NormalizedText n = NormalizedText::fromUtf8(utf8);
    return n.wasAlreadyNfc() ? utf8 : toUtf8(n.text());
}

} // namespace

bool isSupportedDocument(const std::string &path)
{
    const std::string ext = extensionOf(path);
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" || ext == ".pdf"
        || ext == ".docx" || ext == ".odt";
}

ExtractedText extractDocument(const std::string &path)
{
    const std::string ext = extensionOf(path);
    if (!isSupportedDocument(path))
        throw ImportError("unsupported file type \"" + ext + "\" (Vigie reads .txt .md .html .pdf .docx .odt)");
    const std::string bytes = readFile(path);
    ExtractedText out;
    if (ext == ".pdf") {
        out.text = pdfToText(bytes).utf8;
        out.format = "pdf";
        out.encoding = "binary";
    } else if (ext == ".docx") {
        out.text = docxToText(bytes);
        out.format = "docx";
        out.encoding = "binary";
    } else if (ext == ".odt") {
        out.text = odtToText(bytes);
        out.format = "odt";
        out.encoding = "binary";
    } else {
        DecodedText decoded = decodeText(bytes);
        out.encoding = decoded.encoding;
        if (ext == ".html" || ext == ".htm") {
            out.text = htmlToText(decoded.utf8);
            out.format = "html";
        } else if (ext == ".md" || ext == ".markdown") {
            out.text = markdownToText(decoded.utf8);
            out.format = "md";
        } else {
            out.text = std::move(decoded.utf8);
            out.format = "txt";
        }
    }
    out.text = toNfc(out.text);
    if (out.text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError("no text in the document");
    return out;
}

std::vector<ManifestEntry> Importer::entriesForPaths(const std::vector<std::string> &paths)
{
    namespace fs = std::filesystem;
    std::vector<ManifestEntry> out;
    for (const auto &p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> inside;
            for (const auto &entry : fs::recursive_directory_iterator(p, ec))
                if (entry.is_regular_file() && isSupportedDocument(entry.path().string()))
                    inside.push_back(fs::absolute(entry.path()).lexically_normal().string());
            std::sort(inside.begin(), inside.end());
            for (auto &f : inside) {
                ManifestEntry e;
                e.file = std::move(f);
                out.push_back(std::move(e));
            }
        } else {
            ManifestEntry e;
            e.file = fs::absolute(p).lexically_normal().string();
            out.push_back(std::move(e));
        }
    }
    return out;
}

Importer::Importer(CorpusStore &store, const Gazetteer &gazetteer)
    : m_store(store)
    , m_gazetteer(gazetteer)
{ }

struct Importer::Tagging
{
    std::int64_t version;
    Dictionary dictionary;
    std::shared_ptr<const ThemeMatcher> matcher;
    Tagger tagger;
};

Importer::Tagging Importer::prepareTagging()
{
    std::int64_t version = m_store.currentDictionaryVersion();
    if (version == 0)
        version = m_store.useDictionary(Dictionary::fromFile(defaultDictionaryPath()));
    Dictionary dictionary = m_store.dictionary(version);
    auto matcher = ThemeMatcher::compile(dictionary);
    return Tagging { version, std::move(dictionary), matcher, Tagger(matcher) };
}

std::string Importer::resolveCommune(const std::string &insee, const std::string &city, const std::string &department,
                                     std::string &why)
{
    if (insee.empty() && city.empty())
        return {};
    const CityResolution r = m_gazetteer.resolve(insee.empty() ? city : insee, department);
    if (!r.resolved()) {
        why = r.message;
        return {};
    }
    const Commune &c = m_gazetteer.commune(r.commune);
    m_store.ensureCommune(c);
    return c.insee;
}

namespace {

// Reads, converts, tags and hashes documents on a worker thread, in order, up to kAhead ahead of
// the writer, which keeps the database connection to itself: tagging runs on one core while
// SQLite writes on the other. Errors are carried to the writer, which reports them as usual.
class Prefetcher
{
public:
    struct Prepared
    {
        ExtractedText doc;
        TagResult tags;
        std::string hash;
        PreparedSearchTokens search;
        std::string error; // non-empty: the document failed
    };

    Prefetcher(const std::vector<ManifestEntry> &entries, std::shared_ptr<const ThemeMatcher> matcher,
               const std::atomic_bool &cancel)
        : m_entries(entries)
        , m_matcher(std::move(matcher))
        , m_cancel(cancel)
        , m_thread([this] { run(); })
    { }

    ~Prefetcher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next document, in entry order (blocks until the worker has it).
    Prepared next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Prepared p = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return p;
    }

private:
    static constexpr std::size_t kAhead = 8;

    void run()
    {
        Tagger tagger(m_matcher);
        for (const ManifestEntry &e : m_entries) {
            Prepared p;
            if (m_cancel.load()) {
                p.error = "cancelled";
            } else {
                try {
                    p.doc = extractDocument(e.file);
                    const NormalizedText norm = NormalizedText::fromUtf8(p.doc.text); // NFC already: same units
                    tagger.tag(norm, p.tags);
                    p.hash = sha256Hex(p.doc.text);
                    prepareSearchTokens(p.doc.text, norm.text(), tagger.lastTokens(), p.search);
                } catch (const std::exception &ex) {
                    p.error = ex.what();
                }
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kAhead; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(p));
            m_changed.notify_all();
        }
    }

    const std::vector<ManifestEntry> &m_entries;
    std::shared_ptr<const ThemeMatcher> m_matcher;
    const std::atomic_bool &m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Prepared> m_ready;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

// Runs `work` for each item inside one transaction, each item in its own savepoint; see the class
// comment for the rules. `work` returns true for a new document, false for an update.
template <typename Item, typename Work, typename Name>
void runBatch(Database &db, const std::vector<Item> &items, const ProgressSink &progress,
              const std::atomic_bool &cancel, ImportReport &report, Transaction &batch, Name name, Work work)
{
    std::int64_t done = 0;
    const auto total = static_cast<std::int64_t>(items.size());
    for (const Item &item : items) {
        if (cancel.load())
            break;
        if (progress)
            progress(done, total, name(item));
        db.exec("SAVEPOINT document");
        try {
            (work(item) ? report.imported : report.updated)++;
            db.exec("RELEASE document");
        } catch (const std::exception &ex) {
            db.exec("ROLLBACK TO document");
            db.exec("RELEASE document");
            report.failed++;
            report.failures.emplace_back(name(item), ex.what());
        }
        ++done;
    }
    if (cancel.load()) {
        report = ImportReport {};
        report.cancelled = true; // the batch transaction rolls back when it goes out of scope
        return;
    }
    batch.commit();
    if (progress)
        progress(done, total, {});
}

} // namespace

ImportReport Importer::importProgrammes(const std::vector<ManifestEntry> &entries, const ProgressSink &progress,
                                        const std::atomic_bool &cancel)
{
    ImportReport report;
    Transaction batch(m_store.database());
    Tagging t = prepareTagging();
    Prefetcher prefetcher(entries, t.matcher, cancel);
    runBatch(
        m_store.database(), entries, progress, cancel, report, batch, [](const ManifestEntry &e) { return e.file; },
        [&](const ManifestEntry &e) {
            Prefetcher::Prepared p = prefetcher.next();
            p.search.text = p.doc.text; // the string moved with its object: point at where it is now
            if (!p.error.empty())
                throw ImportError(p.error);
            ProgrammeMeta meta;
            meta.candidate = e.candidate;
            meta.listName = e.listName;
            meta.nuance = e.nuance;
            meta.year = e.year;
            meta.round = e.round;
            meta.elected = e.elected;
            meta.source = e.file;
            meta.format = p.doc.format;
            meta.encoding = p.doc.encoding;
            std::string why;
            meta.commune = resolveCommune(e.insee, e.city, e.department, why);
            if (!why.empty()) {
                report.unresolved++;
                report.unresolvedCities.emplace_back(e.file, why);
            }
            const ReplaySearchTokens replay(p.search);
            return m_store.putProgramme(meta, p.doc.text, p.tags, t.dictionary, t.version, p.hash).created;
        });
    return report;
}

ImportReport Importer::importProjects(const std::vector<ProjectEntry> &entries, const std::string &source,
                                      const ProgressSink &progress, const std::atomic_bool &cancel)
{
    ImportReport report;
    Transaction batch(m_store.database());
    Tagging t = prepareTagging();
    runBatch(
        m_store.database(), entries, progress, cancel, report, batch,
        [&](const ProjectEntry &e) { return source + ":" + std::to_string(e.line) + " (" + e.title + ")"; },
        [&](const ProjectEntry &e) {
            ProjectMeta meta;
            meta.title = toNfc(e.title);
            meta.description = toNfc(e.description);
            meta.category = e.category;
            meta.maturity = e.maturity;
            meta.year = e.year;
            meta.budget = e.budget;
            meta.partners = e.partners;
            meta.source = e.source.empty() ? source : e.source;
            std::string why;
            meta.commune = resolveCommune(e.insee, e.city, e.department, why);
            if (!why.empty()) {
                report.unresolved++;
                report.unresolvedCities.emplace_back(source + ":" + std::to_string(e.line), why);
            }
            const std::string text = CorpusStore::projectText(meta);
            return m_store.putProject(meta, t.tagger.tag(text), t.dictionary, t.version).created;
        });
    return report;
}

} // namespace vigie::core
