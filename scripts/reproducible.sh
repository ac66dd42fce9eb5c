#!/usr/bin/env bash
# Builds the same sources again in another folder and compares the result with a built site,
# byte for byte: the site must not depend on where it is built, nor on the locale, the time zone,
# the umask or a warm target directory. The copy is the working tree as it is (tracked files and
# new ones not ignored, changes included), in a temporary folder of another name and depth.
#
# Usage: scripts/reproducible.sh DIST [SCRATCH]   (make reproducible)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$1
scratch=${2:-target/reproducible}
[[ -f $dist/site.json ]] || { echo "reproducible: $dist/ is not a built site; run make dist" >&2; exit 2; }

elsewhere=$(mktemp -d "${TMPDIR:-/tmp}/idt-another-place.XXXXXX")
trap 'rm -rf "$elsewhere"' EXIT
copy="$elsewhere/somewhere/else/entirely"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [[ -e $file ]] && cp --parents -- "$file" "$copy/"
done
echo "reproducible: building again in $copy"
(
  cd "$copy"
  umask 077
  export TZ=Pacific/Chatham LANG=nl_NL.UTF-8 LANGUAGE=nl
  # Its own node_modules, from the same lock file (npm's cache makes this quick).
  make dist >build.log 2>&1 || { tail -40 build.log >&2; exit 1; }
)
mkdir -p "$scratch"
rm -rf "$scratch/dist"
cp -r "$copy/dist" "$scratch/dist"
if diff -rq "$dist" "$scratch/dist" >"$scratch/differences.txt"; then
  echo "reproducible: $dist/ and a build in another folder are byte-identical ($(find "$dist" -type f | wc -l) files)"
else
  echo "reproducible: the two builds differ:" >&2
  head -20 "$scratch/differences.txt" >&2
  exit 1
fi
