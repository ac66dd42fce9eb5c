# Sourced by scripts/reproducible.sh and scripts/next-release.sh: the working tree as it is
# (tracked files and new ones not ignored, changes included) copied into a folder of another
# name and depth, always the same one for this checkout, so that the two builds made there share
# their compiled dependencies (target/elsewhere/, under this checkout; the Makefile's path
# remapping makes the compiler's flags depend on the folder).
elsewhere_root="${TMPDIR:-/tmp}/idt-elsewhere-$(printf '%s' "$PWD" | sha256sum | cut -c1-12)"
elsewhere="$elsewhere_root/somewhere/else/entirely"
export CARGO_TARGET_DIR_ELSEWHERE="$PWD/target/elsewhere"

copy_elsewhere() {
  rm -rf "$elsewhere_root"
  mkdir -p "$elsewhere"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [[ -e $file ]]; then cp --parents -- "$file" "$elsewhere/"; fi
  done
  # The node packages are the same (one lock file): this checkout's, so setup finds them there.
  ln -s "$PWD/node_modules" "$elsewhere/node_modules"
}

# `make dist` in the copy, with the environment given, into its own target folder.
build_elsewhere() {
  (cd "$elsewhere" && env "$@" CARGO_TARGET_DIR="$CARGO_TARGET_DIR_ELSEWHERE" make dist >build.log 2>&1) ||
    { tail -40 "$elsewhere/build.log" >&2; return 1; }
}
