#!/bin/sh
# Each service's database and login on PostgreSQL, each login owning only its own database.
# Idempotent: rerun it to rotate the passwords. Run by db-init (docker-compose.postgres.yml) and by
# the container tests; a DBA can run it as it is:
#   PGHOST=… PGUSER=postgres PGPASSWORD=… UNITS_DB_PASSWORD=… (one per service) sh init-databases.sh
set -eu
for service in units findings tasks notifications reporting; do
  variable=$(printf '%s' "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD
  eval "password=\${$variable:?set $variable}"
  psql -v ON_ERROR_STOP=1 -q -d postgres -v name="rectify_$service" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
ALTER ROLE :"name" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "rectify_$service: database and login ready"
done
