#!/usr/bin/env bash
# The first command of the README: set up, build, and make every edition of the sample magazine
# in out/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
"$build_dir/cli/persklaar" build samples/kenniscafes -o out "$@"
