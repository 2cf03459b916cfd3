#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rules of docs/architecture.md, checked on the sources (a CTest test, so CI runs it):
#  - the window (src/gui) asks the core for every figure: it holds no SQL and never reaches the
#    database (no statement, no Database, no sqlite3);
#  - the core (src/core) uses no Qt at all.
# Prints each offending line with its file and line number; exits 1 if there is one.
set -eu
src=${1:-$(cd "$(dirname "$0")/../../src" && pwd)}
status=0
sql=$(grep -rnE --include='*.cpp' --include='*.h' \
    '\.prepare\(|\.cached\(|database\(\)|core::Database|core::Statement|sqlite3|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|PRAGMA)\b|\bUPDATE +[a-z_]+ +SET\b' \
    "$src/gui" || true)
if [ -n "$sql" ]; then
    echo "SQL or database access under src/gui (the window must ask the core):"
    echo "$sql"
    status=1
fi
qt=$(grep -rnE --include='*.cpp' --include='*.h' '#include *[<"]Q[A-Za-z]+|\bQ_OBJECT\b' "$src/core" || true)
if [ -n "$qt" ]; then
    echo "Qt under src/core (the core links no Qt):"
    echo "$qt"
    status=1
fi
[ "$status" -eq 0 ] && echo "layers: no SQL under src/gui, no Qt under src/core"
exit "$status"
