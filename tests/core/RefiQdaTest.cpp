// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA exchange: the codebook (.qdc) and the project (.qdpx) validated against the standard's
// XSD (tests/data/refi-qda), read back, and checked against the study they were written from.
#include "TestSupport.h"

#include "analysis/Export.h"
#include "analysis/TableExport.h"
#include "demo/DemoStudy.h"
#include "exchange/RefiQda.h"
#include "import/DictionaryExport.h"
#include "import/DictionaryImport.h"
#include "import/ZipArchive.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <atomic>
#include <fstream>
#include <set>
#include <sstream>

using namespace vigie::core;
namespace fs = std::filesystem;

namespace {

std::string schemaPath(const std::string &name)
{
    return (fs::path(VIGIE_TEST_DATA_DIR) / "refi-qda" / name).string();
}

// The schema's complaints about `xml`, one per line; empty when valid.
std::string schemaErrors(const std::string &xml, const std::string &xsd)
{
    std::string errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schemaPath(xsd).c_str());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    REQUIRE(schema != nullptr);
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(
        valid,
        [](void *out, xmlErrorPtr e) {
            *static_cast<std::string *>(out) += std::to_string(e->line) + ": " + (e->message ? e->message : "?");
        },
        &errors);
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr, XML_PARSE_NONET);
    if (!doc)
        errors += "not well-formed";
    else if (xmlSchemaValidateDoc(valid, doc) != 0 && errors.empty())
        errors += "invalid";
    xmlFreeDoc(doc);
    xmlSchemaFreeValidCtxt(valid);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(parser);
    return errors;
}

std::string attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, reinterpret_cast<const xmlChar *>(name));
    std::string s = v ? reinterpret_cast<const char *>(v) : "";
    xmlFree(v);
    return s;
}

bool named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && std::string_view(reinterpret_cast<const char *>(n->name)) == name;
}

// Every element called `name` under `n`, depth first.
void collect(xmlNode *n, const char *name, std::vector<xmlNode *> &out)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (named(c, name))
            out.push_back(c);
        collect(c, name, out);
    }
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Code points [from, to) of UTF-8 `s`.
std::string codePoints(const std::string &s, std::size_t from, std::size_t to)
{
    std::size_t cp = 0;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        if (lead && i > 0)
            ++cp;
        if (cp >= from && cp < to)
            out += s[i];
    }
    return out;
}

struct DemoFolder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-refi-" + std::to_string(std::random_device {}()));
    DemoFolder() { fs::create_directories(dir); }
    ~DemoFolder() { fs::remove_all(dir); }
};

} // namespace

TEST_CASE("the default dictionary as a REFI-QDA codebook is valid and reads back with its accents", "[refi-qda]")
{
    const Dictionary d = Dictionary::fromFile(VIGIE_DICTIONARY);
    std::vector<std::string> lost;
    const std::string qdc = exportDictionary(d, DictionaryFormat::RefiCodebook, lost);
    CHECK(schemaErrors(qdc, "Codebook.xsd").empty());
    // The schema does find what is wrong: a codebook needs a code.
    CHECK(schemaErrors("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>", "Codebook.xsd")
              .find("Missing child element")
          != std::string::npos);
    REQUIRE(!lost.empty());
    CHECK(lost.front().find("a codebook holds codes, not words") == 0);
    const ExportLossCounts losses = countLosses(d, DictionaryFormat::RefiCodebook, lost);
    CHECK(losses.terms == static_cast<int>(d.termCount()));
    CHECK(losses.rules == static_cast<int>(d.ruleCount()));
    CHECK(losses.plural == 0);
    CHECK(losses.other == 0);

    const DictionaryImport back = importDictionaryBytes(qdc, "fr.qdc", DictionaryFormat::RefiCodebook);
    REQUIRE(back.dictionary.themes().size() == d.themes().size());
    int accented = 0;
    for (std::size_t t = 0; t < d.themes().size(); ++t) {
        const Theme &a = d.themes()[t];
        const Theme &b = back.dictionary.themes()[t];
        INFO(a.id);
        CHECK(b.labelFr == a.labelFr);
        CHECK(b.colour == a.colour);
        CHECK(b.terms.empty());
        if (!a.description.empty())
            CHECK(b.description == a.description); // the words Vigie adds are not read back as description
        const int pa = d.parentIndexes()[t];
        const int pb = back.dictionary.parentIndexes()[t];
        CHECK(pa == pb);
        accented += std::any_of(a.labelFr.begin(), a.labelFr.end(), [](char c) { return c < 0; }) ? 1 : 0;
    }
    CHECK(accented >= 5); // "Numérique", "Éducation"...: the round trip had accents to keep
    CHECK(back.categories == static_cast<int>(d.themes().size()));
    CHECK(back.terms == 0);
    REQUIRE(!back.notes.empty());
    CHECK(back.notes.front().message.find("a codebook holds codes, not words") == 0);

    // The same GUIDs every time, and the project's codes are the codebook's.
    std::vector<std::string> again;
    CHECK(exportDictionary(d, DictionaryFormat::RefiCodebook, again) == qdc);
}

TEST_CASE("a codebook keeps markup characters, quotes and line breaks in names and descriptions", "[refi-qda]")
{
    const Dictionary d = Dictionary::fromJson(R"({"name": "essai", "version": "1", "language": "fr", "themes": [
        {"id": "democratie", "label": {"fr": "Démocratie & « participation » <locale>", "en": "Democracy"},
         "colour": "#A1B2C3", "description": "Budget \"participatif\",\nconsultations ; l'élu·e",
         "terms": [{"text": "budget participatif"}, {"text": "consult*"}]},
        {"id": "sante", "parent": "democratie", "label": {"fr": "Santé — œuvres", "en": "Health"},
         "terms": [{"text": "télésanté"}]}]})",
                                              "essai.json");
    const std::string qdc = writeRefiCodebook(d);
    CHECK(schemaErrors(qdc, "Codebook.xsd").empty());
    CHECK(qdc.find("Mots (Vigie) : budget participatif, consult*.") != std::string::npos);
    const DictionaryImport back = importDictionaryBytes(qdc, "essai.qdc", DictionaryFormat::RefiCodebook);
    REQUIRE(back.dictionary.themes().size() == 2);
    CHECK(back.dictionary.themes()[0].labelFr == "Démocratie & « participation » <locale>");
    CHECK(back.dictionary.themes()[0].description == "Budget \"participatif\",\nconsultations ; l'élu·e");
    CHECK(back.dictionary.themes()[0].colour == "#A1B2C3");
    CHECK(back.dictionary.themes()[1].labelFr == "Santé — œuvres");
    CHECK(back.dictionary.themes()[1].parent == back.dictionary.themes()[0].id);
}

TEST_CASE("a codebook written by another QDA tool becomes a tree of empty themes", "[refi-qda]")
{
    const std::string path = (fs::path(VIGIE_TEST_DATA_DIR) / "dictionaries" / "qda-tool.qdc").string();
    const DictionaryImport d = importDictionary(path);
    CHECK(d.format == DictionaryFormat::RefiCodebook);
    const auto &themes = d.dictionary.themes();
    REQUIRE(themes.size() == 6);
    CHECK(themes[0].labelFr == "Services publics numériques");
    CHECK(themes[0].colour == "#33AAFF"); // "#3af" widened
    CHECK(themes[1].labelFr == "Démarches en ligne");
    CHECK(themes[1].parent == themes[0].id);
    CHECK(themes[1].description == "Formulaires, prise de rendez-vous,\ncompte citoyen.");
    CHECK(themes[2].parent == themes[0].id);
    CHECK(themes[3].labelFr == "Données ouvertes");
    CHECK(themes[3].parent.empty());
    CHECK(themes[4].parent == themes[3].id);
    CHECK(themes[5].labelFr == "Tiers-lieux & fablabs");
    std::string notes;
    for (const auto &n : d.notes)
        notes += std::to_string(n.line) + ": " + n.message + "\n";
    INFO(notes);
    CHECK(notes.find(": a note of code \"Démarches en ligne\": notes are not part of a dictionary")
          != std::string::npos);
    CHECK(notes.find(": sets of codes: a dictionary has no sets") != std::string::npos);
    CHECK(notes.find("colour \"bleu\" is not #RGB or #RRGGBB") != std::string::npos);
}

TEST_CASE("a file that is no codebook is refused with its line and the reason", "[refi-qda]")
{
    const auto why = [](const std::string &xml) {
        try {
            importDictionaryBytes(xml, "x.qdc", DictionaryFormat::RefiCodebook);
        } catch (const DictionaryError &e) {
            return std::to_string(e.line()) + ": " + e.problem();
        }
        return std::string("accepted");
    };
    CHECK(why("<?xml version=\"1.0\"?>\n<CodeBook>\n<Codes>\n<Code name=\"a\">\n</Codes></CodeBook>")
              .find("5: not a well-formed XML file")
          == 0);
    CHECK(why("<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY e \"x\">]>\n<CodeBook/>")
              .find("a document type declaration")
          != std::string::npos);
    CHECK(why("<?xml version=\"1.0\"?>\n<Dictionary/>")
              .find("2: not a REFI-QDA codebook: the root element is "
                    "<Dictionary>")
          == 0);
    CHECK(why("<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>")
              .find("no category found")
          != std::string::npos);
}

TEST_CASE("the demo study as a REFI-QDA project: valid, every mention a coded selection of its text", "[refi-qda]")
{
    DemoFolder folder;
    const std::string studyPath = (folder.dir / "demo.vigie").string();
    auto store = CorpusStore::open(studyPath);
    std::atomic_bool cancel { false };
    REQUIRE(
        storeDemo(store, vigie::test::gazetteer(),
                  generateDemo(DemoBank::fromFile(VIGIE_SOURCE_DATA_DIR "/demo/bank.json"), vigie::test::gazetteer()),
                  {}, cancel));
    const std::string out = (folder.dir / "demo.qdpx").string();
    RefiProjectOptions options;
    options.createdAt = "2026-12-04T10:00:00Z";
    const RefiProjectSummary summary = writeRefiProject(store, out, options);

    const std::int64_t version = store.currentDictionaryVersion();
    auto count = [&](const std::string &sql) {
        auto st = store.database().prepare(sql);
        st.bind(1, version);
        REQUIRE(st.step());
        return st.columnInt(0);
    };
    const std::int64_t mentions = count("SELECT count(*) FROM programme_mentions WHERE dictionary_version = ?1");
    CHECK(summary.sources == count("SELECT count(*) FROM programmes WHERE ?1 IS NOT NULL"));
    CHECK(summary.selections == mentions);
    CHECK(mentions > 500);
    CHECK(summary.codes == static_cast<std::int64_t>(store.dictionary(version).themes().size()));
    CHECK(summary.cases > 100);
    CHECK(!fs::exists(out + ".part"));

    const std::string bytes = readFile(out);
    CHECK(summary.bytes == static_cast<std::int64_t>(bytes.size()));
    const ZipArchive zip = ZipArchive::open(bytes);
    REQUIRE(zip.contains("project.qde"));
    const std::string qde = zip.read("project.qde");
    CHECK(schemaErrors(qde, "Project.xsd").empty());

    xmlDocPtr doc = xmlReadMemory(qde.data(), static_cast<int>(qde.size()), "project.qde", nullptr, XML_PARSE_NONET);
    REQUIRE(doc);
    xmlNode *root = xmlDocGetRootElement(doc);
    std::set<std::string> codes;
    std::vector<xmlNode *> nodes;
    collect(root, "Code", nodes);
    for (xmlNode *c : nodes)
        codes.insert(attr(c, "guid"));
    CHECK(codes.size() == static_cast<std::size_t>(summary.codes));

    std::vector<xmlNode *> sources;
    collect(root, "TextSource", sources);
    REQUIRE(sources.size() == static_cast<std::size_t>(summary.sources));
    std::int64_t selections = 0;
    std::int64_t counted = 0;
    std::int64_t accented = 0;
    std::map<std::string, std::int64_t> perCode;
    for (xmlNode *s : sources) {
        const std::string textPath = attr(s, "plainTextPath");
        REQUIRE(textPath.starts_with("internal://"));
        const std::string text = zip.read("Sources/" + textPath.substr(std::strlen("internal://")));
        std::vector<xmlNode *> sel;
        collect(s, "PlainTextSelection", sel);
        for (xmlNode *p : sel) {
            const auto from = std::stoull(attr(p, "startPosition"));
            const auto to = std::stoull(attr(p, "endPosition"));
            const std::string matched = codePoints(text, from, to);
            INFO(attr(s, "name") << " " << from << "-" << to);
            CHECK(matched == attr(p, "name"));
            accented += std::any_of(matched.begin(), matched.end(), [](char c) { return c < 0; }) ? 1 : 0;
            std::vector<xmlNode *> refs;
            collect(p, "CodeRef", refs);
            REQUIRE(refs.size() == 1);
            CHECK(codes.count(attr(refs[0], "targetGUID")) == 1);
            perCode[attr(refs[0], "targetGUID")]++;
            ++selections;
        }
        std::vector<xmlNode *> values;
        collect(s, "TextValue", values);
        bool synthetic = false;
        for (xmlNode *v : values) {
            xmlChar *c = xmlNodeGetContent(v);
            synthetic |= std::string(reinterpret_cast<const char *>(c)) == kSyntheticValue;
            xmlFree(c);
        }
        CHECK(synthetic); // a demo study says so on every source
        std::vector<xmlNode *> booleans;
        collect(s, "BooleanValue", booleans);
        counted += booleans.empty() ? 0 : 1;
    }
    CHECK(selections == mentions);
    CHECK(accented > 0); // "données", "télémédecine": positions count characters, not bytes
    CHECK(counted == summary.sources); // every demo programme has its "Document compté"
    // Per theme, as many coded selections as the study has mentions.
    const Dictionary d = store.dictionary(version);
    for (const Theme &t : d.themes()) {
        auto st = store.database().prepare(
            "SELECT count(*) FROM programme_mentions WHERE dictionary_version = ?1 AND theme = ?2");
        st.bind(1, version).bind(2, t.id);
        REQUIRE(st.step());
        INFO(t.id);
        CHECK(perCode[refiGuid("vigie:theme:" + d.name() + ":" + t.id)] == st.columnInt(0));
    }
    xmlFreeDoc(doc);

    // The same study exported again: the same project, byte for byte.
    const std::string second = (folder.dir / "again.qdpx").string();
    writeRefiProject(store, second, options);
    CHECK(ZipArchive::open(readFile(second)).read("project.qde") == qde);
}

TEST_CASE("a project that cannot be written leaves the file in its place as it was", "[refi-qda]")
{
    vigie::test::TextStudy study({ "La fibre optique arrive dans chaque quartier." });
    const fs::path existing = study.dir / "ancien.qdpx";
    std::ofstream(existing) << "avant";
    fs::create_directories(study.dir / "dossier.qdpx"); // a folder where the file should go
    CHECK_THROWS_AS(writeRefiProject(*study.store, (study.dir / "dossier.qdpx").string()), ExportError);
    CHECK_THROWS_AS(writeRefiProject(*study.store, (study.dir / "absent" / "x.qdpx").string()), ExportError);
    CHECK(readFile(existing.string()) == "avant");
    const RefiProjectSummary s = writeRefiProject(*study.store, existing.string());
    CHECK(s.sources == 1);
    CHECK(s.selections >= 1);
    CHECK(s.cases == 0); // no commune given
    CHECK(schemaErrors(ZipArchive::open(readFile(existing.string())).read("project.qde"), "Project.xsd").empty());
}
