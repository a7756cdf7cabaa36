#!/usr/bin/env bash
# Adds a migration for one service on every provider: tools/dev/add-migration.sh Units AddPeople
set -euo pipefail
cd "$(dirname "$0")/../.."
service="$1"; name="$2"
project="services/$service/Rectify.$service"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer Postgres; do
  dotnet ef migrations add "$name" --project "$project" --context "${service}${provider}DbContext" \
    --output-dir "Migrations/$provider"
done
rm -f "$project/design-time.db"
