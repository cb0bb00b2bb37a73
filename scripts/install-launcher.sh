#!/usr/bin/env bash
# Puts a `vaktaal` command on the PATH: a small launcher that runs this copy's
# .venv/bin/vaktaal. setup.sh runs it; it only writes what is not there yet.
#   root:        /usr/local/bin/vaktaal (on every shell's PATH already)
#   other users: ~/.local/bin/vaktaal, and once a guarded line in ~/.bashrc that puts
#                ~/.local/bin on the PATH of new shells (Debian's ~/.profile does so for
#                login shells only, and only if the folder existed at login)
#   VAKTAAL_BIN_DIR=DIR: the launcher goes to DIR instead (no ~/.bashrc line).
#   VAKTAAL_SYSTEM_BIN_DIR=DIR: root's folder instead of /usr/local/bin (the tests' sandbox).
# A `vaktaal` there that is not ours (no marker line) is never overwritten.
# Usage: bash scripts/install-launcher.sh [--remove | --where]   (--where: where it goes)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

MARKER="# vaktaal launcher: written by vaktaal's scripts/install-launcher.sh"
BASHRC_MARKER="# vaktaal: ~/.local/bin on the PATH (added by vaktaal's scripts/install-launcher.sh)"
# shellcheck disable=SC2016  # expanded by the shell that reads ~/.bashrc
BASHRC_LINE='case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) export PATH="$HOME/.local/bin:$PATH" ;; esac'

bin_dir() {
  if [ -n "${VAKTAAL_BIN_DIR:-}" ]; then
    echo "$VAKTAAL_BIN_DIR"
  elif [ "$(id -u)" -eq 0 ]; then
    echo "${VAKTAAL_SYSTEM_BIN_DIR:-/usr/local/bin}"
  else
    echo "$HOME/.local/bin"
  fi
}

quoted() {  # in single quotes, for sh
  local q="'"
  printf "'%s'" "${1//$q/$q\\$q$q}"
}

launcher_text() {
  local app
  app=$(quoted "$repo/.venv/bin/vaktaal")
  printf '#!/bin/sh\n%s\n# Remove: bash %s --remove\n' "$MARKER" \
    "$(quoted "$repo/scripts/install-launcher.sh")"
  printf '[ -x %s ] || { echo %s >&2; exit 1; }\n' "$app" \
    "$(quoted "vaktaal is not installed in $repo/.venv: run bash $repo/scripts/start.sh")"
  printf 'exec %s "$@"\n' "$app"
}

is_ours() {
  grep -qxF "$MARKER" "$1" 2>/dev/null
}

uses_bashrc() {
  [ -z "${VAKTAAL_BIN_DIR:-}" ] && [ "$(id -u)" -ne 0 ]
}

add_bashrc_line() {
  uses_bashrc || return 0
  ! grep -qxF "$BASHRC_MARKER" "$HOME/.bashrc" 2>/dev/null || return 0
  printf '\n%s\n%s\n' "$BASHRC_MARKER" "$BASHRC_LINE" >>"$HOME/.bashrc"
  echo "  ~/.local/bin is now on the PATH of new shells (a line in ~/.bashrc)."
}

# Says so when another `vaktaal` comes before ours on this shell's PATH.
warn_if_shadowed() {
  local found
  found=$(command -v vaktaal 2>/dev/null || true)
  [ -n "$found" ] && [ "$found" != "$1" ] && ! is_ours "$found" || return 0
  echo "  Note: $found comes first on the PATH; 'vaktaal' runs that one, not this copy."
}

install_launcher() {
  local dir target
  dir=$(bin_dir)
  target="$dir/vaktaal"
  if { [ -e "$target" ] || [ -L "$target" ]; } && ! is_ours "$target"; then
    echo "Command vaktaal: $target exists and is not ours; left alone. Use $repo/.venv/bin/vaktaal."
    return 0
  fi
  if [ -x "$target" ] && [ "$(cat "$target")" = "$(launcher_text)" ]; then
    echo "Command vaktaal: $target"
    warn_if_shadowed "$target"
    return 0
  fi
  mkdir -p "$dir"
  launcher_text >"$target.new"
  chmod 755 "$target.new"
  mv -f "$target.new" "$target"
  echo "Command vaktaal: written to $target (remove: bash scripts/install-launcher.sh --remove)."
  add_bashrc_line
  warn_if_shadowed "$target"
}

remove_launcher() {
  local target
  target="$(bin_dir)/vaktaal"
  if is_ours "$target"; then
    rm -f "$target"
    echo "Removed $target."
  elif [ -e "$target" ]; then
    echo "$target is not ours; left alone."
  fi
  if uses_bashrc && grep -qxF "$BASHRC_MARKER" "$HOME/.bashrc" 2>/dev/null; then
    grep -vxF -e "$BASHRC_MARKER" -e "$BASHRC_LINE" "$HOME/.bashrc" >"$HOME/.bashrc.vaktaal" || true
    cat "$HOME/.bashrc.vaktaal" >"$HOME/.bashrc"
    rm -f "$HOME/.bashrc.vaktaal"
    echo "Removed vaktaal's PATH line from ~/.bashrc."
  fi
}

case "${1:-}" in
"") install_launcher ;;
--remove) remove_launcher ;;
--where) echo "$(bin_dir)/vaktaal" ;;
*) echo "Usage: bash scripts/install-launcher.sh [--remove | --where]" >&2; exit 2 ;;
esac
