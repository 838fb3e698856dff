#!/usr/bin/env bash
# Installs what Persklaar needs on Debian 12 (the list is scripts/debian-packages.txt), then
# configures and builds it in build/. Safe to run again: it installs only what is missing and
# rebuilds only what changed. Sourced by build-sample.sh and run-tests.sh.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PERSKLAAR_BUILD_DIR:-$root/build}"

install_debian_packages() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v '^[[:space:]]*#' "$root/scripts/debian-packages.txt" | grep -v '^[[:space:]]*$')
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  # npm comes with nodejs from some sources and as its own package from Debian.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# DAISY Ace, which the tests run on the EPUB, comes from npm at the version package.json pins (the
# lock file fixes the rest). Puppeteer's own browser download is skipped: the tests use Debian's
# chromium.
install_node_tools() {
  [ -d "$root/node_modules/@daisy/ace-cli" ] && return 0
  echo "setup: installing DAISY Ace with npm" >&2
  local command=install
  [ -f "$root/package-lock.json" ] && command=ci
  (cd "$root" && PUPPETEER_SKIP_DOWNLOAD=1 npm "$command" --no-audit --no-fund >/dev/null)
}

configure_and_build() {
  if [ ! -f "$build_dir/build.ninja" ]; then
    # ccache, where a developer has it, shares compiled objects between clones and work trees.
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
  fi
  cmake --build "$build_dir" --parallel "$(nproc)"
}

install_debian_packages
configure_and_build
