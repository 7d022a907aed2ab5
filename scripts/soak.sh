#!/usr/bin/env bash
# Soak: one loanbot instance on a private MariaDB + Redis at a constant rate (half of this
# machine's measured peak) for 10 minutes; prints RSS, goroutines and p50/p99 per minute and fails
# when RSS or goroutines grow more than 10% from minute 2 to the end. Flags go to the program:
#   bash scripts/soak.sh                      # 10 minutes at 400 messages/s
#   bash scripts/soak.sh -soak 30m -rate 300
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./scripts/faults -soak 10m -rate 400 "$@"
