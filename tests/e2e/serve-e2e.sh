#!/usr/bin/env bash
# The team server the end-to-end suites drive (tests/playwright.config.ts): a fresh embedded
# database each run, one account holding every role (E2E password from the config), and the
# built console, on 127.0.0.1:4183 — its own port, so a server left running elsewhere does not
# fail the suites.
set -euo pipefail
data="tests/.e2e-server"
rm -rf "$data"
printf '%s' "$NIEMYET_E2E_PASSWORD" |
  pnpm niemyet user add e2e --role drafter --role supervisor --role admin --data "$data" --password-stdin
exec pnpm niemyet serve --host 127.0.0.1 --port 4183 --data "$data" --console console/dist
