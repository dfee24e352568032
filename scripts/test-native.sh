#!/usr/bin/env bash
# Publishes the native weld (scripts/publish-native.sh) and runs the CLI tests against it (WELD_CLI) instead of the
# JIT-hosted build. Ends, as scripts/test.sh does, with "N passed, N failed". Run before submitting a CLI change.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! bash scripts/publish-native.sh artifacts/native; then echo "0 passed, 1 failed"; exit 1; fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
WELD_CLI=$PWD/artifacts/native/weld dotnet test tests/Weld.Cli.Tests -c Release 2>&1 | tee "$log" | grep -vE "^\s*$"
status=${PIPESTATUS[0]}
read -r passed failed < <(grep -E "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+" "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
