#!/usr/bin/env bash
# Installs what is needed and starts TPI Note on its embedded SQLite database, with the synthetic demo
# accounts and patients (DEMO_DATA=1; a clinic's server runs without it, see the README).
# Prints the address and the demo sign-in when it is ready. Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DEMO_DATA="${DEMO_DATA:-1}" exec pnpm start
