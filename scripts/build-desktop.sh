#!/usr/bin/env bash
# Build the standalone desktop app with PyInstaller: one folder, dist/vaktaal/, started with
# dist/vaktaal/vaktaal. Spec: packaging/vaktaal.spec (the same spec builds on Windows, see
# docs/install-windows.md). Smoke test afterwards:
#   VAKTAAL_BUILD_TEST=1 .venv/bin/python -m pytest tests/desktop_build -q
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
  echo "No Python environment at .venv: run 'bash scripts/setup.sh' first." >&2
  exit 1
fi
started=$(date +%s)

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller (the 'build' extra of pyproject.toml)…"
  "$PYTHON" -m pip install -q "pyinstaller>=6.10,<7"
fi
if ! ls src/vaktaal/locale/*/LC_MESSAGES/*.mo src/vaktaal/ui/translations/*.qm >/dev/null 2>&1; then
  echo "The translations are not compiled: run 'bash scripts/update-translations.sh' first." >&2
  exit 1
fi
if ! command -v espeak-ng >/dev/null; then
  echo "Note: espeak-ng is not installed here, so the build has no offline voice of its own."
fi

echo "Building dist/vaktaal with PyInstaller (a few minutes)…"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/vaktaal.spec

version=$(dist/vaktaal/vaktaal --version)  # the build must start: stops here if not
echo "Checking the build: $version"
echo "Built dist/vaktaal in $(($(date +%s) - started)) s; size $(du -sh dist/vaktaal | cut -f1)."
echo "Start it with: dist/vaktaal/vaktaal"
