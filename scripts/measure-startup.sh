#!/usr/bin/env bash
# Times whole `weld run` processes of examples/wasi/hello.wasm: the native binary, a ReadyToRun publish of the
# JIT-hosted CLI and the plain JIT-hosted build (dotnet Weld.Cli.dll), with hyperfine (apt-get install hyperfine).
# The figures are in docs/BENCHMARKS.md ("Start-up").
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-40}
command -v hyperfine >/dev/null 2>&1 || { echo "needs hyperfine (Debian/Ubuntu: apt-get install hyperfine)" >&2; exit 1; }

rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
[ -x artifacts/native/weld ] || bash scripts/publish-native.sh
dotnet build src/Weld.Cli -c Release
dotnet publish src/Weld.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o artifacts/r2r

hello=examples/wasi/hello.wasm
hyperfine -N --warmup 5 --runs "$runs" --export-json artifacts/startup.json \
  -n native "artifacts/native/weld run $hello" \
  -n readytorun "artifacts/r2r/Weld.Cli run $hello" \
  -n "readytorun, interpreter" "artifacts/r2r/Weld.Cli run --engine interpreter $hello" \
  -n jit "dotnet src/Weld.Cli/bin/Release/net10.0/Weld.Cli.dll run $hello" \
  -n "jit, interpreter" "dotnet src/Weld.Cli/bin/Release/net10.0/Weld.Cli.dll run --engine interpreter $hello"
# Medians (hyperfine's summary shows means), each one's ratio to the native binary's, and the mean CPU time
# (user + system), which a loaded machine inflates less than wall time.
python3 - <<'PY'
import json
results = json.load(open("artifacts/startup.json"))["results"]
base = results[0]["median"]
for r in results:
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{r['command']:<26} median {r['median'] * 1000:7.1f} ms  {r['median'] / base:5.1f}x native  cpu {cpu:6.1f} ms")
PY
