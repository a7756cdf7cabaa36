# shellcheck shell=bash
# PostgreSQL 15 from Debian, in a cluster of ./rectify's own under $CACHE_DIR/postgres (never the
# package's default cluster): 127.0.0.1 only, on a free port, its socket in the cache folder,
# trust authentication (loopback only, a developer's and the tests' server). ensure_postgres starts
# it unless it already runs, and sets POSTGRES_PORT and RECTIFY_POSTGRES; stop_postgres stops it
# only if this script started it.

POSTGRES_BIN=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
RECTIFY_STARTED_POSTGRES=${RECTIFY_STARTED_POSTGRES:-}
POSTGRES_PORT=

_pg_home() { echo "$CACHE_DIR/postgres"; }

# Runs a PostgreSQL program as the cluster's owner: the postgres user when we are root
# (the server refuses to run as root), ourselves otherwise.
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The port of the running cluster (line 4 of postmaster.pid), or nothing.
_pg_running_port() {
  local data
  data="$(_pg_home)/data"
  _pg_as_owner "$POSTGRES_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1 || return 1
  sed -n 4p "$data/postmaster.pid"
}

_pg_free_port() {
  local port i
  for ((i = 0; i < 50; i++)); do
    port=$((20000 + RANDOM % 30000))
    port_open 127.0.0.1 "$port" || { echo "$port"; return 0; }
  done
  rectify_die "found no free port for PostgreSQL"
}

ensure_postgres() {
  if [ ! -x "$POSTGRES_BIN/initdb" ]; then
    rectify_say "installing PostgreSQL 15 (Debian postgresql-15)"
    apt_install postgresql-15
  fi
  local home lock_fd
  home=$(_pg_home)
  mkdir -p "$home"
  # Two ./rectify runs in one checkout must not both initialise or start the cluster.
  exec {lock_fd}>>"$home/.lock"
  flock -w 120 "$lock_fd" || rectify_say "could not take $home/.lock in 120s; going on without it"
  RECTIFY_POSTGRES_LOCK_FD=$lock_fd _ensure_postgres_locked "$home"
  local status=$?
  exec {lock_fd}>&-
  return "$status"
}

_ensure_postgres_locked() {
  local home=$1 data="$1/data" run="$1/run" log="$1/postgres.log" port
  if [ ! -f "$data/PG_VERSION" ]; then
    rectify_say "creating a PostgreSQL cluster in $data"
    rm -rf "$data"
    mkdir -p "$data" "$run"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$data" "$run"
    chmod 700 "$data"
    _pg_as_owner "$POSTGRES_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1 \
      || rectify_die "initdb failed (see $home/initdb.log)"
  fi
  if port=$(_pg_running_port); then
    POSTGRES_PORT=$port
    rectify_say "PostgreSQL already running on 127.0.0.1:$port (left as it is)"
  else
    port=$(_pg_free_port)
    mkdir -p "$run"
    [ "$(id -u)" -ne 0 ] || { touch "$log"; chown postgres: "$run" "$log"; }
    rectify_say "starting PostgreSQL on 127.0.0.1:$port"
    # The server must not inherit the lock's descriptor, or it would hold the lock for its lifetime.
    # Enough connections for a test run: several clusters of five services, each with a pool.
    _pg_as_owner "$POSTGRES_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $port -k $run -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=64MB" start >/dev/null {RECTIFY_POSTGRES_LOCK_FD}>&- \
      || rectify_die "PostgreSQL did not start (see $log)"
    RECTIFY_STARTED_POSTGRES=1
    POSTGRES_PORT=$port
  fi
  export RECTIFY_POSTGRES="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres"
  export RECTIFY_POSTGRES_BIN=$POSTGRES_BIN
}

# The local cluster trusts 127.0.0.1, so this password is never checked; the logins still keep
# each service to its own database, as in production.
POSTGRES_LOCAL_PASSWORD=local-trust-auth

# Starts the cluster and creates each service's database, schema and login if missing
# (tools/deploy/postgres/init-databases.sh, the script production uses).
ensure_postgres_databases() {
  ensure_postgres
  rectify_say "creating the services' databases and logins on 127.0.0.1:$POSTGRES_PORT if missing"
  env PGHOST=127.0.0.1 PGPORT="$POSTGRES_PORT" PGUSER=postgres PATH="$POSTGRES_BIN:$PATH" \
    UNITS_DB_PASSWORD=$POSTGRES_LOCAL_PASSWORD FINDINGS_DB_PASSWORD=$POSTGRES_LOCAL_PASSWORD \
    TASKS_DB_PASSWORD=$POSTGRES_LOCAL_PASSWORD NOTIFICATIONS_DB_PASSWORD=$POSTGRES_LOCAL_PASSWORD \
    REPORTING_DB_PASSWORD=$POSTGRES_LOCAL_PASSWORD sh tools/deploy/postgres/init-databases.sh >/dev/null \
    || rectify_die "creating the services' databases failed (output above)"
}

# What a service is given as ConnectionStrings__<service> on the local cluster.
postgres_connection_string() {
  echo "Host=127.0.0.1;Port=$POSTGRES_PORT;Database=rectify_$1;Username=rectify_$1;Password=$POSTGRES_LOCAL_PASSWORD"
}

stop_postgres() {
  [ "$RECTIFY_STARTED_POSTGRES" = 1 ] || return 0
  RECTIFY_STARTED_POSTGRES=
  rectify_say "stopping PostgreSQL (started by this script)"
  _pg_as_owner "$POSTGRES_BIN/pg_ctl" -D "$(_pg_home)/data" -m fast -w stop >/dev/null 2>&1 \
    || rectify_say "pg_ctl stop failed (was it already stopped?)"
}
