#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, and skips what is there.
# Safe to run again and again: when everything is present it takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The CLI must match the wasm-bindgen crate pinned in Cargo.lock exactly, or Trunk fails.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# The toolchain rust-toolchain.toml pins, with its target and components: one compiler for
# every machine, so every machine builds the same bytes. Quick when it is already there.
if ! rustup toolchain install >/dev/null 2>&1; then
  say "installing the Rust toolchain rust-toolchain.toml pins"
  rustup toolchain install
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (this takes 10 to 20 minutes on two cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION"* ]]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION"
  # Not --locked: the registry lacks one of its locked dependencies.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# The three engines the end-to-end tests run in, from apt: Chromium with ChromeDriver, Firefox
# ESR, and WebKitGTK's WebDriver with Xvfb (it needs a display). One apt run for what is missing.
packages=()
command -v chromium >/dev/null || packages+=(chromium)
command -v chromedriver >/dev/null || packages+=(chromium-driver)
command -v firefox-esr >/dev/null || packages+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || packages+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || packages+=(xvfb)
if ((${#packages[@]})); then
  say "installing ${packages[*]} from apt"
  as_root apt-get update
  as_root apt-get install -y "${packages[@]}"
fi

# Firefox's WebDriver is not in Debian: compiled from crates.io (a few minutes, once).
if [[ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "installing geckodriver $GECKODRIVER_VERSION (a few minutes on two cores)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# npm ci only when package-lock.json changed since the last install.
stamp=node_modules/.installed-from
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat "$stamp")" != "$lock_hash" ]]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
