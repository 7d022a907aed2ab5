#!/usr/bin/env bash
# Runs every test: brings MariaDB and Redis up when they are down, then vet + the race-enabled suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
export LOANBOT_REQUIRE_SERVICES=1 # tests fail, not skip, when MariaDB or Redis is missing
go vet ./...
go test -race -count=1 -timeout 20m ./...
