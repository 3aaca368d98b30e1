# Shared by the scripts: dependency installation and builds, each step skipped when its
# result is already there. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's acorn; our node is not Debian's
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

APT_PACKAGES=(cmake g++ make python3 googletest libgtest-dev emscripten nlohmann-json3-dev
              libhowardhinnant-date-dev chromium
              python3-distributed python3-dask python3-pandas  # scripts/scale (Dask)
              libreoffice-calc-nogui)                          # the spreadsheet round trip test

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "apt-get install nodejs npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
  fi
}

install_npm() {
  # npm ci from the committed lock file, again only when the lock file changed.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

install_deps() { install_apt "$@"; install_npm; }

# build_preset NAME [--target T...]: configure once, then build (incremental); everything
# unless targets are named.
build_preset() {
  local preset=$1 dir=build/$1; shift
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    log "configure $preset"
    cmake --preset "$preset" >&2
  fi
  log "build $preset $*"
  cmake --build --preset "$preset" "$@" >&2
}

build_site() {
  build_preset wasm-release
  log "assemble build/site"
  scripts/build-site
}
