#!/usr/bin/env bash
# Checks that no C# line is longer than .editorconfig's max_line_length for its file (dotnet format does not check it).
# Understood: the [*.cs] default and sections naming files relative to the repository root, [path] or
# [{path,path,...}], where * matches within a name. The last matching section wins, as in .editorconfig.
# Prints "file:line: longer than N characters" for each long line and fails if there is one.
set -uo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8   # count characters, not bytes

# "pattern limit" for every pattern of every section that sets max_line_length, in file order.
rules=$(awk '
  /^\[.*\]$/ { header = substr($0, 2, length($0) - 2); next }
  /^max_line_length *= *[0-9]+ *$/ {
    limit = $0; sub(/.*= */, "", limit); sub(/ *$/, "", limit)
    list = header
    if (list ~ /^\{.*\}$/) list = substr(list, 2, length(list) - 2)
    n = split(list, patterns, ",")
    for (i = 1; i <= n; i++) print patterns[i], limit
  }' .editorconfig)

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files '*.cs')
else
  files=$(find . -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | sed 's|^\./||')
fi

long=0
for file in $files; do
  limit=""
  while read -r pattern value; do
    [ -z "$pattern" ] && continue
    if [[ "$pattern" == */* ]]; then subject=$file; else subject=${file##*/}; fi
    # shellcheck disable=SC2053  # the pattern is a glob on purpose
    if [[ "$subject" == $pattern ]]; then limit=$value; fi
  done <<< "$rules"
  [ -z "$limit" ] && continue
  while IFS=: read -r line _; do
    echo "$file:$line: longer than $limit characters"
    long=$((long + 1))
  done < <(grep -nE "^.{$((limit + 1))}" "$file")
done

if [ "$long" -gt 0 ]; then
  echo "$long line(s) longer than max_line_length (.editorconfig)"
  exit 1
fi
