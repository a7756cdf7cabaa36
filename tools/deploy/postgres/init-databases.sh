#!/bin/sh
# One database, one schema and one login per Rectify service on PostgreSQL (or a PostgreSQL-compatible
# database: docs/operations.md): docker-compose.postgres.yml's db-init, the k8s postgres overlay's
# db-init Job (which carries a copy of this file that a test keeps equal), and
# `./rectify run --distributed --database postgres`.
# Each login owns its service's schema in its own database and can connect to no other database
# (CONNECT is revoked from PUBLIC), so no service can read another's data. Run by psql as a
# superuser: the usual PGHOST, PGPORT, PGUSER, PGPASSWORD; passwords come from UNITS_DB_PASSWORD, ...
# Idempotent: run it again after changing a password to rotate it (docs/operations.md).
set -eu
for service in units findings tasks notifications reporting; do
  variable=$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD
  password=$(printenv "$variable") || { echo "set $variable" >&2; exit 1; }
  database="rectify_$service"
  login="rectify_$service"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -v database="$database" -v login="$login" -v password="$password" <<'SQL'
SELECT format('CREATE DATABASE %I', :'database') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database')\gexec
SELECT format('CREATE ROLE %I LOGIN', :'login') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'login')\gexec
ALTER ROLE :"login" LOGIN PASSWORD :'password';
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"login";
SQL
  psql -X -q -v ON_ERROR_STOP=1 -d "$database" -v schema="$service" -v login="$login" <<'SQL'
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS :"schema" AUTHORIZATION :"login";
ALTER SCHEMA :"schema" OWNER TO :"login";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
  echo "$database: schema $service owned by $login"
done
