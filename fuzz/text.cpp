// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Normaliser, tokenizer and tagger on any UTF-8 text: NormalizedText::fromUtf8, the Tagger with the
// default dictionary (its Tokenizer with default options), and a second Tokenizer with every option
// off. As in the importer, the text is checked with findUtf8Problem first (NormalizedText's input
// must be valid UTF-8); invalid input is only checked to be reported as such.
//
// Nothing here throws on valid input. Checked: tokens are non-empty, in order, non-overlapping and
// inside the text; offsets back to the input never go backwards and end at its length in code
// points; mentions lie inside the text; the tokens are the same when every line goes through ICU's
// word BreakIterator as when ordinary Latin lines are segmented without it (SimpleWordBreak).

#include "Fuzz.h"

#include "DataPaths.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/NormalizedText.h"
#include "text/Tokenizer.h"
#include "text/Utf8.h"

#include <memory>
#include <vector>

using namespace vigie::core;

namespace {

// Compiled once: the default dictionary takes longer to load than most inputs take to tag.
Tagger &tagger()
{
    static Tagger instance(ThemeMatcher::compile(Dictionary::fromFile(defaultDictionaryPath())));
    return instance;
}

Tokenizer &plainTokenizer()
{
    static Tokenizer instance(
        TokenizerOptions { .splitCamelCase = false, .splitUnderscores = false, .punctuationBreaks = false });
    return instance;
}

Tokenizer &icuTokenizer()
{
    static Tokenizer instance(TokenizerOptions { .fastSegmentation = false });
    return instance;
}

void checkTokens(const NormalizedText &text, const std::vector<Token> &tokens)
{
    const auto size = static_cast<std::int32_t>(text.text().size());
    std::int32_t previousEnd = 0;
    std::int64_t previousOffset = 0;
    for (const Token &t : tokens) {
        VIGIE_FUZZ_CHECK(t.start >= previousEnd);
        VIGIE_FUZZ_CHECK(t.start < t.end);
        VIGIE_FUZZ_CHECK(t.end <= size);
        const std::int64_t offset = text.inputOffset(t.start);
        VIGIE_FUZZ_CHECK(offset >= previousOffset);
        VIGIE_FUZZ_CHECK(text.inputOffset(t.end) >= offset);
        previousEnd = t.end;
        previousOffset = offset;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view utf8 = vigie::fuzz::bytesOf(data, size);
    if (const auto problem = findUtf8Problem(utf8)) {
        VIGIE_FUZZ_CHECK(problem->byteOffset < size);
        VIGIE_FUZZ_CHECK(!problem->reason.empty());
        return 0;
    }
    const NormalizedText text = NormalizedText::fromUtf8(utf8);
    const std::int64_t length = countCodePoints(utf8);
    VIGIE_FUZZ_CHECK(text.inputOffset(static_cast<std::int32_t>(text.text().size())) == length);
    if (text.wasAlreadyNfc())
        VIGIE_FUZZ_CHECK(toNfc(std::string(utf8)) == utf8);

    const TagResult result = tagger().tag(text);
    checkTokens(text, tagger().lastTokens());
    VIGIE_FUZZ_CHECK(result.words >= 0);
    for (const Mention &m : result.mentions) {
        VIGIE_FUZZ_CHECK(0 <= m.start && m.start <= m.end && m.end <= length);
        VIGIE_FUZZ_CHECK(0 <= m.textStart && m.textStart < m.textEnd);
        VIGIE_FUZZ_CHECK(m.textEnd <= static_cast<std::int32_t>(text.text().size()));
    }
    for (std::size_t theme = 0; theme < result.counts.size(); ++theme)
        VIGIE_FUZZ_CHECK(result.counts[theme] >= result.ownCounts[theme]);

    std::vector<Token> tokens;
    icuTokenizer().tokenize(text.text(), tokens);
    const std::vector<Token> &fast = tagger().lastTokens();
    VIGIE_FUZZ_CHECK(tokens.size() == fast.size());
    for (std::size_t k = 0; k < tokens.size(); ++k)
        VIGIE_FUZZ_CHECK(tokens[k].start == fast[k].start && tokens[k].end == fast[k].end
                         && tokens[k].flags == fast[k].flags);

    plainTokenizer().tokenize(text.text(), tokens);
    checkTokens(text, tokens);
    return 0;
}
