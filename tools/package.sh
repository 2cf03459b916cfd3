#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Vigie's Debian package (CPack, docs/packaging.md) from the build in build/ and prints its
# path. Installs what it needs and builds first, as tools/build.sh does.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
"$root/tools/build.sh" >&2
rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -B "$build/package" >&2
ls "$build"/package/vigie_*.deb
