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
PORT ?= 8080
# Trunk's output for the two builds of the wasm: the widget, and the one for authors' trees given
# at run time (feature `authoring`), which only the custom element with its own tree and
# tree.html load.
TRUNK := target/trunk
TRUNK_AUTHORING := target/trunk-authoring
SITE := --widget=$(TRUNK) --authoring=$(TRUNK_AUTHORING)

.PHONY: help setup dist test-site example-site nl-site next-release serve test lint unit browser e2e engines size figures release-check reproducible bench fuzz clean

help:
	@echo "make serve   build the release site and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    every check: format, lint, unit, browser, build, size, end-to-end in three engines"
	@echo "make dist    build the release site into dist/ (host it under any path)"
	@echo "             TREE=my-tree.json make dist builds it around your own tree (docs/tree-format.md)"
	@echo "             SITE_LANG=nl make dist builds it with its pages in Dutch first"
	@echo "make reproducible  build the site again in another folder and compare it with dist/, byte for byte"
	@echo "make bench   measure size, load time, answer latency and memory against a static page and Mermaid"
	@echo "make figures rewrite the README's size block from a fresh measurement of dist/"
	@echo "make fuzz    fuzz the URL-state parser and the tree loader (FUZZ_SECONDS each, default 600)"
	@echo "make clean   remove everything the build and the tests wrote"

setup:
	@scripts/setup.sh

# Trunk compiles each build of the wasm; scripts/build.mjs assembles the site from them, the
# templates in web/ and the site table (scripts/site.mjs), and describes it in dist/site.json.
dist: setup
	trunk build --release --offline --dist $(TRUNK)
	trunk build --release --offline --features authoring --dist $(TRUNK_AUTHORING)
	node scripts/build.mjs $(SITE) --out=dist

# The same site built with the `test-hooks` feature, for the end-to-end tests of the crash
# screen. Never shipped: `make release-check` proves dist/ has none of its hooks.
test-site: dist
	trunk build --release --offline --features test-hooks --dist target/trunk-test
	node scripts/build.mjs --widget=target/trunk-test --authoring=$(TRUNK_AUTHORING) --out=target/test-site

# The same site built around an author's tree, examples/api-style.json, for the end-to-end tests
# of n-ary questions and authors' wording. Only the build step differs: the wasm carries no tree.
example-site: dist
	TREE=examples/api-style.json node scripts/build.mjs $(SITE) --out=target/example-site

# The same site with Dutch first, for the end-to-end test of a site whose pages come in another
# language. Only the build step differs.
nl-site: dist
	SITE_LANG=nl node scripts/build.mjs $(SITE) --out=target/nl-site

# The next release of the same site (a new crate version, a changed sentence), carrying the
# previous release's hashed files, for the release-upgrade tests (e2e/upgrade.test.mjs).
next-release: dist
	scripts/next-release.sh dist target/next-release

serve: dist
	node scripts/serve.mjs dist $(PORT)

# The fuzz targets build only on nightly for fuzzing, but must keep compiling: checked here. So
# must every loader in web/ parse as a module as written (the build only bundles them).
lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features test-hooks -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features authoring -- -D warnings
	cargo check --quiet --manifest-path fuzz/Cargo.toml --bins
	@for file in web/*.js; do node --check "$$file" || exit 1; done; echo "web/*.js: every loader parses as written"
	@! grep -rn "__[A-Z]*__" web/ || { echo "web/ has text placeholders"; exit 1; }

unit: setup
	cargo test

browser: setup
	cargo test --target wasm32-unknown-unknown

size: dist
	node scripts/size.mjs dist
	node scripts/figures.mjs --check dist

figures: dist
	node scripts/figures.mjs --write dist

release-check: dist test-site
	node scripts/release-check.mjs dist
	@if node scripts/release-check.mjs target/test-site >/dev/null 2>&1; then \
	  echo "release-check: the check found no hooks in the test site, so it cannot see them"; exit 1; \
	else echo "release-check: the test site's hooks are found, as they should be"; fi

# The same sources built again in another folder (another name and depth, another locale, time
# zone and umask, a target directory of its own) must give byte-identical dist/.
reproducible: dist
	scripts/reproducible.sh dist target/reproducible

e2e: dist test-site example-site nl-site next-release
	node --test --test-concurrency=1 e2e/

# The walks in the two other engines: Firefox ESR through geckodriver (the browser tests too),
# and WebKitGTK (Safari's engine) through WebKitWebDriver, which needs a display (Xvfb).
engines: dist
	env -u CHROMEDRIVER GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown
	GECKODRIVER=$$(command -v geckodriver) node e2e/firefox-walk.mjs
	xvfb-run -a node e2e/webkit.mjs

test: lint unit browser dist size release-check reproducible e2e engines
	@echo "make test: all checks passed"

bench: dist
	node scripts/bench.mjs

FUZZ_SECONDS ?= 600
fuzz: setup
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	mkdir -p fuzz/corpus/permalink fuzz/corpus/loader
	cd fuzz && cargo +nightly fuzz run permalink corpus/permalink -- -max_total_time=$(FUZZ_SECONDS)
	cd fuzz && cargo +nightly fuzz run loader corpus/loader seeds/loader -- -max_total_time=$(FUZZ_SECONDS)

clean:
	rm -rf dist $(TRUNK) $(TRUNK_AUTHORING) target/trunk-test target/test-site target/example-site target/nl-site target/next-release target/elsewhere target/reproducible
