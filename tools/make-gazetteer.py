#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds Vigie's French commune gazetteer from Etalab's decoupage-administratif package.

Usage: make-gazetteer.py PACKAGE_DIR OUTPUT_DIR

PACKAGE_DIR is the extracted npm package @etalab/decoupage-administratif (the folder holding
package.json and data/*.json; tools/make-gazetteer.sh fetches version 6.0.0). The package is
Etalab's JSON copy of INSEE's Code officiel géographique, with INSEE municipal populations.

Writes four UTF-8 tab-separated files into OUTPUT_DIR, each with a header line, sorted by
code, with LF line ends:

  communes.tsv         insee, name, department, region, population  (current communes only,
                       type "commune-actuelle": no communes déléguées or associées and no
                       municipal arrondissements)
  arrondissements.tsv  insee, name, commune, population  (municipal arrondissements of Paris,
                       Lyon and Marseille; commune = INSEE code of the parent commune)
  departements.tsv     code, name, region
  regions.tsv          code, name

population is the integer the package gives (INSEE "population municipale"), empty when absent.
The output depends only on the package contents, so reruns give the same bytes. Any missing
field, unknown record type, dangling code or unexpected value stops the script with an error.
"""

import json
import os
import sys

PACKAGE_NAME = "@etalab/decoupage-administratif"

# Every record type data/communes.json may hold; anything else is an error, not a silent skip.
COMMUNE = "commune-actuelle"
ARRONDISSEMENT = "arrondissement-municipal"
KNOWN_TYPES = {COMMUNE, ARRONDISSEMENT, "commune-deleguee", "commune-associee"}

# Parent communes of the municipal arrondissements (Paris, Lyon, Marseille).
ARRONDISSEMENT_PARENTS = {"75056", "69123", "13055"}


def fail(message):
    sys.exit("make-gazetteer.py: error: " + message)


def load(package_dir, name):
    path = os.path.join(package_dir, "data", name + ".json")
    try:
        with open(path, encoding="utf-8") as f:
            records = json.load(f)
    except (OSError, ValueError) as e:
        fail("cannot read %s: %s" % (path, e))
    if not isinstance(records, list) or not records:
        fail("%s: expected a non-empty JSON array" % path)
    for i, r in enumerate(records):
        if not isinstance(r, dict):
            fail("%s: record %d is not an object" % (path, i))
    return records


def text(record, field, where):
    """A required, non-empty string field that is safe to put in a TSV cell."""
    if field not in record:
        fail("%s: record %r has no field %r" % (where, record.get("code", record), field))
    value = record[field]
    if not isinstance(value, str) or not value:
        fail("%s: record %r: field %r is not a non-empty string: %r"
             % (where, record.get("code"), field, value))
    if value != value.strip() or any(c in value for c in "\t\n\r"):
        fail("%s: record %r: field %r has a tab, line break or outer space: %r"
             % (where, record.get("code"), field, value))
    return value


def population(record, where):
    """The integer population, or None when the package gives none."""
    value = record.get("population")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        fail("%s: record %r: population is not a non-negative integer: %r"
             % (where, record.get("code"), value))
    return value


def unique_by_code(rows, where):
    seen = set()
    for row in rows:
        if row[0] in seen:
            fail("%s: code %s appears twice" % (where, row[0]))
        seen.add(row[0])
    return sorted(rows)


def write_tsv(path, header, rows):
    lines = ["\t".join(header)]
    for row in rows:
        lines.append("\t".join("" if v is None else str(v) for v in row))
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: make-gazetteer.py PACKAGE_DIR OUTPUT_DIR")
    package_dir, out_dir = argv[1], argv[2]

    try:
        with open(os.path.join(package_dir, "package.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        fail("cannot read package.json in %s: %s" % (package_dir, e))
    if meta.get("name") != PACKAGE_NAME:
        fail("%s is not %s (package.json name: %r)" % (package_dir, PACKAGE_NAME, meta.get("name")))
    print("package: %s@%s" % (meta["name"], meta.get("version")))

    regions = []
    for r in load(package_dir, "regions"):
        regions.append((text(r, "code", "regions.json"), text(r, "nom", "regions.json")))
    regions = unique_by_code(regions, "regions.json")
    region_codes = {code for code, _ in regions}

    departements = []
    for r in load(package_dir, "departements"):
        row = (text(r, "code", "departements.json"), text(r, "nom", "departements.json"),
               text(r, "region", "departements.json"))
        if row[2] not in region_codes:
            fail("departements.json: %s has unknown region %s" % (row[0], row[2]))
        departements.append(row)
    departements = unique_by_code(departements, "departements.json")
    departement_region = {code: region for code, _, region in departements}

    communes, arrondissements = [], []
    for r in load(package_dir, "communes"):
        kind = text(r, "type", "communes.json")
        if kind not in KNOWN_TYPES:
            fail("communes.json: record %r has unknown type %r" % (r.get("code"), kind))
        if kind == COMMUNE:
            code = text(r, "code", "communes.json")
            dep = text(r, "departement", "communes.json")
            reg = text(r, "region", "communes.json")
            if departement_region.get(dep) != reg:
                fail("communes.json: %s has department %s and region %s, which departements.json "
                     "does not pair" % (code, dep, reg))
            communes.append((code, text(r, "nom", "communes.json"), dep, reg,
                             population(r, "communes.json")))
        elif kind == ARRONDISSEMENT:
            code = text(r, "code", "communes.json")
            parent = text(r, "commune", "communes.json")
            if parent not in ARRONDISSEMENT_PARENTS:
                fail("communes.json: arrondissement %s has unexpected parent %s" % (code, parent))
            arrondissements.append((code, text(r, "nom", "communes.json"), parent,
                                    population(r, "communes.json")))
    communes = unique_by_code(communes, "communes (commune-actuelle)")
    arrondissements = unique_by_code(arrondissements, "arrondissements (arrondissement-municipal)")

    commune_codes = {row[0] for row in communes}
    for parent in sorted(ARRONDISSEMENT_PARENTS):
        if parent not in commune_codes:
            fail("parent commune %s is not a current commune" % parent)
        if not any(row[2] == parent for row in arrondissements):
            fail("no municipal arrondissement for %s" % parent)
    for code, _, _, _ in arrondissements:
        if code in commune_codes:
            fail("arrondissement %s is also a current commune" % code)
    if {row[2] for row in communes} != set(departement_region):
        fail("departments with no commune, or communes in unlisted departments")
    if len(communes) < 30000:
        fail("only %d current communes; expected about 35,000" % len(communes))

    os.makedirs(out_dir, exist_ok=True)
    write_tsv(os.path.join(out_dir, "communes.tsv"),
              ("insee", "name", "department", "region", "population"), communes)
    write_tsv(os.path.join(out_dir, "arrondissements.tsv"),
              ("insee", "name", "commune", "population"), arrondissements)
    write_tsv(os.path.join(out_dir, "departements.tsv"), ("code", "name", "region"), departements)
    write_tsv(os.path.join(out_dir, "regions.tsv"), ("code", "name"), regions)

    without = [row[0] for row in communes if row[4] is None]
    print("communes: %d" % len(communes))
    print("arrondissements: %d" % len(arrondissements))
    print("departments: %d" % len(departements))
    print("regions: %d" % len(regions))
    print("communes without population: %d%s"
          % (len(without), " (" + " ".join(without) + ")" if without else ""))
    print("total population (communes): %d" % sum(row[4] or 0 for row in communes))
    print("written to: %s" % out_dir)


if __name__ == "__main__":
    main(sys.argv)
