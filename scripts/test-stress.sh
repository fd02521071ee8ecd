#!/usr/bin/env bash
# npm run test:stress [runs] [hogs]: the test suite under load, to prove it does not depend on the
# machine's speed. Starts `hogs` CPU-bound processes (default 2), runs the whole suite `runs` times
# (default 5), prints passed/failed/skipped and the wall time of each run, and stops the hogs by PID.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
hogs=${2:-2}

pids=()
stop_hogs() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; }
trap stop_hogs EXIT
for _ in $(seq "$hogs"); do
  yes >/dev/null &
  pids+=($!)
done
echo "stress: $hogs CPU hog(s) running (PIDs ${pids[*]}); $runs run(s) of the suite"

green=0
for i in $(seq "$runs"); do
  report=$(mktemp)
  start=$(date +%s)
  NODE_OPTIONS=--experimental-vm-modules npx jest --ci --silent --json --outputFile="$report" >/dev/null 2>&1
  status=$?
  took=$(($(date +%s) - start))
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`stress: run ${process.argv[2]}: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped in ${process.argv[3]} s`);
    for (const s of r.testResults) if (s.status !== "passed") console.log(`  ${s.name}: ${(s.message || "").split("\n").slice(0, 3).join(" ")}`);
  ' "$report" "$i" "$took" || echo "stress: run $i: no report (exit $status) in $took s"
  # Green means every test ran and passed: a skipped test is a missing tool.
  skipped=$(node -e 'try { const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.numPendingTests + r.numTodoTests); } catch { console.log(1); }' "$report")
  [ $status -eq 0 ] && [ "$skipped" = 0 ] && green=$((green + 1))
  rm -f "$report"
done
echo "stress: $green/$runs green"
[ "$green" -eq "$runs" ]
