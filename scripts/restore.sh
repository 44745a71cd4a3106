#!/usr/bin/env bash
# scripts/restore.sh FILE: restores a scripts/backup.sh dump into ROLESBOARD_DB (or the embedded cluster), replacing
# the board's schema there if it exists. Stop the API first; start it again afterwards (it rebuilds its match index).
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: scripts/restore.sh FILE" >&2; exit 2; }
cd "$(dirname "$0")/.." && in="$(cd "$OLDPWD" && realpath -e "$1")"
source scripts/lib/database.sh
# Dropping the old schema and loading the dump are one transaction: a restore that fails leaves the database as it was.
{ echo "drop schema if exists \"$SCHEMA\" cascade;"; pg_restore --no-owner --no-privileges --file=- "$in"; } |
  psql --quiet --no-psqlrc --single-transaction --set=ON_ERROR_STOP=1 >/dev/null
echo "restored schema $SCHEMA into $PGDATABASE at $PGHOST:${PGPORT:-5432} from $in"
