#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) and runs each
# briefly from its seeds: the real corpus files for MSPDI and GanttProject, fuzz/seeds for CSV.
# A crash, hang or sanitizer report fails the run and leaves the input in build/fuzz-ci/.
#   KEEL_FUZZ_SECONDS  time per target (default 20)
#   KEEL_SHARED        the shared folder with corpus/ (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${KEEL_FUZZ_SECONDS:-20}"
shared="${KEEL_SHARED:-../shared}"
out=build/fuzz-ci

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz-smoke: clang++ is not installed (packaging/install-deps-debian.sh installs it)" >&2
  exit 1
fi

cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DKEEL_FUZZ=ON \
  -DKEEL_BUILD_DESKTOP=OFF -DKEEL_BUILD_TESTS=OFF -DKEEL_BUILD_BENCH=OFF >/dev/null
cmake --build "$out" -j "$(nproc)" --target fuzz_mspdi fuzz_gan fuzz_csv fuzz_schedule

run() {
  local name=$1 dict=$2
  shift 2
  local corpus="$out/corpus/$name"
  mkdir -p "$corpus"
  echo "fuzz-smoke: fuzz_$name for ${seconds} s"
  "$out/fuzz/fuzz_$name" -dict="fuzz/$dict.dict" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$out/$name-" "$corpus" "$@" 2>"$out/$name.log" \
    || { tail -n 60 "$out/$name.log" >&2; echo "fuzz-smoke: fuzz_$name found a problem" >&2; exit 1; }
  grep -E "^stat::number_of_executed_units" "$out/$name.log" | sed "s/^/  /"
}

run mspdi mspdi "$shared/corpus/mspdi"
run gan gan "$shared/corpus/gan"
run csv csv fuzz/seeds/csv
run schedule mspdi "$shared/corpus/mspdi"
echo "fuzz-smoke: no findings"
