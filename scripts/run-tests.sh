#!/usr/bin/env bash
# The second command of the README: set up, build, and run every test, validators included. Ends with
# how many tests ran, passed, failed and were skipped, and why each skip happened.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
install_node_tools  # DAISY Ace, for the EPUB's accessibility check
cd "$build_dir"
report="$build_dir/test-report.xml"
status=0
ctest --output-on-failure --parallel "$(nproc)" --output-junit "$report" "$@" || status=$?
[ -f "$report" ] && awk -f "$root/scripts/test-summary.awk" "$report"
exit "$status"
