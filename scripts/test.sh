#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed[, N skipped]".
# The spec tests read ../shared/spec-tests (or $WELD_SPEC_TESTS); with CI=true a missing suite fails.
# Two style checks count as one test each: the code is as `dotnet format` leaves it (.editorconfig's rules at warning
# and above), and no line is longer than .editorconfig's max_line_length (scripts/check-line-length.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet (the .NET 10 SDK) is required: install it from your distribution or https://dot.net" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build Weld.slnx -c Release -warnaserror 2>&1 | tail -n 3
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  dotnet build Weld.slnx -c Release 2>&1 | grep -E "error" | sort -u | head -n 40
  echo "0 passed, 1 failed"
  exit 1
fi

style_passed=0 style_failed=0
echo "dotnet format Weld.slnx --verify-no-changes --severity warn"
dotnet format Weld.slnx --verify-no-changes --severity warn --no-restore > "$log" 2>&1
if [ $? -eq 0 ]; then
  style_passed=$((style_passed + 1))
else
  style_failed=$((style_failed + 1))
  head -n 40 "$log"
  echo "style: the code is not as dotnet format leaves it; run: dotnet format Weld.slnx --severity warn"
fi
if bash scripts/check-line-length.sh; then style_passed=$((style_passed + 1)); else style_failed=$((style_failed + 1)); fi

dotnet test Weld.slnx -c Release --no-build "$@" 2>&1 | tee "$log" | grep -vE "^\s*$"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...").
read -r passed failed skipped < <(grep -E "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crashed test host counts as a failure
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # running no test at all is a failure
passed=$((passed + style_passed)) failed=$((failed + style_failed))
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
