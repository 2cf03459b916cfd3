#!/bin/bash
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The import benchmark needs distinct documents: ../shared/bench's 100MB corpus repeats its 10 MB
# of text ten times, and Vigie stores a repeated text once (content hash). This copies a corpus
# folder with a first line naming each file, so every document is distinct.
#   bench/make-import-corpus.sh /tmp/bench-corpus/100MB /tmp/bench-corpus/100MB-distinct
set -euo pipefail
src=${1:?source folder}
dst=${2:?destination folder}
rm -rf "$dst"
mkdir -p "$dst"
for f in "$src"/*.txt; do
    name=$(basename "$f")
    { printf 'Document %s\n\n' "${name%.txt}"; cat "$f"; } > "$dst/$name"
done
echo "$dst: $(ls "$dst" | wc -l) files, $(cat "$dst"/*.txt | wc -c) bytes"
