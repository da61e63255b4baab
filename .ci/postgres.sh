#!/usr/bin/env bash
# Sourced by .ci/run before the test command: installs PostgreSQL (Debian package) when missing, starts a throw-away
# cluster on a loopback port for this run, creates a database and exports ENTITIES_TEST_POSTGRES for the PostgreSQL
# store tests. The cluster is stopped and deleted when the sourcing shell exits. Never fatal: when anything fails the
# variable stays unset and the PostgreSQL tests skip with a message.
#
# Knobs: ENTITIES_PG_PORT (default: first free port from 54329), ENTITIES_PG_KEEP=1 (leave the server running, for local work).

entities_pg_log() { echo "[postgres.sh] $*" >&2; }

entities_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

entities_pg_start() {
  local bin port data user run_as password
  bin=$(entities_pg_bin)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      entities_pg_log "installing postgresql"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
        || { entities_pg_log "apt-get install postgresql failed"; return 1; }
      bin=$(entities_pg_bin)
    fi
    [ -n "$bin" ] || { entities_pg_log "no PostgreSQL binaries (need root and apt-get to install them)"; return 1; }
  fi

  port=${ENTITIES_PG_PORT:-}
  if [ -z "$port" ]; then
    for candidate in $(seq 54329 54349); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
    done
  fi
  [ -n "$port" ] || { entities_pg_log "no free port in 54329-54349"; return 1; }

  data=$(mktemp -d /tmp/entities-pg.XXXXXX)
  password=entities-ci
  echo "$password" > "$data.pw"
  run_as=()
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user the Debian package creates.
    id postgres >/dev/null 2>&1 || { entities_pg_log "running as root but there is no postgres user"; return 1; }
    chown postgres "$data" "$data.pw"
    run_as=(runuser -u postgres --)
  fi
  user=entities
  "${run_as[@]}" "$bin/initdb" -D "$data/db" -U "$user" --pwfile="$data.pw" --auth-host=scram-sha-256 --auth-local=trust \
      -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
    || { entities_pg_log "initdb failed:"; cat "$data.initdb.log" >&2; return 1; }
  "${run_as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/db/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { entities_pg_log "pg_ctl start failed:"; cat "$data/db/server.log" >&2; return 1; }
  "${run_as[@]}" "$bin/createdb" -h "$data" -p "$port" -U "$user" entities_test \
    || { entities_pg_log "createdb failed"; return 1; }

  ENTITIES_PG_DATA=$data
  ENTITIES_PG_BIN=$bin
  ENTITIES_PG_RUN_AS=("${run_as[@]}")
  export ENTITIES_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=entities_test"
  entities_pg_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data $data/db)"
}

entities_pg_stop() {
  [ -n "${ENTITIES_PG_DATA:-}" ] || return 0
  "${ENTITIES_PG_RUN_AS[@]}" "$ENTITIES_PG_BIN/pg_ctl" -D "$ENTITIES_PG_DATA/db" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$ENTITIES_PG_DATA" "$ENTITIES_PG_DATA".*
  ENTITIES_PG_DATA=
}

if entities_pg_start; then
  [ "${ENTITIES_PG_KEEP:-0}" = 1 ] || trap entities_pg_stop EXIT
else
  unset ENTITIES_TEST_POSTGRES
  entities_pg_log "PostgreSQL is not available: the PostgreSQL store tests will be skipped"
fi
