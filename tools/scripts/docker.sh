# shellcheck shell=bash
# The Docker engine and every image Rectify's container tests run, built on this machine.
# ensure_docker installs Debian's docker.io (+ debootstrap, docker-compose) when missing and starts
# dockerd when none answers; stop_docker stops it only when ensure_docker started it.
# build_images makes the local base images once (they stand in for registry images: no registry is
# reachable on these machines) and then each deployable's image from the repository's Dockerfile.
# Needs common.sh and processes.sh.

# Debian's client: another docker CLI may come first on PATH, and it insists on buildx.
DOCKER=/usr/bin/docker
# Outside the clone, so that a fresh clone on the same machine (CI) reuses the base root filesystem.
RECTIFY_DOCKER_CACHE=${RECTIFY_DOCKER_CACHE:-/var/cache/rectify}
RECTIFY_STARTED_DOCKERD=${RECTIFY_STARTED_DOCKERD:-}
RECTIFY_DOCKERD_PID=
RECTIFY_DEBIAN_SUITE=bookworm

RECTIFY_BASE_IMAGE=rectify-local/debian:$RECTIFY_DEBIAN_SUITE
RECTIFY_POSTGRES_IMAGE=rectify-local/postgres:15
RECTIFY_RABBITMQ_IMAGE=rectify-local/rabbitmq:3.10
# rectify/<part>:local, the tags docker-compose.yml uses by default (RECTIFY_IMAGE_PREFIX, RECTIFY_VERSION).
RECTIFY_IMAGE_PREFIX=${RECTIFY_IMAGE_PREFIX:-rectify}
RECTIFY_VERSION=${RECTIFY_VERSION:-local}

# Each deployable's build arguments for ./Dockerfile, as docker-compose.yml passes them (a deployment
# test holds the two to each other): name, project folder, port, RECTIFY_DATA_DIR, then the mount
# points its volumes need (owned by the app user).
RECTIFY_IMAGES=(
  "units services/Units/Rectify.Units 5101 /tmp/rectify /keys/signing /keys/public"
  "findings services/Findings/Rectify.Findings 5102 /tmp/rectify"
  "tasks services/Tasks/Rectify.Tasks 5103 /tmp/rectify /tmp/rectify/tasks-evidence"
  "notifications services/Notifications/Rectify.Notifications 5104 /tmp/rectify"
  "reporting services/Reporting/Rectify.Reporting 5105 /tmp/rectify"
  "web web/Rectify.Web.Host 5100 /data /data"
  "gateway gateway/Rectify.Gateway 8080 /tmp/rectify"
)

docker_running() {
  "$DOCKER" info >/dev/null 2>&1
}

ensure_docker() {
  local missing=() package
  for package in docker.io debootstrap docker-compose; do
    deb_installed "$package" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    rectify_say "installing ${missing[*]} (Debian)"
    apt_install "${missing[@]}"
  fi
  if docker_running; then
    rectify_say "Docker engine already running (left as it is)"
    return 0
  fi
  local log="$RECTIFY_DOCKER_CACHE/dockerd.log" deadline=$((SECONDS + 60))
  as_root mkdir -p "$RECTIFY_DOCKER_CACHE"
  rectify_say "starting the Docker engine (log: $log)"
  # Started directly (not through a function or sh), so that $! is the daemon that stop_docker signals.
  if [ "$(id -u)" -eq 0 ]; then
    dockerd --host=unix:///var/run/docker.sock >>"$log" 2>&1 &
  else
    sudo dockerd --host=unix:///var/run/docker.sock >>"$log" 2>&1 &
  fi
  RECTIFY_DOCKERD_PID=$!
  RECTIFY_STARTED_DOCKERD=1
  until docker_running; do
    kill -0 "$RECTIFY_DOCKERD_PID" 2>/dev/null || rectify_die "dockerd exited at start; see $log"
    [ "$SECONDS" -lt "$deadline" ] || rectify_die "dockerd did not answer within 60s; see $log"
    sleep 0.5
  done
}

stop_docker() {
  [ "$RECTIFY_STARTED_DOCKERD" = 1 ] || return 0
  RECTIFY_STARTED_DOCKERD=
  rectify_say "stopping the Docker engine (started by this script)"
  # dockerd stops its containers on SIGTERM; give it time to.
  stop_pid "$RECTIFY_DOCKERD_PID" 60
}

image_exists() {
  "$DOCKER" image inspect "$1" >/dev/null 2>&1
}

# usage: docker_build <tag> <context> [docker build options...]
docker_build() {
  local tag=$1 context=$2 log
  shift 2
  log="$RECTIFY_DOCKER_CACHE/build-${tag//[\/:]/_}.log"
  if ! DOCKER_BUILDKIT=1 "$DOCKER" build --network host --progress plain -t "$tag" "$@" "$context" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    rectify_die "building the image $tag failed (whole log: $log)"
  fi
}

# Debian's minimal root filesystem from the mirror apt uses, kept as a tarball in the cache.
_base_image() {
  image_exists "$RECTIFY_BASE_IMAGE" && return 0
  local tarball="$RECTIFY_DOCKER_CACHE/debian-$RECTIFY_DEBIAN_SUITE-minbase.tar" mirror rootfs
  if [ ! -s "$tarball" ]; then
    mirror=$(_debian_mirror)
    rootfs=$(as_root mktemp -d "$RECTIFY_DOCKER_CACHE/rootfs.XXXXXX")
    rectify_say "making the Debian $RECTIFY_DEBIAN_SUITE base (debootstrap from $mirror, about 2 minutes)"
    as_root debootstrap --variant=minbase "$RECTIFY_DEBIAN_SUITE" "$rootfs" "$mirror" \
      >"$RECTIFY_DOCKER_CACHE/debootstrap.log" 2>&1 \
      || rectify_die "debootstrap failed; see $RECTIFY_DOCKER_CACHE/debootstrap.log"
    as_root sh -c "tar -C '$rootfs' -c . >'$tarball.tmp' && mv '$tarball.tmp' '$tarball'"
    as_root rm -rf "$rootfs"
  fi
  "$DOCKER" import - "$RECTIFY_BASE_IMAGE" <"$tarball" >/dev/null || rectify_die "docker import of $tarball failed"
}

# The Debian mirror apt's sources name (deb822 or one-line format).
_debian_mirror() {
  local url
  url=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list \
    | grep -v security | grep -oE 'https?://[^ ]+' | head -n 1)
  echo "${url:-http://deb.debian.org/debian}"
}

# The installed .NET SDK, its ASP.NET Core runtime, PostgreSQL and RabbitMQ on the base image.
_local_images() {
  local dotnet_root sdk_version runtime_version
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  sdk_version=$(dotnet --version)
  runtime_version=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')
  RECTIFY_SDK_IMAGE=rectify-local/dotnet-sdk:$sdk_version
  RECTIFY_RUNTIME_IMAGE=rectify-local/aspnet:$runtime_version
  local recipes=tools/deploy/local
  if ! image_exists "$RECTIFY_RUNTIME_IMAGE"; then
    rectify_say "building $RECTIFY_RUNTIME_IMAGE from $dotnet_root"
    docker_build "$RECTIFY_RUNTIME_IMAGE" "$dotnet_root" -f "$recipes/dotnet.Dockerfile" --target runtime
  fi
  if ! image_exists "$RECTIFY_SDK_IMAGE"; then
    rectify_say "building $RECTIFY_SDK_IMAGE from $dotnet_root"
    docker_build "$RECTIFY_SDK_IMAGE" "$dotnet_root" -f "$recipes/dotnet.Dockerfile" --target sdk
  fi
  if ! image_exists "$RECTIFY_POSTGRES_IMAGE"; then
    rectify_say "building $RECTIFY_POSTGRES_IMAGE (Debian postgresql-15)"
    docker_build "$RECTIFY_POSTGRES_IMAGE" "$recipes" -f "$recipes/postgres.Dockerfile"
  fi
  if ! image_exists "$RECTIFY_RABBITMQ_IMAGE"; then
    rectify_say "building $RECTIFY_RABBITMQ_IMAGE (Debian rabbitmq-server)"
    docker_build "$RECTIFY_RABBITMQ_IMAGE" "$recipes" -f "$recipes/rabbitmq.Dockerfile"
  fi
}

# Every deployable's image from ./Dockerfile: the local bases in place of Microsoft's, and the
# machine's CA bundle for the restore (a build secret: it stays out of every image).
_part_images() {
  local entry name project port data_dir volumes secret=()
  [ -f /etc/ssl/certs/ca-certificates.crt ] && secret=(--secret id=ca-certificates,src=/etc/ssl/certs/ca-certificates.crt)
  for entry in "${RECTIFY_IMAGES[@]}"; do
    read -r name project port data_dir volumes <<<"$entry"
    rectify_say "building the image $RECTIFY_IMAGE_PREFIX/$name:$RECTIFY_VERSION"
    docker_build "$RECTIFY_IMAGE_PREFIX/$name:$RECTIFY_VERSION" . -f Dockerfile \
      --build-arg "SDK_IMAGE=$RECTIFY_SDK_IMAGE" --build-arg "RUNTIME_IMAGE=$RECTIFY_RUNTIME_IMAGE" \
      --build-arg "PROJECT=$project" --build-arg "PORT=$port" --build-arg "DATA_DIR=$data_dir" \
      --build-arg "VOLUMES=$volumes" "${secret[@]}"
  done
}

# Builds everything and exports what the container tests read.
build_images() {
  local started=$SECONDS
  _base_image
  _local_images
  _part_images
  rectify_say "images ready in $((SECONDS - started))s"
  export RECTIFY_IMAGE_PREFIX RECTIFY_VERSION RECTIFY_POSTGRES_IMAGE RECTIFY_RABBITMQ_IMAGE
  export RECTIFY_DOCKER=$DOCKER RECTIFY_DOCKER_COMPOSE=/usr/bin/docker-compose
  export DOCKER_HOST=unix:///var/run/docker.sock
  # Testcontainers asks for API 1.44 otherwise, and Docker 20.10 answers 1.41 at most; its reaper
  # image cannot be pulled (the tests remove what they start).
  export DOCKER_API_VERSION=1.41 TESTCONTAINERS_RYUK_DISABLED=true
}
