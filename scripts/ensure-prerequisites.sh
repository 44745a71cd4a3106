#!/usr/bin/env bash
# Installs what RolesBoard needs on Debian when it is missing: PostgreSQL's binaries (the app starts its own
# private cluster from them; the system cluster is never used) and, for the test command, Chromium.
# Usage: scripts/ensure-prerequisites.sh [--with-browser]
set -euo pipefail

packages=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || packages+=(postgresql)
# pg_dump, pg_restore and psql, for scripts/backup.sh and restore.sh (and their test).
ls /usr/lib/postgresql/*/bin/pg_dump >/dev/null 2>&1 || command -v pg_dump >/dev/null 2>&1 || packages+=(postgresql-client)
if [[ "${1:-}" == "--with-browser" ]]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
command -v runuser >/dev/null 2>&1 || packages+=(util-linux)

if ((${#packages[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "rolesboard: missing Debian packages: ${packages[*]}. Install them (sudo apt-get install ${packages[*]}) or set ROLESBOARD_DB." >&2
    exit 1
  fi
  echo "Installing ${packages[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d keeps the package from starting the machine's own cluster: we never use it.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
# The embedded cluster runs as the unprivileged 'postgres' user when we are root (initdb refuses root).
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
