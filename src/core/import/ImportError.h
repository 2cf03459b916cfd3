// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Utf8.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigie::core {

// Why something to import could not be read, as data: what went wrong (the kind), where (the file
// and line to fix) and the values a message needs. core words it in English (message(), text():
// the CLI and ImportError::what()); the window words each kind in the user's language from the
// same fields. A plain value type, copied into ImportReport.
//
// Fields a kind does not use stay empty. English sentences are built in ImportError.cpp only.
struct ImportProblem
{
    enum class Kind {
        // Reading a document (Importer.cpp)
        NoSuchFile,
        IsFolder,
        FileTooLarge, // limitMb: the limit
        CannotOpen,
        ReadError,
        UnsupportedType, // value: the extension; expected: the extensions Vigie reads
        NoText,
        NotRegularFile, // value: what it is (RegularFile::special: "fifo", "socket", "character-device"...)
        // Budgets of one document (ExtractionBudget.h), checked by every extractor
        TextTooLong, // limitMb: the limit on the extracted text
        ExtractionTooSlow, // value: the time limit in seconds ("60")
        Cancelled, // the user cancelled while the document was being read
        // Walking a folder (Importer::entriesForPaths): what is skipped, and why
        UnreadableFolder, // detail: the system's words ("Permission denied")
        BrokenLink, // value: where the link points
        LinkLoop, // a symbolic link that leads back to itself
        FolderLink, // value: where it points; links to folders are not followed
        FileNameNotUtf8, // value: the name with its bad bytes as \xNN
        TooLargeForMemory, // reading, converting or tagging it ran out of memory (std::bad_alloc)
        // Text encodings (TextDecoder.cpp, HtmlText.cpp, MarkdownText.cpp)
        InvalidEncoding, // encoding, position: a UTF-16 or single-byte text with a bad unit or byte
        TruncatedText, // encoding: UTF-16 with an odd number of bytes
        InvalidUtf8, // position: UTF-8 with some bad bytes (damaged, or encodings mixed)
        InvalidUtf8AfterBom, // position
        UndecodedText, // value: "HTML" or "Markdown", position: given bytes, not decoded UTF-8 text
        BinaryFile,
        UnsupportedEncoding, // encoding; encodingGuessed when only the detector says so
        EncodingUnavailable, // encoding, detail: ICU has no converter for it (a broken installation)
        // PDF (PdfText.cpp)
        DamagedPdf,
        PasswordProtectedPdf,
        PdfWithoutText, // value: "never" when OCR was off, empty when OCR read nothing either
        OcrUnavailable, // Tesseract or its French data (tesseract-ocr-fra) cannot be loaded
        PdfPageTooDense, // value: the page number; the page draws more than 100,000 characters
        // HTML (HtmlText.cpp)
        HtmlUnparsable,
        // ZIP archives under .docx and .odt (ZipArchive.cpp)
        NotZip,
        DamagedZip, // detail: what is wrong, in English ("CRC error in \"word/document.xml\"")
        UnsupportedZip, // detail: the whole English sentence ("ZIP64 archives are not supported")
        ZipBomb, // detail: which limit, in English ("the archive has more than 10,000 entries")
        MissingZipEntry, // part
        OutOfMemory, // detail: what could not start, in English ("cannot start decompression")
        // Word and OpenDocument (OfficeText.cpp)
        OldWordDocument, // a .doc, or a password-protected .docx (both are compound files)
        NotWordDocument,
        NotOpenDocument, // value: the mimetype when that is the reason; detail otherwise, in English
        PasswordProtectedOdt,
        DamagedOfficeXml, // part, partLine (0 if unknown), detail: libxml2's words, or empty
        OfficeDoctype, // part: a document type declaration, refused (entity expansion)
        // Manifests and projects lists (Manifest.cpp); source and line name the place to fix
        CannotOpenList,
        ListNotUtf8, // position
        UnterminatedQuote, // line: where the quoted field starts
        InvalidJson, // detail: the parser's words, in English
        JsonNotList, // expected: the list key ("programmes", "projects")
        JsonEntryNotObject,
        JsonValueNotScalar, // column: the key
        UnknownColumn, // column; expected: the known columns, comma-separated
        UnknownKey, // column
        MissingColumn, // column
        WrongFieldCount, // value: the row's field count; expected: the header's
        EmptyList,
        NotWholeNumber, // column, value
        BadYesNo, // column, value
        BadAmount, // column, value
        UnknownDocumentKind, // column, value; expected: the kinds' ids, comma-separated
        OutOfRange, // column, value; expected: the range, "1900–2100"
        BadFileName, // column; value: the name with control characters escaped (a NUL inside)
        MissingFile, // a manifest row naming no file
        MissingTitle, // a project without a title
        // Cities not resolved (Importer.cpp, from the gazetteer). detail holds the gazetteer's own
        // English sentence (vigie-cli cities prints the same), value the city as given.
        NoCityName,
        UnknownDepartment, // department
        UnknownCommune,
        CommuneNotInDepartment, // department as given (empty when it came in parentheses)
        AmbiguousCommune, // candidates: INSEE codes
        // Imported, but the text looks damaged (TextQuality::low()): knownShare, oneLetterShare,
        // garbledShare say how.
        LowTextQuality,
        // Imported, but its text is already the document of another list (listYear, listRound,
        // value: the commune's INSEE code, listPanel), which keeps it (CorpusStore::putProgramme).
        SameTextOtherList,
        // Anything else a batch meets (a storage error...): detail is its English message.
        Other,
    };

    // Made with designated initializers, `ImportProblem { .kind = Kind::NotWholeNumber, .source =
    // path, ... }`: every member has an initializer, so that GCC 12 does not warn about the others.
    Kind kind = Kind::Other;
    std::string source {}; // the file to fix, when known: empty in the extractors, which read bytes
    int line = 0; // 1-based line in `source`, 0 when none
    std::string column {}; // a manifest column or JSON key
    std::string value {}; // the value as written ("deux mille", ".csv", a mimetype, a city)
    std::string expected {}; // what would have fitted (the known columns, a field count, a list key)
    std::size_t limitMb = 0; // a size limit, in MB of 2^20 bytes
    std::string encoding {}; // "UTF-16LE", "windows-1252", "Shift_JIS"...
    bool encodingGuessed = false; // `encoding` is the detector's guess, not a byte order mark's
    std::optional<Utf8Problem> position {}; // where a text stops being valid: byte, line, column
    std::string part {}; // inside a document: a ZIP entry or XML part ("word/document.xml")
    int partLine = 0; // line in `part`, 0 if unknown
    std::string department {}; // a department as given
    std::vector<std::string> candidates {}; // INSEE codes of the communes sharing a name
    std::string detail {}; // English words from a library or a low-level check, as the kind says
    double knownShare = -1; // LowTextQuality: words the French word list knows (-1: not measured)
    double oneLetterShare = 0; // LowTextQuality: lone letters among the words
    double garbledShare = 0; // LowTextQuality: garbled places (wrong encoding) per word
    std::int64_t listYear = 0; // SameTextOtherList: the list that keeps the text
    std::int64_t listRound = 0;
    std::int64_t listPanel = 0;

    // The problem in an English sentence, without its place: "year \"x\" is not a whole number".
    std::string message() const;
    // With its place: "manifest.csv:3: year \"x\" is not a whole number" (source, then line).
    std::string text() const;
};

// Thrown by every reader in import/ with the problem; what() is ImportProblem::text(). The
// extractors (pdfToText, decodeText...) read bytes and leave the source empty: the caller knows
// the file. Manifest readers set the source and the line.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(ImportProblem problem);
    explicit ImportError(ImportProblem::Kind kind);

    const ImportProblem &problem() const { return m_problem; }
    ImportProblem::Kind kind() const { return m_problem.kind; }
    const std::string &source() const { return m_problem.source; }
    int line() const { return m_problem.line; }

private:
    ImportProblem m_problem;
};

// The problem an exception stands for: an ImportError's own, TooLargeForMemory for
// std::bad_alloc (whose what() is only "std::bad_alloc"), else Kind::Other with its message.
ImportProblem importProblemOf(const std::exception &e);

} // namespace vigie::core
