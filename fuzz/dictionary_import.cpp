// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The readers of other tools' dictionaries (LIWC .dic and .dicx, WordStat .CAT, Lexicoder .lc3,
// quanteda YAML, REFI-QDA codebooks), as `vigie-cli dict import` and the dictionary view run them. The first byte
// picks the format, the rest is the file. A file that cannot be read gives DictionaryError, the
// only error caught.
//
// Checked: what an import gives compiles, tags a sentence, and survives being written and read
// back as a Vigie dictionary with the same fingerprint; every note names a line of the file.

#include "Fuzz.h"

#include "import/DictionaryImport.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto format = static_cast<DictionaryFormat>(data[0] % 6);
    const std::string_view bytes = vigie::fuzz::bytesOf(data + 1, size - 1);
    DictionaryImport imported;
    try {
        imported = importDictionaryBytes(bytes, "fuzz", format);
    } catch (const DictionaryError &) {
        return 0;
    }
    // Lines as the reader counts them: a lone CR ends one too (old Mac files).
    int lines = 1;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        lines += bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) ? 1 : 0;
    for (const auto &note : imported.notes)
        VIGIE_FUZZ_CHECK(note.line >= 0 && note.line <= lines);
    // A codebook has codes without words; every other format gives at least one term.
    VIGIE_FUZZ_CHECK((format == DictionaryFormat::RefiCodebook ? imported.categories > 0 : imported.terms > 0)
                     && imported.skipped <= imported.entries);
    const Dictionary again = Dictionary::fromJson(imported.dictionary.toJson(), "again.json");
    VIGIE_FUZZ_CHECK(again.fingerprint() == imported.dictionary.fingerprint());
    Tagger tagger(ThemeMatcher::compile(again));
    const TagResult result = tagger.tag("Les données ouvertes, la télémédecine et le numérique en ville.");
    VIGIE_FUZZ_CHECK(result.counts.size() == again.themes().size());
    return 0;
}
