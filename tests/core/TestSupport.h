// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/Gazetteer.h"
#include "import/ImportError.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace vigie::test {

// The bundled INSEE commune list, loaded once for the test run.
inline const core::Gazetteer &gazetteer()
{
    static const core::Gazetteer g = core::Gazetteer::load(VIGIE_GAZETTEER_DIR);
    return g;
}

// A compiled dictionary and a tagger over it, with helpers that speak in theme ids and matched text.
class TagFixture
{
public:
    explicit TagFixture(const std::string &dictionaryJson, core::ThemeMatcher::Options options = {})
        : matcher(core::ThemeMatcher::compile(core::Dictionary::fromJson(dictionaryJson, "test.json"), options))
        , tagger(matcher)
    { }

    static TagFixture defaultDictionary() { return TagFixture(core::Dictionary::fromFile(VIGIE_DICTIONARY)); }

    // Rolled-up count per theme id, non-zero only.
    std::map<std::string, long long> counts(const std::string &text)
    {
        const auto r = tagger.tag(text);
        std::map<std::string, long long> out;
        for (std::size_t t = 0; t < r.counts.size(); ++t)
            if (r.counts[t])
                out[matcher->dictionary().themes()[t].id] = r.counts[t];
        return out;
    }

    // "theme:matched text" for every mention, in text order.
    std::vector<std::string> mentions(const std::string &text)
    {
        const auto norm = core::NormalizedText::fromUtf8(text);
        const auto r = tagger.tag(norm);
        std::vector<std::string> out;
        for (const auto &m : r.mentions)
            out.push_back(matcher->dictionary().themes()[static_cast<std::size_t>(m.theme)].id + ":"
                          + m.matchedText(norm));
        return out;
    }

    long long count(const std::string &text, const std::string &theme)
    {
        const auto c = counts(text);
        const auto it = c.find(theme);
        return it == c.end() ? 0 : it->second;
    }

    std::shared_ptr<const core::ThemeMatcher> matcher;
    core::Tagger tagger;

private:
    explicit TagFixture(const core::Dictionary &dict)
        : matcher(core::ThemeMatcher::compile(dict))
        , tagger(matcher)
    { }
};

// A study in its own temporary folder whose programmes are `texts`, tagged and stored with `dict`
// (the default dictionary unless given); the folder goes with it.
struct TextStudy
{
    std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("vigie-study-" + std::to_string(std::random_device {}()));
    std::unique_ptr<core::CorpusStore> store;
    core::Dictionary dict;
    std::vector<std::int64_t> ids;

    explicit TextStudy(const std::vector<std::string> &texts,
                       core::Dictionary stored = core::Dictionary::fromFile(VIGIE_DICTIONARY))
        : dict(std::move(stored))
    {
        std::filesystem::create_directories(dir);
        store = std::make_unique<core::CorpusStore>(core::CorpusStore::open((dir / "etude.vigie").string()));
        const auto version = store->useDictionary(dict);
        core::Tagger tagger(core::ThemeMatcher::compile(dict));
        core::Transaction tx(store->database());
        for (const auto &t : texts)
            ids.push_back(store->putProgramme({}, t, tagger.tag(t), dict, version).id);
        tx.commit();
    }
    ~TextStudy()
    {
        store.reset();
        std::filesystem::remove_all(dir);
    }
};

// The problem `read()` throws as an ImportError; fails the test if it throws nothing or something else.
template <typename Read> core::ImportProblem importProblem(Read read)
{
    try {
        read();
    } catch (const core::ImportError &e) {
        return e.problem();
    }
    FAIL("no ImportError");
    return {};
}

} // namespace vigie::test
