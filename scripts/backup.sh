#!/usr/bin/env bash
# scripts/backup.sh FILE: dumps the board's schema (ROLESBOARD_DB_SCHEMA, default rolesboard) from ROLESBOARD_DB
# (or the embedded cluster) to FILE in pg_dump's custom format. Consistent while the board runs (one snapshot).
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: scripts/backup.sh FILE" >&2; exit 2; }
cd "$(dirname "$0")/.." && out="$(cd "$OLDPWD" && realpath -m "$1")"
source scripts/lib/database.sh
pg_dump --format=custom --schema="$SCHEMA" --no-owner --no-privileges --file="$out"
echo "backed up schema $SCHEMA of $PGDATABASE at $PGHOST:${PGPORT:-5432} to $out"
