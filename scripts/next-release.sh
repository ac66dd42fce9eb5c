#!/usr/bin/env bash
# Builds "the next release" of the site for the release-upgrade tests (e2e/upgrade.test.mjs): the
# working tree as it is, with two changes a real release brings, so that its files get new names
# (the wasm's, the glue's, the tree file's), built as `make dist` would, carrying along the
# previous release's content-hashed files (KEEP_RELEASE), as the README's hosting notes say.
#
#   - the crate's version (it is in the wasm: the crash message names it);
#   - a sentence of the tree (the diagram's heading), so the tree file changes too.
#
# Usage: scripts/next-release.sh PREVIOUS-DIST OUT   (make next-release)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/elsewhere.sh
previous=$(realpath "$1")
out=$2
[[ -f $previous/site.json ]] || { echo "next-release: $previous is not a built site" >&2; exit 2; }

copy_elsewhere
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
node - "$elsewhere" "$version" <<'JS'
const { readFileSync, writeFileSync } = require("node:fs");
const [work, version] = process.argv.slice(2);
const edit = (file, change) => writeFileSync(`${work}/${file}`, change(readFileSync(`${work}/${file}`, "utf8")));
const next = `${version}-next`;
edit("Cargo.toml", (text) => text.replace(`version = "${version}"`, `version = "${next}"`));
edit("Cargo.lock", (text) => text.replace(`name = "integration-decision-tree"\nversion = "${version}"`, `name = "integration-decision-tree"\nversion = "${next}"`));
edit("data/tree.json", (text) => {
  const tree = JSON.parse(text);
  tree.strings.diagram_heading = `${tree.strings.diagram_heading} (next release)`;
  return JSON.stringify(tree, null, 2) + "\n";
});
JS
echo "next-release: building the next release in $elsewhere"
build_elsewhere KEEP_RELEASE="$previous"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$elsewhere/dist" "$out"
node -e 'const s = require(process.argv[1]); console.log(`next-release: ${process.argv[2]} holds release ${s.release}, with ${s.kept.length} files of the one before`)' "$PWD/$out/site.json" "$out"
