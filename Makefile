# The two commands a person needs: `make serve` and `make test`. Each target installs what is
# missing first (scripts/setup.sh) and skips what is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Panic locations in the wasm name source files: strip this machine's paths from them, so the
# module is the same on every machine (and a little smaller). Expanded when used, after setup
# has fetched the crates.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = --remap-path-prefix=$(CURDIR)/= $(foreach dir,$(wildcard $(HOME)/.cargo/registry/src/*/),--remap-path-prefix=$(dir)=)

# The gzip budget, in bytes as shipped (dist/*.gz), for what each entry point a host uses
# downloads (index.html, embed.html, embed.js, each with everything it loads), and for
# standalone.html on its own (which carries the wasm as base64 text and every language).
SIZE_BUDGET := 120000
STANDALONE_BUDGET := 170000
PORT ?= 8080

.PHONY: nl-site help setup dist test-site example-site serve test lint unit browser e2e size figures release-check bench fuzz test-firefox test-webkit clean

help:
	@echo "make serve   build the release site and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    every check: format, lint, unit, browser, build, size, end-to-end"
	@echo "make dist    build the release site into dist/ (host it under any path)"
	@echo "             TREE=my-tree.json make dist builds it around your own tree (docs/tree-format.md)"
	@echo "make bench   measure size, load time, answer latency and memory against a static page and Mermaid"
	@echo "make figures rewrite the README's size block from a fresh measurement of dist/"
	@echo "make fuzz    fuzz the URL-state parser and the tree loader (FUZZ_SECONDS each, default 600)"
	@echo "make test-firefox  the browser tests and the end-to-end walk in Firefox ESR"
	@echo "make test-webkit   the end-to-end walks in WebKitGTK (Safari's engine): rows, the element, WordPress's frame"

setup:
	@scripts/setup.sh

# Trunk compiles the widget into target/trunk/; scripts/build.mjs assembles the site from it.
# Two wasm builds: the widget, and the one for authors' trees given at run time (feature
# `authoring`), which only the custom element loads, and only for an element with its own tree.
dist: setup
	trunk build --release --offline
	trunk build --release --offline --features authoring --dist target/trunk-authoring
	node scripts/build.mjs --widget=target/trunk --authoring=target/trunk-authoring --out=dist

# The same site built with the `test-hooks` feature, for the end-to-end tests of the crash
# screen. Never shipped: `make release-check` proves dist/ has none of its hooks.
test-site: dist
	trunk build --release --offline --features test-hooks --dist target/trunk-test
	node scripts/build.mjs --widget=target/trunk-test --out=target/test-site

# The same site built around an author's tree, examples/api-style.json, for the end-to-end tests
# of n-ary questions and authors' wording.
example-site: dist
	TREE=examples/api-style.json trunk build --release --offline --dist target/trunk-example
	TREE=examples/api-style.json node scripts/build.mjs --widget=target/trunk-example --out=target/example-site

serve: dist
	node scripts/serve.mjs dist $(PORT)

# The fuzz targets build only on nightly for fuzzing, but must keep compiling: checked here. So
# must every loader in web/ parse as a module as written (the build only bundles them).
lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features test-hooks -- -D warnings
	cargo check --quiet --manifest-path fuzz/Cargo.toml --bins
	@for file in web/*.js; do node --check "$$file" || exit 1; done; echo "web/*.js: every loader parses as written"
	@! grep -rn "__[A-Z]*__" web/ || { echo "web/ has text placeholders"; exit 1; }

unit: setup
	cargo test

browser: setup
	cargo test --target wasm32-unknown-unknown

size: dist
	node scripts/size.mjs dist --max=$(SIZE_BUDGET) --max-standalone=$(STANDALONE_BUDGET)
	node scripts/figures.mjs --check dist

figures: dist
	node scripts/figures.mjs --write dist

release-check: dist test-site
	node scripts/release-check.mjs dist
	@if node scripts/release-check.mjs target/test-site >/dev/null 2>&1; then \
	  echo "release-check: the check found no hooks in the test site, so it cannot see them"; exit 1; \
	else echo "release-check: the test site's hooks are found, as they should be"; fi

# The same site with Dutch first (`LANG=nl make dist`): only the build step differs, as the wasm
# carries no tree. For the end-to-end test of a site whose pages come in another language.
nl-site: dist
	LANG=nl node scripts/build.mjs --widget=target/trunk --authoring=target/trunk-authoring --out=target/nl-site

e2e: dist test-site example-site nl-site
	node --test --test-concurrency=1 e2e/

test: lint unit browser dist size release-check e2e
	@echo "make test: all checks passed"

bench: dist
	node scripts/bench.mjs

FUZZ_SECONDS ?= 600
fuzz: setup
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	mkdir -p fuzz/corpus/permalink fuzz/corpus/loader
	cd fuzz && cargo +nightly fuzz run permalink corpus/permalink -- -max_total_time=$(FUZZ_SECONDS)
	cd fuzz && cargo +nightly fuzz run loader corpus/loader seeds/loader -- -max_total_time=$(FUZZ_SECONDS)

# Firefox ESR from apt and geckodriver from crates.io, when missing. Not part of `make test`:
# compiling geckodriver adds minutes to a fresh machine.
test-firefox: dist
	@command -v firefox-esr >/dev/null || { apt-get update && apt-get install -y firefox-esr; }
	@command -v geckodriver >/dev/null || cargo install geckodriver --locked
	env -u CHROMEDRIVER GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown
	GECKODRIVER=$$(command -v geckodriver) node e2e/firefox-walk.mjs

# WebKitGTK's WebDriver (Safari's engine) and Xvfb from apt, when missing: WebKitWebDriver needs
# a display. Not part of `make test`.
test-webkit: dist
	@command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null || { apt-get update && apt-get install -y webkit2gtk-driver xvfb; }
	xvfb-run -a node e2e/webkit.mjs

clean:
	rm -rf dist target/trunk target/trunk-test target/test-site
