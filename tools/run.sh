#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and runs Vigie on its bundled data.
# Until the window exists (issue #4) this tags the bundled example programmes with the default
# dictionary and shows every mention; arguments replace the examples (files, folders or -).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
"$root/tools/build.sh" >/dev/null
if [ "$#" -eq 0 ]; then
    set -- "$root/data/examples"
    echo "Vigie: tagging the bundled example programmes (fictional texts) in data/examples/" >&2
fi
exec "$build/src/cli/vigie-cli" tag --spans "$@"
