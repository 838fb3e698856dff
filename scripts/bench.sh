#!/usr/bin/env bash
# Speed and memory of `persklaar build` as a user runs it (bench/bench.py): per edition, the whole
# build, pandoc and WeasyPrint beside it when installed, and the sample x10 and x100. Then the
# in-process timings of bench/bench_editions. Arguments go to bench.py (--runs N, --no-long, ...).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PERSKLAAR_BUILD_DIR:-$root/build}"
cmake --build "$build_dir" --target persklaar bench_editions >/dev/null
python3 "$root/bench/bench.py" --persklaar "$build_dir/cli/persklaar" "$@"
echo
echo "in process (no start-up), bench/bench_editions:"
"$build_dir/bench/bench_editions"
