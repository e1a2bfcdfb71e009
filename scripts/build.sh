#!/usr/bin/env bash
# Release build: wasm-pack into pkg/ (the npm package), wasm-opt -Oz, then a
# copy into www/pkg/ for the page. Prints the shipped sizes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

wasm-pack build --release --target web --out-dir pkg
wasm=pkg/pk_it_exports_bg.wasm
# Features the wasm-bindgen output uses; binaryen must be told to accept them.
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-multivalue \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --strip-debug --strip-producers "$wasm" -o "$wasm"

rm -rf www/pkg
mkdir -p www/pkg
cp pkg/pk_it_exports.js pkg/pk_it_exports_bg.wasm www/pkg/

# Static images and no-JavaScript fallbacks, drawn by the same chart code
# through plotters' SVG backend, written into the pages that embed widgets.
cargo run --quiet --example render_static -- www/static www/example-article.html www/index.html

for f in www/pkg/pk_it_exports_bg.wasm www/pkg/pk_it_exports.js; do
  printf '%-34s %7d bytes, %6d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
