// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vigie::core {

struct Commune
{
    std::string insee; // "75056", "2A004", "97411"
    std::string name; // official spelling: "Le Havre", "L'Haÿ-les-Roses"
    std::string department; // code: "76", "2A", "974"
    std::string region; // code: "28"
    std::int64_t population = -1; // INSEE population municipale; -1 when unknown
};

struct Department
{
    std::string code;
    std::string name;
    std::string region;
};

struct Region
{
    std::string code;
    std::string name;
};

// What resolving a city name gave. Ambiguous and NotFound carry a message a user can act on
// ("4 communes are named Saint-Denis: give the department or the INSEE code: 11 Aude, 30 Gard,
// 93 Seine-Saint-Denis, 974 La Réunion").
struct CityResolution
{
    enum class Status { Resolved, Ambiguous, NotFound };
    Status status = Status::NotFound;
    int commune = -1; // index in Gazetteer::communes() when Resolved
    std::vector<int> candidates; // when Ambiguous: every commune that fits, in INSEE order
    std::string note; // when Resolved, how ("Paris 15e arrondissement counted as Paris")
    std::string message; // when not Resolved, in English
    // When not Resolved, why, for a message in another language than `message`'s.
    enum class Problem { None, NoName, UnknownDepartment, UnknownCommune, NotInDepartment, Ambiguous };
    Problem problem = Problem::None;

    bool resolved() const { return status == Status::Resolved; }
};

class GazetteerError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The official list of French communes (data/gazetteer/, from INSEE's Code officiel géographique
// via Etalab; see data/README.md) and the city-name resolution a French analyst expects.
//
// Resolution folds case, accents, hyphens, apostrophes and spaces; reads "St"/"Ste" as
// "Saint"/"Sainte"; accepts articles at the front or behind ("Le Havre", "Havre (Le)", "Havre");
// takes a department in parentheses ("Saint-Denis (93)", "Saint-Denis (La Réunion)"); folds the
// arrondissements of Paris, Lyon and Marseille into their city ("Paris 15e", "Marseille Ier",
// "75115"). It never guesses: a name several communes share is Ambiguous unless a department
// narrows it to one. See docs/gazetteer.md.
//
// Immutable after load(); safe to share between threads. load() throws GazetteerError naming the
// file and line of a malformed entry.
class Gazetteer
{
public:
    static Gazetteer load(const std::string &directory);
    // The bundled gazetteer (dataDirectory()/gazetteer), loaded once; throws if it is missing.
    static const Gazetteer &bundled();

    const std::vector<Commune> &communes() const { return m_communes; }
    const Commune &commune(int index) const { return m_communes.at(static_cast<std::size_t>(index)); }
    // Index of the commune with this INSEE code (an arrondissement's code gives its city), or -1.
    int indexOfInsee(std::string_view code) const;
    const Department *department(std::string_view code) const;
    const Region *region(std::string_view code) const;
    // Department code from a code or a name ("93", "Seine-Saint-Denis", "seine st denis"); empty if none.
    std::string departmentCode(std::string_view codeOrName) const;

    // `department` (a code or a name, may be empty) narrows the search.
    CityResolution resolve(std::string_view city, std::string_view department = {}) const;
    // The commune of a programme or project as a manifest gives it: its INSEE code when it has one
    // (the code wins over the name, which is then only a label), else its city narrowed by its
    // department. NotFound with an empty message when neither code nor city is given. The
    // importer and the import preview both resolve through this.
    CityResolution resolveEntry(std::string_view insee, std::string_view city, std::string_view department) const;

    // The key names are compared on: folded, words separated by one space, St/Ste expanded.
    static std::string nameKey(std::string_view name);

private:
    CityResolution resolveKey(const std::string &key, const std::string &department, const std::string &shown) const;
    int arrondissementCity(const std::string &key, std::string &note) const;

    std::vector<Commune> m_communes;
    std::vector<Department> m_departments;
    std::vector<Region> m_regions;
    std::unordered_map<std::string, int> m_byInsee;
    std::unordered_map<std::string, int> m_arrondissementCity; // arrondissement INSEE -> commune index
    std::unordered_map<std::string, std::vector<int>> m_byName; // full name key
    std::unordered_map<std::string, std::vector<int>> m_byBareName; // without a leading article
    std::unordered_map<std::string, std::string> m_departmentByName; // name key -> code
};

} // namespace vigie::core
