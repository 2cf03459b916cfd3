// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;

// One line of a concordance: the match with its context, and where it is.
struct ConcordanceLine
{
    std::int64_t programme = 0;
    std::int64_t start = 0; // code points in the programme's text
    std::int64_t end = 0;
    std::string left; // context before the match, line breaks shown as spaces
    std::string match; // the matched text as written
    std::string right; // context after the match
    std::string theme; // theme id (theme queries), empty for a phrase query
    std::string term; // what counted it (theme queries): the term, or "rule <name>"
};

struct ConcordanceQuery
{
    enum class Sort { Document, Left, Right };
    // Exactly one of the two: a theme id (its stored mentions and its descendants'), or a word or
    // phrase matched with the tagger's rules (case, accents, plurals, elisions; '*' for a prefix).
    std::string theme;
    std::string phrase;
    int context = 60; // code points on each side
    Sort sort = Sort::Document;
    std::int64_t limit = 0; // 0: no limit
    // Looked at before each programme: when it becomes true the query stops and returns what it
    // has (the caller drops it). May be null.
    const std::atomic_bool *cancel = nullptr;
};

// A place in a programme's text, in code points.
struct TextSpan
{
    std::int64_t programme = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// Keyword in context over the study's programmes. Sorting by left context orders by the words
// nearest the match first (reading leftwards), as concordancers do; comparisons fold case and
// accents. Throws StorageError, or std::invalid_argument for an unknown theme or an empty query.
std::vector<ConcordanceLine> concordance(CorpusStore &store, const ConcordanceQuery &query);

// Lines for the given places, in the order given (the dictionary editor's hits of one term, which
// are not stored). Places past the end of their text are clipped. Throws StorageError.
std::vector<ConcordanceLine> concordanceAt(CorpusStore &store, const std::vector<TextSpan> &places, int context);

} // namespace vigie::core
