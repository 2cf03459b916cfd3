// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OfficeText.h"

#include "import/ImportError.h"
#include "import/OfficeXml.h"
#include "import/ZipArchive.h"
#include "text/AsciiText.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <map>
#include <optional>
#include <vector>

namespace vigie::core {

namespace {

constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kSvgNamespace = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr std::string_view kOdtMimeType = "application/vnd.oasis.opendocument.text";
// An OLE compound file: what Word writes for .doc files and for password-protected .docx files.
constexpr std::string_view kCompoundFileMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
// Spaces and tabs in a row are kept up to this many, then dropped: layout, not text, and
// <text:s text:c="1000"/> repeated would otherwise turn a 0.9 MB .odt into 380 MB of spaces.
constexpr std::size_t kMaxBlankRun = 8;
using office::XmlReader;

// Builds the text paragraph by paragraph. A paragraph may open inside another one (a text box
// anchored in a paragraph): the inner one is written out when it closes, the outer one when it
// does, so paragraphs never interleave.
class TextBuilder
{
public:
    // collapseSpaces: ODF white-space rules inside paragraphs (see OfficeText.h). The budget
    // limits the text this builder holds.
    TextBuilder(bool collapseSpaces, const ExtractionBudget &budget)
        : m_collapseSpaces(collapseSpaces)
        , m_budget(budget)
    { }

    bool inParagraph() const { return !m_open.empty(); }

    void beginParagraph() { m_open.emplace_back(); }

    void endParagraph()
    {
        if (m_open.empty())
            return;
        m_out += m_open.back().text; // a pending collapsed space dies here: none at paragraph end
        m_out += "\n\n";
        m_open.pop_back();
    }

    // Character data of the document.
    void text(std::string_view s)
    {
        if (!m_collapseSpaces || m_open.empty()) {
            append(sink(), s);
            return;
        }
        Paragraph &p = m_open.back();
        for (const char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                p.pendingSpace = !p.text.empty();
                continue;
            }
            if (p.pendingSpace)
                put(p.text, ' ');
            p.pendingSpace = false;
            put(p.text, c);
        }
    }

    // Characters that markup stands for (tab, line break, spaces of text:s): never collapsed.
    void literal(std::string_view s)
    {
        if (!m_open.empty() && m_open.back().pendingSpace) {
            put(m_open.back().text, ' ');
            m_open.back().pendingSpace = false;
        }
        append(sink(), s);
    }

    std::string finish()
    {
        while (!m_open.empty())
            endParagraph();
        const auto last = m_out.find_last_not_of(" \t\r\n");
        if (last == std::string::npos)
            return {};
        m_out.resize(last + 1);
        m_out += '\n';
        return std::move(m_out);
    }

private:
    struct Paragraph
    {
        std::string text;
        bool pendingSpace = false; // white space seen after some text, written if more text follows
    };

    std::string &sink() { return m_open.empty() ? m_out : m_open.back().text; }

    void append(std::string &to, std::string_view s)
    {
        for (const char c : s)
            put(to, c);
    }

    // Every character of the text comes through here: runs of spaces and tabs are cut at
    // kMaxBlankRun, and the text held is counted against the budget.
    void put(std::string &to, char c)
    {
        if (c == ' ' || c == '\t') {
            std::size_t run = 0;
            for (auto it = to.rbegin(); it != to.rend() && run < kMaxBlankRun && (*it == ' ' || *it == '\t'); ++it)
                ++run;
            if (run == kMaxBlankRun)
                return;
        }
        to += c;
        if (++m_size > m_budget.maxTextBytes())
            m_budget.checkTextSize(m_size);
    }

    bool m_collapseSpaces;
    const ExtractionBudget &m_budget;
    std::size_t m_size = 0; // bytes put, in m_out and the open paragraphs
    std::vector<Paragraph> m_open;
    std::string m_out;
};

// Appends paragraphs to a text; both as TextBuilder::finish() leaves them (empty, or ending with one
// '\n'), and so is the result.
void appendParagraphs(std::string &text, std::string_view more)
{
    if (more.empty())
        return;
    if (!text.empty())
        text += '\n';
    text += more;
}

// Elements whose whole subtree holds no running text, or text that must stay out.
bool isSkippedWordElement(std::string_view name)
{
    static constexpr std::string_view kSkipped[] = {
        "del", // deleted runs of tracked changes
        "delText",   "delInstrText",
        "moveFrom", // moved text, at its old place (it also sits at the new one)
        "instrText", // field instructions (the field result is ordinary runs)
        "pPr",       "rPr",          "sectPr", "tblPr", "trPr", "tcPr", "tblGrid", "sdtPr", "sdtEndPr", // properties:
        // pPr holds tab stops named w:tab, which must not turn into tab characters
    };
    return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

// What a WordprocessingML part gives: the body's text and its note references, or the notes of a
// notes part.
struct WordPart
{
    std::string text; // document.xml: the body's paragraphs
    std::vector<std::string> noteReferences; // document.xml: "footnote 2", "endnote 1"... in reading order
    std::map<std::string, std::string> notes; // footnotes.xml, endnotes.xml: "footnote 2" -> its paragraphs
};

// Reads word/document.xml, or with `noteKind` ("footnote" or "endnote") the part holding those
// notes. The body and each note are read by the same rules; a note is keyed by kind and w:id, as
// the references of the body name it.
WordPart readWordPart(std::string_view xml, const std::string &partName, const ExtractionBudget &budget,
                      std::string_view noteKind = {})
{
    XmlReader r(xml, partName, budget);
    WordPart part;
    TextBuilder body(false, budget);
    std::optional<TextBuilder> note; // the note being read, in a notes part
    std::string noteKey;
    int noteDepth = -1;
    int skipDepth = -1; // depth of the element being skipped, -1 when none
    bool inText = false; // inside w:t
    // One flag per open mc:AlternateContent: has one of its branches been read yet? Word writes a
    // text box twice (DrawingML choice, VML fallback); reading both would count its text twice.
    std::vector<bool> alternates;

    while (r.next()) {
        const int type = r.type();
        if (skipDepth >= 0) {
            if (type == XML_READER_TYPE_END_ELEMENT && r.depth() == skipDepth)
                skipDepth = -1;
            continue;
        }
        TextBuilder &out = note ? *note : body;
        if (type == XML_READER_TYPE_ELEMENT) {
            const auto ns = r.namespaceUri();
            const auto name = r.localName();
            const bool empty = r.isEmptyElement();
            if (ns == kCompatibilityNamespace) {
                if (name == "AlternateContent" && !empty)
                    alternates.push_back(false);
                else if ((name == "Choice" || name == "Fallback") && !alternates.empty()) {
                    if (alternates.back() && !empty)
                        skipDepth = r.depth();
                    alternates.back() = true;
                }
                continue;
            }
            if (ns != kWordNamespace && ns != kWordStrictNamespace)
                continue;
            if (name == "p") {
                out.beginParagraph();
                if (empty)
                    out.endParagraph();
            } else if (name == "t")
                inText = !empty;
            else if (name == "tab" || name == "ptab")
                out.literal("\t");
            else if (name == "br" || name == "cr")
                out.literal("\n");
            else if (name == "noBreakHyphen")
                out.literal("-");
            else if (name == "softHyphen")
                out.literal("\xC2\xAD"); // U+00AD
            else if (name == "footnoteReference" || name == "endnoteReference") {
                const std::string kind = name == "footnoteReference" ? "footnote" : "endnote";
                if (const auto id = r.attribute("id", ns))
                    part.noteReferences.push_back(kind + ' ' + *id);
            } else if (!noteKind.empty() && name == noteKind && !note && !empty) {
                // The separator lines above the notes and the "continued" notices have a w:type;
                // a real note has none, or "normal".
                const auto id = r.attribute("id", ns);
                const auto kind = r.attribute("type", ns);
                if (!id || (kind && *kind != "normal")) {
                    skipDepth = r.depth();
                } else {
                    note.emplace(false, budget);
                    noteKey = std::string(noteKind) + ' ' + *id;
                    noteDepth = r.depth();
                }
            } else if (!empty && isSkippedWordElement(name))
                skipDepth = r.depth();
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            const auto ns = r.namespaceUri();
            const auto name = r.localName();
            if (ns == kCompatibilityNamespace && name == "AlternateContent" && !alternates.empty())
                alternates.pop_back();
            else if (ns == kWordNamespace || ns == kWordStrictNamespace) {
                if (name == "p")
                    out.endParagraph();
                else if (name == "t")
                    inText = false;
                else if (note && r.depth() == noteDepth) {
                    std::string text = note->finish();
                    text.erase(0, text.find_first_not_of(" \t")); // the space Word writes after the number
                    part.notes.emplace(std::move(noteKey), std::move(text));
                    note.reset();
                }
            }
        } else if (inText && r.isText())
            out.text(r.value());
    }
    part.text = body.finish();
    return part;
}

long spaceCount(const std::optional<std::string> &c)
{
    long n = 1;
    if (c) {
        const auto [end, error] = std::from_chars(c->data(), c->data() + c->size(), n);
        if (error != std::errc() || end != c->data() + c->size() || n < 1)
            n = 1;
    }
    return std::min(n, static_cast<long>(kMaxBlankRun)); // TextBuilder would cut the rest anyway
}

std::string odfText(std::string_view xml, const ExtractionBudget &budget)
{
    XmlReader r(xml, "content.xml", budget);
    TextBuilder body(true, budget);
    TextBuilder notes(true, budget); // note bodies, in document order, for after the body
    int skipDepth = -1;
    int bodyDepth = -1; // depth of office:text while inside it
    int noteDepth = -1; // depth of text:note while inside one
    bool sawBody = false;

    while (r.next()) {
        const int type = r.type();
        if (skipDepth >= 0) {
            if (type == XML_READER_TYPE_END_ELEMENT && r.depth() == skipDepth)
                skipDepth = -1;
            continue;
        }
        // A note sits in the middle of the paragraph that cites it: its paragraphs go to `notes`,
        // and the citing sentence reads on as if it were not there.
        TextBuilder &out = noteDepth >= 0 ? notes : body;
        if (type == XML_READER_TYPE_ELEMENT) {
            const auto ns = r.namespaceUri();
            const auto name = r.localName();
            const bool empty = r.isEmptyElement();
            if (bodyDepth < 0) {
                if (ns == kOfficeNamespace && name == "text") {
                    sawBody = true;
                    if (!empty)
                        bodyDepth = r.depth();
                }
                continue;
            }
            if (ns == kTextNamespace) {
                if (name == "p" || name == "h") {
                    out.beginParagraph();
                    if (empty)
                        out.endParagraph();
                } else if (name == "s")
                    out.literal(
                        std::string(static_cast<std::size_t>(spaceCount(r.attribute("c", kTextNamespace))), ' '));
                else if (name == "tab")
                    out.literal("\t");
                else if (name == "line-break")
                    out.literal("\n");
                else if (name == "note" && !empty)
                    noteDepth = r.depth();
                // Old versions of changed text, a note's number, ruby annotations.
                else if (!empty && (name == "tracked-changes" || name == "note-citation" || name == "ruby-text"))
                    skipDepth = r.depth();
            } else if (!empty
                       && ((ns == kOfficeNamespace && name == "annotation")
                           || (ns == kSvgNamespace && (name == "title" || name == "desc"))))
                skipDepth = r.depth(); // comments; alternative text of images and frames
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (r.depth() == bodyDepth)
                bodyDepth = -1;
            else if (r.depth() == noteDepth)
                noteDepth = -1;
            else if (bodyDepth >= 0 && r.namespaceUri() == kTextNamespace
                     && (r.localName() == "p" || r.localName() == "h"))
                out.endParagraph();
        } else if (bodyDepth >= 0 && out.inParagraph() && r.isText())
            out.text(r.value());
    }
    if (!sawBody)
        throw ImportError(
            { .kind = ImportProblem::Kind::NotOpenDocument, .detail = "no office:text body in content.xml" });
    std::string text = body.finish();
    appendParagraphs(text, notes.finish());
    budget.checkTextSize(text.size());
    return text;
}

} // namespace

std::string docxToText(std::string_view bytes, const ExtractionBudget &budget)
{
    if (bytes.starts_with(kCompoundFileMagic))
        throw ImportError(ImportProblem::Kind::OldWordDocument);
    const auto zip = ZipArchive::open(bytes);
    if (!zip.contains("word/document.xml"))
        throw ImportError(ImportProblem::Kind::NotWordDocument);
    WordPart document = readWordPart(zip.read("word/document.xml"), "word/document.xml", budget);
    if (document.noteReferences.empty())
        return std::move(document.text);
    // The notes parts are read through the same archive, so the zip-bomb limits count them too.
    std::map<std::string, std::string> notes;
    for (const char *kind : { "footnote", "endnote" }) {
        const std::string partName = std::string("word/") + kind + "s.xml";
        if (zip.contains(partName))
            notes.merge(readWordPart(zip.read(partName), partName, budget, kind).notes);
    }
    // In the order of their references; a note referenced twice (or not at all) is written once (or not).
    std::string text = std::move(document.text);
    for (const std::string &reference : document.noteReferences) {
        const auto it = notes.find(reference);
        if (it == notes.end())
            continue;
        appendParagraphs(text, it->second);
        notes.erase(it);
    }
    budget.checkTextSize(text.size());
    return text;
}

std::string odtToText(std::string_view bytes, const ExtractionBudget &budget)
{
    const auto zip = ZipArchive::open(bytes);
    // The mimetype entry is optional, but when present it tells a spreadsheet from a text.
    if (zip.contains("mimetype")) {
        const std::string mimeType = trimmedField(zip.read("mimetype"));
        if (mimeType != kOdtMimeType) {
            const bool printable = mimeType.size() <= 80
                && std::all_of(mimeType.begin(), mimeType.end(), [](char c) { return c > 0x20 && c < 0x7F; });
            throw ImportError({ .kind = ImportProblem::Kind::NotOpenDocument,
                                .value = printable ? mimeType : std::string(),
                                .detail = printable ? std::string() : "unexpected mimetype" });
        }
    }
    // ODF encrypts entries itself (the ZIP layer sees plain stored data): the manifest tells.
    if (zip.contains("META-INF/manifest.xml")
        && zip.read("META-INF/manifest.xml").find("encryption-data") != std::string::npos)
        throw ImportError(ImportProblem::Kind::PasswordProtectedOdt);
    if (!zip.contains("content.xml"))
        throw ImportError({ .kind = ImportProblem::Kind::NotOpenDocument, .detail = "content.xml missing" });
    return odfText(zip.read("content.xml"), budget);
}

} // namespace vigie::core
