#!/usr/bin/env bash
# Fuzzing Persklaar with libFuzzer (Debian's clang-14, packages clang-14 and libclang-rt-14-dev).
#
#   scripts/fuzz.sh build                 configure and build the fuzz targets in build-fuzz/
#   scripts/fuzz.sh seeds                 (re)make the seed corpora from the samples, the shared
#                                         regressions and the CommonMark spec's examples
#   scripts/fuzz.sh run [-t SECONDS] [--keep-going] [TARGET…]
#                                         fuzz each target in turn (default: all, 3600 s each),
#                                         at the lowest priority, keeping what it learns in
#                                         build-fuzz/corpus/TARGET and any finding in
#                                         build-fuzz/findings/TARGET; --keep-going starts again
#                                         after a finding until the time is up, for long runs
#   scripts/fuzz.sh stats                 sum up every run so far: executions, coverage, findings
#   scripts/fuzz.sh check [-t SECONDS]    build, seed and fuzz every target briefly (default 20 s);
#                                         fails on any finding; exits 77 (skipped) without clang-14
#
# Targets: markdown-reader (the Markdown reader alone, in memory: the cheapest, for volume),
# markdown-model (a Markdown manuscript through the reader and the core passes), docx-model
# (the same for a Word document, where the build has the Word reader), editions
# (the same through pagination and every edition, written into a scratch folder) and layout (a
# layout file through its reader and a pagination with it). A finding is a crash, a sanitizer report,
# a hang (over --timeout), an internal error where an input error belongs, or a temporary file left
# behind. Reproduce one with `build-fuzz/fuzz/fuzz-TARGET FILE`; make it a regression test.
#
# Options: --build-dir DIR (default build-fuzz/, or $PERSKLAAR_FUZZ_BUILD_DIR), --timeout SECONDS
# per input (default 20), --max-len BYTES the largest input tried (default 65536; a few KB let a
# long run try many more inputs, and most findings are small). Material from outside the project (the CommonMark spec, the regressions)
# is read in place from $PERSKLAAR_SHARED (default ../shared) and skipped when absent.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PERSKLAAR_FUZZ_BUILD_DIR:-$root/build-fuzz}"
shared_dir="${PERSKLAAR_SHARED:-$root/../shared}"
all_targets=(markdown-reader markdown-model editions layout)
seconds=""
timeout=20
max_len=65536
keep_going=0

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 2
}

have_clang() {
  command -v clang++-14 >/dev/null 2>&1 &&
    compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null
}

build() {
  if [ ! -f "$build_dir/build.ninja" ]; then
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DPERSKLAAR_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
  fi
  nice -n 19 cmake --build "$build_dir" --target fuzz
}

# The CommonMark spec's examples (spec.txt, read in place): the Markdown half of each example,
# with its → turned back into a tab, under a front matter and a chapter heading so it lands in a
# chapter as a manuscript would have it.
commonmark_seeds() {
  local spec="$shared_dir/corpora/commonmark/spec.txt" out="$1"
  if [ ! -f "$spec" ]; then
    echo "fuzz: no $spec, so no CommonMark seeds (set PERSKLAAR_SHARED)" >&2
    return 0
  fi
  local fence='````````````````````````````````'
  awk -v out="$out" -v fence="$fence" '
    $0 == fence " example" { inside = 1; n++; file = sprintf("%s/commonmark-%04d.md", out, n);
                        printf "---\ntitle: T\n---\n\n# H\n\n" > file; next }
    inside && /^\.$/  { inside = 0; close(file); next }
    inside            { gsub(/→/, "\t"); print > file }
  ' "$spec"
}

seeds() {
  local markdown="$build_dir/seeds/markdown" layout="$build_dir/seeds/layout" docx="$build_dir/seeds/docx"
  rm -rf "$build_dir/seeds"
  mkdir -p "$markdown" "$layout" "$docx"
  # Word documents: pandoc's test files (read in place) and any sample written in Word
  find "$shared_dir/corpora/pandoc-docx" "$root/samples" -name '*.docx' -exec cp -t "$docx" {} + 2>/dev/null || true
  commonmark_seeds "$markdown"
  for sample in "$root"/samples/*/; do
    local name manifest="$sample/manuscript.yaml"
    name="$(basename "$sample")"
    compgen -G "$sample*.md" >/dev/null || continue  # a sample written in Word
    for chapter in "$sample"*.md; do cp "$chapter" "$markdown/sample-$name-$(basename "$chapter")"; done
    # the first chapter under the manifest's metadata as front matter: a one-file magazine
    if [ -f "$manifest" ]; then
      local first=("$sample"*.md)
      { printf -- '---\n'; grep -v '^ *- \|^chapters:' "$manifest"; printf -- '---\n\n'; cat "${first[0]}"; } \
        >"$markdown/sample-$name-with-metadata.md"
    fi
  done
  # a handful for the short check, where the whole build per input makes every seed count
  mkdir -p "$build_dir/seeds/markdown-quick"
  find "$markdown" -name 'commonmark-*0.md' -o -name 'commonmark-*5.md' | sort | awk 'NR % 4 == 1' |
    xargs -r cp -t "$build_dir/seeds/markdown-quick"
  cp "$root"/layouts/*.xml "$layout/"
  if [ -d "$shared_dir/regressions" ]; then
    find "$shared_dir/regressions" -type f -name '*.md' -exec sh -c 'cp "$1" "$2/regression-$(basename "$1")"' _ {} "$markdown" \;
    find "$shared_dir/regressions" -type f -name '*.xml' -exec sh -c 'cp "$1" "$2/regression-$(basename "$1")"' _ {} "$layout" \;
  fi
  echo "fuzz: seeds: $(ls "$markdown" | wc -l) Markdown, $(ls "$layout" | wc -l) layout, $(ls "$docx" | wc -l) Word files in $build_dir/seeds" >&2
}

# The seed folder of target $1; with $2 = quick, the short check's smaller set.
seeds_of() {
  case "$1-${2:-}" in
    layout-*) echo "$build_dir/seeds/layout" ;;
    docx-model-*) echo "$build_dir/seeds/docx" ;;
    editions-quick) echo "$build_dir/seeds/markdown-quick" ;;
    *) echo "$build_dir/seeds/markdown" ;;
  esac
}

# Fuzzes one target once, for at most $2 seconds; sets `executions` and `coverage` from its log.
# Returns libFuzzer's status (0: time is up without a finding).
fuzz_once() {
  local target="$1" time="$2" log="$3" corpus="$4" seeds="$5"
  local findings="$build_dir/findings/$target" dictionary="$root/fuzz/markdown.dict"
  [ "$target" = layout ] && dictionary="$root/fuzz/layout.dict"
  [ "$target" = docx-model ] && dictionary="$root/fuzz/docx.dict"
  mkdir -p "$findings"
  local status=0
  LSAN_OPTIONS="suppressions=$root/scripts/sanitizer-suppressions/lsan.txt:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    nice -n 19 "$build_dir/fuzz/fuzz-$target" "$corpus" "$seeds" -dict="$dictionary" \
    -max_total_time="$time" -timeout="$timeout" -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  # The last progress line: "#EXECUTIONS  NEW|REDUCE|pulse|DONE  cov: N ft: N …".
  local last
  last="$(grep -E '^#[0-9]+[[:space:]].*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)"
  executions="$(echo "$last" | grep -oE '^#[0-9]+' | tr -d '#')"
  coverage="$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+')"
  return "$status"
}

# Fuzzes one target for $2 seconds. Stops at the first finding, or with --keep-going starts again
# after it (the corpus keeps what was learnt) until the time is up. Fails when anything was found.
fuzz_one() {
  local target="$1" time="$2" corpus="${3:-$build_dir/corpus/$target}" seeds="${4:-$(seeds_of "$target")}"
  local logs started
  logs="$build_dir/logs/$target/$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$corpus" "$logs"
  started="$(date +%s)"
  local total=0 round=0 found=0 executions coverage status
  while :; do
    local left=$((started + time - $(date +%s)))
    [ "$left" -gt 0 ] || break
    round=$((round + 1))
    status=0
    fuzz_once "$target" "$left" "$logs/round-$round.log" "$corpus" "$seeds" || status=$?
    total=$((total + ${executions:-0}))
    if [ "$status" -ne 0 ]; then
      found=$((found + 1))
      grep -E '^==[0-9]+==ERROR|^==persklaar-fuzz==|runtime error|^SUMMARY|Test unit written' \
        "$logs/round-$round.log" >&2 || tail -20 "$logs/round-$round.log" >&2
      [ "${keep_going:-0}" -eq 1 ] || break
      if [ "${executions:-0}" -eq 0 ]; then
        echo "fuzz: $target does not start (see $logs/round-$round.log)" >&2
        break
      fi
    fi
  done
  echo "fuzz: $target: $total executions in $round round(s), ${coverage:-cov: ? ft: ?} at the end," \
    "$found finding(s) (logs in $logs, findings in $build_dir/findings/$target)"
  [ "$found" -eq 0 ]
}

run() {
  local targets=("$@")
  [ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
  local failed=0
  for target in "${targets[@]}"; do fuzz_one "$target" "${seconds:-3600}" || failed=1; done
  return "$failed"
}

# Sums up every run kept in the logs: executions, rounds and findings per target, and the coverage
# reached (the highest cov/ft any round reported).
stats() {
  for target in "${all_targets[@]}"; do
    [ -d "$build_dir/logs/$target" ] || continue
    find "$build_dir/logs/$target" -name 'round-*.log' -print0 | xargs -0 -r cat |
      awk -v target="$target" '
        /^#[0-9]+[ \t].*cov: [0-9]+ ft: [0-9]+/ {
          n = substr($1, 2) + 0; if (n > last) last = n
          for (i = 1; i <= NF; i++) { if ($i == "cov:") c = $(i + 1) + 0; if ($i == "ft:") f = $(i + 1) + 0 }
          if (c > cov) cov = c; if (f > ft) ft = f }
        /^INFO: Seed:/ { total += last; last = 0; rounds++ }
        /Test unit written/ { found++ }
        END { total += last
              printf "fuzz: %s: %d executions in %d round(s), cov: %d ft: %d, %d finding(s)\n",
                     target, total, rounds, cov, ft, found }'
  done
  echo "fuzz: findings kept in $build_dir/findings/"
}

# The short check: every target from its seeds alone, with a fresh corpus each time.
check() {
  local targets=("$@") failed=0
  [ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
  for target in "${targets[@]}"; do
    local corpus="$build_dir/check-corpus/$target"
    rm -rf "$corpus"
    fuzz_one "$target" "$seconds" "$corpus" "$(seeds_of "$target" quick)" || failed=1
  done
  return "$failed"
}

# The whole command is read before it runs, so editing this file cannot disturb a long run.
main() {
  local command="${1:-}"
  [ -n "$command" ] || usage
  shift
  positional=()
  while [ $# -gt 0 ]; do
    case "$1" in
      -t | --seconds) seconds="$2"; shift 2 ;;
      --timeout) timeout="$2"; shift 2 ;;
      --max-len) max_len="$2"; shift 2 ;;
      --build-dir) build_dir="$2"; shift 2 ;;
      --keep-going) keep_going=1; shift ;;
      -h | --help) usage ;;
      *) positional+=("$1"); shift ;;
    esac
  done

  # The Word reader's target exists where the build has the docx plugin.
  [ -x "$build_dir/fuzz/fuzz-docx-model" ] && all_targets+=(docx-model)

  case "$command" in
    build) build ;;
    seeds) seeds ;;
    run) run "${positional[@]}" ;;
    stats) stats ;;
    check)
      if ! have_clang; then
        echo "fuzz: skipped: clang++-14 and libFuzzer (Debian packages clang-14, libclang-rt-14-dev) are not installed"
        exit 77
      fi
      seconds="${seconds:-20}"
      build
      seeds
      check "${positional[@]}"
      ;;
    *) usage ;;
  esac
}

main "$@"; exit
