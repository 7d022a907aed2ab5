#!/usr/bin/env bash
# Runs every test: brings MariaDB and Redis up when they are down, then vet + the race-enabled suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
# The console's end-to-end test drives a real headless Chromium; install it when missing. A machine
# where it cannot be installed still runs everything else (that test then skips and says why).
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 ||
    echo "scripts/test.sh: could not install chromium; the console's browser test will be skipped" >&2
fi
export LOANBOT_REQUIRE_SERVICES=1 # tests fail, not skip, when MariaDB or Redis is missing
go vet ./...
go test -race -count=1 -timeout 45m ./...
go run ./scripts/faults -short # the fault program (own MariaDB + Redis): nothing lost under faults
