#!/usr/bin/env bash
# Fuzzes one target with AFL++ for a while (docs/FUZZING.md):
#   bash fuzz/afl.sh TARGET [SECONDS]       TARGET: decode, text or run; SECONDS: default 3600
# Needs afl++ (apt-get install afl++), the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine) and the
# seed corpus (bash fuzz/seed.sh). Builds into fuzz/out/bin/TARGET, instruments that copy of Weld.dll, takes the seeds under
# 2 KiB and runs afl-fuzz niced, resuming fuzz/out/afl-TARGET if it exists. Findings: fuzz/out/afl-TARGET/default/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/afl.sh TARGET [SECONDS]}
seconds=${2:-3600}
out=fuzz/out
bin=$out/bin/$target   # one copy per target, so that two targets can be fuzzed at once

rm -rf "$bin"
dotnet publish fuzz/Weld.Fuzz -c Release -o "$bin" >/dev/null
"${SHARPFUZZ:-sharpfuzz}" "$bin/Weld.dll"

seeds=$out/seeds/$target
rm -rf "$seeds"
mkdir -p "$seeds"
find "fuzz/corpus/$target" -type f -size -2k -exec cp {} "$seeds/" \;

# dotnet is not an instrumented binary (the instrumentation is in Weld.dll); a hang is a run over 5 s (the run target's
# own timeout, 10 s, is for replays); AFL_AUTORESUME continues an earlier session.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_AUTORESUME=1
exec nice -n 19 afl-fuzz -V "$seconds" -i "$seeds" -o "$out/afl-$target" -t 5000 -m none -- dotnet "$bin/Weld.Fuzz.dll" "$target"
