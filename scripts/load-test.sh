#!/usr/bin/env bash
# A repeatable load test on loopback, bounded in time: seeds roles through the API, then runs wrk against a
# feed and a roles query, and reports requests/s, p99 latency and the API's memory.
# Usage: scripts/load-test.sh [seconds per scenario, default 15] [roles to seed, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
roles=${2:-2000}
command -v wrk >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq wrk >/dev/null; } || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
(cd tests/audit && [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error)
dotnet build api -c Release -nologo -v quiet
source scripts/lib/api-server.sh
# Rate limits are for the public; a load test from one address measures the API, not the limiter.
start_api env ROLESBOARD_RATE_LIMIT_PER_ADDRESS=100000000 ROLESBOARD_RATE_LIMIT_PER_KEY=100000000

node bench/load/seed.mjs "$API_URL" "$roles"
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$API_PID/status)

report() { # name, wrk output
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
  p99=$(awk '$1=="99%" {print $2}' <<<"$2")
  echo "load scenario=$1 requests_per_s=$rps p99=$p99 non_2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$2" | tr -d '\n')"
}
report "feed.json" "$(wrk -t2 -c32 -d"${duration}s" --latency "$API_URL/feed.json?skill=Python")"
report "graphql-roles" "$(wrk -t2 -c32 -d"${duration}s" --latency -s bench/load/roles-query.lua "$API_URL/graphql")"
echo "load api_memory rss_after_seed_kb=$rss_before peak_rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$API_PID/status) rss_now_kb=$(awk '/VmRSS/ {print $2}' /proc/$API_PID/status)"
