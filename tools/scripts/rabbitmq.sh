# shellcheck shell=bash
# RabbitMQ from Debian, started on 127.0.0.1:5672 (guest/guest) when not already running.
# ensure_rabbitmq remembers whether it started the broker; stop_rabbitmq stops it only then.

RECTIFY_STARTED_RABBITMQ=${RECTIFY_STARTED_RABBITMQ:-}
RECTIFY_STARTED_EPMD=${RECTIFY_STARTED_EPMD:-}

_rabbit_bin() {
  # /usr/sbin is not on every user's PATH.
  if [ -x "/usr/sbin/$1" ]; then echo "/usr/sbin/$1"; else command -v "$1"; fi
}

rabbitmq_running() {
  port_open 127.0.0.1 5672
}

# True when a node named rabbit is registered with epmd (it may still be booting).
rabbitmq_node_registered() {
  command -v epmd >/dev/null 2>&1 && epmd -names 2>/dev/null | grep -q '^name rabbit at '
}

_await_rabbitmq() {
  local ctl deadline=$((SECONDS + 60))
  ctl=$(_rabbit_bin rabbitmqctl)
  # -detached returns before the node registers with epmd, and await_startup fails at
  # once on a node it cannot see yet: retry it until the node is up or 60s have passed.
  until as_root "$ctl" -q await_startup --timeout 60 >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      rectify_die "RabbitMQ did not start within 60s (see /var/log/rabbitmq/)"
    fi
    sleep 1
  done
  # await_startup returns when the node has booted; the AMQP listener follows shortly.
  until rabbitmq_running; do
    if [ "$SECONDS" -ge "$((deadline + 30))" ]; then
      rectify_die "RabbitMQ booted but nothing listens on localhost:5672 (see /var/log/rabbitmq/)"
    fi
    sleep 1
  done
}

ensure_rabbitmq() {
  if ! deb_installed rabbitmq-server; then
    rectify_say "installing RabbitMQ (Debian rabbitmq-server)"
    apt_install rabbitmq-server
  fi
  # The broker is machine-wide: a lock keeps two ./rectify runs from both deciding to start
  # it (rabbitmq-server -detached succeeds even when the node then fails to come up).
  local lock=/tmp/rectify-rabbitmq.lock lock_fd
  exec {lock_fd}>>"$lock"
  chmod 666 "$lock" 2>/dev/null || true
  flock -w 180 "$lock_fd" || rectify_say "could not take $lock in 180s; going on without it"
  RECTIFY_RABBITMQ_LOCK_FD=$lock_fd _ensure_rabbitmq_locked
  local status=$?
  exec {lock_fd}>&-
  return "$status"
}

_ensure_rabbitmq_locked() {
  if rabbitmq_running; then
    rectify_say "RabbitMQ already running on localhost:5672 (left as it is)"
    return 0
  fi
  if rabbitmq_node_registered; then
    rectify_say "RabbitMQ is being started by another process; waiting for it (left as it is)"
    _await_rabbitmq
    return 0
  fi

  if command -v epmd >/dev/null 2>&1 && ! epmd -names >/dev/null 2>&1; then
    RECTIFY_STARTED_EPMD=1
  fi
  rectify_say "starting RabbitMQ on 127.0.0.1:5672"
  # The broker must not inherit the lock's descriptor, or it would hold the lock for its lifetime.
  if as_root env RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 "$(_rabbit_bin rabbitmq-server)" -detached \
    {RECTIFY_RABBITMQ_LOCK_FD}>&-; then
    RECTIFY_STARTED_RABBITMQ=1
  else
    # Another process may have started the node a moment ago; then it is theirs.
    rectify_say "rabbitmq-server -detached failed; waiting in case another process started it"
  fi
  _await_rabbitmq
  rectify_say "RabbitMQ ready on localhost:5672"
}

stop_rabbitmq() {
  if [ "$RECTIFY_STARTED_RABBITMQ" != 1 ]; then
    return 0
  fi
  RECTIFY_STARTED_RABBITMQ=
  rectify_say "stopping RabbitMQ (started by this script)"
  as_root "$(_rabbit_bin rabbitmqctl)" -q stop >/dev/null 2>&1 \
    || rectify_say "rabbitmqctl stop failed (was the node already stopped?)"
  # rabbitmq-server also started the Erlang port mapper; end it if nothing else uses it.
  if [ "$RECTIFY_STARTED_EPMD" = 1 ]; then
    RECTIFY_STARTED_EPMD=
    # The node may still be deregistering when rabbitmqctl stop returns.
    local i
    for ((i = 0; i < 40; i++)); do
      rabbitmq_node_registered || break
      sleep 0.25
    done
    if ! epmd -names 2>/dev/null | grep -q '^name '; then
      epmd -kill >/dev/null 2>&1 || true
    fi
  fi
}
