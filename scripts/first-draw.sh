#!/usr/bin/env bash
# The first-draw wasm (English, the built-in figures; no features), which
# every article loads, built as small as Rust can build it, and its glue:
#   bash scripts/first-draw.sh OUT_DIR [wasm-bindgen flags, e.g. --keep-debug]
# writes OUT_DIR/pk_it_exports_lite{.js,_bg.wasm,.d.ts}, before wasm-opt.
# With FIRST_DRAW_LANG=ur, the Urdu one (feature `ur`: the Urdu catalogue
# and right-to-left drawing, the built-in figures and nothing else), which
# an Urdu article loads instead: OUT_DIR/pk_it_exports_lite_ur*.
#
# Built by a pinned nightly toolchain ($FIRST_DRAW_TOOLCHAIN, which
# scripts/setup.sh installs with its standard library's source) so that the
# standard library is compiled with the crate (-Zbuild-std), for size:
# - panic = immediate-abort: a panic stops at once (a wasm trap, which the
#   page sees as "RuntimeError: unreachable") instead of formatting its
#   message: no panic machinery, hook or message strings;
# - location-detail=none: no file names and lines for the places that could
#   panic (bounds checks, unwraps);
# - std's optimize_for_size: its smaller sorts and string searches.
# Together -3.9 KB gzip (64,293 -> 60,435 bytes, measured). Panics are bugs
# (every error is a Result; tests/props.rs), and the other builds (the npm
# package's, the custom-data and Urdu builds) keep stable Rust and the panic
# hook's message and place: a failure seen in this build is reproduced there.
# Its own target directory, so neither toolchain's cache evicts the other's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
out=${1:?usage: scripts/first-draw.sh OUT_DIR [wasm-bindgen flags]}
shift
features=()
name=pk_it_exports_lite
if [[ ${FIRST_DRAW_LANG:-en} == ur ]]; then
  features=(--features ur)
  name=pk_it_exports_lite_ur
fi
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
  cargo "+$FIRST_DRAW_TOOLCHAIN" build --quiet --locked --release --target wasm32-unknown-unknown \
  --no-default-features "${features[@]}" --target-dir target/first-draw \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
wasm-bindgen --target web --out-dir "$out" --out-name "$name" "$@" \
  target/first-draw/wasm32-unknown-unknown/release/pk_it_exports.wasm
