// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What kind of document a programme is (issue 13; docs/counting.md, "One document per list").
// A list may publish several documents for a round: its profession de foi, the easy-read (FALC)
// twin of it, an accessible version, a programme of its own, tracts. "A list's programme mentions
// a theme" reads one of them, the primary one, chosen by a precedence the study keeps.
namespace vigie::core {

enum class DocumentKind {
    Programme, // a programme the list published (a website, a booklet): the default
    ProfessionDeFoi, // the statement sent to every voter by the Ministry's mailing
    Accessible, // the same statement in an accessible version (large print, tagged PDF)
    EasyRead, // "facile à lire et à comprendre" (FALC): a simplified rewrite
    Tract, // a leaflet, a flyer
};

// Every kind, in the default precedence's order.
const std::vector<DocumentKind> &documentKinds();

// Stable ids, as stored and as the manifest's "kind" column and the CLI take them:
// "programme", "profession_foi", "accessible", "falc", "tract".
std::string_view documentKindId(DocumentKind kind);
// The id, or a French or English word for it ("profession de foi", "easy-read", "FALC",
// "tract", "leaflet"...), case and accents ignored; nullopt when it is none of them.
std::optional<DocumentKind> parseDocumentKind(std::string_view text);
std::string_view documentKindLabel(DocumentKind kind, bool french);

// Which document of a list and round is its primary one: the first kind of the precedence that
// it has (a kind left out of the precedence comes after every kind in it, in the default order);
// among documents of one kind, the longest (most words), then the first imported.
using DocumentPrecedence = std::vector<DocumentKind>;
// programme, profession_foi, accessible, falc, tract: the fullest text first, the easy-read
// rewrite after the statement it simplifies, tracts last.
const DocumentPrecedence &defaultDocumentPrecedence();
// "profession_foi,programme,falc": ids (or words parseDocumentKind() takes) separated by commas;
// nullopt when one is unknown or repeated. The kinds left out are appended in the default order.
std::optional<DocumentPrecedence> parseDocumentPrecedence(std::string_view text);
std::string documentPrecedenceText(const DocumentPrecedence &precedence); // "programme,profession_foi,..."
// The rank of `kind` in `precedence` (0 first).
int documentRank(const DocumentPrecedence &precedence, DocumentKind kind);

} // namespace vigie::core
