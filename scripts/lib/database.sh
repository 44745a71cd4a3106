# Sourced by backup.sh and restore.sh: points libpq's PG* variables and PATH at the board's database.
# ROLESBOARD_DB is an Npgsql connection string ("Host=db;Port=5432;Username=u;Password=p;Database=d"); unset, the
# embedded cluster that scripts/run.sh started (its port is in postmaster.pid, under ROLESBOARD_DATA).

# pg_dump and pg_restore: from PATH, else the newest Debian install (the same binaries the embedded cluster uses).
if ! command -v pg_dump >/dev/null; then
  for bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do PATH="$bin:$PATH"; break; done
fi
command -v pg_dump >/dev/null || { echo "pg_dump not found: install PostgreSQL's client (scripts/ensure-prerequisites.sh)" >&2; exit 1; }

SCHEMA="${ROLESBOARD_DB_SCHEMA:-rolesboard}"
if [[ -n "${ROLESBOARD_DB:-}" ]]; then
  IFS=';' read -r -a pairs <<< "$ROLESBOARD_DB"
  for pair in "${pairs[@]}"; do
    [[ "$pair" == *=* ]] || continue
    key="$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')"
    value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      username|userid|user) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
      database|db) export PGDATABASE="$value" ;;
    esac
  done
else
  pid_file="${ROLESBOARD_DATA:-api/.data/postgres}/postmaster.pid"
  [[ -f "$pid_file" ]] || { echo "Set ROLESBOARD_DB, or start the board (scripts/run.sh) so its embedded database is up ($pid_file)" >&2; exit 1; }
  export PGHOST=127.0.0.1 PGPORT="$(sed -n 4p "$pid_file")" PGUSER=rolesboard PGDATABASE=rolesboard
fi
