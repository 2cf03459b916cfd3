// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentKind.h"

#include "text/Folding.h"

#include <algorithm>

namespace vigie::core {

namespace {

struct KindInfo
{
    DocumentKind kind;
    std::string_view id;
    std::string_view fr;
    std::string_view en;
    std::vector<std::string_view> words; // folded (lower case, no accents, '_' and '-' as spaces)
};

const std::vector<KindInfo> &kinds()
{
    static const std::vector<KindInfo> table = {
        { DocumentKind::Programme, "programme", "programme", "programme", { "programme", "program" } },
        { DocumentKind::ProfessionDeFoi,
          "profession_foi",
          "profession de foi",
          "candidate statement",
          { "profession foi", "profession de foi", "candidate statement", "statement" } },
        { DocumentKind::Accessible,
          "accessible",
          "version accessible",
          "accessible version",
          { "accessible", "version accessible", "accessible version", "profession foi accessible" } },
        { DocumentKind::EasyRead,
          "falc",
          "facile à lire (FALC)",
          "easy-read",
          { "falc", "easy read", "facile a lire", "facile a lire et a comprendre", "profession foi falc" } },
        { DocumentKind::Tract, "tract", "tract", "leaflet", { "tract", "leaflet", "flyer" } },
    };
    return table;
}

const KindInfo &info(DocumentKind kind)
{
    for (const KindInfo &k : kinds())
        if (k.kind == kind)
            return k;
    return kinds().front();
}

std::string fold(std::string_view text)
{
    std::string s = toUtf8(foldToken(fromUtf8(text)));
    for (char &c : s)
        if (c == '_' || c == '-')
            c = ' ';
    const auto a = s.find_first_not_of(' ');
    if (a == std::string::npos)
        return {};
    s = s.substr(a, s.find_last_not_of(' ') - a + 1);
    s.erase(std::unique(s.begin(), s.end(), [](char x, char y) { return x == ' ' && y == ' '; }), s.end());
    return s;
}

} // namespace

const std::vector<DocumentKind> &documentKinds()
{
    static const std::vector<DocumentKind> all = [] {
        std::vector<DocumentKind> out;
        for (const KindInfo &k : kinds())
            out.push_back(k.kind);
        return out;
    }();
    return all;
}

std::string_view documentKindId(DocumentKind kind)
{
    return info(kind).id;
}

std::string_view documentKindLabel(DocumentKind kind, bool french)
{
    return french ? info(kind).fr : info(kind).en;
}

std::optional<DocumentKind> parseDocumentKind(std::string_view text)
{
    for (const KindInfo &k : kinds())
        if (text == k.id)
            return k.kind;
    const std::string folded = fold(text);
    for (const KindInfo &k : kinds())
        if (std::find(k.words.begin(), k.words.end(), folded) != k.words.end())
            return k.kind;
    return std::nullopt;
}

const DocumentPrecedence &defaultDocumentPrecedence()
{
    return documentKinds();
}

std::optional<DocumentPrecedence> parseDocumentPrecedence(std::string_view text)
{
    DocumentPrecedence out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view part = text.substr(start, comma - start);
        start = comma + 1;
        if (fold(part).empty())
            continue;
        const auto kind = parseDocumentKind(part);
        if (!kind || std::find(out.begin(), out.end(), *kind) != out.end())
            return std::nullopt;
        out.push_back(*kind);
    }
    for (DocumentKind k : documentKinds())
        if (std::find(out.begin(), out.end(), k) == out.end())
            out.push_back(k);
    return out;
}

std::string documentPrecedenceText(const DocumentPrecedence &precedence)
{
    std::string out;
    for (DocumentKind k : precedence)
        out += (out.empty() ? "" : ",") + std::string(documentKindId(k));
    return out;
}

int documentRank(const DocumentPrecedence &precedence, DocumentKind kind)
{
    const auto it = std::find(precedence.begin(), precedence.end(), kind);
    if (it != precedence.end())
        return static_cast<int>(it - precedence.begin());
    return static_cast<int>(precedence.size()) + static_cast<int>(kind);
}

} // namespace vigie::core
