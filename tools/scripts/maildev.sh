# shellcheck shell=bash
# maildev (npm, pinned 2.2.1: 3.x does not install here) as the SMTP server the tests send to:
# SMTP on 127.0.0.1:1025, web/API on 127.0.0.1:1080 (GET /email lists received mail).
# Installed into a cache folder under the repository, started only when nothing listens yet.

MAILDEV_VERSION=2.2.1
RECTIFY_MAILDEV_PID=${RECTIFY_MAILDEV_PID:-}

ensure_maildev() {
  local tools_dir=$1 log_file=$2
  local bin="$tools_dir/node_modules/.bin/maildev"
  # The SMTP TLS tests start a second maildev of their own (TLS, AUTH, own ports) from this binary.
  export RECTIFY_MAILDEV_BIN=$bin

  if port_open 127.0.0.1 1025 && port_open 127.0.0.1 1080; then
    rectify_say "maildev already running on 127.0.0.1:1025/1080 (left as it is)"
    return 0
  fi
  if port_open 127.0.0.1 1025 || port_open 127.0.0.1 1080; then
    rectify_die "port 1025 or 1080 is taken by something that is not maildev; free it first"
  fi

  if [ ! -x "$bin" ] || ! grep -q "\"version\": \"$MAILDEV_VERSION\"" "$tools_dir/node_modules/maildev/package.json" 2>/dev/null; then
    command -v npm >/dev/null 2>&1 || rectify_die "npm is needed to install maildev (apt-get install -y npm)"
    rectify_say "installing maildev@$MAILDEV_VERSION into $tools_dir"
    mkdir -p "$tools_dir"
    npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error "maildev@$MAILDEV_VERSION" >&2 \
      || rectify_die "npm install maildev@$MAILDEV_VERSION failed"
  fi

  rectify_say "starting maildev (smtp 127.0.0.1:1025, web http://127.0.0.1:1080)"
  mkdir -p "$(dirname "$log_file")"
  "$bin" --ip 127.0.0.1 --smtp 1025 --web 1080 >"$log_file" 2>&1 &
  RECTIFY_MAILDEV_PID=$!

  local deadline=$((SECONDS + 30))
  until port_open 127.0.0.1 1025 && port_open 127.0.0.1 1080; do
    if ! kill -0 "$RECTIFY_MAILDEV_PID" 2>/dev/null; then
      RECTIFY_MAILDEV_PID=
      rectify_die "maildev exited at start; see $log_file"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      stop_maildev
      rectify_die "maildev did not listen on 1025/1080 within 30s; see $log_file"
    fi
    sleep 0.5
  done
}

stop_maildev() {
  [ -n "$RECTIFY_MAILDEV_PID" ] || return 0
  local pid=$RECTIFY_MAILDEV_PID
  RECTIFY_MAILDEV_PID=
  rectify_say "stopping maildev (started by this script)"
  stop_pid "$pid"
}
