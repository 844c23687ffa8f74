#!/usr/bin/env bash
# Sitrep's one entry point for people and CI.
#   ./dev.sh serve   set up (first time only), then start the dashboard on the bundled data
#   ./dev.sh test    set up (first time only), then run the whole test suite
#   ./dev.sh setup   only set up: .venv from requirements.lock, map assets from package-lock.json
#                    (and the offline basemap's files, see maps/basemap_data.py)
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}

setup() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Sitrep needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2
    exit 2
  fi
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
  fi
  if ! cmp -s requirements.lock .venv/.sitrep-lock; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
    cp requirements.lock .venv/.sitrep-lock
  fi
  # again when the offline basemap's files or the map frame's bundle are missing (they are
  # written from world-atlas, the gazetteer and the vendor files by maps.assets)
  if ! cmp -s package-lock.json static/vendor/.sitrep-lock 2>/dev/null \
      || [ ! -f static/vendor/basemap/manifest.json ] || [ ! -f static/vendor/basemap/frame.js ]; then
    if ! command -v npm >/dev/null; then
      echo "Sitrep serves Leaflet from local files installed with npm; install Node.js/npm." >&2
      exit 2
    fi
    npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
    .venv/bin/python -m maps.assets
    cp package-lock.json static/vendor/.sitrep-lock
  fi
}

command=${1:-serve}
shift || true
case "$command" in
  setup) setup ;;
  serve) setup; exec .venv/bin/sitrep serve "$@" ;;
  test) setup; exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: ./dev.sh [setup|serve|test] [args…]" >&2; exit 2 ;;
esac
