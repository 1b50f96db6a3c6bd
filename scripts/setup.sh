#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node 20 and npm:
# pnpm 10 (through npm), the workspace's packages (better-sqlite3 is compiled from source), and with
# --browser, Debian's Chromium for Playwright. Safe to run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"

# node-gyp must build against the local Node headers: the machine cannot download them.
export npm_config_nodedir="${npm_config_nodedir:-$(node -p "require('path').resolve(process.execPath, '../..')")}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION with npm"
  npm install --global "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium for the Playwright tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "setup: installing workspace packages"
CI=true pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE '^(Progress|\s*$)' | tail -5
