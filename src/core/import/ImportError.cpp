// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportError.h"

#include <cmath>

#include "io/RegularFile.h"
#include <new>

namespace vigie::core {

namespace {

std::string quoted(const std::string &s)
{
    return "\"" + s + "\"";
}

// "invalid byte 0xE9 at byte 5 (line 1, column 2)"; empty when the problem has no position.
std::string where(const ImportProblem &p)
{
    return p.position ? p.position->describe() : std::string();
}

// "256 MB", "2 GB".
std::string megabytes(std::size_t mb)
{
    return mb >= 1024 && mb % 1024 == 0 ? std::to_string(mb / 1024) + " GB" : std::to_string(mb) + " MB";
}

} // namespace

std::string ImportProblem::message() const
{
    using enum Kind;
    switch (kind) {
    case NoSuchFile:
        return "no such file";
    case IsFolder:
        return "is a folder, not a file";
    case FileTooLarge:
        return "file larger than " + megabytes(limitMb) + ": not a programme";
    case CannotOpen:
        return "cannot open the file";
    case ReadError:
        return "read error";
    case UnsupportedType:
        return "unsupported file type " + quoted(value) + " (Vigie reads " + expected + ")";
    case NoText:
        return "no text in the document";
    case TextTooLong:
        return "the document's text is larger than " + megabytes(limitMb) + ": not a programme";
    case ExtractionTooSlow:
        return "reading the document took longer than " + value + " s: refused";
    case Cancelled:
        return "cancelled";
    case NotRegularFile:
        return "is " + describeSpecialFile(value) + ", not a file";
    case UnreadableFolder:
        return "folder not readable (" + detail + "): skipped";
    case BrokenLink:
        return "broken link to " + quoted(value) + ": skipped";
    case LinkLoop:
        return "the link leads back to itself: skipped";
    case FolderLink:
        return "link to the folder " + quoted(value) + ": links to folders are not followed";
    case FileNameNotUtf8:
        return "the file name is not UTF-8 (" + value + "): rename it (convmv -f latin1 -t utf8)";
    case TooLargeForMemory:
        return "the document is too large to process in memory";
    case InvalidEncoding:
        return "invalid " + encoding + " text: " + where(*this);
    case TruncatedText:
        return "invalid " + encoding + " text: odd number of bytes (truncated file?)";
    case InvalidUtf8:
        return "invalid UTF-8 (damaged file or mixed encodings?): " + where(*this);
    case InvalidUtf8AfterBom:
        return "invalid UTF-8 after a UTF-8 byte order mark: " + where(*this);
    case UndecodedText:
        return value + " text is not valid UTF-8 (decode the file first): " + where(*this);
    case BinaryFile:
        return "binary file, not text";
    case UnsupportedEncoding:
        return "unsupported text encoding (" + (encodingGuessed ? "looks like " + encoding : encoding) + ")";
    case EncodingUnavailable:
        return "cannot read " + encoding + " text: " + detail;
    case DamagedPdf:
        return "not a valid PDF (damaged or truncated)";
    case PasswordProtectedPdf:
        return "password-protected PDF";
    case PdfPageTooDense:
        return "page " + value + " of the PDF draws more than 100,000 characters: refused";
    case PdfWithoutText:
        if (value == "never")
            return "the PDF has no text layer (scanned pages?) and OCR is off: import it with OCR (--ocr auto)";
        return "the PDF has no text, and OCR read none on its pages";
    case OcrUnavailable:
        return "OCR is not available: Tesseract's French data (Debian package tesseract-ocr-fra) cannot be loaded";
    case LowTextQuality: {
        const auto pct = [](double v) {
            return std::to_string(static_cast<long long>(std::lround(100 * v))) + " %";
        };
        std::string why = "imported, but its text looks damaged (";
        if (knownShare >= 0)
            why += pct(knownShare) + " of its words are French words, ";
        return why + pct(oneLetterShare) + " are lone letters, "
            + std::to_string(static_cast<long long>(std::lround(100 * garbledShare)))
            + " garbled characters per 100 words): a scan, letter-spaced titles or a wrong encoding? Read it "
              "before counting it";
    }
    case SameTextOtherList:
        return "the same text is already the document of list " + std::to_string(listPanel) + " of commune " + value
            + ", round " + std::to_string(listRound) + " of " + std::to_string(listYear)
            + ": it stays that list's document (a text is one document; remove it from the study to move it)";
    case HtmlUnparsable:
        return "HTML page could not be parsed";
    case NotZip:
        return "not a ZIP archive";
    case DamagedZip:
        return "damaged ZIP archive (" + detail + ")";
    case UnsupportedZip:
        return detail;
    case ZipBomb:
        return detail + ": refused as a possible zip bomb";
    case MissingZipEntry:
        return "no entry " + quoted(part) + " in the ZIP archive";
    case OutOfMemory:
        return detail + " (out of memory?)";
    case OldWordDocument:
        return "not a .docx file: an old-format (.doc) or password-protected Word document";
    case NotWordDocument:
        return "not a Word document (word/document.xml missing)";
    case NotOpenDocument:
        return "not an OpenDocument text (" + (value.empty() ? detail : "mimetype is " + value) + ")";
    case PasswordProtectedOdt:
        return "password-protected OpenDocument text";
    case DamagedOfficeXml:
        return "damaged document: " + (detail.empty() ? std::string("malformed XML") : detail) + " (" + part
            + (partLine > 0 ? ", line " + std::to_string(partLine) : std::string()) + ")";
    case OfficeDoctype:
        return "damaged document: " + part + " has a document type declaration, which Office files never need";
    case CannotOpenList:
        return "cannot open the manifest";
    case ListNotUtf8:
        return "the manifest is not UTF-8 text: " + where(*this);
    case UnterminatedQuote:
        // Says its line itself (text() does not repeat it): "manifest.csv: line 2: ...".
        return "line " + std::to_string(line) + ": a quoted field is never closed";
    case InvalidJson:
        return "invalid JSON: " + detail;
    case JsonNotList:
        return "expected an array of " + expected + ", or {" + quoted(expected) + ": [...]}";
    case JsonEntryNotObject:
        return "each entry must be an object";
    case JsonValueNotScalar:
        return quoted(column) + " must be a string or a number";
    case UnknownColumn:
        return "unknown column " + quoted(column) + " (columns: " + expected + ")";
    case UnknownKey:
        return "unknown key " + quoted(column);
    case MissingColumn:
        return "no " + quoted(column) + " column";
    case WrongFieldCount:
        return value + " fields, the header has " + expected;
    case EmptyList:
        return "empty file";
    case NotWholeNumber:
        return column + " " + quoted(value) + " is not a whole number";
    case BadYesNo:
        return column + " " + quoted(value) + " should be oui/non (or 1/0, true/false)";
    case BadAmount:
        return column + " " + quoted(value) + " is not an amount";
    case UnknownDocumentKind:
        return column + " " + quoted(value) + " is not a kind of document (" + expected + ")";
    case OutOfRange:
        return column + " " + quoted(value) + " is out of range (" + expected + ")";
    case BadFileName:
        return column + " " + quoted(value) + " is not a file name (it holds a control character)";
    case MissingFile:
        return "no file named";
    case MissingTitle:
        return "a project needs a title";
    case NoCityName:
    case UnknownDepartment:
    case UnknownCommune:
    case CommuneNotInDepartment:
    case AmbiguousCommune:
    case Other:
        return detail;
    }
    return detail;
}

std::string ImportProblem::text() const
{
    if (source.empty())
        return message();
    const bool lineShown = line > 0 && kind != Kind::UnterminatedQuote;
    return source + (lineShown ? ":" + std::to_string(line) : std::string()) + ": " + message();
}

ImportError::ImportError(ImportProblem problem)
    : std::runtime_error(problem.text())
    , m_problem(std::move(problem))
{ }

ImportError::ImportError(ImportProblem::Kind kind)
    : ImportError(ImportProblem { .kind = kind })
{ }

ImportProblem importProblemOf(const std::exception &e)
{
    if (const auto *importError = dynamic_cast<const ImportError *>(&e))
        return importError->problem();
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return ImportProblem { .kind = ImportProblem::Kind::TooLargeForMemory };
    return ImportProblem { .kind = ImportProblem::Kind::Other, .detail = e.what() };
}

} // namespace vigie::core
