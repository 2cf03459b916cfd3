// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoStudy.h"

#include "DataPaths.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/NormalizedText.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <limits>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

namespace vigie::core {

namespace {

using Json = nlohmann::json;

// ---- the bank ---------------------------------------------------------------------------------

std::vector<std::string> strings(const Json &j, const std::string &key, const std::string &path, std::size_t atLeast)
{
    if (!j.contains(key) || !j.at(key).is_array())
        throw DemoError(path + ": \"" + key + "\" must be an array of sentences");
    std::vector<std::string> out;
    for (const auto &s : j.at(key)) {
        if (!s.is_string() || s.get<std::string>().empty())
            throw DemoError(path + ": \"" + key + "\" holds something other than a non-empty string");
        out.push_back(toNfc(s.get<std::string>()));
    }
    if (out.size() < atLeast)
        throw DemoError(path + ": \"" + key + "\" needs at least " + std::to_string(atLeast) + " entries, it has "
                        + std::to_string(out.size()));
    return out;
}

std::map<std::string, std::vector<std::string>> stringLists(const Json &j, const std::string &key,
                                                            const std::string &path)
{
    if (!j.contains(key) || !j.at(key).is_object())
        throw DemoError(path + ": \"" + key + "\" must be an object of sentence lists");
    std::map<std::string, std::vector<std::string>> out;
    for (const auto &[name, list] : j.at(key).items())
        out[name] = strings(j.at(key), name, path + ": " + key, 3);
    return out;
}

// ---- deterministic draws ----------------------------------------------------------------------

// std::mt19937_64 is specified bit for bit; the std distributions are not, so draws are ours.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed)
    { }
    // Uniform in [0, n), n > 0, without modulo bias.
    std::size_t below(std::size_t n)
    {
        const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
            - std::numeric_limits<std::uint64_t>::max() % static_cast<std::uint64_t>(n);
        std::uint64_t x;
        do
            x = m_engine();
        while (x >= limit);
        return static_cast<std::size_t>(x % n);
    }
    bool chance(int percent) { return static_cast<int>(below(100)) < percent; }
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }
    template <typename T> const T &pick(const std::vector<T> &v) { return v[below(v.size())]; }
    // Index drawn with the given non-negative weights (at least one positive).
    std::size_t weighted(const std::vector<int> &weights)
    {
        const int total = std::accumulate(weights.begin(), weights.end(), 0);
        int x = static_cast<int>(below(static_cast<std::size_t>(total)));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return weights.size() - 1;
    }
    // `k` distinct indices of [0, n), in increasing order.
    std::vector<std::size_t> sample(std::size_t n, std::size_t k)
    {
        std::vector<std::size_t> all(n);
        std::iota(all.begin(), all.end(), 0);
        shuffle(all);
        all.resize(std::min(k, n));
        std::sort(all.begin(), all.end());
        return all;
    }

private:
    std::mt19937_64 m_engine;
};

// Sentences drawn without repetition until the list is used up, then again in a new order.
class Deck
{
public:
    explicit Deck(const std::vector<std::string> &items)
        : m_items(&items)
    { }
    // Not one of `used` (the sentences already in this programme) when the deck allows it.
    const std::string &draw(Rng &rng, std::set<const std::string *> &used)
    {
        for (std::size_t tries = 0; tries <= m_items->size(); ++tries) {
            const std::string &s = next(rng);
            if (used.insert(&s).second)
                return s;
        }
        return next(rng);
    }

private:
    const std::string &next(Rng &rng)
    {
        if (m_next == m_order.size()) {
            m_order.resize(m_items->size());
            std::iota(m_order.begin(), m_order.end(), 0);
            rng.shuffle(m_order);
            m_next = 0;
        }
        return (*m_items)[m_order[m_next++]];
    }

    const std::vector<std::string> *m_items;
    std::vector<std::size_t> m_order;
    std::size_t m_next = 0;
};

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// {ville} replaced by the commune's name, with French contractions: "de Le Havre" is "du Havre",
// "à Les Abymes" is "aux Abymes".
std::string withCity(std::string s, const std::string &city)
{
    s = replaceAll(std::move(s), "{ville}", city);
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>> { { "de Le ", "du " },
                                                                                     { "De Le ", "Du " },
                                                                                     { "à Le ", "au " },
                                                                                     { "À Le ", "Au " },
                                                                                     { "de Les ", "des " },
                                                                                     { "De Les ", "Des " },
                                                                                     { "à Les ", "aux " },
                                                                                     { "À Les ", "Aux " } })
        s = replaceAll(std::move(s), from, to);
    return s;
}

int sizeClassOf(std::int64_t population)
{
    return population >= 200000 ? 2 : population >= 50000 ? 1 : 0;
}

} // namespace

DemoBank DemoBank::fromFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DemoError(path + ": cannot open the demo phrase bank");
    Json j;
    try {
        j = Json::parse(in);
    } catch (const Json::parse_error &e) {
        throw DemoError(path + ": not valid JSON (" + std::string(e.what()) + ")");
    }
    if (!j.is_object())
        throw DemoError(path + ": the demo phrase bank must be a JSON object");
    DemoBank b;
    try {
        b.openings = strings(j, "openings", path, 3);
        b.closings = strings(j, "closings", path, 3);
        b.falseFriends = strings(j, "false_friends", path, 3);
        b.firstNames = strings(j, "first_names", path, 20);
        b.lastNames = strings(j, "last_names", path, 20);
        b.listPatterns = strings(j, "list_patterns", path, 10);
        b.ordinary = stringLists(j, "ordinary", path);
        b.digital = stringLists(j, "digital", path);
        if (!j.contains("section_titles") || !j.at("section_titles").is_object())
            throw DemoError(path + ": \"section_titles\" must be an object");
        for (const auto &[topic, title] : j.at("section_titles").items())
            b.sectionTitles[topic] = toNfc(title.get<std::string>());
        for (const auto &[topic, list] : b.ordinary)
            if (!b.sectionTitles.count(topic))
                throw DemoError(path + ": \"section_titles\" has no title for the topic \"" + topic + "\"");
        if (!b.sectionTitles.count("numerique") || !b.digital.count("numerique"))
            throw DemoError(path + ": the digital section needs a title and sentences under \"numerique\"");
        for (const auto &n : j.at("nuances"))
            b.nuances.push_back({ n.at("code").get<std::string>(), toNfc(n.at("label").get<std::string>()),
                                  n.at("weight").get<int>() });
        for (const auto &s : j.at("maturity_stages"))
            b.stages.push_back({ toNfc(s.at("name").get<std::string>()), s.at("weight").get<int>() });
        for (const auto &c : j.at("project_categories")) {
            Category cat {
                toNfc(c.at("name").get<std::string>()), c.at("sector").get<std::string>(), c.at("share").get<int>(), {}
            };
            for (const auto &p : c.at("projects"))
                cat.projects.push_back(
                    { toNfc(p.at("title").get<std::string>()), toNfc(p.at("description").get<std::string>()) });
            if (cat.projects.size() < 10)
                throw DemoError(path + ": the project category \"" + cat.name + "\" needs at least 10 projects");
            b.categories.push_back(std::move(cat));
        }
    } catch (const Json::exception &e) {
        throw DemoError(path + ": " + e.what());
    }
    if (b.nuances.empty() || b.stages.empty() || b.categories.empty())
        throw DemoError(path + ": nuances, maturity stages and project categories must not be empty");
    return b;
}

DemoBank DemoBank::bundled()
{
    const std::string dir = dataDirectory();
    if (dir.empty())
        throw DemoError("Vigie's data folder was not found (set VIGIE_DATA_DIR)");
    return fromFile(dir + "/demo/bank.json");
}

namespace {

// ---- the generator's steps, in the order they draw -------------------------------------------

// A city of the study, with its number of candidates.
struct City
{
    int index, sizeClass, candidates; // index in the gazetteer; size class 0, 1, 2
};

// The plan's number of communes in each size class, as gazetteer indices. Small towns from 3,500
// inhabitants, two thirds of them over 10,000, as observatory samples go.
std::vector<std::vector<int>> chooseCommunes(const Gazetteer &gazetteer, const DemoPlan &plan, Rng &rng)
{
    std::vector<std::vector<int>> pool(3);
    std::vector<int> smallTowns;
    for (int i = 0; i < static_cast<int>(gazetteer.communes().size()); ++i) {
        const auto pop = gazetteer.commune(i).population;
        if (pop >= 10000)
            pool[static_cast<std::size_t>(sizeClassOf(pop))].push_back(i);
        else if (pop >= 3500)
            smallTowns.push_back(i);
    }
    std::vector<std::vector<int>> chosen(3);
    for (int c = 0; c < 3; ++c) {
        int want = plan.cities[c];
        if (c == 0) {
            const int towns = want / 3;
            for (auto k : rng.sample(smallTowns.size(), static_cast<std::size_t>(towns)))
                chosen[0].push_back(smallTowns[k]);
            want -= towns;
        }
        for (auto k : rng.sample(pool[static_cast<std::size_t>(c)].size(), static_cast<std::size_t>(want)))
            chosen[static_cast<std::size_t>(c)].push_back(pool[static_cast<std::size_t>(c)][k]);
        if (static_cast<int>(chosen[static_cast<std::size_t>(c)].size()) != plan.cities[c])
            throw DemoError("the gazetteer has too few communes in a size class for the demo plan");
    }
    return chosen;
}

// Candidates per city: 8 in the large cities, 3 in the medium ones, 1 in the small ones, then one
// more at a time (large cities likelier) up to the plan's total. Large cities first.
std::vector<City> shareCandidates(const std::vector<std::vector<int>> &chosen, const DemoPlan &plan, Rng &rng)
{
    std::vector<City> cities;
    const int base[3] = { 1, 3, 8 }, cap[3] = { 3, 6, 11 }, pull[3] = { 1, 2, 3 };
    for (int c = 2; c >= 0; --c)
        for (int i : chosen[static_cast<std::size_t>(c)])
            cities.push_back({ i, c, base[c] });
    int total = 0;
    for (const auto &city : cities)
        total += city.candidates;
    if (total > plan.candidates)
        throw DemoError("the demo plan has fewer candidates than cities need");
    while (total < plan.candidates) {
        std::vector<int> weights;
        for (const auto &city : cities)
            weights.push_back(city.candidates < cap[city.sizeClass] ? pull[city.sizeClass] : 0);
        cities[rng.weighted(weights)].candidates++;
        ++total;
    }
    return cities;
}

// What the later steps need to know of each candidate (same index as DemoStudy::candidates).
struct CandidateCities
{
    std::vector<int> sizeClass;
    std::vector<std::string> cityName;
};

// The candidates of every city, with names and lists unique in the study.
CandidateCities inventCandidates(const DemoBank &bank, const Gazetteer &gazetteer, const std::vector<City> &cities,
                                 Rng &rng, DemoStudy &demo)
{
    std::vector<int> nuanceWeights;
    for (const auto &n : bank.nuances)
        nuanceWeights.push_back(n.weight);
    std::set<std::string> names;
    CandidateCities out;
    for (const auto &city : cities) {
        const Commune &commune = gazetteer.commune(city.index);
        std::set<std::string> lists;
        for (int k = 0; k < city.candidates; ++k) {
            DemoCandidate cand;
            do
                cand.name = rng.pick(bank.firstNames) + " " + rng.pick(bank.lastNames);
            while (!names.insert(cand.name).second);
            do
                cand.listName = withCity(rng.pick(bank.listPatterns), commune.name);
            while (!lists.insert(cand.listName).second && lists.size() < bank.listPatterns.size());
            cand.nuance = bank.nuances[rng.weighted(nuanceWeights)].code;
            cand.insee = commune.insee;
            demo.candidates.push_back(cand);
            out.sizeClass.push_back(city.sizeClass);
            out.cityName.push_back(commune.name);
        }
    }
    return out;
}

// A programme to write: whose it is, and whether it talks about digital.
struct Publication
{
    std::size_t candidate;
    bool digital;
};

// Who publishes a programme, and whose programme talks about digital: exact numbers per class.
// In candidate order, so that programme numbers follow the cities.
std::vector<Publication> choosePublications(const DemoPlan &plan, const std::vector<int> &sizeClassOfCandidate,
                                            Rng &rng)
{
    std::vector<Publication> out;
    for (int c = 0; c < 3; ++c) {
        std::vector<std::size_t> inClass;
        for (std::size_t i = 0; i < sizeClassOfCandidate.size(); ++i)
            if (sizeClassOfCandidate[i] == c)
                inClass.push_back(i);
        const auto pubs = rng.sample(inClass.size(), static_cast<std::size_t>(plan.programmes[c]));
        if (pubs.size() != static_cast<std::size_t>(plan.programmes[c]))
            throw DemoError("the demo plan has more programmes than candidates in a size class");
        const auto dig = rng.sample(pubs.size(), static_cast<std::size_t>(plan.digitalProgrammes[c]));
        std::set<std::size_t> digitalSet(dig.begin(), dig.end());
        for (std::size_t k = 0; k < pubs.size(); ++k)
            out.push_back({ inClass[pubs[k]], digitalSet.count(k) > 0 });
    }
    std::sort(out.begin(), out.end(),
              [](const Publication &a, const Publication &b) { return a.candidate < b.candidate; });
    return out;
}

// Themes of the digital programmes (per publication): exact numbers, drawn with weights by size
// class (French Tech is a label of metropolises; broadband matters more in small towns).
std::vector<std::set<std::string>> planThemes(const DemoBank &bank, const DemoPlan &plan,
                                              const std::vector<Publication> &publications,
                                              const std::vector<int> &sizeClassOfCandidate, Rng &rng)
{
    std::vector<std::size_t> digitalIdx; // positions in `publications`
    for (std::size_t k = 0; k < publications.size(); ++k)
        if (publications[k].digital)
            digitalIdx.push_back(k);
    std::vector<std::set<std::string>> themesOf(publications.size());
    const std::map<std::string, std::array<int, 3>> weightsByClass = {
        { "french_tech", { 0, 1, 4 } },     { "open_data", { 1, 2, 3 } },   { "ville_connectee", { 1, 2, 3 } },
        { "tres_haut_debit", { 2, 1, 1 } }, { "tiers_lieux", { 1, 2, 2 } },
    };
    for (const auto &[theme, count] : plan.themeProgrammes) {
        if (!bank.digital.count(theme))
            throw DemoError("the demo phrase bank has no sentences for the theme \"" + theme + "\"");
        std::vector<std::size_t> candidatesFor = digitalIdx;
        for (int n = 0; n < count && !candidatesFor.empty(); ++n) {
            std::vector<int> w;
            for (std::size_t k : candidatesFor) {
                const int c = sizeClassOfCandidate[publications[k].candidate];
                const auto it = weightsByClass.find(theme);
                w.push_back(it == weightsByClass.end() ? 1 : it->second[static_cast<std::size_t>(c)]);
            }
            if (std::accumulate(w.begin(), w.end(), 0) == 0)
                break;
            const std::size_t at = rng.weighted(w);
            themesOf[candidatesFor[at]].insert(theme);
            candidatesFor.erase(candidatesFor.begin() + static_cast<std::ptrdiff_t>(at));
        }
    }
    return themesOf;
}

// Writes programmes from the phrase bank, one after the other. Each list of the bank is dealt
// from one Deck for the whole study, so sentences come back only once their list is used up.
class ProgrammeWriter
{
public:
    ProgrammeWriter(const DemoBank &bank, Rng &rng)
        : m_bank(bank)
        , m_rng(rng)
    {
        for (const auto &[topic, list] : bank.ordinary)
            m_topics.push_back(topic);
    }
    DemoProgramme write(const DemoCandidate &cand, const std::string &cityName, const std::set<std::string> &themes,
                        bool digital);

private:
    using Section = std::vector<std::string>; // title, then paragraphs

    const std::string &draw(const std::string &deck, const std::vector<std::string> &items)
    {
        return m_decks.try_emplace(deck, items).first->second.draw(m_rng, m_used);
    }
    std::vector<Section> ordinarySections();
    int addFalseFriends(std::vector<Section> &sections);
    Section digitalSection(const std::set<std::string> &themes);

    const DemoBank &m_bank;
    Rng &m_rng;
    std::vector<std::string> m_topics; // of the ordinary sections
    std::map<std::string, Deck> m_decks;
    std::set<const std::string *> m_used; // the sentences already in the programme being written
};

// A programme: an opening, 4 to 7 ordinary sections, false friends in some, the digital section
// among them (a digital programme), a closing; {ville}, {liste} and {candidat} filled in.
DemoProgramme ProgrammeWriter::write(const DemoCandidate &cand, const std::string &cityName,
                                     const std::set<std::string> &themes, bool digital)
{
    DemoProgramme p;
    p.candidate = cand.name;
    p.listName = cand.listName;
    p.nuance = cand.nuance;
    p.insee = cand.insee;
    std::set<std::string> planted = themes;
    m_used.clear();

    std::vector<std::string> paragraphs;
    paragraphs.push_back(draw("openings", m_bank.openings));
    std::vector<Section> sections = ordinarySections();
    p.falseFriends = addFalseFriends(sections);
    if (digital) {
        // The section title names the root theme (checked by the tests), so the root is always planted.
        planted.insert("numerique");
        const Section section = digitalSection(themes);
        sections.insert(sections.begin() + static_cast<std::ptrdiff_t>(m_rng.below(sections.size() + 1)), section);
    }
    for (const auto &section : sections)
        paragraphs.insert(paragraphs.end(), section.begin(), section.end());
    paragraphs.push_back(draw("closings", m_bank.closings));

    std::string text = cand.listName + "\n" + cand.name + "\n\n";
    for (const auto &para : paragraphs)
        text += para + "\n\n";
    text = withCity(text, cityName);
    text = replaceAll(text, "{liste}", cand.listName);
    text = replaceAll(text, "{candidat}", cand.name);
    p.text = toNfc(text);
    p.planted.assign(planted.begin(), planted.end());
    return p;
}

// 4 to 7 topics, each a section of one or two paragraphs of 2 to 4 sentences.
std::vector<ProgrammeWriter::Section> ProgrammeWriter::ordinarySections()
{
    std::vector<std::string> mine = m_topics;
    m_rng.shuffle(mine);
    mine.resize(4 + m_rng.below(4));
    std::vector<Section> sections;
    for (const auto &topic : mine) {
        Section section { m_bank.sectionTitles.at(topic) };
        const std::size_t paras = 1 + m_rng.below(2);
        for (std::size_t q = 0; q < paras; ++q) {
            std::string para;
            const std::size_t sentences = 2 + m_rng.below(3);
            for (std::size_t s = 0; s < sentences; ++s)
                para += (para.empty() ? "" : " ") + draw(topic, m_bank.ordinary.at(topic));
            section.push_back(para);
        }
        sections.push_back(section);
    }
    return sections;
}

// False friends in 45 % of the programmes, digital or not, at the end of a section. Returns how many.
int ProgrammeWriter::addFalseFriends(std::vector<Section> &sections)
{
    int added = 0;
    if (m_rng.chance(45)) {
        const int n = 1 + static_cast<int>(m_rng.below(2));
        for (int f = 0; f < n; ++f) {
            auto &section = sections[m_rng.below(sections.size())];
            section.back() += " " + draw("false_friends", m_bank.falseFriends);
            added++;
        }
    }
    return added;
}

// One or two sentences per planted theme, and a general sentence about digital in one programme
// out of three (or when no theme was planted), shuffled, in paragraphs of three.
ProgrammeWriter::Section ProgrammeWriter::digitalSection(const std::set<std::string> &themes)
{
    Section section { m_bank.sectionTitles.at("numerique") };
    std::vector<std::string> lines;
    if (themes.empty() || m_rng.chance(35))
        lines.push_back(draw("numerique", m_bank.digital.at("numerique")));
    for (const auto &theme : themes) {
        const std::size_t n = 1 + (m_rng.chance(30) ? 1 : 0);
        for (std::size_t s = 0; s < n; ++s)
            lines.push_back(draw("digital:" + theme, m_bank.digital.at(theme)));
    }
    m_rng.shuffle(lines);
    for (std::size_t s = 0; s < lines.size(); s += 3) {
        std::string para;
        for (std::size_t t = s; t < std::min(lines.size(), s + 3); ++t)
            para += (para.empty() ? "" : " ") + lines[t];
        section.push_back(para);
    }
    return section;
}

void writeProgrammes(const DemoBank &bank, const std::vector<Publication> &publications,
                     const std::vector<std::set<std::string>> &themesOf, const CandidateCities &candidateCities,
                     Rng &rng, DemoStudy &demo)
{
    ProgrammeWriter writer(bank, rng);
    for (std::size_t k = 0; k < publications.size(); ++k) {
        const std::size_t ci = publications[k].candidate;
        DemoCandidate &cand = demo.candidates[ci];
        cand.programme = demo.programmes.size();
        demo.programmes.push_back(
            writer.write(cand, candidateCities.cityName[ci], themesOf[k], publications[k].digital));
    }
}

// One elected list per city: one with a programme online, when there is one (5 times out of 6).
void electLists(Rng &rng, DemoStudy &demo)
{
    std::map<std::string, std::vector<std::size_t>> byCity, publishedByCity;
    for (std::size_t i = 0; i < demo.candidates.size(); ++i) {
        byCity[demo.candidates[i].insee].push_back(i);
        if (demo.candidates[i].programme)
            publishedByCity[demo.candidates[i].insee].push_back(i);
    }
    for (const auto &insee : demo.cities) {
        const auto &pubs = publishedByCity[insee];
        const std::size_t winner = !pubs.empty() && rng.below(6) != 0 ? rng.pick(pubs) : rng.pick(byCity[insee]);
        demo.candidates[winner].elected = true;
        if (demo.candidates[winner].programme)
            demo.programmes[*demo.candidates[winner].programme].elected = true;
    }
}

// The barometer's cities (INSEE codes): every city over 200,000 whose elected list published (the
// promise can be compared with the practice), then medium and small ones, up to the plan's number.
std::vector<std::string> chooseBarometerCities(const Gazetteer &gazetteer, const std::vector<City> &cities,
                                               const DemoPlan &plan, Rng &rng, const DemoStudy &demo)
{
    std::vector<std::vector<std::string>> byClass(3);
    for (const auto &city : cities) {
        const std::string &insee = gazetteer.commune(city.index).insee;
        bool electedPublished = false;
        for (const auto &cand : demo.candidates)
            if (cand.insee == insee && cand.elected && cand.programme)
                electedPublished = true;
        if (electedPublished)
            byClass[static_cast<std::size_t>(city.sizeClass)].push_back(insee);
    }
    const int want[3] = { plan.barometerCities / 6, plan.barometerCities * 3 / 8, 0 };
    std::vector<std::string> barometer = byClass[2];
    for (int c = 1; c >= 0; --c) {
        auto &list = byClass[static_cast<std::size_t>(c)];
        for (auto k : rng.sample(list.size(), static_cast<std::size_t>(want[c])))
            barometer.push_back(list[k]);
    }
    for (int c = 1; c >= 0 && static_cast<int>(barometer.size()) < plan.barometerCities; --c)
        for (const auto &insee : byClass[static_cast<std::size_t>(c)])
            if (static_cast<int>(barometer.size()) < plan.barometerCities
                && std::find(barometer.begin(), barometer.end(), insee) == barometer.end())
                barometer.push_back(insee);
    barometer.resize(std::min<std::size_t>(barometer.size(), static_cast<std::size_t>(plan.barometerCities)));
    return barometer;
}

// Projects per barometer city by size (larger cities run more), adjusted to the plan's total.
std::vector<int> projectsPerCity(const Gazetteer &gazetteer, const std::vector<std::string> &barometer,
                                 const DemoPlan &plan, Rng &rng)
{
    std::vector<int> perCity;
    int projectTotal = 0;
    for (const auto &insee : barometer) {
        const int c = sizeClassOf(gazetteer.commune(gazetteer.indexOfInsee(insee)).population);
        const int n = (c == 2 ? 52 : c == 1 ? 44 : 36) + static_cast<int>(rng.below(9));
        perCity.push_back(n);
        projectTotal += n;
    }
    while (!perCity.empty() && projectTotal != plan.projects) {
        const std::size_t at = rng.below(perCity.size());
        const int step = projectTotal < plan.projects ? 1 : -1;
        if (perCity[at] + step < 20)
            continue;
        perCity[at] += step;
        projectTotal += step;
    }
    return perCity;
}

// The category (index in the bank) of each of `projectTotal` projects: by the categories' shares
// (largest remainders), shuffled over the projects.
std::vector<std::size_t> projectCategories(const DemoBank &bank, int projectTotal, Rng &rng)
{
    std::vector<std::size_t> categoryOfProject;
    int shares = 0;
    for (const auto &c : bank.categories)
        shares += c.share;
    std::vector<std::pair<double, std::size_t>> remainders;
    int given = 0;
    for (std::size_t c = 0; c < bank.categories.size(); ++c) {
        const double exact = static_cast<double>(projectTotal) * bank.categories[c].share / shares;
        const int whole = static_cast<int>(exact);
        categoryOfProject.insert(categoryOfProject.end(), static_cast<std::size_t>(whole), c);
        given += whole;
        remainders.emplace_back(exact - whole, c);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int r = 0; given < projectTotal; ++r, ++given)
        categoryOfProject.push_back(remainders[static_cast<std::size_t>(r) % remainders.size()].second);
    rng.shuffle(categoryOfProject);
    return categoryOfProject;
}

// The projects of the barometer's cities, from each category's templates in a new order per
// city, with maturity stages, years and budgets.
void writeProjects(const DemoBank &bank, const Gazetteer &gazetteer, const DemoPlan &plan,
                   const std::vector<std::string> &barometer, const std::vector<int> &perCity,
                   const std::vector<std::size_t> &categoryOfProject, Rng &rng, DemoStudy &demo)
{
    std::vector<int> stageWeights;
    for (const auto &s : bank.stages)
        stageWeights.push_back(s.weight);
    std::size_t next = 0;
    for (std::size_t b = 0; b < barometer.size(); ++b) {
        const Commune &commune = gazetteer.commune(gazetteer.indexOfInsee(barometer[b]));
        std::vector<std::vector<std::size_t>> orderOf(bank.categories.size());
        std::vector<std::size_t> used(bank.categories.size(), 0);
        for (std::size_t c = 0; c < bank.categories.size(); ++c) {
            orderOf[c].resize(bank.categories[c].projects.size());
            std::iota(orderOf[c].begin(), orderOf[c].end(), 0);
            rng.shuffle(orderOf[c]);
        }
        for (int n = 0; n < perCity[b]; ++n) {
            const std::size_t c = categoryOfProject[next++];
            const auto &cat = bank.categories[c];
            const auto &tpl = cat.projects[orderOf[c][used[c]++ % orderOf[c].size()]];
            DemoProject pr;
            pr.insee = commune.insee;
            pr.title = withCity(tpl.title, commune.name);
            pr.description = withCity(tpl.description, commune.name);
            if (used[c] > orderOf[c].size()) // a second round of the same category in this city
                pr.title += " (" + std::to_string((used[c] - 1) / orderOf[c].size() + 1) + "e phase)";
            pr.category = cat.name;
            pr.sector = cat.sector;
            pr.maturity = bank.stages[rng.weighted(stageWeights)].name;
            pr.year = plan.year + static_cast<int>(rng.below(7));
            pr.budget = static_cast<double>((1 + rng.below(40)) * 25000);
            demo.projects.push_back(std::move(pr));
        }
    }
}

} // namespace

// The steps share one stream of draws: their order here is part of the study (same seed, same study).
DemoStudy generateDemo(const DemoBank &bank, const Gazetteer &gazetteer, const DemoPlan &plan)
{
    Rng rng(plan.seed);
    DemoStudy demo;
    demo.plan = plan;
    const auto communes = chooseCommunes(gazetteer, plan, rng);
    const std::vector<City> cities = shareCandidates(communes, plan, rng);
    for (const auto &city : cities)
        demo.cities.push_back(gazetteer.commune(city.index).insee);
    const CandidateCities candidateCities = inventCandidates(bank, gazetteer, cities, rng, demo);
    const auto publications = choosePublications(plan, candidateCities.sizeClass, rng);
    const auto themesOf = planThemes(bank, plan, publications, candidateCities.sizeClass, rng);
    writeProgrammes(bank, publications, themesOf, candidateCities, rng, demo);
    electLists(rng, demo);
    const auto barometer = chooseBarometerCities(gazetteer, cities, plan, rng, demo);
    const auto perCity = projectsPerCity(gazetteer, barometer, plan, rng);
    const auto categoryOfProject = projectCategories(bank, std::accumulate(perCity.begin(), perCity.end(), 0), rng);
    writeProjects(bank, gazetteer, plan, barometer, perCity, categoryOfProject, rng, demo);
    return demo;
}

bool storeDemo(CorpusStore &store, const Gazetteer &gazetteer, const DemoStudy &demo, const ProgressSink &progress,
               const std::atomic_bool &cancel)
{
    if (store.programmeCount() > 0 || store.projectCount() > 0)
        throw DemoError(store.database().path()
                        + ": the demo study is written into a new study only; this one already has documents");
    Transaction tx(store.database());
    std::int64_t version = store.currentDictionaryVersion();
    if (version == 0)
        version = store.useDictionary(Dictionary::fromFile(defaultDictionaryPath()));
    const Dictionary dictionary = store.dictionary(version);
    Tagger tagger(ThemeMatcher::compile(dictionary));
    const auto total = static_cast<std::int64_t>(demo.programmes.size() + demo.projects.size());
    std::int64_t done = 0;
    std::vector<std::int64_t> programmeIds;
    // Before each document: false if cancelled; else progress, and its commune in the study.
    auto next = [&](const std::string &name, const std::string &insee) {
        if (cancel.load())
            return false;
        if (progress)
            progress(done++, total, name);
        store.ensureCommune(gazetteer.commune(gazetteer.indexOfInsee(insee)));
        return true;
    };
    for (std::size_t i = 0; i < demo.programmes.size(); ++i) {
        const DemoProgramme &p = demo.programmes[i];
        if (!next(p.listName, p.insee))
            return false;
        ProgrammeMeta meta;
        meta.candidate = p.candidate;
        meta.listName = p.listName;
        meta.nuance = p.nuance;
        meta.commune = p.insee;
        meta.year = demo.plan.year;
        meta.round = 1;
        meta.elected = p.elected;
        char name[48];
        std::snprintf(name, sizeof name, "programme-%03zu.txt", i + 1);
        meta.source = std::string("démo:") + name;
        meta.format = "txt";
        meta.encoding = "utf-8";
        programmeIds.push_back(store.putProgramme(meta, p.text, tagger.tag(p.text), dictionary, version).id);
    }
    for (const DemoProject &pr : demo.projects) {
        if (!next(pr.title, pr.insee))
            return false;
        ProjectMeta meta;
        meta.commune = pr.insee;
        meta.title = pr.title;
        meta.description = pr.description;
        meta.category = pr.category;
        meta.maturity = pr.maturity;
        meta.year = pr.year;
        meta.budget = pr.budget;
        meta.source = "démo:barometre";
        store.putProject(meta, tagger.tag(CorpusStore::projectText(meta)), dictionary, version);
    }
    storeDemoValidation(store, demo, programmeIds);
    store.markSynthetic("demo");
    store.setSetting("demo.seed", std::to_string(demo.plan.seed));
    store.setSetting("demo.candidates", std::to_string(demo.candidates.size()));
    store.setSetting("demo.cities", std::to_string(demo.cities.size()));
    if (cancel.load())
        return false;
    tx.commit();
    if (progress)
        progress(total, total, {});
    return true;
}

} // namespace vigie::core
