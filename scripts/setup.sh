#!/usr/bin/env bash
# Installs what `npm start` and `npm test` need on a fresh machine that has only Node 20 and npm:
# pnpm (the version the lockfile was written with), the workspace's dependencies and, with
# --test, Debian's Chromium for the Playwright suites (Playwright's own browser download
# cannot work here, so it is always skipped) and Debian's PostgreSQL 15 for the server suites
# (scripts/with-postgres.sh starts a throw-away cluster from it).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install --global --save-exact "pnpm@$PNPM_VERSION"
fi

echo "setup: installing dependencies"
pnpm install --frozen-lockfile

if [ "${1:-}" = "--test" ]; then
  MISSING=""
  [ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
  [ -x /usr/lib/postgresql/15/bin/initdb ] || MISSING="$MISSING postgresql"
  if [ -n "$MISSING" ]; then
    echo "setup: installing from Debian:$MISSING"
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update -y
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y $MISSING
  fi
fi
