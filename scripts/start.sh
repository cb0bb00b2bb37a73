#!/usr/bin/env bash
# Set up (once) and start vaktaal with the bundled decks on the built-in SQLite database.
# Extra arguments go to vaktaal, e.g. --data-dir /tmp/vaktaal-demo
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No screen found: starting vaktaal on a virtual screen (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/vaktaal "$@"
fi
exec .venv/bin/vaktaal "$@"
