// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The XML pull parser of the Office readers (.docx, .odt and .xlsx parts), private to import/.
#include "import/ExtractionBudget.h"
#include "import/ImportError.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <climits>
#include <optional>
#include <string>
#include <string_view>

namespace vigie::core::office {

// The budget's clock is read once per this many XML nodes.
inline constexpr unsigned kNodesPerCheck = 4096;

inline std::string_view view(const xmlChar *s)
{
    return s ? std::string_view(reinterpret_cast<const char *>(s)) : std::string_view();
}

// A pull parser over one XML part. It fetches nothing (no network, no external entities, no DTD
// loading), refuses document type declarations outright and keeps libxml2's default limits
// (no XML_PARSE_HUGE); any error, recoverable or not, is reported as a damaged document.
class XmlReader
{
public:
    XmlReader(std::string_view xml, std::string_view partName, const ExtractionBudget &budget)
        : m_partName(partName)
        , m_budget(budget)
    {
        // Once per process before any parsing, for thread safety; never undone (xmlCleanupParser
        // would pull libxml2 from under other users).
        [[maybe_unused]] static const bool initialised = [] {
            xmlInitParser();
            return true;
        }();
        if (xml.size() > INT_MAX)
            throw ImportError({ .kind = ImportProblem::Kind::FileTooLarge, .limitMb = 2048 });
        m_reader = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!m_reader)
            throw ImportError({ .kind = ImportProblem::Kind::OutOfMemory, .detail = "cannot parse " + m_partName });
        xmlTextReaderSetStructuredErrorHandler(m_reader, onError, this);
    }
    ~XmlReader() { xmlFreeTextReader(m_reader); }
    XmlReader(const XmlReader &) = delete;
    XmlReader &operator=(const XmlReader &) = delete;

    // Moves to the next node; false at the end of the document.
    bool next()
    {
        if (++m_nodes % kNodesPerCheck == 0)
            m_budget.check();
        const int ret = xmlTextReaderRead(m_reader);
        if (!m_error.empty() || ret < 0)
            throw ImportError({ .kind = ImportProblem::Kind::DamagedOfficeXml,
                                .part = m_partName,
                                .partLine = m_errorLine,
                                .detail = m_error });
        if (ret == 1 && type() == XML_READER_TYPE_DOCUMENT_TYPE)
            throw ImportError({ .kind = ImportProblem::Kind::OfficeDoctype, .part = m_partName });
        return ret == 1;
    }

    int type() const { return xmlTextReaderNodeType(m_reader); }
    int depth() const { return xmlTextReaderDepth(m_reader); }
    bool isEmptyElement() const { return xmlTextReaderIsEmptyElement(m_reader) == 1; }
    std::string_view localName() const { return view(xmlTextReaderConstLocalName(m_reader)); }
    std::string_view namespaceUri() const { return view(xmlTextReaderConstNamespaceUri(m_reader)); }
    std::string_view value() const { return view(xmlTextReaderConstValue(m_reader)); }
    bool isText() const
    {
        const int t = type();
        return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA || t == XML_READER_TYPE_WHITESPACE
            || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
    }

    // An attribute in `namespaceUri`, or without a namespace when it is empty.
    std::optional<std::string> attribute(const char *localName, std::string_view namespaceUri) const
    {
        const std::string ns(namespaceUri);
        xmlChar *v = ns.empty() ? xmlTextReaderGetAttribute(m_reader, reinterpret_cast<const xmlChar *>(localName))
                                : xmlTextReaderGetAttributeNs(m_reader, reinterpret_cast<const xmlChar *>(localName),
                                                              reinterpret_cast<const xmlChar *>(ns.c_str()));
        if (!v)
            return std::nullopt;
        std::string out(view(v));
        xmlFree(v);
        return out;
    }

private:
    // libxml2 2.12 made the error parameter const: let the compiler pick the signature.
    template <typename Error> static void onError(void *self, Error error)
    {
        auto *reader = static_cast<XmlReader *>(self);
        if (!error || error->level < XML_ERR_ERROR || !reader->m_error.empty())
            return;
        std::string message = error->message ? error->message : "malformed XML";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        reader->m_error = message;
        reader->m_errorLine = error->line;
    }

    xmlTextReaderPtr m_reader = nullptr;
    std::string m_partName;
    const ExtractionBudget &m_budget;
    unsigned m_nodes = 0;
    std::string m_error; // the first error reported, empty while all is well
    int m_errorLine = 0;
};

} // namespace vigie::core::office
