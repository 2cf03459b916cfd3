// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;
class Gazetteer;

class DemoError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The phrase bank the demo programmes and projects are written from (data/demo/bank.json; its
// format is in docs/demo.md). Loading checks the structure and names the file and the key.
struct DemoBank
{
    struct Nuance
    {
        std::string code, label;
        int weight = 1;
    };
    struct Stage
    {
        std::string name;
        int weight = 1;
    };
    struct ProjectTemplate
    {
        std::string title, description;
    };
    struct Category
    {
        std::string name, sector;
        int share = 0; // percent of all projects
        std::vector<ProjectTemplate> projects;
    };

    std::vector<std::string> openings, closings, falseFriends, firstNames, lastNames, listPatterns;
    std::map<std::string, std::string> sectionTitles; // topic -> title
    std::map<std::string, std::vector<std::string>> ordinary; // topic -> sentences
    std::map<std::string, std::vector<std::string>> digital; // theme id -> sentences
    std::vector<Nuance> nuances;
    std::vector<Stage> stages;
    std::vector<Category> categories;

    static DemoBank fromFile(const std::string &path);
    static DemoBank bundled(); // data/demo/bank.json
};

// What the generator aims at, per city-size class (< 50 000, 50 000 - 200 000, > 200 000), after
// what observatories published about the 2014 municipal campaign: of 527 candidates in 250 cities,
// 268 with a programme online, 161 of which (60 %) talk about digital: 55 % under 50,000
// inhabitants, 87 % over 200,000; 24 mention open data, 10 smart city, 15 e-health, 9 French Tech.
struct DemoPlan
{
    std::uint64_t seed = 2014;
    int year = 2014;
    int cities[3] = { 169, 70, 11 }; // every city over 200,000, most of those over 50,000
    int candidates = 527;
    int programmes[3] = { 140, 88, 40 };
    int digitalProgrammes[3] = { 77, 49, 35 };
    // Programmes (among the digital ones) that mention each theme of the numerique tree.
    std::map<std::string, int> themeProgrammes = {
        { "open_data", 24 },
        { "ville_connectee", 10 },
        { "e_sante", 15 },
        { "french_tech", 9 },
        { "e_administration", 52 },
        { "tres_haut_debit", 38 },
        { "education_numerique", 30 },
        { "inclusion_numerique", 27 },
        { "democratie_participative", 21 },
        { "tiers_lieux", 14 },
        { "donnees_personnelles_cybersecurite", 12 },
    };
    int barometerCities = 24;
    int projects = 1128; // about 47 per city
};

struct DemoProgramme
{
    std::string candidate, listName, nuance, insee;
    bool elected = false;
    std::string text;
    std::vector<std::string> planted; // themes of the numerique tree given own mentions, sorted
    int falseFriends = 0; // false-friend sentences put in
};

struct DemoCandidate
{
    std::string name, listName, nuance, insee;
    bool elected = false;
    std::optional<std::size_t> programme; // index in DemoStudy::programmes
};

struct DemoProject
{
    std::string insee, title, description, category, sector, maturity;
    int year = 0;
    double budget = 0;
};

struct DemoStudy
{
    DemoPlan plan;
    std::vector<std::string> cities; // INSEE codes, every size class
    std::vector<DemoCandidate> candidates;
    std::vector<DemoProgramme> programmes;
    std::vector<DemoProject> projects;
};

// The demo's synthetic validation (docs/demo.md): a sample of 80 whole programmes (by size class,
// the plan's seed), coded by two invented coders whose codes are the generator's truth with
// noise drawn at these known rates, so that the validation view and the report's section are not
// empty on first start and a test can recover the rates. Marked synthetic.
struct DemoCoder
{
    const char *name;
    double missRate; // a theme the programme has, left unticked
    double addRate; // a theme it does not have, ticked
    std::uint64_t seed;
};
inline constexpr DemoCoder kDemoCoders[2]
    = { { "Codeur A (fictif)", 0.05, 0.02, 101 }, { "Codeur B (fictif)", 0.10, 0.04, 202 } };
inline constexpr int kDemoSampleSize = 80;

// What the generator put in a programme, for the themes of `frame`: a theme of the numerique
// tree is there when it was planted (numerique when any was).
std::vector<std::string> demoTruth(const DemoProgramme &programme, const std::vector<std::string> &frame);

// Draws and stores the synthetic sample and its two coders' codes; `programmeIds[i]` is the id
// of demo.programmes[i] in the study. Called by storeDemo within its transaction.
void storeDemoValidation(CorpusStore &store, const DemoStudy &demo, const std::vector<std::int64_t> &programmeIds);

// Writes the demo study deterministically: the same bank, gazetteer and plan give the same study,
// byte for byte, on any machine (own random draws, no std distributions).
DemoStudy generateDemo(const DemoBank &bank, const Gazetteer &gazetteer, const DemoPlan &plan = {});

// Stores it in `store` (which must hold no programmes or projects yet) with tagging and the
// search index, in one transaction, and marks the study as synthetic (CorpusStore::markSynthetic).
// Returns false if cancelled (nothing stored).
bool storeDemo(CorpusStore &store, const Gazetteer &gazetteer, const DemoStudy &demo, const ProgressSink &progress,
               const std::atomic_bool &cancel);

} // namespace vigie::core
