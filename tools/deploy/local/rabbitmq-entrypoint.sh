#!/bin/sh
# The default user from the environment (used when the node first creates its database).
set -eu
{
  echo "default_user = ${RABBITMQ_DEFAULT_USER:-guest}"
  echo "default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}"
  # guest may log in from other hosts too when it is the user asked for (test stacks).
  echo "loopback_users = none"
} >"$RABBITMQ_CONFIG_FILE"
exec rabbitmq-server "$@"
