#!/usr/bin/env bash
# The whole test suite: installs what is missing, runs the .NET tests (each run starts its own throwaway
# PostgreSQL), then the graphql-over-http audit and the browser tests against a live API on loopback.
# Ends with one line counting every test: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-prerequisites.sh --with-browser
(cd tests/audit && npm ci --no-audit --no-fund --loglevel=error)

log=$(mktemp /tmp/rolesboard-tests-XXXXXX.log)
trap 'rm -f "$log"' EXIT
status=0
dotnet build RolesBoard.sln -c Release -warnaserror -nologo -v quiet
# A test that makes no progress for 5 minutes fails the run (with a dump of the test process) instead of holding CI.
run_tests() {
  dotnet test "$@" -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal" --blame-hang-timeout 5m 2>&1 | tee -a "$log" || status=1
}
run_tests tests/RolesBoard.Scrapers.Tests
run_tests tests/RolesBoard.Tests
scripts/live-checks.sh 2>&1 | tee -a "$log" || status=1

# Sum the runners' own summaries: dotnet test ("Passed: N", "Failed: N"), node's test runner ("# pass N",
# "# fail N"), and the audit (one check: it passes or fails as a whole).
passed=$(( $(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}') \
         + $(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') \
         + $(grep -c '^graphql-http audit: .* 0 MUST failures' "$log" || true) ))
failed=$(( $(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}') \
         + $(grep -oE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
if (( status != 0 && failed == 0 )); then failed=1; fi
echo "tests: $passed passed, $failed failed"
exit $status
