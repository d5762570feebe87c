#!/usr/bin/env bash
# Runs every fuzz target of the module for a given time each.
#   scripts/fuzz.sh            # 10s per target
#   scripts/fuzz.sh 10m        # a long run, e.g. overnight before a release
# A crash leaves its input under the package's testdata/fuzz/<Target>/;
# commit it, and it becomes a regression case of the plain `go test` run.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-10s}
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($fuzztime)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 1s "$pkg"
  done
done
