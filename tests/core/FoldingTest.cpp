// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Folding.h"

#include <catch2/catch.hpp>

using namespace vigie::core;

namespace {
std::string fold(const char *s)
{
    return toUtf8(foldToken(fromUtf8(s)));
}
std::string plural(const char *s)
{
    return toUtf8(pluralKey(fromUtf8(s)));
}
} // namespace

TEST_CASE("folding removes case and accents the French way", "[folding]")
{
    CHECK(fold("Numérique") == "numerique");
    CHECK(fold("ÉCOLE") == "ecole");
    CHECK(fold("Télé") == "tele");
    CHECK(fold("ça") == "ca");
    CHECK(fold("Noël") == "noel");
    CHECK(fold("maïs") == "mais");
    CHECK(fold("ÎLE") == "ile");
    CHECK(fold("données") == "donnees");
}

TEST_CASE("folding expands ligatures and unifies apostrophes", "[folding]")
{
    CHECK(fold("Œuvre") == "oeuvre");
    CHECK(fold("cœur") == "coeur");
    CHECK(fold("ex æquo") == "ex aequo");
    CHECK(fold("aujourd\u2019hui") == "aujourd'hui");
    CHECK(fold("aujourd\u02BChui") == "aujourd'hui");
    CHECK(fold("aujourd\u2018hui") == "aujourd'hui");
}

TEST_CASE("folding drops soft hyphens and decomposed accents alike", "[folding]")
{
    CHECK(fold("numé\u00ADrique") == "numerique");
    CHECK(fold("nume\u0301rique") == "numerique"); // e + combining acute
}

TEST_CASE("exact form keeps case and accents", "[folding]")
{
    CHECK(toUtf8(exactToken(fromUtf8("ENT"))) == "ENT");
    CHECK(toUtf8(exactToken(fromUtf8("Télé"))) == "Télé");
    CHECK(toUtf8(exactToken(fromUtf8("l\u2019ENT"))) == "l'ENT");
}

TEST_CASE("plural key makes singular and plural meet", "[folding][plural]")
{
    CHECK(plural("donnees") == plural("donnee"));
    CHECK(plural("reseaux") == "reseau");
    CHECK(plural("jeux") == "jeu");
    CHECK(plural("lieux") == "lieu");
    CHECK(plural("locaux") == "local");
    CHECK(plural("sociaux") == "social");
    CHECK(plural("capteurs") == "capteur");
    CHECK(plural("acces") == plural("acces")); // invariable words fold the same on both sides
    CHECK(plural("bus") == "bus"); // three letters: left alone
    CHECK(plural("express") == "express"); // -ss is not a plural
    CHECK(plural("tiers") == "tier");
}

TEST_CASE("hyphen and apostrophe classes", "[folding]")
{
    for (char32_t c : { U'-', U'\u2010', U'\u2011', U'\u2012', U'\u2013', U'\u2014', U'\u2015', U'\u2212' })
        CHECK(isHyphen(c));
    CHECK_FALSE(isHyphen(U'_'));
    for (char32_t c : { U'\'', U'\u2019', U'\u02BC', U'\u2018', U'\u00B4' })
        CHECK(isApostrophe(c));
    CHECK_FALSE(isApostrophe(U'"'));
}
