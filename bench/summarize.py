#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summarise bench/compare-peers.sh runs: median wall time, MB/s, peak RSS, hit totals, ratio to
cpp_icu, and the per-theme agreement of vigie_peer (peer semantics) with cpp_icu."""
import csv
import os
import statistics
import sys

out = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(out, "runs.tsv")), delimiter="\t"))
runs = {}
for r in rows:
    runs.setdefault((r["peer"], r["size"]), []).append(r)


def counts(peer, size):
    path = os.path.join(out, f"{peer}.{size}.r1.out")
    res = {}
    for line in open(path):
        if "\t" in line:
            k, v = line.rstrip("\n").split("\t")
            res[k] = int(v)
    return res


sizes = sorted({s for _, s in runs}, key=lambda s: int(s.rstrip("MB")))
print("| peer | workload | runs | wall s median (min-max) | MB/s | internal MB/s | peak RSS MB | hits TOTAL | ratio vs cpp_icu |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for size in sizes:
    base = statistics.median(float(r["wall_s"]) for r in runs[("cpp_icu", size)])
    for (peer, s), rs in runs.items():
        if s != size:
            continue
        walls = [float(r["wall_s"]) for r in rs]
        med = statistics.median(walls)
        nbytes = int(rs[0]["bytes"])
        internals = [float(r["internal_s"]) for r in rs if r["internal_s"]]
        internal = f"{nbytes / statistics.median(internals) / 1e6:.1f}" if internals else "-"
        rss = max(int(r["maxrss_kb"]) for r in rs) / 1024
        c = counts(peer, size)
        total = c.get("TOTAL", c.get("TOKENS", 0))
        label = f"{total} tokens" if "TOKENS" in c else str(total)
        print(f"| {peer} | {size} | {len(rs)} | {med:.2f} ({min(walls):.2f}-{max(walls):.2f}) | {nbytes / med / 1e6:.1f} | "
              f"{internal} | {rss:.0f} | {label} | {med / base:.2f}x |")

print()
print("Agreement of per-theme counts with cpp_icu (themes.tsv):")
for size in sizes:
    ref = counts("cpp_icu", size)
    for peer in ("vigie_peer", "vigie_tsv", "py_icu", "r_tidytext", "py_re", "rg_themes"):
        if (peer, size) not in runs:
            continue
        c = counts(peer, size)
        diff = {k: c.get(k, 0) - v for k, v in ref.items() if c.get(k, 0) != v}
        print(f"- {size} {peer}: " + ("identical" if not diff else ", ".join(f"{k} {d:+d}" for k, d in sorted(diff.items()))))
