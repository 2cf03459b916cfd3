#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the candidate-file fixtures of tests/core/CandidateFileTest.cpp next to this script.

Two small files in the Ministry of the Interior's two published shapes, with invented candidates
on real communes: 2026 (';', UTF-8 with a BOM, a quoted field holding ';', a shifted row, a panel
that is not a number) and 2020 (tab-separated ISO-8859-1, a comment and a blank line before the
header, trailing tabs, a one-digit department, Corsica, an overseas department written "ZD", a
cut row, a commune code that makes no INSEE code). Standard library only; deterministic.

  python3 tests/data/candidates/make-fixtures.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER_2026 = ("Code département;Département;Code circonscription;Circonscription;Numéro de panneau;"
               "Libellé abrégé de liste;Libellé de la liste;Code nuance de liste;Nuance de liste;Tête de liste;"
               "Ordre;Sexe;Nom sur le bulletin de vote;Prénom sur le bulletin de vote;Nationalité;"
               "Code personnalité;CC")

ROWS_2026 = [
    "69;Rhône;69123;Lyon;1;LYON DEMAIN;Lyon demain, ensemble;LDVG;Divers gauche;OUI;1;F;MARTIN;Camille;FR;;OUI",
    "69;Rhône;69123;Lyon;1;LYON DEMAIN;Lyon demain, ensemble;LDVG;Divers gauche;NON;2;M;BERNARD;Hugo;FR;;OUI",
    "69;Rhône;69123;Lyon;1;LYON DEMAIN;Lyon demain, ensemble;LDVG;Divers gauche;NON;3;F;THOMAS;Inès;FR;;NON",
    '69;Rhône;69123;Lyon;2;"LYON; NOTRE VILLE";Lyon, notre ville;LDVD;Divers droite;OUI;1;M;PETIT;Louis;FR;;OUI',
    "69;Rhône;69123;Lyon;2;LYON; NOTRE VILLE;Lyon, notre ville;LDVD;Divers droite;NON;2;F;ROBERT;Léa;FR;;OUI",
    "69;Rhône;69123;Lyon;2;LYON NOTRE VILLE;Lyon, notre ville;LDVD;Divers droite;NON;2;F;ROBERT;Léa;FR;;OUI",
    "01;Ain;01001;L'Abergement-Clémenciat;1;VIVRE ICI;Vivre ici;LDIV;Divers;OUI;1;F;DURAND;Anne;FR;;NON",
    "01;Ain;01001;L'Abergement-Clémenciat;deux;AUTRE;Autre liste;LDIV;Divers;OUI;1;M;LEROY;Paul;FR;;NON",
]

HEADER_2020 = ("Code du département\tLibellé du département\tCode commune\tLibellé commune\tN° Panneau Liste\t"
               "Libellé abrégé liste\tLibellé Etendu Liste\tNuance Liste\tN° candidat\tSexe candidat\t"
               "Nom candidat\tPrénom candidat\tNationalité\tCandidat au conseil communautaire")

ROWS_2020 = [
    "1\tAin\t4\tAmbérieu-en-Bugey\t1\tAMBÉRIEU\tAmbérieu pour tous\tLDVC\t1\tF\tMOREAU\tJulie\tFR\tO\t\t",
    "1\tAin\t4\tAmbérieu-en-Bugey\t1\tAMBÉRIEU\tAmbérieu pour tous\tLDVC\t2\tM\tGIRARD\tÉric\tFR\tO",
    "2A\tCorse-du-Sud\t004\tAjaccio\t3\tAIACCIU\tAiacciu inseme\tLREG\t1\tM\tSANTONI\tPaulu\tFR\tO\t",
    "ZD\tLa Réunion\t411\tSaint-Denis\t2\tST-DENIS\tSaint-Denis debout\tLDVG\t1\tF\tPAYET\tMarie\tFR\tO",
    "ZD\tLa Réunion\t411\tSaint-Denis\t2\tST-DENIS\tSaint-Denis debout\tLDVG\t2\tM\tHOARAU\tJean\tFR",
    "75\tParis\t056SR01\tParis 1er secteur\t1\tPARIS\tParis centre\tLDIV\t1\tF\tLEFEBVRE\tClaire\tFR\tN",
]


def main():
    with open(os.path.join(HERE, "candidats-2026-tour1.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\r\n".join([HEADER_2026] + ROWS_2026) + "\r\n").encode("utf-8"))
    with open(os.path.join(HERE, "candidats-2020-tour1.txt"), "wb") as f:
        text = "Élections municipales 2020 - liste des candidats du 1er tour\n\n" + "\n".join(
            [HEADER_2020] + ROWS_2020) + "\n"
        f.write(text.encode("iso-8859-1"))


if __name__ == "__main__":
    main()
