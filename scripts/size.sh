#!/usr/bin/env bash
# Shipped bytes of the widget, each file gzip -9 as a server would send it,
# and a budget the test command enforces (bytes are deterministic; times are
# not, so times live in the benchmark, scripts/bench.sh).
#   bash scripts/size.sh            report, and fail over budget
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The widget's files: what an article with English <pk-it-exports> widgets
# of the built-in figures downloads (the element, its glue and styles
# bundled in embed.js, and the first-draw wasm). A widget given its own
# data adds www/pkg/pk_it_exports.js and its wasm; Urdu widgets add
# www/pkg/pk_it_exports_ur* and messages-ur.js.
FILES=(www/pkg/pk_it_exports_lite_bg.wasm www/embed.js)
# Budget for the sum, in bytes gzipped. Lower it when the widget shrinks;
# README "Performance" says where it stands against issue 15's 70 KB target.
BUDGET=${SIZE_BUDGET:-$(sed -n 's/^budget_gzip_bytes = //p' scripts/size-budget.toml)}

total=0
for f in "${FILES[@]}"; do
  [ -f "$f" ] || { echo "size: $f is missing; run scripts/build.sh first" >&2; exit 1; }
  raw=$(wc -c <"$f")
  gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-34s %8d bytes %8d gzipped\n' "$f" "$raw" "$gz"
done
printf '%-34s %8s       %8d gzipped (budget %d)\n' "widget total" "" "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "size: the widget is $((total - BUDGET)) bytes over its budget of $BUDGET gzipped bytes" >&2
  exit 1
fi
