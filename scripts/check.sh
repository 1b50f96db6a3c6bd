#!/usr/bin/env bash
# Installs what is needed (including Debian's chromium) and runs every check: typecheck, lint and
# formatting, unit and property tests, API tests against SQLite and PostgreSQL, Playwright journeys in
# Chromium. Ends with one line, "N passed, N failed", summed over every runner.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export npm_config_nodedir="${npm_config_nodedir:-$(node -p "require('path').resolve(process.execPath, '../..')")}"

# PostgreSQL: the API tests need it on 127.0.0.1:5432 (started by the machine; start it if it stopped).
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  for v in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect "$v" main start || true; done
fi

rm -rf .reports packages/*/.reports apps/*/.reports e2e/.reports
mkdir -p .reports
failed_steps=()
step() {
  local name="$1"; shift
  echo ""
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then echo "=== $name: ok ($((SECONDS - started)) s)"; else echo "=== $name: FAILED ($((SECONDS - started)) s)"; failed_steps+=("$name"); fi
}

step "typecheck" pnpm typecheck
step "lint and formatting" pnpm lint
step "note route JS size" pnpm size
step "unit, property and API tests" pnpm -r --no-bail --workspace-concurrency=1 --if-present test \
  --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
step "Playwright journeys in Chromium" env PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/.reports/playwright.json" \
  pnpm e2e --reporter=line,json

echo ""
node scripts/summarize-tests.mjs "${failed_steps[@]}"
