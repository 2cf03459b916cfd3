// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Qt tests share: a temporary folder, and the demo study written once per test run.
#pragma once

#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"

#include <QString>

#include <atomic>
#include <filesystem>
#include <random>
#include <string>

namespace vigie::test {

struct TempDir
{
    std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("vigie-gui-test-" + std::to_string(std::random_device {}()));
    TempDir() { std::filesystem::create_directories(dir); }
    ~TempDir() { std::filesystem::remove_all(dir); }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    QString file(const std::string &name) const { return QString::fromStdString((dir / name).string()); }
};

// The bundled demo study (268 programmes, 1,128 projects), written on first use.
inline const QString &demoStudy()
{
    static TempDir dir;
    static const QString path = [] {
        const QString p = dir.file("demo.vigie");
        const core::Gazetteer g = core::Gazetteer::load(VIGIE_GAZETTEER_DIR);
        auto store = core::CorpusStore::open(p.toStdString());
        std::atomic_bool cancel { false };
        core::storeDemo(store, g,
                        core::generateDemo(core::DemoBank::fromFile(VIGIE_SOURCE_DATA_DIR "/demo/bank.json"), g), {},
                        cancel);
        return p;
    }();
    return path;
}

} // namespace vigie::test
