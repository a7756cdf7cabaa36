#!/usr/bin/env bash
# shellcheck shell=bash
# Sums the <Counters> of every .trx file under a folder and prints one line:
#   "N passed, N failed" (plus ", N skipped" when any were skipped).
# Failed counts failed, error, timeout and aborted results; skipped is total - executed
# (VSTest leaves skipped tests out of "executed" and does not count them in notExecuted).
# trx_failures lists the failed tests with the first line of each message.
# Sourced by ./rectify; also runnable: tools/scripts/trx-summary.sh <folder>

_trx_attr() {
  # $1 = attribute name, $2 = the <Counters ...> element; prints the number or 0.
  local value
  value=$(printf '%s\n' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9][0-9]*\)\".*/\1/p")
  echo "${value:-0}"
}

trx_summary() {
  local dir=$1 file counters total executed
  local passed=0 failed=0 skipped=0 files=0
  while IFS= read -r -d '' file; do
    # The element is normally on one line; joining lines keeps this working if it is not.
    counters=$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[^>]*>' | head -n 1 || true)
    if [ -z "$counters" ]; then
      echo "trx-summary: no <Counters> element in $file" >&2
      continue
    fi
    files=$((files + 1))
    total=$(_trx_attr total "$counters")
    executed=$(_trx_attr executed "$counters")
    passed=$((passed + $(_trx_attr passed "$counters")))
    failed=$((failed + $(_trx_attr failed "$counters") + $(_trx_attr error "$counters") \
      + $(_trx_attr timeout "$counters") + $(_trx_attr aborted "$counters")))
    if [ "$total" -gt "$executed" ]; then
      skipped=$((skipped + total - executed))
    fi
  done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)

  [ "$files" -gt 0 ] || echo "trx-summary: no .trx files under $dir" >&2
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
}

trx_failures() {
  # Names each failed test and the first line of its message, so the end of a long
  # console log says what failed without opening the .trx files.
  local dir=$1
  find "$dir" -type f -name '*.trx' -print0 2>/dev/null | xargs -0 -r awk '
    function text(s) {
      gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
      gsub(/&amp;/, "\\&", s); return s
    }
    /<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
      name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
      failing = 1; next
    }
    failing && /<Message>/ {
      message = $0; sub(/.*<Message>/, "", message); sub(/<\/Message>.*/, "", message)
      printf "FAILED %s\n  %s\n", text(name), text(substr(message, 1, 400))
      failing = 0
    }
    failing && /<\/UnitTestResult>/ { printf "FAILED %s\n", text(name); failing = 0 }
  '
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  [ $# -eq 1 ] || { echo "usage: $0 <folder with .trx files>" >&2; exit 2; }
  trx_failures "$1"
  trx_summary "$1"
fi
