#!/bin/bash
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Vigie's tagger side by side with the peer implementations of ../shared/bench (C++ ICU, Python +
# PyICU, Python re, R tidytext, ripgrep) on the same French corpus, in one run, interleaved.
#
# Usage: bench/compare-peers.sh [SIZE...]          (default: 10MB 100MB)
# Env:   SHARED=../shared/bench  CORPUS=/tmp/bench-corpus  OUT=/tmp/vigie-bench  RUNS=3
#        SLOW=0|1   also run the slow peers (py_re, r_tidytext) on sizes of 100MB and more, once
#        BUILD_DIR=build   Vigie build with bench/ (tools/build.sh makes it)
# Needs the packages listed in ../shared/bench/README.md; makes the corpus if it is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
CORPUS=${CORPUS:-/tmp/bench-corpus}
OUT=${OUT:-/tmp/vigie-bench}
RUNS=${RUNS:-3}
SLOW=${SLOW:-0}
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
SIZES=${*:-"10MB 100MB"}
TSV="$SHARED/themes.tsv"
VIGIE="$BUILD_DIR/bench/vigie-bench-tag"

[ -x "$VIGIE" ] || "$ROOT/tools/build.sh"
[ -d "$CORPUS/base" ] || "$SHARED/make-corpus.sh" "$CORPUS"
mkdir -p "$OUT"
rm -f "$OUT"/*.out "$OUT"/*.err "$OUT"/*.time
g++ -O2 -std=c++20 "$SHARED/peers/cpp_icu.cpp" -o "$OUT/cpp_icu" $(pkg-config --cflags --libs icu-uc icu-i18n)

PEERS="vigie_default vigie_tsv vigie_peer vigie_tokenize cpp_icu_tokenize cpp_icu py_icu rg_themes rg_scan py_re r_tidytext"
cmd_for() { # PEER DIR
    local d=$2
    case $1 in
    vigie_default) echo "$VIGIE $d" ;;
    vigie_tsv) echo "$VIGIE --peer-tsv $TSV $d" ;;
    vigie_peer) echo "$VIGIE --peer-tsv $TSV --peer-semantics $d" ;;
    vigie_tokenize) echo "$VIGIE --mode=tokenize $d" ;;
    cpp_icu_tokenize) echo "$OUT/cpp_icu --mode=tokenize $d $TSV" ;;
    cpp_icu) echo "$OUT/cpp_icu $d $TSV" ;;
    py_icu) echo "/usr/bin/python3 $SHARED/peers/py_icu.py $d $TSV" ;;
    py_re) echo "/usr/bin/python3 $SHARED/peers/py_re.py $d $TSV" ;;
    r_tidytext) echo "Rscript $SHARED/peers/r_tidytext.R $d $TSV" ;;
    rg_themes) echo "$SHARED/peers/rg_themes.sh $d $TSV" ;;
    rg_scan) echo "$SHARED/peers/rg_themes.sh $d $TSV --scan-only" ;;
    esac
}

printf 'peer\tsize\trun\tbytes\twall_s\tmaxrss_kb\tinternal_s\n' >"$OUT/runs.tsv"
for size in $SIZES; do
    dir="$CORPUS/$size"
    bytes=$(cat "$dir"/*.txt | wc -c) # also warms the page cache
    for r in $(seq 1 "$RUNS"); do
        for peer in $PEERS; do
            case $peer in py_re | r_tidytext)
                if [ "${size%MB}" -ge 100 ]; then
                    [ "$SLOW" = 1 ] && [ "$r" = 1 ] || continue
                fi ;;
            esac
            base="$OUT/$peer.$size.r$r"
            t0=$EPOCHREALTIME
            /usr/bin/time -v -o "$base.time" $(cmd_for "$peer" "$dir") >"$base.out" 2>"$base.err"
            t1=$EPOCHREALTIME
            wall=$(echo "$t1 - $t0" | bc -l)
            rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$base.time")
            internal=$(grep -o 'internal_s=[0-9.]*' "$base.err" | tail -1 | cut -d= -f2 || true)
            printf '%s\t%s\t%s\t%s\t%.3f\t%s\t%s\n' "$peer" "$size" "$r" "$bytes" "$wall" "$rss" "${internal:-}" >>"$OUT/runs.tsv"
            printf '%-16s %-6s run %s: %7.2f s %7.1f MB/s\n' "$peer" "$size" "$r" "$wall" "$(echo "$bytes / $wall / 1000000" | bc -l)" >&2
        done
    done
done
python3 "$ROOT/bench/summarize.py" "$OUT" | tee "$OUT/summary.md"
