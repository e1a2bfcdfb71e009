#!/usr/bin/env bash
# Release build: wasm-pack into pkg/ (the npm package), wasm-opt -Oz, the
# wasm copied and the JavaScript bundled into www/ for the page. Prints the shipped sizes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

# Four builds. English with the built-in figures (no features:
# target/pkg-lite), the first-draw wasm every English article loads;
# its Urdu twin (feature `ur`: target/pkg-lite-ur), which Urdu widgets of
# the built-in figures load; English that also reads custom datasets
# (feature `full`: pkg/, the npm package's main build), which only a widget
# given its own data loads; and English + Urdu with everything (default
# features), which only Urdu widgets given their own data, or asked for a
# download or the data table, load (js/kits.js). So an article of built-in
# English charts downloads neither the custom-data code nor the Urdu words,
# and an Urdu one not the custom-data code. The first-draw builds are made
# by scripts/first-draw.sh (a pinned nightly that builds the standard
# library with them, for size: that script says what it trades); the other
# two by stable Rust through wasm-pack.
# The first-draw build takes its models from src/model/prepared.rs, written
# from the built-in figures by the same builders (src/model/prepare.rs says
# why): brought up to date first, so a build never charts stale models.
cargo run --quiet --example prepare
wasm-pack build --release --target web --out-dir pkg -- --no-default-features --features full
wasm-pack build --release --target web --out-dir target/pkg-ur --out-name pk_it_exports_ur
bash scripts/first-draw.sh target/pkg-lite
FIRST_DRAW_LANG=ur bash scripts/first-draw.sh target/pkg-lite-ur
cp target/pkg-ur/pk_it_exports_ur.js target/pkg-ur/pk_it_exports_ur_bg.wasm target/pkg-ur/pk_it_exports_ur.d.ts pkg/
WASM_OPT_PASSES="--flatten --rereloop --merge-similar-functions -Oz -Oz"
for wasm in pkg/pk_it_exports_bg.wasm pkg/pk_it_exports_ur_bg.wasm target/pkg-lite/pk_it_exports_lite_bg.wasm \
  target/pkg-lite-ur/pk_it_exports_lite_ur_bg.wasm; do
  # Features the wasm-bindgen output uses; binaryen must be told to accept them.
  # --low-memory-unused lets loads and stores fold constant offsets (-1 KB
  # gzip): it assumes nothing lives in the first 1 KB of memory, and Rust's
  # wasm32 layout puts the stack there, growing down from 1 MB, so that
  # kilobyte is touched only by a stack 1,047 KB deep (no code here recurses
  # past a few levels). Flattening and re-looping first, merging functions
  # that differ only in constants, then -Oz twice: -0.7 KB gzip over one
  # -Oz (measured on the first-draw wasm; --converge, -O3 and GUFA did not
  # help), for two more seconds a build. The target_features section tells
  # tools (wasm-bindgen, which has run) what the code uses; browsers ignore
  # it, so it goes with the debug info and producers (-0.1 KB gzip).
  wasm-opt $WASM_OPT_PASSES --low-memory-unused --enable-bulk-memory --enable-reference-types --enable-multivalue \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --strip-debug --strip-producers --strip-target-features "$wasm" -o "$wasm"
done

# The first-draw wasm's imports get short names, in it and in its glue (the
# embed bundles that glue): -2.7 KB gzip of hex digits an article downloads.
node scripts/short-names.mjs target/pkg-lite/pk_it_exports_lite.js target/pkg-lite/pk_it_exports_lite_bg.wasm
node scripts/short-names.mjs target/pkg-lite-ur/pk_it_exports_lite_ur.js target/pkg-lite-ur/pk_it_exports_lite_ur_bg.wasm

# pkg/ as the npm package (exports map, Node entry, patched glue and types).
node scripts/package.mjs

# The page's and the embed's JavaScript, bundled and minified (js/ ->
# www/), and the wasm files beside them; the package's element (pkg/element.js).
# The page's copies of the full and Urdu builds get short import names too
# (target/www-kits, which scripts/bundle.mjs bundles); the npm package's
# files in pkg/ keep wasm-bindgen's names, as a developer reads them.
rm -rf www/pkg target/www-kits
mkdir -p www/pkg target/www-kits
cp pkg/pk_it_exports.js pkg/pk_it_exports_bg.wasm pkg/pk_it_exports_ur.js pkg/pk_it_exports_ur_bg.wasm target/www-kits/
for kit in pk_it_exports pk_it_exports_ur; do
  node scripts/short-names.mjs "target/www-kits/$kit.js" "target/www-kits/${kit}_bg.wasm"
done
cp target/pkg-lite/pk_it_exports_lite_bg.wasm target/pkg-lite-ur/pk_it_exports_lite_ur_bg.wasm \
  target/www-kits/pk_it_exports_bg.wasm target/www-kits/pk_it_exports_ur_bg.wasm www/pkg/
node scripts/bundle.mjs

# Static images and no-JavaScript fallbacks, drawn by the same chart code
# through plotters' SVG backend, written into the pages that embed widgets.
cargo run --quiet --example render_static -- www/static www/example-article.html www/index.html
cargo run --quiet --example render_static -- --lang ur www/static/ur --base ../static/ur/ www/ur/index.html

for f in www/pkg/pk_it_exports_lite_bg.wasm www/embed.js www/pkg/pk_it_exports_lite_ur_bg.wasm www/pkg/pk_it_exports_lite_ur.js \
  www/pkg/pk_it_exports_bg.wasm www/pkg/pk_it_exports.js www/pkg/pk_it_exports_ur_bg.wasm www/pkg/pk_it_exports_ur.js www/pkg/messages-ur.js; do
  printf '%-34s %7d bytes, %6d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
