#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the results-file fixtures of tests/core/ListsTest.cpp next to this script: invented
results in the two layouts the Ministry publishes by commune, for the communes of the fixture
round (tests/data/professions-foi/) and of the 2020 candidate fixture (tests/data/candidates/).

- resultats-municipales-2026-tour1.csv: ';', UTF-8, one numbered group of columns per list
  ("Numéro de panneau 1", "Sièges au CM 1", ...). Lyon elects list 1, Vénissieux list 2,
  Ambérieu-en-Bugey list 1, L'Abergement-Clémenciat list 1; Villeurbanne goes to a second round
  (no seats); a commune the round does not have (01002); a seats cell that is not a number.
- resultats-municipales-2020-tour1.txt: ';', ISO-8859-1, the first list's group named once and the
  others following it unnamed; department and 3-digit commune codes (Corsica, "ZD").
Standard library only; deterministic.

  python3 tests/data/results/make-fixtures.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD_2026 = ["Code département", "Libellé département", "Code commune", "Libellé commune", "Inscrits", "Votants",
             "Exprimés"]
GROUP_2026 = ["Numéro de panneau", "Nuance liste", "Libellé abrégé de liste", "Voix", "Sièges au CM"]

# insee, commune, [(panel, nuance, short, votes, seats)]
ROWS_2026 = [
    ("69", "Rhône", "69123", "Lyon", [(1, "LDVG", "LYON DEMAIN", 98000, "55"), (2, "LDVD", "LYON NOTRE VILLE", 61000, "10"),
                                      (3, "LECO", "LYON ÉCOLOGIE", 40000, "8")]),
    ("69", "Rhône", "69266", "Villeurbanne", [(1, "LUG", "VILLEURBANNE POUR TOUS", 21000, ""),
                                              (2, "LDVC", "RÉVEILLER VILLEURBANNE", 19000, "")]),
    ("69", "Rhône", "69259", "Vénissieux", [(1, "LCOM", "VÉNISSIEUX D'ABORD", 7000, "12"),
                                            (2, "LDVD", "VÉNISSIEUX AVENIR", 11000, "37")]),
    ("01", "Ain", "01004", "Ambérieu-en-Bugey", [(1, "LDIV", "AMBÉRIEU EN COMMUN", 3100, "22"),
                                                 (2, "LDVD", "AMBÉRIEU 2026", 1500, "7")]),
    ("01", "Ain", "01001", "L'Abergement-Clémenciat", [(1, "LDIV", "VIVRE ICI", 310, "11")]),
    ("01", "Ain", "01002", "L'Abergement-de-Varey", [(1, "LDIV", "VAREY ENSEMBLE", 150, "11")]),
    ("01", "Ain", "01005", "Ambérieux-en-Dombes", [(1, "LDIV", "DOMBES", 600, "douze")]),
]

HEAD_2020 = ["Code du département", "Libellé du département", "Code de la commune", "Libellé de la commune",
             "Inscrits", "Votants", "Exprimés", "N°Panneau", "Code Nuance", "Sexe", "Nom", "Prénom", "Liste",
             "Sièges / Elu", "Sièges Secteur", "Sièges CC", "Voix"]

ROWS_2020 = [
    ("1", "Ain", "004", "Ambérieu-en-Bugey", [(1, "LDVC", "F", "MOREAU", "Julie", "Ambérieu pour tous", "26", "6000"),
                                              (4, "LDIV", "M", "BLANC", "Marc", "Autre Ambérieu", "3", "1900")]),
    ("2A", "Corse-du-Sud", "004", "Ajaccio", [(3, "LREG", "M", "SANTONI", "Paulu", "Aiacciu inseme", "", "9000")]),
    ("ZD", "La Réunion", "411", "Saint-Denis", [(2, "LDVG", "F", "PAYET", "Marie", "Saint-Denis debout", "41",
                                                 "30000")]),
]


def main():
    lines = []
    width = max(len(r[4]) for r in ROWS_2026)
    header = HEAD_2026 + ["%s %d" % (name, n) for n in range(1, width + 1) for name in GROUP_2026]
    lines.append(";".join(header))
    for dept, dept_name, insee, commune, lists in ROWS_2026:
        fields = [dept, dept_name, insee, commune, "1000", "600", "580"]
        for panel, nuance, short, votes, seats in lists:
            fields += [str(panel), nuance, short, str(votes), seats]
        lines.append(";".join(fields))
    with open(os.path.join(HERE, "resultats-municipales-2026-tour1.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))

    lines = [";".join(HEAD_2020)]
    for dept, dept_name, code, commune, lists in ROWS_2020:
        fields = [dept, dept_name, code, commune, "1000", "600", "580"]
        for panel, nuance, sex, last, first, name, seats, votes in lists:
            fields += [str(panel), nuance, sex, last, first, name, seats, "", "", votes]
        lines.append(";".join(fields))
    with open(os.path.join(HERE, "resultats-municipales-2020-tour1.txt"), "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("iso-8859-1"))


if __name__ == "__main__":
    main()
