#!/usr/bin/env bash
# After changing UI text: collect every tr() text into the .ts files, translate the new ones
# (Qt Linguist: .venv/bin/pyside6-linguist), then compile the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=src/vaktaal/ui/translations
.venv/bin/pyside6-lupdate -no-obsolete $(find src/vaktaal/ui -name "*.py" | sort) \
  -ts "$folder/vaktaal_en.ts" "$folder/vaktaal_ar.ts"
.venv/bin/pyside6-lrelease "$folder/vaktaal_en.ts" "$folder/vaktaal_ar.ts"
