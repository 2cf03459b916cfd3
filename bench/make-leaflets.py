#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes N distinct 4-page campaign leaflets as PDF, for the import benchmark (issue 13, point 6).

Each leaflet is laid out as design tools export them: a letter-spaced title, a word printed one
letter per line beside the heading it repeats, a drop capital, two columns of text, the
ligatures fi and fl, and a last page without text (what a page of pictures gives the text layer).
The sentences are written for this script and shuffled with a seeded generator, so every leaflet is distinct and a
run with the same N and seed writes the same files. The PDF writer is the test fixtures' one
(tests/data/pdf/make-fixtures.py). Standard library only.

  python3 bench/make-leaflets.py OUT_DIR [N=1000] [SEED=13]
"""

import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "fixtures", os.path.join(HERE, "..", "tests", "data", "pdf", "make-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

SENTENCES = [
    "Nous ouvrirons une maison de santé dans chaque quartier prioritaire.",
    "Les cours d'école deviendront des jardins ouverts aux habitants le week-end.",
    "La ville publiera ses données budgétaires sur un portail ouvert à tous.",
    "Un médiateur numérique accompagnera les démarches en ligne dans chaque mairie annexe.",
    "Nous créerons quarante kilomètres de pistes cyclables sécurisées.",
    "Chaque conseil de quartier disposera d'un budget participatif voté par les habitants.",
    "La téléconsultation sera proposée dans les centres de santé municipaux.",
    "Les bibliothèques resteront ouvertes le dimanche et le soir jusqu'à vingt heures.",
    "Nous rénoverons deux mille logements sociaux pour baisser les factures d'énergie.",
    "Une cantine bio et locale sera servie dans toutes les écoles de la commune.",
    "Le conseil municipal sera retransmis en direct et ses délibérations mises en ligne.",
    "Les associations sportives recevront des créneaux plus équitables dans les gymnases.",
    "Nous installerons des capteurs de qualité de l'air autour des écoles et des crèches.",
    "Un guichet unique réunira toutes les aides de la ville, sur place et en ligne.",
    "La fibre optique desservira les hameaux avant la fin du mandat.",
    "Les jeunes trouveront un tiers-lieu avec un atelier de fabrication numérique.",
]
HEADINGS = [("VIVRE", "Vivre ensemble"), ("AGIR", "Agir pour le climat"), ("OSER", "Oser la proximité"),
            ("UNIR", "Unir les quartiers")]


def body_lines(rng, count):
    """`count` sentences, cut into lines of at most 42 characters."""
    lines, words = [], []
    for sentence in [rng.choice(SENTENCES) for _ in range(count)]:
        for word in sentence.split():
            if sum(len(w) + 1 for w in words) + len(word) > 42:
                lines.append(" ".join(words))
                words = []
            words.append(word)
    if words:
        lines.append(" ".join(words))
    return lines


def leaflet(rng, number):
    town = "Commune %04d" % number
    short, heading = rng.choice(HEADINGS)
    first = [("F2", 20, 72, 790, "NOTRE PROGRAMME", 9), ("F1", 11, 72, 762, "Liste " + town)]
    first += [("F2", 20, 40, 700 - 24 * i, letter) for i, letter in enumerate(short)]
    first += [("F2", 14, 90, 700, heading)]
    first += [("F1", 11, 90, 680 - 14 * i, line) for i, line in enumerate(body_lines(rng, 6))]
    first += [("F2", 40, 72, 420, "P"), ("F1", 11, 104, 446, "ROTÉGER les plus fragiles est notre priorité :")]
    first += [("F1", 11, 104, 432 - 14 * i, line) for i, line in enumerate(body_lines(rng, 3))]
    columns = []
    for column, x in enumerate((72, 320)):
        columns += [("F1", 10, x, 780 - 13 * i, line) for i, line in enumerate(body_lines(rng, 20))]
    third = [("F2", 16, 72, 780, "UNE VILLE CONNECTÉE", 6)]
    third += [("F4", 11, 72, 750, "Nous rendrons con\u00aeance et \u00afuidité aux services publics en ligne.")]
    third += [("F1", 11, 72, 734 - 14 * i, line) for i, line in enumerate(body_lines(rng, 14))]
    return fixtures.make_pdf([first, columns, third, []], fixtures.LEAFLET_FONTS)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 13)
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(1, n + 1):
        data = leaflet(rng, i)
        with open(os.path.join(out, "tract-%04d.pdf" % i), "wb") as f:
            f.write(data)
        total += len(data)
    print("%s: %d leaflets, 4 pages each, %d bytes" % (out, n, total))


if __name__ == "__main__":
    main()
