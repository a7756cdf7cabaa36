#!/usr/bin/env bash
# Regenerates every service's idempotent migration scripts for the server providers
# (services/<Service>/Rectify.<Service>/Migrations/{SqlServer,Postgres}/idempotent.sql) from its
# migrations, as `dotnet ef migrations script --idempotent` would, but in-process and with the
# history table the services really use. Run it after adding a migration (or merging branches that
# did), commit the result; tests/Rectify.Deployment.Tests fails while a script is stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
RECTIFY_UPDATE_SQL_SCRIPTS=1 dotnet test tests/Rectify.Deployment.Tests -nologo \
  --filter "FullyQualifiedName~MigrationScripts" "$@"
git status --short -- 'services/*/Migrations/*/idempotent.sql'
