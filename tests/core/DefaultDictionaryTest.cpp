// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace vigie;
using test::TagFixture;

TEST_CASE("the default dictionary compiles cleanly with the required stable ids", "[default]")
{
    const auto dict = core::Dictionary::fromFile(VIGIE_DICTIONARY);
    const auto matcher = core::ThemeMatcher::compile(dict);
    CHECK(matcher->warnings().empty());
    for (const char *id : { "open_data", "ville_connectee", "e_sante", "french_tech", "e_administration",
                            "democratie_participative", "education_numerique", "inclusion_numerique", "tres_haut_debit",
                            "tiers_lieux", "donnees_personnelles_cybersecurite" }) {
        INFO(id);
        const int t = dict.themeIndex(id);
        REQUIRE(t >= 0);
        CHECK(dict.themes()[static_cast<std::size_t>(t)].parent == "numerique");
        CHECK_FALSE(dict.themes()[static_cast<std::size_t>(t)].terms.empty());
        CHECK_FALSE(dict.themes()[static_cast<std::size_t>(t)].labelEn.empty());
    }
    for (const char *id : { "loisirs_tourisme", "transports_mobilite", "citoyennete", "education",
                            "energie_environnement", "developpement_economique", "sante_social", "administration" }) {
        INFO(id);
        const int t = dict.themeIndex(id);
        REQUIRE(t >= 0);
        CHECK(dict.themes()[static_cast<std::size_t>(t)].parent == "secteurs");
    }
    CHECK(dict.themes()[static_cast<std::size_t>(dict.themeIndex("numerique"))].parent.empty());
    CHECK(dict.themes()[static_cast<std::size_t>(dict.themeIndex("secteurs"))].parent.empty());
}

TEST_CASE("campaign sentences reach their digital theme", "[default][recall]")
{
    auto f = TagFixture::defaultDictionary();
    const std::vector<std::pair<const char *, const char *>> cases = {
        { "Nous publierons les données de la ville en open data.", "open_data" },
        { "Mise à disposition des jeux de données sur un portail OpenData.", "open_data" },
        { "Engager la ville dans l’ouverture des données publiques.", "open_data" },
        { "Faire de Nantes une smart city au service des habitants.", "ville_connectee" },
        { "Des capteurs connectés mesureront la qualité de l'air.", "ville_connectee" },
        { "Un éclairage public intelligent qui baisse la nuit.", "ville_connectee" },
        { "Des services urbains pilotés par l'IoT.", "ville_connectee" },
        { "Le #WiFi gratuit dans tous les parcs.", "tres_haut_debit" },
        { "Une ville connectée et durable : capteurs, données et services en ligne.", "ville_connectee" },
        { "Déployer la télémédecine dans les maisons de santé.", "e_sante" },
        { "Développer l'e-santé pour les personnes âgées.", "e_sante" },
        { "Soutenir la candidature au label French Tech.", "french_tech" },
        { "Rejoindre l’écosystème #FrenchTech de la métropole.", "french_tech" },
        { "Toutes les démarches en ligne sur un guichet unique.", "e_administration" },
        { "Poursuivre la dématérialisation des actes d’état civil.", "e_administration" },
        { "Les familles pourront payer en ligne la cantine.", "e_administration" },
        { "Un budget participatif en ligne chaque année.", "democratie_participative" },
        { "Les conseils municipaux filmés et mis en ligne.", "democratie_participative" },
        { "Une plateforme participative pour proposer vos idées.", "democratie_participative" },
        { "Un tableau numérique interactif dans chaque classe.", "education_numerique" },
        { "Généraliser l'ENT dans les écoles primaires.", "education_numerique" },
        { "Lutter contre la fracture numérique des seniors.", "inclusion_numerique" },
        { "Recruter deux conseillers numériques pour l'illectronisme.", "inclusion_numerique" },
        { "Un espace public numérique dans chaque quartier.", "inclusion_numerique" },
        { "La fibre pour tous les foyers d’ici 2020.", "tres_haut_debit" },
        { "Le très haut débit dans les zones d’activité.", "tres_haut_debit" },
        { "Du wifi public gratuit sur les places.", "tres_haut_debit" },
        { "Résorber les zones blanches de la téléphonie mobile.", "tres_haut_debit" },
        { "Ouvrir un tiers-lieu avec un fablab et un espace de coworking.", "tiers_lieux" },
        { "Protéger les données personnelles des usagers (RGPD).", "donnees_personnelles_cybersecurite" },
        { "Un plan de cybersécurité après la cyberattaque de 2019.", "donnees_personnelles_cybersecurite" },
        { "La transition numérique de la ville.", "numerique" },
        { "Une application mobile pour signaler les incivilités.", "numerique" },
        // Found by the demo's phrase bank: feminine and participle forms the terms missed.
        { "Les archives municipales numérisées seront consultables par tous.", "numerique" },
        { "Une carte dématérialisée pour la cantine et la médiathèque.", "numerique" },
        { "Réussir la transformation digitale de la mairie.", "numerique" },
        // Paraphrases of a later round (docs/evaluation.md, test-c read after it was scored).
        { "Nous migrerons les serveurs de la commune vers un stockage en nuage.", "numerique" },
        { "L'informatisation des services techniques sera achevée en 2027.", "numerique" },
        { "Les comptages de vélos seront mis à la disposition du public chaque mois.", "open_data" },
        { "Les données du service des eaux ? Nous les rendrons publiques dès l'an prochain.", "open_data" },
        { "Prise de rendez-vous en ligne avec les infirmières du centre de santé.", "e_sante" },
        { "L'informatisation du dossier patient des résidents de l'Ehpad est votée.", "e_sante" },
        { "Aux arrêts du tram, des écrans donneront les horaires réels des prochains passages.", "ville_connectee" },
        { "Depuis sa chute, ma grand-mère porte un bracelet dont le capteur prévient la centrale.", "e_sante" },
        // ... and test-d, read after it was scored.
        { "Les relevés de nos stations de mesure du bruit sont téléchargeables au format CSV.", "open_data" },
        { "La métropole partage ses données avec les habitants et les entreprises.", "open_data" },
        { "Une veille à distance des patients fragiles à leur retour d'hospitalisation.", "e_sante" },
        // ... and test-e, read after it was scored.
        { "Depuis la salle de contrôle, les agents suivent la pression dans les canalisations.", "ville_connectee" },
        { "Sur un mur d'écrans, l'équipe surveille l'état des pompes et des réservoirs.", "ville_connectee" },
        { "Les places libres des parkings, comptées en temps réel, sont publiées en flux ouvert.", "open_data" },
        { "Les bases de la commune seront en téléchargement gratuit pour tous.", "open_data" },
    };
    for (const auto &[sentence, theme] : cases) {
        INFO(sentence);
        CHECK(f.count(sentence, theme) >= 1);
        CHECK(f.count(sentence, "numerique") >= 1); // every digital theme rolls up
    }
}

TEST_CASE("the same words in other senses do not count for the rules read from test-e", "[default][precision]")
{
    // The rules added after test-e was read, tried on the senses they must not take.
    auto f = TagFixture::defaultDictionary();
    const std::vector<std::pair<const char *, const char *>> cases = {
        { "Une ville numérique au service de tous.", "ville_connectee" }, // digital in general, not smart city
        { "Le poste de commandement des pompiers a géré la circulation pendant le carnaval.", "ville_connectee" },
        { "Minute par minute, le niveau de la Loire est monté.", "ville_connectee" },
        { "Les bases nautiques sont en téléchargement dans le guide de l'été.", "open_data" },
        { "Les bases du règlement du concours sont en téléchargement.", "open_data" },
        { "Le flux ouvert des urgences fonctionne en temps réel pour orienter les patients.", "open_data" },
    };
    for (const auto &[sentence, theme] : cases) {
        INFO(sentence);
        CHECK(f.counts(sentence).count(theme) == 0);
    }
    CHECK(f.count("Une ville numérique au service de tous.", "numerique") >= 1);
}

TEST_CASE("a web or e-mail address alone is not a mention of digital policy", "[default][precision][links]")
{
    // Dictionary 2027.2 (docs/counting.md, rule 9): nearly every profession de foi prints its list's
    // site and e-mail in its footer; counted, they made almost every document "talk about digital".
    auto f = TagFixture::defaultDictionary();
    for (const char *sentence :
         { "Retrouvez toute l'équipe sur www.lyon-demain.fr",
           "Contact : contact@lyon-demain.fr — https://lyon-demain.fr", "Notre programme complet : lyondemain2026.fr",
           "Suivez-nous : http://www.villeurbanne-ensemble.org/equipe",
           "Imprimé par nos soins. Ne pas jeter sur la voie publique. WWW.AMBERIEU2026.FR",
           "Permanence au 12 rue de la République, ou écrivez à equipe@venissieux-dabord.fr." }) {
        INFO(sentence);
        CHECK(f.counts(sentence).count("numerique") == 0);
    }
    // What the sentence says around an address still counts.
    CHECK(f.count("Toutes les démarches en ligne sur www.ville-exemple.fr, sans vous déplacer.", "numerique") >= 1);
    CHECK(f.count("Les données du budget seront publiées en open data sur data.ville-exemple.fr.", "numerique") >= 1);
}

TEST_CASE("ambiguous words without their context are not counted", "[default][precision]")
{
    // Dictionary 2027.1: "connecté", "données", "fibre", "plateforme"... count only through a rule.
    // Without anything telling which sense they have, a careful reader cannot tell either.
    auto f = TagFixture::defaultDictionary();
    for (const char *sentence :
         { "Une ville connectée et durable.", "Les données sont claires.", "La fibre.", "Une nouvelle plateforme.",
           "Une application stricte du règlement.", "Des capteurs partout.", "Le portail est ouvert." }) {
        INFO(sentence);
        CHECK(f.counts(sentence).count("numerique") == 0);
    }
}

TEST_CASE("false friends are not counted as digital", "[default][precision]")
{
    auto f = TagFixture::defaultDictionary();
    const std::vector<const char *> sentences = {
        "Une ville connectée à Paris par le RER et le TGV.",
        "Notre commune est une ville connectée au réseau ferroviaire, avec sa gare rénovée.",
        "Il faut avoir la fibre sociale pour faire de la politique.",
        "Un élu qui a la fibre écologique et la fibre associative.",
        "Isolation en fibre de bois des écoles.",
        "Le relevé des empreintes digitales se fera en mairie.",
        "Nous sommes en ligne directe avec les habitants.",
        "Le quartier sera en ligne de mire de notre action.",
        "Concilier vie privée et vie professionnelle pour les agents.",
        "Une politique en ligne avec nos valeurs.",
        "Des tics de langage.",
        "Le tennis club organise un open de tennis.",
        "La French touch du festival de musique.",
        "La digitale pourpre fleurit dans nos sous-bois.",
        "Un ciel en nuage sur la fête du village.",
        "La fiche horaire papier donne les prochains passages à chaque arrêt.",
        "La répartition numérique des sièges au conseil communautaire est revue.",
        "La restauration de la chapelle se fera sous la supervision de l'architecte des bâtiments de France.",
        "Un chêne à la fibre dense, parfait pour les charpentes de la menuiserie.",
        "Des sentiers balisés et des parkings à l'entrée du site naturel.",
    };
    for (const char *s : sentences) {
        INFO(s);
        CHECK(f.count(s, "numerique") == 0);
    }
}

TEST_CASE("sector tree classifies barometer project titles", "[default][sectors]")
{
    auto f = TagFixture::defaultDictionary();
    const std::vector<std::pair<const char *, const char *>> cases = {
        { "Application de visite virtuelle du patrimoine et du musée", "loisirs_tourisme" },
        { "Stationnement intelligent avec capteurs sur voirie", "transports_mobilite" },
        { "Plateforme de budget participatif", "citoyennete" },
        { "Déploiement de l'ENT dans les écoles", "education" },
        { "Éclairage public piloté à distance", "energie_environnement" },
        { "Pépinière d'entreprises numériques et accueil de start-up", "developpement_economique" },
        { "Cabines de téléconsultation dans les quartiers", "sante_social" },
        { "Dématérialisation des actes d'état civil", "administration" },
    };
    for (const auto &[title, sector] : cases) {
        INFO(title);
        CHECK(f.count(title, sector) >= 1);
    }
    // Social networks are a digital topic, not social policy.
    CHECK(f.count("Une présence renforcée sur les réseaux sociaux", "sante_social") == 0);
}

TEST_CASE("a detector that calls for help after a fall is e-health, not the city's sensors", "[default][precision]")
{
    auto f = TagFixture::defaultDictionary();
    for (const char *s : { "Mon père est tombé dans la cuisine : le détecteur a donné l'alerte au voisin référent.",
                           "Depuis sa chute, ma grand-mère porte un bracelet dont le capteur prévient la centrale." }) {
        INFO(s);
        CHECK(f.count(s, "e_sante") >= 1);
        CHECK(f.count(s, "ville_connectee") == 0);
    }
}
