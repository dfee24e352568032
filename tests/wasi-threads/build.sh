#!/usr/bin/env bash
# build.sh - rebuild the wasi-threads test programs (*.wasm) from their C sources (only needed after changing a
# source: the .wasm files are checked in and the tests never build them).
#
# Toolchain: clang and wasm-ld from the npm package @yowasp/clang (LLVM built to WebAssembly, run by Node.js),
# installed into a cache folder on first use. No libc is linked: threads.c and thread_start.s are the programs' small
# runtime (a wasi-libc build for wasm32-wasip1-threads was not at hand), doing what wasi-libc's pthreads do.
# Set WASM_CLANG_DIR to reuse an existing install.
set -euo pipefail
cd "$(dirname "$0")"

TOOLS=${WASM_CLANG_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/weld-wasm-clang}
VERSION=22.0.0-git20542-10
if [ ! -d "$TOOLS/node_modules/@yowasp/clang" ]; then
  echo "build.sh: installing @yowasp/clang@$VERSION into $TOOLS" >&2
  mkdir -p "$TOOLS"
  npm install --silent --prefix "$TOOLS" "@yowasp/clang@$VERSION"
fi

# The driver: runs clang in the package's virtual file system, with the sources given, and writes the output.
cat > "$TOOLS/clang.mjs" <<'JS'
import { runClang } from '@yowasp/clang';
import fs from 'node:fs';
import path from 'node:path';
const [out, ...args] = process.argv.slice(2);
const files = {};
for (const a of args) if (/\.(c|h|s)$/.test(a)) files[a] = fs.readFileSync(a, 'utf8');
for (const h of fs.readdirSync('.')) if (h.endsWith('.h')) files[h] = fs.readFileSync(h, 'utf8');
const result = await runClang(['clang', ...args, '-o', out], files);
fs.writeFileSync(path.basename(out), result[out]);
JS

# The flags wasi-sdk uses for wasm32-wasip1-threads: atomics, bulk memory, an imported (and exported) shared memory.
CFLAGS=(--target=wasm32-wasip1 -O2 -Wall -Wextra -nostdlib -matomics -mbulk-memory -mmutable-globals
        -Wl,--import-memory,--export-memory,--shared-memory,--max-memory=67108864,--strip-debug,-z,stack-size=1048576)
for program in counter chatter many exit_in_thread trap_in_thread main_returns hang; do
  (set -x; NODE_PATH="$TOOLS/node_modules" node "$TOOLS/clang.mjs" "$program.wasm" "${CFLAGS[@]}" "$program.c" threads.c thread_start.s)
done
