#!/usr/bin/env bash
# Starts the built API on a free loopback port with a throwaway embedded database, then runs the checks
# that need a live server: the graphql-http audit suite and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/api-server.sh
start_api env

node tests/audit/graphql-http-audit.mjs "$API_URL/graphql"
for browser_test in tests/audit/browser/*.test.mjs; do
  [[ -e "$browser_test" ]] || continue
  ROLESBOARD_URL="$API_URL" node --test "$browser_test"
done
