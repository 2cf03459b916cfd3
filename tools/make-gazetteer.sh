#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the commune gazetteer (data/gazetteer/, or the folder given as $1) from the npm
# package @etalab/decoupage-administratif 6.0.0 (Etalab's copy of INSEE's Code officiel
# géographique). Needs npm (network access to the npm registry, or the package in npm's cache),
# tar, sha512sum and python3. The tarball is checked against its pinned hash, so reruns write
# the same bytes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/data/gazetteer}
spec=@etalab/decoupage-administratif@6.0.0
sha512=5dabd8b0595b70cfe9acaafc84d1cf28447de081f0fddb3134ce27c6358c624e8f2c5002a4479dbe7ffbc0af016a8ce6d1d09885659c7feedb716a40e6998269

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tarball=$(cd "$tmp" && npm pack --silent --ignore-scripts "$spec" | tail -n 1)
[ -f "$tmp/$tarball" ] || { echo "make-gazetteer.sh: npm pack $spec gave no tarball" >&2; exit 1; }
echo "$sha512  $tmp/$tarball" | sha512sum --check --quiet - ||
    { echo "make-gazetteer.sh: $tarball does not match the pinned sha512" >&2; exit 1; }
mkdir "$tmp/extracted"
tar -xzf "$tmp/$tarball" -C "$tmp/extracted"
python3 "$root/tools/make-gazetteer.py" "$tmp/extracted/package" "$out"
# The MIT licence asks for its notice to travel with the data.
cp "$tmp/extracted/package/LICENSE" "$out/LICENSE.decoupage-administratif.txt"
