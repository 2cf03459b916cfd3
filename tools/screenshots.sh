#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the window under Xvfb on the demo study, shows each view in turn and saves a screenshot
# of each in DIR (default /tmp/vigie-screenshots), then the reader, the PNG export dialog, the
# import dialog on the test manifest and its report. LANGUAGE "en" takes them in English (default:
# French). Look at every one before calling a change done.
#     tools/screenshots.sh [DIR] [LANGUAGE]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
out=${1:-/tmp/vigie-screenshots}
language=${2:-fr}
"$root/tools/build.sh" >/dev/null
demo=$(mktemp -d)/demo.vigie
"$build/src/cli/vigie-cli" demo --db "$demo" >/dev/null
rm -rf "$out"
mkdir -p "$out"
# A settings folder of its own, so the window opens at its default size and in the language asked.
config=$(mktemp -d)
mkdir -p "$config/Vigie"
printf '[General]\nlanguage=%s\n' "$language" >"$config/Vigie/Vigie.conf"
XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/src/gui/vigie" --study "$demo" --screenshots "$out" \
    --screenshot-import "$root/tests/data/import/manifest.csv"
ls "$out"/*.png
