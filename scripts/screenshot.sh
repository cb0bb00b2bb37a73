#!/usr/bin/env bash
# Start vaktaal on a virtual 1366x768 screen, wait, and save a screenshot of the screen.
# Usage: bash scripts/screenshot.sh OUT.png [SECONDS] [vaktaal arguments...]
# Needs the real ImageMagick (`apt-get install imagemagick`) for `import`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "$1"); wait_s=${2:-6}; shift 2 || shift $#
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  .venv/bin/vaktaal "$@" & app=$!
  sleep '"$wait_s"'
  import -window root "'"$out"'"
  kill $app' _ "$@"
echo "saved $out"
