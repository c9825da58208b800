#!/usr/bin/env bash
# Installs what `npm start` and `npm test` need on a fresh machine that has only Node 20 and npm:
# pnpm (the version the lockfile was written with), the workspace's dependencies and, with
# --browser, Debian's Chromium for the Playwright suites (Playwright's own browser download
# cannot work here, so it is always skipped).
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

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Chromium from Debian"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -y
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi
