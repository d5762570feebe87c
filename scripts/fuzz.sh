#!/usr/bin/env bash
# Runs every fuzz target of the module for a given time each.
#   scripts/fuzz.sh            # 10s per target
#   scripts/fuzz.sh 10m        # a long run, e.g. overnight before a release
#   scripts/fuzz.sh 20000x     # a count of executions per target instead
# A crash leaves its input under the package's testdata/fuzz/<Target>/;
# commit it, and it becomes a regression case of the plain `go test` run.
#
# A finding fails the script. One failure that is not a finding does not:
# Go 1.26's fuzz coordinator can report "context deadline exceeded" when the
# -fuzztime deadline falls while a worker is mid-call, having found nothing
# and written no input (go.dev/issue/75804, fixed in Go 1.27). When a target
# fails with exactly that and no new input under testdata/fuzz/<Target>/, the
# script replays the target's corpus with plain `go test`; if that passes, it
# says so and goes on. Any other failure, or a written input, fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-10s}
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

inputs_of() { # the files under a target's corpus directory, one per line
  local dir=$1
  if [ -d "$dir" ]; then find "$dir" -type f | sort; fi
}

for pkg in $(go list ./...); do
  pkgdir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($fuzztime)"
    corpus="$pkgdir/testdata/fuzz/$target"
    before=$(inputs_of "$corpus")
    rc=0
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 1s "$pkg" 2>&1 |
      tee "$log" || rc=$?
    [ "$rc" -eq 0 ] && continue
    after=$(inputs_of "$corpus")
    if [ "$before" = "$after" ] &&
      grep -q '^    context deadline exceeded$' "$log" &&
      ! grep -qE 'panic:|Failing input written' "$log"; then
      echo "-- $target: 'context deadline exceeded' with no input written: the Go 1.26"
      echo "   coordinator race (go.dev/issue/75804). Replaying the corpus to be sure."
      if go test -count=1 -run "^${target}\$" "$pkg"; then
        echo "-- $target: corpus replay passes; not a finding"
        continue
      fi
    fi
    echo "-- $target: FAILED"
    status=1
  done
done
exit "$status"
