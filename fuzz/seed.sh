#!/usr/bin/env bash
# Generates the seed corpus (fuzz/corpus/{decode,text,run}, git-ignored) from the modules of the spec suite's scripts
# (wasm-2.0, wasm-3.0, proposals/threads, proposals/legacy-exceptions): $WELD_SPEC_TESTS, else ../shared/spec-tests
# beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf fuzz/corpus
dotnet run -c Release --project fuzz/Weld.Fuzz -- --seed "$@"
