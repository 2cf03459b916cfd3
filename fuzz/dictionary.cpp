// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dictionary JSON reader, as the dictionary editor and `vigie-cli` load a file: parse
// (Dictionary::fromJson), compile (ThemeMatcher::compile), tag a sentence. Both steps report a bad
// dictionary with DictionaryError, the only error caught; a JSON library exception escaping, for
// instance, is a crash.
//
// Checked: a dictionary that compiles survives being written and read back (toJson, fromJson) with
// the same fingerprint, which is what saving from the editor relies on.

#include "Fuzz.h"

#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <memory>

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::shared_ptr<const ThemeMatcher> matcher;
    Dictionary dictionary;
    try {
        dictionary = Dictionary::fromJson(vigie::fuzz::bytesOf(data, size), "fuzz.json");
        matcher = ThemeMatcher::compile(dictionary);
    } catch (const DictionaryError &) {
        return 0;
    }
    const Dictionary again = Dictionary::fromJson(dictionary.toJson(), "again.json");
    VIGIE_FUZZ_CHECK(again.fingerprint() == dictionary.fingerprint());

    Tagger tagger(matcher);
    const TagResult result = tagger.tag("La ville numérique ouvre ses données : open data, fibre et "
                                        "e-administration pour tous les habitants.");
    VIGIE_FUZZ_CHECK(result.counts.size() == dictionary.themes().size());
    return 0;
}
