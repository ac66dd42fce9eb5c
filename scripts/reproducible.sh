#!/usr/bin/env bash
# Builds the same sources again in another folder and compares the result with a built site,
# byte for byte: the site must not depend on where it is built, nor on the locale, the time zone,
# the umask or the target folder. The copy is the working tree as it is, in a folder of another
# name and depth (scripts/lib/elsewhere.sh).
#
# Usage: scripts/reproducible.sh DIST [SCRATCH]   (make reproducible)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/elsewhere.sh
dist=$1
scratch=${2:-target/reproducible}
[[ -f $dist/site.json ]] || { echo "reproducible: $dist/ is not a built site; run make dist" >&2; exit 2; }

copy_elsewhere
echo "reproducible: building again in $elsewhere"
(umask 077 && build_elsewhere TZ=Pacific/Chatham LANG=nl_NL.UTF-8 LANGUAGE=nl)
rm -rf "$scratch"
mkdir -p "$scratch"
cp -r "$elsewhere/dist" "$scratch/dist"
if diff -rq "$dist" "$scratch/dist" >"$scratch/differences.txt"; then
  echo "reproducible: $dist/ and a build in another folder are byte-identical ($(find "$dist" -type f | wc -l) files)"
else
  echo "reproducible: the two builds differ:" >&2
  head -20 "$scratch/differences.txt" >&2
  exit 1
fi
