#!/usr/bin/env bash
# Creates (or, with --rotate-passwords, replaces) every Secret Rectify needs in a namespace, with
# random passwords and a fresh token signing key unless one exists. Nothing is printed but names.
#   tools/dev/k8s-secrets.sh rectify-dev                       # dev overlay: in-cluster SQL Server and RabbitMQ
#   SQLSERVER_HOST=sql.agency.local RABBITMQ_HOST=mq.agency.local tools/dev/k8s-secrets.sh rectify
#   DATABASE=postgres tools/dev/k8s-secrets.sh rectify-dev     # postgres overlay (POSTGRES_HOST for an outside server)
# Needs kubectl (current context) and the .NET SDK (for the key). See docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
namespace=${1:?usage: k8s-secrets.sh <namespace>}
sqlserver=${SQLSERVER_HOST:-sqlserver}
database=${DATABASE:-sqlserver}
postgres=${POSTGRES_HOST:-postgres}
rabbitmq=${RABBITMQ_HOST:-rabbitmq}
rabbit_user=${RABBITMQ_USER:-rectify}
# The in-cluster SQL Server (dev) has a self-signed certificate; a real server needs a trusted one.
trust=${SQLSERVER_TRUST_CERT:-}
[ "$sqlserver" = sqlserver ] && trust=${trust:-1}

password() { printf 'Rx%s' "$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"; }
exists() { kubectl -n "$namespace" get secret "$1" >/dev/null 2>&1; }
apply() { kubectl -n "$namespace" create secret generic "$@" --dry-run=client -o yaml | kubectl -n "$namespace" apply -f - >/dev/null; echo "secret/$1"; }
only_new() { [ "${ROTATE:-}" = 1 ] || ! exists "$1"; }
[ "${2:-}" = --rotate-passwords ] && ROTATE=1

kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"

for service in units findings tasks notifications reporting; do
  name="rectify-$service-db"
  only_new "$name" || { echo "$name exists (kept)"; continue; }
  p=$(password)
  if [ "$database" = postgres ]; then
    connection="Host=$postgres;Port=5432;Database=rectify_$service;Username=rectify_$service;Password=$p"
  else
    connection="Server=$sqlserver,1433;Database=rectify_$service;User Id=rectify_$service;Password=$p;Encrypt=True${trust:+;TrustServerCertificate=True}"
  fi
  apply "$name" --from-literal=password="$p" --from-literal=connection-string="$connection"
done

if ! exists rectify-signing-key; then
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  dotnet run --project tools/Rectify.Ops -c Release -- keygen "$dir/signing.pem" "$dir/signing.pub.pem" >/dev/null
  apply rectify-signing-key --from-file=signing.pem="$dir/signing.pem"
  apply rectify-signing-public-key --from-file=signing.pub.pem="$dir/signing.pub.pem"
else
  echo "rectify-signing-key exists (kept; docs/operations.md says how to rotate it)"
fi

if only_new rectify-rabbitmq; then
  p=$(password)
  apply rectify-rabbitmq --from-literal=username="$rabbit_user" --from-literal=password="$p"
  apply rectify-bus --from-literal=host="amqp://$rabbit_user:$p@$rabbitmq:5672/"
fi
if [ "$database" = postgres ]; then
  only_new rectify-postgres && apply rectify-postgres --from-literal=password="$(password)"
else
  only_new rectify-sqlserver && apply rectify-sqlserver --from-literal=password="$(password)"
fi
exists rectify-admin || apply rectify-admin --from-literal=password="$(password)"
echo "done. The admin password: kubectl -n $namespace get secret rectify-admin -o jsonpath='{.data.password}' | base64 -d"
