#!/usr/bin/env bash
# Installs what is needed and starts TPI Note on its embedded SQLite database.
# Prints the address and the demo sign-in when it is ready. Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec pnpm start
