#!/usr/bin/env bash
# Publishes weld as one NativeAOT executable: artifacts/native/weld (or the folder given as $1).
# NativeAOT links with clang and the system linker and needs zlib's headers; on Debian/Ubuntu, what is missing is
# installed with apt-get (as root), elsewhere the script says what to install. Any trimming or AOT warning fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/native}

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
command -v ld >/dev/null 2>&1 || missing+=(binutils)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "NativeAOT needs: ${missing[*]} (Debian/Ubuntu package names); install them and run this again" >&2
    exit 1
  fi
fi

rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish src/Weld.Cli -c Release -r "$rid" -p:PublishAot=true -warnaserror -o "$out"
# The assembly is Weld.Cli (a weld.dll would collide with Weld.dll where case does not count); the binary is weld.
mv -f "$out/Weld.Cli" "$out/weld"
[ ! -f "$out/Weld.Cli.dbg" ] || mv -f "$out/Weld.Cli.dbg" "$out/weld.dbg"
echo "$out/weld: $("$out/weld" --version | tr '\n' ' ')"
