// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace vigie::core {

// What reading one document may spend: time, and bytes of extracted text. A hostile file can be
// small and still cost minutes (a PDF page drawing one form thousands of times) or gigabytes (an
// .odt asking for a thousand spaces a few bytes at a time); each extractor checks its budget where
// it can stop, so that such a file is refused with a message instead of hanging or exhausting
// memory, and so that Cancel reaches inside a long document.
//
// Where the extractors check: the PDF reader between pages and, through poppler's hooks, inside a
// page (between form XObjects and every few operators), the Office readers every few
// thousand XML nodes and as their text grows, the HTML reader every few thousand nodes of its
// tree, the Markdown reader every few thousand lines; every extractor's whole text is checked
// against the size limit, and the importer checks again after NFC.
//
// The clock starts when the budget is made: make one per document, just before reading it.
// Ownership: the cancel token, when given, must outlive the budget. Threads: const and
// read-only, used by the one thread reading the document. Errors: ImportError of kind Cancelled,
// ExtractionTooSlow (value: the limit in seconds) or TextTooLong (limitMb).
class ExtractionBudget
{
public:
    // A long municipal programme is a few hundred kB of text and reads in well under a second;
    // the limits leave a margin of two orders of magnitude and more.
    static constexpr std::chrono::milliseconds kDefaultTimeLimit { 60'000 };
    static constexpr std::size_t kMaxTextBytes = std::size_t(64) << 20;

    explicit ExtractionBudget(std::chrono::milliseconds timeLimit = kDefaultTimeLimit,
                              const std::atomic_bool *cancel = nullptr, std::size_t maxTextBytes = kMaxTextBytes);

    // Throws Cancelled when the token is set, ExtractionTooSlow when the time is spent.
    void check() const;
    // Whether check() would throw: for code that must not throw (inside poppler's callbacks).
    bool isSpent() const;
    // Moves the deadline `extra` later (and the limit a message names): for work known to be slow,
    // such as a page read by OCR. Const like the checks: the one reading thread owns the budget.
    void allowMore(std::chrono::milliseconds extra) const;
    // Throws TextTooLong when a text of `bytes` bytes passes the limit.
    void checkTextSize(std::size_t bytes) const;

    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }
    std::size_t maxTextBytes() const { return m_maxTextBytes; }

private:
    mutable std::chrono::milliseconds m_timeLimit;
    mutable std::chrono::steady_clock::time_point m_deadline;
    const std::atomic_bool *m_cancel;
    std::size_t m_maxTextBytes;
};

} // namespace vigie::core
