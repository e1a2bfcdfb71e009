#!/usr/bin/env bash
# Where the shipped wasm's bytes go: a release build with function names
# kept (wasm-bindgen --keep-debug, wasm-opt -Oz -g), then twiggy. By default
# the first-draw build an English article loads; `ur-lite` the Urdu one;
# `full` the English build with custom data (the npm package's), `ur`
# English + Urdu with everything.
#   bash scripts/twiggy.sh [ur-lite|full|ur] [top|dominators|garbage ...twiggy args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
features=(--no-default-features)
name=pk_it_exports_lite
case "${1:-}" in
  full) features=(--no-default-features --features full); name=pk_it_exports; shift ;;
  ur) features=(); name=pk_it_exports_ur; shift ;;
  ur-lite) name=pk_it_exports_lite_ur; shift ;;
esac
command -v twiggy >/dev/null || cargo install twiggy --locked
out=target/twiggy/$name
mkdir -p "$out"
if [[ $name == pk_it_exports_lite* ]]; then
  # Built as scripts/build.sh builds it (nightly, its own flags).
  lang=en
  [[ $name == *_ur ]] && lang=ur
  FIRST_DRAW_LANG=$lang bash scripts/first-draw.sh "$out" --keep-debug
else
  cargo build --quiet --release --target wasm32-unknown-unknown "${features[@]}"
  wasm-bindgen --keep-debug --target web --out-dir "$out" --out-name "$name" target/wasm32-unknown-unknown/release/pk_it_exports.wasm
fi
wasm=$out/${name}_bg.wasm
node_modules/.bin/wasm-opt --flatten --rereloop --merge-similar-functions -Oz -Oz --low-memory-unused -g --enable-bulk-memory --enable-reference-types --enable-multivalue \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm"
if [ $# -eq 0 ]; then set -- top -n 40; fi
twiggy "$@" "$wasm"
