# Sourced by the scripts that need a live API: starts the built Release API on a free loopback port with a
# throwaway embedded database, and stops it (and removes the data) on exit. Sets API_URL and API_PID.
start_api() {
  API_DATA=$(mktemp -d /tmp/rolesboard-live-XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  API_URL="http://127.0.0.1:$port"
  ROLESBOARD_DATA="$API_DATA/postgres" ROLESBOARD_SCRAPE_INTERVAL=0 ROLESBOARD_ADMIN_KEY="${ROLESBOARD_ADMIN_KEY:-live-check-admin-key}" \
    ASPNETCORE_URLS="$API_URL" "$@" dotnet api/bin/Release/net10.0/RolesBoard.Api.dll >"$API_DATA/api.log" 2>&1 &
  API_PID=$!
  trap stop_api EXIT
  for _ in $(seq 1 120); do
    curl -fs "$API_URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$API_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "The API did not become ready:" >&2
  cat "$API_DATA/api.log" >&2
  return 1
}

stop_api() {
  kill "$API_PID" 2>/dev/null
  wait "$API_PID" 2>/dev/null || true
  rm -rf "$API_DATA"
}
