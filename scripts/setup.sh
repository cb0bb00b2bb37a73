#!/usr/bin/env bash
# Sets up vaktaal on a Debian/Ubuntu machine: system packages, a virtualenv in .venv, the
# package itself, and the `vaktaal` command (scripts/install-launcher.sh). Safe to run
# again: a step whose inputs did not change is skipped, so a second run takes well under
# a second. One line per step says what it does.
# Usage: bash scripts/setup.sh [dev]
#   PYTHON=python3.12 bash scripts/setup.sh   # the Python for a new .venv (default python3)
set -euo pipefail
cd "$(dirname "$0")/.."

# The last successful pip install: the SHA-256 of pyproject.toml and the mode (app or dev).
STAMP=.venv/.vaktaal-installed
# The locks apt and dpkg hold; another program (unattended-upgrades, a software centre)
# may hold them for minutes. VAKTAAL_APT_LOCKS replaces the list (the tests use it).
APT_LOCKS=${VAKTAAL_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock
  /var/lib/apt/lists/lock /var/cache/apt/archives/lock}
APT_LOCK_WAIT_S=600

missing_packages() {
  local wanted installed
  wanted=$(grep -v '^#' scripts/apt-packages.txt | grep -v '^[[:space:]]*$' | sort -u)
  # One dpkg-query for all: it lists the installed ones (unknown names go to stderr).
  # shellcheck disable=SC2086
  installed=$(dpkg-query -W -f='${Status} ${Package}\n' $wanted 2>/dev/null |
    sed -n 's/^install ok installed //p' | sort -u || true)
  comm -23 <(echo "$wanted") <(echo "$installed")
}

# "PID (name)" of the process that holds an fcntl lock on FILE, or nothing.
lock_holder() {
  local file=$1 dev major minor id pid
  [ -e "$file" ] || return 0
  dev=$(stat -c %d "$file")
  major=$(((dev >> 8) & 0xfff))
  minor=$(((dev & 0xff) | ((dev >> 12) & 0xfff00)))
  id=$(printf '%02x:%02x:%s' "$major" "$minor" "$(stat -c %i "$file")")  # as /proc/locks has it
  pid=$(awk -v id="$id" '$0 ~ /->/ {next} $6 == id {print $5; exit}' /proc/locks 2>/dev/null)
  [ -n "$pid" ] || return 0
  echo "$pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo "?"))"
}

held_apt_lock() {
  local file holder
  for file in $APT_LOCKS; do
    holder=$(lock_holder "$file")
    [ -z "$holder" ] || { echo "$holder"; return 0; }
  done
}

# Waits (with one line) while another program holds an apt or dpkg lock.
wait_for_apt_locks() {
  local holder waited=0
  holder=$(held_apt_lock)
  [ -n "$holder" ] || return 0
  echo "Waiting for another program that uses apt to finish: process $holder…"
  while [ -n "$holder" ]; do
    if [ "$waited" -ge $((APT_LOCK_WAIT_S * 2)) ]; then
      echo "Process $holder still uses apt after 10 minutes. Let it finish, then run this again." >&2
      exit 1
    fi
    sleep 0.5
    waited=$((waited + 1))
    holder=$(held_apt_lock)
  done
}

apt_get() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  wait_for_apt_locks
  # The timeout covers a program that takes the lock between our check and apt's.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$APT_LOCK_WAIT_S "$@"
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "System packages: not checked (no dpkg-query: not Debian or Ubuntu)."
    return 0
  fi
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  if [ -z "$missing" ]; then
    echo "System packages: all there."
    return 0
  fi
  echo "System packages: installing ${missing% } (once)…"
  apt_get update -qq
  # shellcheck disable=SC2086
  apt_get install -y -qq --no-install-recommends $missing
}

wanted_stamp() {
  echo "$(sha256sum pyproject.toml | cut -d' ' -f1) $1"
}

# True when the last install was of this pyproject.toml and covers the mode (dev covers app).
python_packages_current() {
  local mode=$1 hash
  # -x follows links: a venv whose Python was removed (a pyenv version) is made again.
  [ -f "$STAMP" ] && [ -x .venv/bin/python ] && [ -x .venv/bin/vaktaal ] || return 1
  hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
  grep -qx "$hash dev" "$STAMP" || { [ "$mode" = app ] && grep -qx "$hash app" "$STAMP"; }
}

make_venv() {
  local python=${PYTHON:-python3}
  [ ! -x .venv/bin/python ] || return 0
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Vaktaal needs Python 3.11 or newer; '$python' is not. Install it, or run:" >&2
    echo "  PYTHON=/path/to/python3.11 bash scripts/setup.sh" >&2
    exit 1
  fi
  "$python" -m venv .venv
}

install_python_packages() {
  local mode=$1
  if python_packages_current "$mode"; then
    echo "Python packages: up to date (.venv)."
    return 0
  fi
  echo "Python packages: installing into .venv (once, about 2 minutes)…"
  make_venv
  rm -f "$STAMP"
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$mode" = dev ]; then
    .venv/bin/python -m pip install -q -e '.[dev]'
  else
    .venv/bin/python -m pip install -q -e .
  fi
  wanted_stamp "$mode" >"$STAMP"
}

main() {
  local mode=app
  [ "${1:-}" != "dev" ] || mode=dev
  install_system_packages
  install_python_packages "$mode"
  bash scripts/install-launcher.sh
}

main "$@"
