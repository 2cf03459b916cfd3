#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a candidate file of N rows in the Ministry's 2026 or 2020 shape, for the streaming
benchmark (issue 13, point 6): invented candidates on lists of 15 to 69 candidates, spread over
made-up INSEE codes, one row in 10,000 shifted (an unquoted ';' or a missing field). Standard
library only; the same N, shape and seed write the same file.

  python3 bench/make-candidate-file.py OUT [N=1000000] [2026|2020] [SEED=7]
"""

import random
import sys

sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "tests", "data",
                                              "candidates"))
import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "fixtures", __import__("os").path.join(sys.path[0], "make-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

NAMES = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT"]
FIRST = ["Camille", "Hugo", "Inès", "Louis", "Léa", "Jules", "Chloé", "Nathan", "Zoé", "Émile"]
NUANCES = [("LDVG", "Divers gauche"), ("LDVD", "Divers droite"), ("LDIV", "Divers"), ("LECO", "Écologistes")]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    shape = sys.argv[3] if len(sys.argv) > 3 else "2026"
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    rows, written, commune = [], 0, 0
    while written < n:
        commune += 1
        department = "%02d" % (1 + commune % 95)
        for panel in range(1, rng.randint(2, 5)):
            size = rng.randint(15, 69)
            code, label = rng.choice(NUANCES)
            for rank in range(1, size + 1):
                if written >= n:
                    break
                name, first = rng.choice(NAMES), rng.choice(FIRST)
                if shape == "2026":
                    row = ";".join([department, "Département", department + "%03d" % (commune % 1000),
                                    "Commune %d" % commune, str(panel), "LISTE %d" % panel,
                                    "Liste %d de la commune %d" % (panel, commune), code, label,
                                    "OUI" if rank == 1 else "NON", str(rank), "F", name, first, "FR", "", "NON"])
                else:
                    row = "\t".join([department, "Département", "%03d" % (commune % 1000), "Commune %d" % commune,
                                     str(panel), "LISTE %d" % panel, "Liste %d" % panel, code, str(rank), "F", name,
                                     first, "FR", "N"])
                if written % 10_000 == 9_999:
                    row = row.replace(";", "; ;", 1) if shape == "2026" else row.rsplit("\t", 1)[0]
                rows.append(row)
                written += 1
    if shape == "2026":
        data = b"\xef\xbb\xbf" + ("\n".join([fixtures.HEADER_2026] + rows) + "\n").encode("utf-8")
    else:
        data = ("Candidats\n\n" + "\n".join([fixtures.HEADER_2020] + rows) + "\n").encode("iso-8859-1")
    with open(out, "wb") as f:
        f.write(data)
    print("%s: %d rows, %d bytes" % (out, n, len(data)))


if __name__ == "__main__":
    main()
