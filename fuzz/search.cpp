// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The search box: what a user types goes through searchExpression() and is run as an FTS5 MATCH by
// CorpusStore::search() on a study in memory holding two programmes, with the "vigie" tokenizer on
// the query; searchKeys() too. searchExpression() promises never to pass the user's text as FTS5
// syntax, so no StorageError (an FTS5 syntax error) may come out of the search: none is caught. A
// query of more than kMaxSearchWords words is refused with SearchTooLong, by both.

#include "Fuzz.h"

#include "DataPaths.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "storage/SearchTokenizer.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <string>

using namespace vigie::core;

namespace {

CorpusStore makeStore()
{
    CorpusStore store = CorpusStore::open(":memory:");
    const Dictionary dictionary = Dictionary::fromFile(defaultDictionaryPath());
    const std::int64_t version = store.useDictionary(dictionary);
    Tagger tagger(ThemeMatcher::compile(dictionary));
    Transaction tx(store.database());
    for (const std::string text : { "La #OpenData et l’e-administration : des données ouvertes pour tous.",
                                    "NEAR(\"fibre\" OR très haut débit) AND NOT wifi* ^col:1 {a b}." })
        store.putProgramme(ProgrammeMeta {}, text, tagger.tag(text), dictionary, version);
    tx.commit();
    return store;
}

CorpusStore &store()
{
    static CorpusStore instance = makeStore();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(vigie::fuzz::bytesOf(data, size));
    std::string expression;
    try {
        expression = searchExpression(text);
    } catch (const SearchTooLong &e) {
        // Too many words is the one refusal, and the search refuses it the same way.
        VIGIE_FUZZ_CHECK(e.words() > kMaxSearchWords);
        bool refused = false;
        try {
            store().search(text);
        } catch (const SearchTooLong &) {
            refused = true;
        }
        VIGIE_FUZZ_CHECK(refused);
        return 0;
    }
    for (const std::string &key : searchKeys(text))
        VIGIE_FUZZ_CHECK(!key.empty());
    const auto ids = store().search(text);
    VIGIE_FUZZ_CHECK(ids.size() <= 2);
    if (expression.empty())
        VIGIE_FUZZ_CHECK(ids.empty());
    return 0;
}
