#!/usr/bin/env bash
# Generates the seed corpus (fuzz/corpus/{decode,text,run}, git-ignored) from the modules of the spec suite's
# wasm-2.0 scripts: $WELD_SPEC_TESTS/wasm-2.0, else ../shared/spec-tests/wasm-2.0 beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf fuzz/corpus
dotnet run -c Release --project fuzz/Weld.Fuzz -- --seed "$@"
