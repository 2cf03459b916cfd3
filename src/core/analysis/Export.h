// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/SizeClasses.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;
struct CrosstabResult;
namespace stats {
struct CorrectedShare;
}

// CSV exports of a study, the same from the CLI and the window: RFC 4180, UTF-8, comma-separated,
// one header line; numbers with a dot; fields quoted by csvField() (analysis/TableExport.h).
// Throw StorageError.

// One row per programme: metadata, commune, size class, words, then the rolled-up count of every
// theme of the current dictionary (one column per theme id).
// Exports of a synthetic study (the demo) end every row with this column, so that no figure taken
// from them can pass for real data; real studies' exports do not have it.
inline constexpr const char *kSyntheticColumn = "synthetic_data";
inline constexpr const char *kSyntheticValue = "DONNEES FICTIVES (etude de demonstration)";

// What every figure taken from a synthetic study says, in French or English.
std::string syntheticNotice(bool french);

void writeProgrammesCsv(CorpusStore &store, const SizeClasses &sizes, std::ostream &out);
// One row per mention of the current dictionary: programme, theme, term, offsets, matched text.
void writeMentionsCsv(CorpusStore &store, std::ostream &out);
// The numbers behind a crosstab: one row per theme and group, then the theme's total row. With
// `corrected` (correctCrosstab()'s rows), four more columns after per_10k_words: the corrected
// share, its interval, and why it is missing or clipped (correctionNote in English).
void writeCrosstabCsv(const CrosstabResult &result, std::ostream &out,
                      const std::vector<std::vector<stats::CorrectedShare>> *corrected = nullptr);

// "chi-square", "Fisher exact", "Fisher (Monte Carlo)", "not testable".
std::string testMethodName(int method);

// `v` with `decimals` digits after a dot ("0.500000"); empty for NaN (a share of no programme).
std::string formatFixed(double v, int decimals);

} // namespace vigie::core
