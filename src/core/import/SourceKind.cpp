// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SourceKind.h"

#include "import/CandidateFile.h"
#include "import/Manifest.h"
#include "import/ResultsFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace vigie::core {

namespace {

std::string lowerTrimmed(std::string s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    const auto last = s.find_last_not_of(" \t\r\n");
    s = first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool has(const std::vector<std::string> &list, const std::string &key)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

std::vector<std::string> csvHeader(std::ifstream &in)
{
    std::string line;
    std::getline(in, line);
    if (line.rfind("\xEF\xBB\xBF", 0) == 0)
        line.erase(0, 3);
    std::vector<std::string> keys;
    try {
        const auto rows = parseCsv(line);
        if (!rows.empty())
            for (const auto &field : rows.front().fields)
                keys.push_back(lowerTrimmed(field));
    } catch (const std::exception &) {
        // an unclosed quote on the header: no keys, the manifest reader will report it
    }
    return keys;
}

} // namespace

SourceKind guessSourceKind(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return SourceKind::Folder;
    std::string ext = fs::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (isCandidateFile(path))
        return SourceKind::Candidates;
    if (hasOfficialTableExtension(path) && fs::is_regular_file(path, ec) && isResultsFile(path))
        return SourceKind::Results;
    if (ext != ".csv" && ext != ".json")
        return SourceKind::Document;
    // A pipe or a device named *.csv is not opened (it would block or never end): the manifest
    // reader says what it is.
    if (!fs::is_regular_file(path, ec))
        return SourceKind::Manifest;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return SourceKind::Manifest;
    std::vector<std::string> keys;
    if (ext == ".csv") {
        keys = csvHeader(in);
    } else {
        const nlohmann::json doc = nlohmann::json::parse(std::istreambuf_iterator<char>(in),
                                                         std::istreambuf_iterator<char>(), nullptr, false);
        if (doc.is_object())
            return doc.contains("projects") ? SourceKind::Projects : SourceKind::Manifest;
        if (doc.is_array() && !doc.empty() && doc.front().is_object())
            for (const auto &item : doc.front().items())
                keys.push_back(lowerTrimmed(item.key()));
    }
    if (has(keys, "file"))
        return SourceKind::Manifest;
    if (has(keys, "title"))
        return SourceKind::Projects;
    // Columns only one of the two lists has.
    const auto &programme = manifestColumns();
    const auto &project = projectColumns();
    std::size_t programmeOnly = 0;
    std::size_t projectOnly = 0;
    for (const auto &key : keys) {
        programmeOnly += has(programme, key) && !has(project, key);
        projectOnly += has(project, key) && !has(programme, key);
    }
    return projectOnly > programmeOnly ? SourceKind::Projects : SourceKind::Manifest;
}

} // namespace vigie::core
