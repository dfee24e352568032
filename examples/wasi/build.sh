#!/usr/bin/env bash
# build.sh - rebuild wordfreq.wasm from wordfreq.c (only needed after changing the source: the .wasm is checked in).
#
# Toolchain: Debian 12's clang-16, lld-16 (wasm-ld-16), wasi-libc and libclang-rt-16-dev-wasm32, installed with
# apt-get when missing. Debian's wasi-libc sits in the standard multiarch folders clang-16 searches, so no --sysroot
# is needed; set WASI_SYSROOT for another sysroot (e.g. wasi-sdk's) and WASM_CC for another clang.
set -euo pipefail
cd "$(dirname "$0")"

PKGS=(clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build.sh: installing ${missing[*]}" >&2
  SUDO=
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PKGS[@]}" >/dev/null
fi

CC=${WASM_CC:-clang-16}  # not $CC: a CI may point that at a native compiler
CFLAGS=(--target=wasm32-wasi -O2 -Wall -Wextra -fuse-ld=lld -Wl,--strip-debug)
if [ -n "${WASI_SYSROOT:-}" ]; then CFLAGS+=("--sysroot=$WASI_SYSROOT"); fi

(set -x; "$CC" "${CFLAGS[@]}" -o wordfreq.wasm wordfreq.c)
