#!/usr/bin/env bash
# The layout checks of the test suite, on any manuscript: builds each DOC (a Markdown file or a
# manuscript folder) in every layout of layouts/ (or those given with --layout FILE), reads the PDF
# back with Poppler and reports every word that leaves its column or the type area or lies on
# another word, and every word of the text edition missing from the PDF.
#
#   scripts/check-layout.sh [--layout FILE]... [--keep DIR] [--show N] DOC...
#
# --keep DIR keeps each PDF there (DOC-LAYOUT.pdf) to look at; --show N lists N problems per build.
# Exit status 0 when every build passes, 1 when one does not.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -gt 0 ] || { echo "usage: scripts/check-layout.sh [--layout FILE]... [--keep DIR] [--show N] DOC..." >&2; exit 2; }
source "$root/scripts/setup.sh" >&2
exec "$build_dir/tests/layout_check/check_layout" "$@"
