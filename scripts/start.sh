#!/usr/bin/env bash
# Set up (what is missing) and start vaktaal with the bundled decks on the built-in SQLite
# database. Afterwards `vaktaal` works in any new shell (scripts/install-launcher.sh).
# Extra arguments go to vaktaal, e.g. --data-dir /tmp/vaktaal-demo
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting vaktaal on a virtual screen (no screen found; xvfb-run)…"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/vaktaal "$@"
fi
echo "Starting vaktaal…"
exec .venv/bin/vaktaal "$@"
