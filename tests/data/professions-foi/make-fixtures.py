#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a small 2026 round as an analyst downloads it, next to this script: six professions de
foi named as the public mirror names them (MN26-{department}-{insee}-{Civility_First_LAST}-{panel}-
tour{N}-profession_foi.pdf, one easy-read twin "_falc") and the round's candidate file in the
Ministry's 2026 shape with ten lists in five real communes, four of them without a document.
Invented candidates, lists and texts. Standard library only (and ../pdf/make-fixtures.py);
deterministic.

  python3 tests/data/professions-foi/make-fixtures.py

What the tests expect: lists by size class (< 50,000: 1 of 3 with a document; 50,000-200,000:
2 of 4; > 200,000: 2 of 3), the Lyon list 1 counted once (its profession de foi, not its FALC twin).
"""

import importlib.util
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("pdf_fixtures", os.path.join(HERE, "..", "pdf", "make-fixtures.py"))
pdf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdf)

HEADER = ("Code département;Département;Code circonscription;Circonscription;Numéro de panneau;"
          "Libellé abrégé de liste;Libellé de la liste;Code nuance de liste;Nuance de liste;Tête de liste;"
          "Ordre;Sexe;Nom sur le bulletin de vote;Prénom sur le bulletin de vote;Nationalité;"
          "Code personnalité;CC")

# (department, department name, insee, commune, panel, short, name, nuance code, nuance, candidates)
# candidates: (sex, last name, first name); the first is the head of the list.
LISTS = [
    ("69", "Rhône", "69123", "Lyon", 1, "LYON DEMAIN", "Lyon demain, ensemble", "LDVG", "Divers gauche",
     [("F", "MARTIN", "Camille"), ("M", "BERNARD", "Hugo")]),
    ("69", "Rhône", "69123", "Lyon", 2, "LYON NOTRE VILLE", "Lyon, notre ville", "LDVD", "Divers droite",
     [("M", "PETIT", "Louis"), ("F", "ROBERT", "Léa")]),
    ("69", "Rhône", "69123", "Lyon", 3, "LYON ÉCOLOGIE", "Lyon écologie solidaire", "LECO", "Écologiste",
     [("F", "GARNIER", "Zoé"), ("M", "FAURE", "Noé")]),
    ("69", "Rhône", "69266", "Villeurbanne", 1, "VILLEURBANNE POUR TOUS", "Villeurbanne pour tous", "LUG",
     "Union de la gauche", [("M", "CHEVALIER", "Yanis"), ("F", "ROUX", "Nina")]),
    ("69", "Rhône", "69266", "Villeurbanne", 2, "RÉVEILLER VILLEURBANNE", "Réveiller Villeurbanne", "LDVC",
     "Divers centre", [("F", "BLANC", "Jeanne"), ("M", "GUERIN", "Malo")]),
    ("69", "Rhône", "69259", "Vénissieux", 1, "VÉNISSIEUX D'ABORD", "Vénissieux d'abord", "LCOM",
     "Parti communiste français", [("F", "MULLER", "Rose"), ("M", "HENRY", "Adam")]),
    ("69", "Rhône", "69259", "Vénissieux", 2, "VÉNISSIEUX AVENIR", "Vénissieux avenir", "LDVD", "Divers droite",
     [("M", "ANDRE", "Tom"), ("F", "LAMBERT", "Lou")]),
    ("01", "Ain", "01004", "Ambérieu-en-Bugey", 1, "AMBÉRIEU EN COMMUN", "Ambérieu en commun", "LDIV", "Divers",
     [("F", "MOREAU", "Julie"), ("M", "GIRARD", "Éric")]),
    ("01", "Ain", "01004", "Ambérieu-en-Bugey", 2, "AMBÉRIEU 2026", "Ambérieu 2026", "LDVD", "Divers droite",
     [("M", "FONTAINE", "Luc"), ("F", "ROUSSEL", "Mia")]),
    ("01", "Ain", "01001", "L'Abergement-Clémenciat", 1, "VIVRE ICI", "Vivre ici", "LDIV", "Divers",
     [("F", "DURAND", "Anne"), ("M", "LEROY", "Paul")]),
]

# (insee, panel, kind suffix, paragraphs)
DOCUMENTS = [
    ("69123", 1, "profession_foi", [
        "Madame, Monsieur, le 15 mars vous choisirez l'équipe qui conduira Lyon pour six ans.",
        "Nous ouvrirons les données publiques de la ville sur un portail libre et mis à jour chaque mois.",
        "Chaque démarche pourra se faire en ligne, et un guichet physique restera ouvert dans chaque "
        "arrondissement pour celles et ceux qui préfèrent parler à quelqu'un.",
        "Nous formerons les agents et les habitants aux outils numériques dans les bibliothèques.",
    ]),
    ("69123", 1, "profession_foi_falc", [
        "Le 15 mars, vous votez pour choisir le maire de Lyon.",
        "Nous voulons aider les personnes qui ont du mal avec internet.",
        "Vous pourrez faire vos papiers sur internet ou au guichet de la mairie.",
    ]),
    ("69123", 2, "profession_foi", [
        "Lyonnaises, Lyonnais, notre ville mérite des rues propres et des transports à l'heure.",
        "Nous doublerons les places en crèche et rénoverons les écoles avant 2030.",
        "La sécurité sera notre première priorité, avec une police municipale de proximité.",
    ]),
    ("69266", 1, "profession_foi", [
        "Villeurbanne pour tous veut une ville où personne n'est laissé de côté.",
        "Une maison France services ouvrira dans chaque quartier, avec des conseillers numériques pour "
        "accompagner les démarches administratives en ligne.",
        "Un tiers-lieu consacré au numérique accueillera les associations et les jeunes.",
    ]),
    ("69259", 2, "profession_foi", [
        "Vénissieux avenir propose un projet clair pour notre ville.",
        "Toutes les écoles seront équipées de tableaux interactifs et d'une connexion en fibre optique.",
        "Nous créerons une application pour signaler un problème de voirie en quelques secondes.",
    ]),
    ("01004", 1, "profession_foi", [
        "Ambérieu en commun, c'est une équipe de voisins engagés.",
        "Nous obtiendrons la fibre dans tous les hameaux d'ici la fin du mandat.",
        "Le marché du samedi sera agrandi et la halle rénovée.",
    ]),
]


def candidate_file():
    rows = [HEADER]
    for dept, dept_name, insee, commune, panel, short, name, code, nuance, people in LISTS:
        for order, (sex, last, first) in enumerate(people, start=1):
            rows.append(";".join([dept, dept_name, insee, commune, str(panel), short, name, code, nuance,
                                  "OUI" if order == 1 else "NON", str(order), sex, last, first, "FR", "",
                                  "OUI" if order == 1 else "NON"]))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def document_pdf(paragraphs):
    lines = []
    y = pdf.HEIGHT - 90
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 80):
            lines.append(("F1", 11, 72, y, line))
            y -= 15
        y -= 12
    return pdf.make_pdf([lines])


def main():
    with open(os.path.join(HERE, "candidats-municipales-2026-tour1.csv"), "wb") as f:
        f.write(candidate_file().encode("utf-8"))
    heads = {(l[2], l[4]): l[9][0] for l in LISTS}
    for insee, panel, kind, paragraphs in DOCUMENTS:
        sex, last, first = heads[(insee, panel)]
        civility = "Mme" if sex == "F" else "M"
        name = "MN26-%s-%s-%s_%s_%s-%d-tour1-%s.pdf" % (insee[:2], insee, civility, first, last, panel, kind)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(document_pdf(paragraphs))


if __name__ == "__main__":
    main()
