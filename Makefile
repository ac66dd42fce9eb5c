# The two commands a person needs: `make serve` and `make test`. Each target installs what is
# missing first (scripts/setup.sh) and skips what is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

# The gzip -9 budget for everything the page downloads (HTML, JS, wasm, CSS), in bytes.
SIZE_BUDGET := 110000
PORT ?= 8080

.PHONY: help setup dist serve test lint unit browser e2e size bench fuzz test-firefox clean

help:
	@echo "make serve   build the release site and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    every check: format, lint, unit, browser, build, size, end-to-end"
	@echo "make dist    build the release site into dist/ (host it under any path)"
	@echo "make bench   measure size, load time, answer latency and memory against a static page and Mermaid"
	@echo "make fuzz    fuzz the URL-state parser and the tree loader (FUZZ_SECONDS each, default 600)"
	@echo "make test-firefox  the browser tests and the end-to-end walk in Firefox ESR"

setup:
	@scripts/setup.sh

dist: setup
	trunk build --release --offline
	node scripts/postbuild.mjs dist

serve: dist
	node scripts/serve.mjs dist $(PORT)

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

unit: setup
	cargo test

browser: setup
	cargo test --target wasm32-unknown-unknown

size:
	node scripts/size.mjs dist --max=$(SIZE_BUDGET) --readme=README.md

e2e:
	node --test --test-concurrency=1 e2e/

test: lint unit browser dist size e2e
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

clean:
	rm -rf dist target/wasm-bindgen target/wasm-opt
