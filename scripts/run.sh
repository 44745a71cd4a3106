#!/usr/bin/env bash
# Runs the API with its database: ROLESBOARD_DB when set, otherwise the embedded PostgreSQL under api/.data/postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -n "${ROLESBOARD_DB:-}" ]] || scripts/ensure-prerequisites.sh
exec dotnet run --project api -c Release -- "$@"
