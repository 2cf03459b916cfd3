#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, configures and builds Vigie in build/ (or $VIGIE_BUILD_DIR).
# Extra CMake arguments: $VIGIE_CMAKE_ARGS (e.g. -DVIGIE_WARNINGS_AS_ERRORS=ON).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
"$root/tools/install-deps.sh"
# shellcheck disable=SC2086
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${VIGIE_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$(nproc)"
