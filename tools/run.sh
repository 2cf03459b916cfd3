#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and runs Vigie on its bundled demo
# study (real communes, invented programmes and projects; see docs/demo.md). The demo study is
# written once to $VIGIE_DEMO (default ~/.local/share/vigie/demo.vigie), again when the phrase
# bank or the program is newer. With a display, the window opens on it; without one (or before
# the window is built), the observatory report of the demo study is written and its path printed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
"$root/tools/build.sh" >/dev/null
cli="$build/src/cli/vigie-cli"
data=${XDG_DATA_HOME:-$HOME/.local/share}/vigie
demo=${VIGIE_DEMO:-$data/demo.vigie}
mkdir -p "$(dirname "$demo")"
if [ ! -f "$demo" ] || [ "$root/data/demo/bank.json" -nt "$demo" ] || [ "$cli" -nt "$demo" ]; then
    rm -f "$demo" "$demo-wal" "$demo-shm"
    "$cli" demo --db "$demo" >&2
fi
window="$build/src/gui/vigie"
if [ -x "$window" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$window" --study "$demo" "$@"
fi
out=$(dirname "$demo")/rapport-demo
"$cli" report --db "$demo" --out "$out" >&2
echo "Vigie: no window to open here; the report of the demo study is in $out/rapport.html and $out/rapport.pdf" >&2
