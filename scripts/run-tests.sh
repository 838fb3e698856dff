#!/usr/bin/env bash
# The second command of the README: set up, build, and run every test, validators included.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
install_node_tools  # DAISY Ace, for the EPUB's accessibility check
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" "$@"
