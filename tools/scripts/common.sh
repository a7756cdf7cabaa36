# shellcheck shell=bash
# Shared helpers for ./rectify: messages, root access and apt with lock waiting.
# Sourced, never executed; callers run with `set -euo pipefail`.

rectify_say() { printf '\033[1mrectify:\033[0m %s\n' "$*" >&2; }
rectify_die() { printf '\033[1;31mrectify: %s\033[0m\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    rectify_die "need root (or sudo) to run: $*"
  fi
}

# True when something accepts TCP connections on host:port.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

RECTIFY_APT_UPDATED=${RECTIFY_APT_UPDATED:-}

# Installs Debian packages; runs `apt-get update` once per script run, and only
# when something must be installed. Another process may hold the apt/dpkg lock
# (a concurrent install): wait for it, and retry a few times if apt still fails.
apt_install() {
  local attempt
  for attempt in 1 2 3 4 5; do
    if [ -z "$RECTIFY_APT_UPDATED" ]; then
      if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq; then
        RECTIFY_APT_UPDATED=1
      else
        rectify_say "apt-get update failed (attempt $attempt); retrying in 10s"
        sleep 10
        continue
      fi
    fi
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"; then
      return 0
    fi
    rectify_say "apt-get install $* failed (attempt $attempt); retrying in 10s"
    sleep 10
  done
  rectify_die "could not install Debian packages: $*"
}

# True when a Debian package is installed.
deb_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
