#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL 15 cluster:
#   scripts/with-postgres.sh pnpm exec vitest run packages/server
# Installs Debian's postgresql when missing (as root), starts a cluster in a temp folder on a
# free loopback port, exports NIEMYET_TEST_DATABASE_URL to the command, and always stops the
# cluster and removes the folder afterwards (trap), whatever the command's outcome.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh <command…>" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL 15 is missing ($PG_BIN) and installing it needs root: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing Debian's postgresql…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null
fi

# Run the cluster's programs as the postgres user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d /tmp/niemyet-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; fi
PORT="${PGPORT_OVERRIDE:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

as_pg "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres niemyet_test

export NIEMYET_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/niemyet_test"
echo "PostgreSQL 15 on 127.0.0.1:$PORT (NIEMYET_TEST_DATABASE_URL exported)" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
