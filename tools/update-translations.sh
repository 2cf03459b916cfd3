#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Collects every tr() string of the window and every string of its forms in ui/ (French, the
# source language) into the English translation file, keeping what is already translated. Then
# translate the new entries (Qt Linguist, or by hand in the XML) and rebuild. A string moved from
# the code to a form changes context (the form's class name): carry its English over.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations relative -source-language fr_FR -target-language en_GB \
    "$root/src/gui" "$root/ui" -ts "$root/resources/translations/vigie_en.ts"
