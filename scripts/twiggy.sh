#!/usr/bin/env bash
# Where the shipped wasm's bytes go: the English release build with function
# names kept (wasm-bindgen --keep-debug, wasm-opt -Oz -g), then twiggy.
#   bash scripts/twiggy.sh [ur] [top|dominators|garbage ...twiggy args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
features=(--no-default-features)
name=pk_it_exports
if [ "${1:-}" = ur ]; then features=(); name=pk_it_exports_ur; shift; fi
command -v twiggy >/dev/null || cargo install twiggy --locked
cargo build --quiet --release --target wasm32-unknown-unknown "${features[@]}"
out=target/twiggy/$name
mkdir -p "$out"
wasm-bindgen --keep-debug --target web --out-dir "$out" --out-name "$name" target/wasm32-unknown-unknown/release/pk_it_exports.wasm
wasm=$out/${name}_bg.wasm
node_modules/.bin/wasm-opt -Oz -g --enable-bulk-memory --enable-reference-types --enable-multivalue \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm"
if [ $# -eq 0 ]; then set -- top -n 40; fi
twiggy "$@" "$wasm"
