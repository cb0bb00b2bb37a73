#!/usr/bin/env bash
# Set up (once) and run every check: the tests (offscreen Qt), ruff and mypy.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench scripts packaging
.venv/bin/ruff format --check src tests bench scripts packaging
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
