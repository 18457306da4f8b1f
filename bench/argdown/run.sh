#!/usr/bin/env bash
# Check argmap's Argdown export with the Argdown project's own parser (@argdown/core, from npm):
# every map that argmap imports from ../shared/corpora is exported to Argdown and parsed.
# Not part of the test suite (it needs Node and npm); prints the count of files with parser errors.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund @argdown/core@2.0.1 >/dev/null)
i=0
while IFS= read -r f; do
  i=$((i + 1))
  "$root/.venv/bin/argmap" convert "$f" -o "$work/$i.argdown" --to argdown --force >/dev/null 2>&1 || true
done < <(find "$root/../shared/corpora" -type f \( -name '*.argdown' -o -name '*.ad' -o -name '*.json' -o -name '*.xml' \) | sort)
cp "$here/check.js" "$work/check.js"
(cd "$work" && node check.js ./*.argdown 2>/dev/null | grep -v '^    at ')
