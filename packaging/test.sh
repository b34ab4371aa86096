#!/usr/bin/env bash
# Installs what is missing, builds Keel with warnings as errors and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps-debian.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
