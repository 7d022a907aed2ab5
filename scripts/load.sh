#!/usr/bin/env bash
# Load test of the WeChat webhook, three targets in one run: (a) a bare Gin handler, (b) (a) plus
# one Redis SETNX and one MariaDB INSERT, (c) loanbot on MariaDB + Redis (see scripts/load).
# Starts MariaDB and Redis when they are down, builds loanbot from the working tree (or from a
# snapshot of HEAD when the tree does not build), then runs the load test with the given flags:
#   bash scripts/load.sh                    # 3 s warm-up + 12 s per target
#   bash scripts/load.sh -targets c -duration 30s -keep
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/loanbot-load-build.XXXXXX")
trap 'rm -rf "$work"' EXIT
if ! go build -o "$work/loanbot" ./cmd/loanbot 2>"$work/build.log"; then
  echo "load: the working tree does not build ($(head -n1 "$work/build.log")); using a snapshot of HEAD" >&2
  mkdir "$work/snap"
  git archive HEAD | tar -x -C "$work/snap"
  (cd "$work/snap" && go build -o "$work/loanbot" ./cmd/loanbot)
fi
go build -o "$work/load" ./scripts/load
"$work/load" -loanbot "$work/loanbot" "$@"
