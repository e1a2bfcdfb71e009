#!/usr/bin/env bash
# Every test, as CI runs it (.ci/run calls this): installs what is missing,
# then formatting, lints for both targets, native tests, the wasm tests and
# the release build, and the page in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --browser

step "cargo fmt --check"
cargo fmt --all -- --check
step "clippy, native"
cargo clippy --all-targets --locked -- -D warnings
step "clippy, wasm32"
cargo clippy --lib --tests --target wasm32-unknown-unknown --locked -- -D warnings
step "clippy, wasm32: the first-draw builds (English, Urdu), and English with custom data"
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --locked -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features ur --locked -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features full --locked -- -D warnings
step "native tests"
cargo test --locked
step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome
step "release build"
bash scripts/build.sh
step "size budget"
bash scripts/size.sh
step "page tests in Chromium"
node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/
