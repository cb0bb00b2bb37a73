#!/usr/bin/env bash
# After changing texts: collect them into every catalogue, then compile what the app loads.
#   Screens (self.tr):   src/vaktaal/ui/translations/vaktaal_<lang>.ts -> .qm (pyside6-lupdate)
#   Core, speech, storage, use cases, CLI (vaktaal.core.i18n._):
#     src/vaktaal/locale/vaktaal.pot -> locale/<lang>/LC_MESSAGES/vaktaal.po -> .mo (pybabel)
# Then fill the blanks: scripts/untranslated.py [LANG...] lists what is open;
# scripts/fill_translations.py missing LANG > table.py gives a table to fill in, and
# scripts/fill_translations.py fill LANG table.py writes it; then run this script again.
# Which catalogues a native speaker checked: CHECKED_BY_NATIVE_SPEAKER in core/i18n.py.
# Usage: bash scripts/update-translations.sh [LANG...]   (default: every language)
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
if [ "$#" -gt 0 ]; then
  languages="$*"
else
  languages=$($py -c "from vaktaal.core.i18n import TRANSLATED; print(*TRANSLATED)")
fi

qt=src/vaktaal/ui/translations
ts_files=()
for lang in $languages; do ts_files+=("$qt/vaktaal_$lang.ts"); done
.venv/bin/pyside6-lupdate -no-obsolete $(find src/vaktaal/ui -name "*.py" | sort) \
  -ts "${ts_files[@]}"
.venv/bin/pyside6-lrelease -silent "${ts_files[@]}"

locale=src/vaktaal/locale
unchecked="# NOT CHECKED BY A NATIVE SPEAKER (see CHECKED_BY_NATIVE_SPEAKER in core/i18n.py)."
mkdir -p "$locale"
.venv/bin/pybabel -q extract --no-default-keywords -k _ -k ngettext:1,2 --add-location=file \
  --sort-output --no-wrap --project=vaktaal --copyright-holder="Team Vaktaal" \
  -o "$locale/vaktaal.pot.new" src/vaktaal
mv "$locale/vaktaal.pot.new" "$locale/vaktaal.pot"  # whole: a run beside this one never reads half
for lang in $languages; do
  po="$locale/$lang/LC_MESSAGES/vaktaal.po"
  if [ -f "$po" ]; then
    .venv/bin/pybabel -q update -D vaktaal -i "$locale/vaktaal.pot" -d "$locale" -l "$lang" \
      --no-fuzzy-matching --ignore-obsolete --no-wrap --ignore-pot-creation-date
  else
    .venv/bin/pybabel -q init -D vaktaal -i "$locale/vaktaal.pot" -d "$locale" -l "$lang" \
      --no-wrap
    sed -i "s|^# FIRST AUTHOR.*|$unchecked|" "$po"
  fi
  .venv/bin/pybabel -q compile -D vaktaal -d "$locale" -l "$lang"
done
$py scripts/untranslated.py --summary $languages
