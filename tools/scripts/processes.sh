# shellcheck shell=bash
# Starting, watching and stopping the child processes ./rectify runs.

# Ends one process: TERM, then KILL if it is still there after a grace period.
stop_pid() {
  local pid=$1 grace=${2:-15} i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.25
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Polls GET <url>/health/ready until it answers 2xx. Fails early if the process died.
# usage: wait_ready <name> <base url> <pid> <deadline (bash SECONDS)> [log file]
wait_ready() {
  local name=$1 url=$2 pid=$3 deadline=$4 log=${5:-}
  until curl -fsS -o /dev/null --max-time 2 "$url/health/ready" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rectify_say "$name exited before it was ready${log:+; last lines of $log:}"
      [ -n "$log" ] && tail -n 20 "$log" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      rectify_say "$name did not answer GET $url/health/ready within ${RECTIFY_READY_TIMEOUT:-120}s (RECTIFY_READY_TIMEOUT)${log:+; last lines of $log:}"
      [ -n "$log" ] && tail -n 20 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  # Whatever answered must be our process, not one that took the port before it could.
  kill -0 "$pid" 2>/dev/null || { rectify_say "$name exited; another process answers on $url"; return 1; }
}
