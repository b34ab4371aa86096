#!/usr/bin/env bash
# Installs what is missing, builds Keel with warnings as errors, runs the whole test suite headless,
# then runs each importer's fuzzer briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps-debian.sh
export QT_QPA_PLATFORM=offscreen
# A compiler cache shared by every clone of the repository: paths are taken relative to the clone.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
# Every importer's fuzzer runs briefly (KEEL_FUZZ_SECONDS each); KEEL_SKIP_FUZZ=1 skips it.
if [ "${KEEL_SKIP_FUZZ:-0}" != 1 ]; then
  bash packaging/fuzz-smoke.sh
fi
