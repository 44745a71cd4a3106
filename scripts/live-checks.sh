#!/usr/bin/env bash
# Starts the built API on a free loopback port with a throwaway embedded database, then runs the checks
# that need a live server: the graphql-http audit suite and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/rolesboard-live-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
ROLESBOARD_DATA="$data/postgres" ROLESBOARD_SCRAPE_INTERVAL=0 ROLESBOARD_ADMIN_KEY=live-check-admin-key \
  ASPNETCORE_URLS="$url" dotnet api/bin/Release/net10.0/RolesBoard.Api.dll >"$data/api.log" 2>&1 &
api=$!
cleanup() { kill "$api" 2>/dev/null; wait "$api" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api" 2>/dev/null || { cat "$data/api.log"; exit 1; }
  sleep 0.5
done
curl -fs "$url/health/ready" >/dev/null || { echo "API did not become ready"; cat "$data/api.log"; exit 1; }

node tests/audit/graphql-http-audit.mjs "$url/graphql"
for browser_test in tests/audit/browser/*.test.mjs; do
  [[ -e "$browser_test" ]] || continue
  ROLESBOARD_URL="$url" node --test "$browser_test"
done
