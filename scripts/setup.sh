#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, idempotently:
# each step checks first, so a second run takes a second or two.
# Sourced by build.sh and check.sh; safe to run on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# One source of truth for the version: the exact pin in Cargo.toml.
wbg_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The first-draw wasm's toolchain (scripts/first-draw.sh says why): a
# nightly pinned by date, with the standard library's source to build it
# from. A minimal install, used for that one build.
FIRST_DRAW_TOOLCHAIN=nightly-2026-05-20
if ! rustup toolchain list | grep -q "^$FIRST_DRAW_TOOLCHAIN-" \
  || ! rustup component list --installed --toolchain "$FIRST_DRAW_TOOLCHAIN" | grep -q "^rust-src" \
  || ! rustup target list --installed --toolchain "$FIRST_DRAW_TOOLCHAIN" | grep -qx wasm32-unknown-unknown; then
  step "installing Rust $FIRST_DRAW_TOOLCHAIN with rust-src, for the first-draw wasm"
  rustup toolchain install "$FIRST_DRAW_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
if ! command -v wasm-pack >/dev/null; then
  step "installing wasm-pack (about 2 minutes)"
  cargo install wasm-pack --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  step "installing wasm-bindgen-cli $wbg_version (about 3 minutes)"
  # Not --locked: the CLI's own lockfile pins a webpki-roots release that the
  # registry here does not carry, so the locked install fails outright.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi
# npm's binaryen (a working wasm-opt; Debian's is too old), esbuild and terser
# (the JavaScript bundle) and playwright-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm dev dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null; then
  step "installing Debian's Chromium and ChromeDriver (about 2 minutes)"
  sudo_=""
  [ "$(id -u)" = 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# A font that covers Urdu, so the browser tests measure real Nastaliq glyphs
# (the widget's Urdu stack starts with Noto Nastaliq Urdu, then Noto Naskh
# Arabic). Debian ships Naskh only inside fonts-noto-core (42 MB), which has
# both; fonts-sil-awami-nastaliq (1 MB) would leave the Naskh fallback untested.
if [ "${1:-}" = "--browser" ] && ! fc-list 2>/dev/null | grep -qi "nastaliq"; then
  step "installing Debian's Noto fonts for Urdu (Nastaliq and Naskh)"
  sudo_=""
  [ "$(id -u)" = 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq fonts-noto-core >/dev/null
fi
