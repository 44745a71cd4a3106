#!/usr/bin/env bash
# The whole test suite: installs what is missing, runs the .NET tests (each run starts its own throwaway
# PostgreSQL), then the graphql-over-http audit and the browser tests against a live API on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-prerequisites.sh --with-browser
(cd tests/audit && npm ci --no-audit --no-fund --loglevel=error)

dotnet build RolesBoard.sln -c Release -warnaserror -nologo -v quiet
dotnet test RolesBoard.sln -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"

scripts/live-checks.sh
