#!/usr/bin/env bash
# Installs what is missing, builds Keel, creates a demo workspace on first run and starts the desktop program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps-debian.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
demo="${KEEL_DEMO:-$HOME/.local/share/Keel/demo.keel}"
if [ ! -f "$demo" ]; then
  mkdir -p "$(dirname "$demo")"
  ./build/dev/app/cli/keel-cli demo "$demo"
fi
exec ./build/dev/app/desktop/keel "$demo"
