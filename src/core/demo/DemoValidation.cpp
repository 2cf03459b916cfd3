// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo study's synthetic validation: two invented coders, the generator's truth, known noise.
#include "analysis/Evaluation.h"
#include "analysis/Validation.h"
#include "demo/DemoStudy.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <map>
#include <random>

namespace vigie::core {

namespace {

// A uniform draw in [0, 1) from the generator's 53 high bits (no library distribution).
double uniform01(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

} // namespace

std::vector<std::string> demoTruth(const DemoProgramme &programme, const std::vector<std::string> &frame)
{
    std::vector<std::string> out;
    for (const std::string &theme : frame)
        if (std::find(programme.planted.begin(), programme.planted.end(), theme) != programme.planted.end())
            out.push_back(theme);
    return out;
}

void storeDemoValidation(CorpusStore &store, const DemoStudy &demo, const std::vector<std::int64_t> &programmeIds)
{
    SampleDesign design;
    design.unit = SampleUnit::Programme;
    design.size = kDemoSampleSize;
    design.seed = demo.plan.seed;
    const std::vector<std::string> &frame = evaluatedThemes();
    Sample sample = drawSample(store, design, frame);
    sample.name = "Démonstration (codes fictifs)";
    sample.synthetic = true;
    ValidationStore validation(store);
    validation.save(sample);
    std::map<std::int64_t, const DemoProgramme *> byId;
    for (std::size_t i = 0; i < programmeIds.size() && i < demo.programmes.size(); ++i)
        byId[programmeIds[i]] = &demo.programmes[i];
    for (const DemoCoder &coder : kDemoCoders) {
        std::mt19937_64 rng(demo.plan.seed * 1000 + coder.seed);
        std::vector<PassageCode> codes;
        for (const SamplePassage &p : sample.passages) {
            const auto truth = demoTruth(*byId.at(*p.programme), frame);
            PassageCode code;
            code.position = p.position;
            code.coder = coder.name;
            code.codedAt = "2014-03-01T00:00:00Z";
            for (const std::string &theme : frame) {
                const bool there = std::find(truth.begin(), truth.end(), theme) != truth.end();
                const double u = uniform01(rng); // one draw per theme and passage, whatever the truth
                if (there ? u >= coder.missRate : u < coder.addRate)
                    code.themes.push_back(theme);
            }
            codes.push_back(std::move(code));
        }
        validation.putCodes(sample.id, codes);
    }
}

} // namespace vigie::core
