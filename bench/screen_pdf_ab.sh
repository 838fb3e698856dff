#!/bin/sh
# Compares the screen PDF's build time with this build's pdf plugin against another build of the
# plugin (a folder holding its persklaar-pdf.so, e.g. one built from an earlier commit against this
# core), in one run: `persklaar build -t pdf` alternates between the two, RUNS times each, and the
# median processor time (user + system) and wall time of each are printed, with the change.
# Processor time is the figure to compare on a shared machine; wall time follows the load.
#
#   bench/screen_pdf_ab.sh OTHER_PLUGIN_DIR [RUNS=11] [LAYOUT=magazine-a4]
set -eu
other=${1:?usage: bench/screen_pdf_ab.sh OTHER_PLUGIN_DIR [RUNS] [LAYOUT]}
runs=${2:-11}
layout=${3:-magazine-a4}
root=$(cd "$(dirname "$0")/.." && pwd)
tool="$root/build/cli/persklaar"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Processor time from getrusage (microseconds; time(1) rounds to hundredths), and wall time.
measure() {  # $1: label, then the extra arguments
  label=$1
  shift
  python3 - "$label" "$tool" build "$root/samples/kenniscafes" -t pdf --layout "$layout" -q -o "$out/pdf/" "$@" \
    >>"$out/all" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{sys.argv[1]} {usage.ru_utime + usage.ru_stime:.4f} {wall:.4f}")
PY
}

i=0
while [ "$i" -lt "$runs" ]; do
  measure other --plugin-path "$other" --prefer-plugin
  measure this
  i=$((i + 1))
done

median() {  # $1: label, $2: column (2 processor, 3 wall)
  grep "^$1 " "$out/all" | awk -v c="$2" '{ print $c }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
for column in 2 3; do
  name=$([ "$column" = 2 ] && echo "processor" || echo "wall     ")
  a=$(median other "$column")
  b=$(median this "$column")
  awk -v n="$name" -v a="$a" -v b="$b" -v r="$runs" -v l="$layout" \
    'BEGIN { printf "screen PDF (%s), %s time, median of %d: other %.4f s, this %.4f s (%+.1f %%)\n", l, n, r, a, b, 100 * (b - a) / a }'
done
