// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/RefiQda.h"

#include "analysis/Export.h"
#include "analysis/ProgrammeFacts.h"
#include "analysis/TableExport.h"
#include "exchange/RefiXml.h"
#include "import/DocumentKind.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "text/Utf8.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_map>

namespace vigie::core {

namespace {

using refi::appendEscaped;
using refi::escaped;

// The variables every source may carry, in the order QDA tools list them. Names are French, as
// the study's content is.
enum class Var {
    Candidate,
    List,
    Nuance,
    Commune,
    Insee,
    Department,
    Region,
    Population,
    SizeClass,
    Year,
    Round,
    Elected,
    Panel,
    Kind,
    Counted,
    Words,
    File,
    Synthetic,
};
struct VariableDef
{
    Var var;
    const char *name;
    const char *type; // typeOfVariable
    const char *description;
};
constexpr VariableDef kVariables[] = {
    { Var::Candidate, "Candidat", "Text", "Tête de liste ou candidat" },
    { Var::List, "Liste", "Text", "Nom de la liste" },
    { Var::Nuance, "Nuance", "Text", "Nuance politique (code de la grille du ministère de l'Intérieur)" },
    { Var::Commune, "Commune", "Text", "Commune (liste officielle de l'INSEE)" },
    { Var::Insee, "Code INSEE", "Text", "Code officiel géographique de la commune" },
    { Var::Department, "Département", "Text", "Code du département" },
    { Var::Region, "Région", "Text", "Code de la région" },
    { Var::Population, "Population", "Integer", "Population municipale de la commune" },
    { Var::SizeClass, "Taille de commune", "Text", "Tranche de population de la commune" },
    { Var::Year, "Année", "Integer", "Année de l'élection" },
    { Var::Round, "Tour", "Integer", "Tour de l'élection" },
    { Var::Elected, "Élue", "Boolean", "La liste a été élue" },
    { Var::Panel, "Panneau", "Integer", "Numéro de panneau de la liste" },
    { Var::Kind, "Type de document", "Text", "programme, profession_foi, accessible, falc ou tract" },
    { Var::Counted, "Document compté", "Boolean",
      "Document principal de sa liste et de son tour : le seul compté dans les parts de Vigie" },
    { Var::Words, "Mots", "Integer", "Nombre de mots du texte" },
    { Var::File, "Fichier", "Text", "Fichier importé" },
    { Var::Synthetic, "Données", "Text", "Étude de démonstration : données fictives" },
};

std::string variableGuid(const VariableDef &v)
{
    return refiGuid(std::string("vigie:variable:") + v.name);
}

void appendValue(std::string &out, const VariableDef &v, const char *element, const std::string &value)
{
    out += "      <VariableValue><VariableRef targetGUID=\"" + variableGuid(v) + "\"/><";
    out += element;
    out += ">";
    appendEscaped(out, value);
    out += "</";
    out += element;
    out += "></VariableValue>\n";
}

// The source's values, the empty ones left out.
void appendValues(std::string &out, const ProgrammeFacts &p, const SizeClasses &sizes, bool synthetic)
{
    for (const VariableDef &v : kVariables) {
        const auto text = [&](const std::string &s) {
            if (!s.empty())
                appendValue(out, v, "TextValue", s);
        };
        const auto integer = [&](const std::optional<std::int64_t> &n) {
            if (n)
                appendValue(out, v, "IntegerValue", std::to_string(*n));
        };
        const auto boolean = [&](const std::optional<bool> &b) {
            if (b)
                appendValue(out, v, "BooleanValue", *b ? "true" : "false");
        };
        switch (v.var) {
        case Var::Candidate:
            text(p.candidate);
            break;
        case Var::List:
            text(p.listName);
            break;
        case Var::Nuance:
            text(p.nuance);
            break;
        case Var::Commune:
            text(p.communeName);
            break;
        case Var::Insee:
            text(p.insee);
            break;
        case Var::Department:
            text(p.department);
            break;
        case Var::Region:
            text(p.region);
            break;
        case Var::Population:
            integer(p.population);
            break;
        case Var::SizeClass:
            if (p.sizeClass >= 0)
                text(sizes.classes()[static_cast<std::size_t>(p.sizeClass)].label);
            break;
        case Var::Year:
            integer(p.year);
            break;
        case Var::Round:
            integer(p.round);
            break;
        case Var::Elected:
            boolean(p.elected);
            break;
        case Var::Panel:
            integer(p.panel);
            break;
        case Var::Kind:
            text(std::string(documentKindId(p.kind)));
            break;
        case Var::Counted:
            boolean(p.primary);
            break;
        case Var::Words:
            integer(p.words);
            break;
        case Var::File:
            text(p.source);
            break;
        case Var::Synthetic:
            if (synthetic)
                text(kSyntheticValue);
            break;
        }
    }
}

struct CodedMention
{
    std::string theme;
    int term = 0;
    int rule = -1;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

class Archive
{
public:
    Archive(const std::string &path, const std::string &temporary)
        : m_path(path)
        , m_temporary(temporary)
    {
        int error = 0;
        m_zip = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!m_zip) {
            zip_error_t e;
            zip_error_init_with_code(&e, error);
            const std::string why = zip_error_strerror(&e);
            zip_error_fini(&e);
            throw ExportError(path, why);
        }
    }
    ~Archive()
    {
        if (m_zip) {
            zip_discard(m_zip);
            std::error_code ec;
            std::filesystem::remove(m_temporary, ec);
        }
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    // Adds `bytes` as entry `name`, deflated; libzip keeps its own copy until close().
    void add(const std::string &name, const std::string &bytes)
    {
        void *copy = std::malloc(bytes.empty() ? 1 : bytes.size());
        if (!copy)
            throw ExportError(m_path, "out of memory");
        std::memcpy(copy, bytes.data(), bytes.size());
        zip_source_t *source = zip_source_buffer(m_zip, copy, bytes.size(), 1); // frees `copy`
        if (!source) {
            std::free(copy);
            fail();
        }
        if (zip_file_add(m_zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            fail();
        }
    }

    // Writes the archive and puts it in place of `path`.
    void close()
    {
        if (zip_close(m_zip) != 0)
            fail();
        m_zip = nullptr;
        std::error_code ec;
        std::filesystem::rename(m_temporary, m_path, ec);
        if (ec) {
            std::filesystem::remove(m_temporary, ec);
            throw ExportError(m_path, ec.message());
        }
    }

private:
    [[noreturn]] void fail() { throw ExportError(m_path, zip_strerror(m_zip)); }

    std::string m_path;
    std::string m_temporary;
    zip_t *m_zip = nullptr;
};

} // namespace

RefiProjectSummary writeRefiProject(CorpusStore &store, const std::string &path, const RefiProjectOptions &options,
                                    const ProgressSink &progress)
{
    RefiProjectSummary summary;
    const std::string created = options.createdAt.empty() ? utcNow() : options.createdAt;
    const std::int64_t version = store.currentDictionaryVersion();
    const std::optional<Dictionary> dictionary
        = version != 0 ? std::optional<Dictionary>(store.dictionary(version)) : std::nullopt;
    const bool synthetic = store.isSynthetic();
    const std::vector<ProgrammeFacts> facts = readProgrammeFacts(store, options.sizes);
    const std::string user = refiGuid("vigie:user");
    const std::string stamp = " creatingUser=\"" + user + "\" creationDateTime=\"" + created + "\"";

    std::unordered_map<std::string, std::string> codeGuid; // theme id -> GUID
    if (dictionary)
        for (const Theme &t : dictionary->themes())
            codeGuid[t.id] = refiCodeGuid(*dictionary, t.id);

    Archive zip(path, path + ".part");

    // Sources, mention by mention, in programme order; texts go to the archive as they are read.
    std::map<std::int64_t, const ProgrammeFacts *> factsById;
    for (const ProgrammeFacts &p : facts)
        factsById[p.id] = &p;
    std::unordered_map<std::int64_t, std::string> sourceGuid;
    std::string sources;
    {
        auto mentions = store.database().prepare(
            "SELECT programme, theme, term, start, end, rule FROM programme_mentions WHERE dictionary_version = ?1 "
            "ORDER BY programme, start, end, theme");
        mentions.bind(1, version);
        bool more = version != 0 && mentions.step();
        auto texts = store.database().prepare("SELECT id, content_hash, text FROM programmes ORDER BY id");
        std::int64_t done = 0;
        const auto total = static_cast<std::int64_t>(facts.size());
        while (texts.step()) {
            const std::int64_t id = texts.columnInt(0);
            const std::string guid = refiGuid("vigie:source:" + texts.columnText(1));
            const std::string text = texts.columnText(2);
            sourceGuid[id] = guid;
            zip.add("Sources/" + guid + ".txt", text);
            std::vector<CodedMention> own;
            while (more && mentions.columnInt(0) < id)
                more = mentions.step(); // a mention of no programme cannot be: the foreign key
            while (more && mentions.columnInt(0) == id) {
                own.push_back({ mentions.columnText(1), static_cast<int>(mentions.columnInt(2)),
                                static_cast<int>(mentions.columnInt(5)), mentions.columnInt(3),
                                mentions.columnInt(4) });
                more = mentions.step();
            }
            const auto f = factsById.find(id);
            const std::string fileName = f != factsById.end() && !f->second->source.empty()
                ? std::filesystem::path(f->second->source).filename().string()
                : std::string();
            sources += "    <TextSource guid=\"" + guid + "\" name=\"";
            appendEscaped(sources, "P" + std::to_string(id) + (fileName.empty() ? "" : " " + fileName));
            sources += "\" plainTextPath=\"internal://" + guid + ".txt\"" + stamp + ">\n";
            const std::vector<std::size_t> at = own.empty()
                ? std::vector<std::size_t>()
                : codePointStarts(text); // the standard counts characters too
            const auto characters = static_cast<std::int64_t>(at.size()) - 1;
            for (const CodedMention &m : own) {
                const auto code = codeGuid.find(m.theme);
                if (code == codeGuid.end() || m.start < 0 || m.end > characters || m.start >= m.end)
                    continue; // not this dictionary's theme, or not in the text: cannot be stored so
                const std::string key = guid + ":" + m.theme + ":" + std::to_string(m.term) + ":"
                    + std::to_string(m.rule) + ":" + std::to_string(m.start) + ":" + std::to_string(m.end);
                const std::size_t from = at[static_cast<std::size_t>(m.start)];
                const std::size_t to = at[static_cast<std::size_t>(m.end)];
                sources += "      <PlainTextSelection guid=\"" + refiGuid("vigie:selection:" + key) + "\" name=\"";
                appendEscaped(sources, std::string_view(text).substr(from, to - from));
                sources += "\" startPosition=\"" + std::to_string(m.start) + "\" endPosition=\"" + std::to_string(m.end)
                    + "\"" + stamp + ">\n        <Description>";
                appendEscaped(sources,
                              "Compté par « " + countedBy(*dictionary, dictionary->themeIndex(m.theme), m.term, m.rule)
                                  + " »");
                sources += "</Description>\n        <Coding guid=\"" + refiGuid("vigie:coding:" + key) + "\"" + stamp
                    + "><CodeRef targetGUID=\"" + code->second + "\"/></Coding>\n      </PlainTextSelection>\n";
                ++summary.selections;
            }
            if (f != factsById.end())
                appendValues(sources, *f->second, options.sizes, synthetic);
            sources += "    </TextSource>\n";
            ++summary.sources;
            if (progress)
                progress(++done, total, fileName);
        }
    }

    std::string qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"";
    qde += kRefiProjectNamespace;
    qde += "\" name=\"";
    appendEscaped(qde, std::filesystem::path(store.path()).stem().string());
    qde += "\" origin=\"" + escaped(refi::origin()) + "\" creatingUserGUID=\"" + user + "\" creationDateTime=\""
        + created + "\">\n";
    qde += "  <Users>\n    <User guid=\"" + user + "\" name=\"Vigie\"/>\n  </Users>\n";
    if (dictionary && !dictionary->themes().empty()) {
        qde += "  <CodeBook>\n"; // the codes as a .qdc has them
        refi::appendCodes(qde, *dictionary);
        qde += "  </CodeBook>\n";
        summary.codes = static_cast<std::int64_t>(dictionary->themes().size());
    }
    qde += "  <Variables>\n";
    for (const VariableDef &v : kVariables) {
        if (v.var == Var::Synthetic && !synthetic)
            continue;
        qde += "    <Variable guid=\"" + variableGuid(v) + "\" name=\"" + escaped(v.name) + "\" typeOfVariable=\""
            + v.type + "\"><Description>" + escaped(v.description) + "</Description></Variable>\n";
    }
    qde += "  </Variables>\n";
    // One case per commune, holding its programmes.
    std::map<std::string, std::vector<std::int64_t>> byCommune;
    std::map<std::string, std::string> communeName;
    for (const ProgrammeFacts &p : facts)
        if (!p.insee.empty()) {
            byCommune[p.insee].push_back(p.id);
            communeName[p.insee] = p.communeName;
        }
    if (!byCommune.empty()) {
        qde += "  <Cases>\n";
        for (const auto &[insee, ids] : byCommune) {
            qde += "    <Case guid=\"" + refiGuid("vigie:case:" + insee) + "\" name=\"";
            appendEscaped(qde, communeName[insee] + " (" + insee + ")");
            qde += "\">\n";
            for (const std::int64_t id : ids)
                qde += "      <SourceRef targetGUID=\"" + sourceGuid[id] + "\"/>\n";
            qde += "    </Case>\n";
        }
        qde += "  </Cases>\n";
        summary.cases = static_cast<std::int64_t>(byCommune.size());
    }
    if (!sources.empty())
        qde += "  <Sources>\n" + sources + "  </Sources>\n";
    std::string description = "Étude Vigie « " + std::filesystem::path(store.path()).filename().string()
        + " » : " + std::to_string(summary.sources) + " programmes, ";
    description += dictionary ? "codés par le dictionnaire " + dictionary->name() + " " + dictionary->version() + " ("
            + std::to_string(summary.selections)
            + " mentions). Chaque mention est codée avec le thème dont le terme ou la règle l'a comptée ; "
              "les thèmes parents ne sont pas codés une seconde fois. Seuls les documents dont la variable "
              "« Document compté » est vraie entrent dans les parts de Vigie."
                              : "sans dictionnaire.";
    if (synthetic)
        description += " " + syntheticNotice(true);
    qde += "  <Description>" + escaped(description) + "</Description>\n</Project>\n";
    zip.add("project.qde", qde);
    zip.close();
    std::error_code ec;
    summary.bytes = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    return summary;
}

} // namespace vigie::core
