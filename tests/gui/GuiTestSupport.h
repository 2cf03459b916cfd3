// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Qt tests share: a temporary folder, settings of their own, the interface in English, a
// file's first bytes, and the demo study written once per test run.
#pragma once

#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/Translator.h"
#include "storage/CorpusStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QString>

#include <catch2/catch.hpp>

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

// QSettings in a temporary folder while it lives: the window starts at its defaults and the
// user's own settings are not touched.
struct IsolatedSettings
{
    TempDir dir;
    IsolatedSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.file("config"));
    }
};

// The window in English while it lives, as main.cpp sets it when Réglages › Langue says so: the
// embedded translation and British English numbers. Back to French (the tests' default) after.
struct EnglishInterface
{
    gui::Translator translator;
    EnglishInterface()
    {
        REQUIRE(translator.loadEnglish());
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    ~EnglishInterface()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    EnglishInterface(const EnglishInterface &) = delete;
    EnglishInterface &operator=(const EnglishInterface &) = delete;
};

// The first `n` bytes of a file: a signature ("%PDF-", "PK"), or the whole of a small text.
inline QByteArray fileHead(const QString &path, int n)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(n);
}

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
