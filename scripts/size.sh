#!/usr/bin/env bash
# Shipped bytes of the widget, each file gzip -9 as a server would send it,
# and a budget the test command enforces (bytes are deterministic; times are
# not, so times live in the benchmark, scripts/bench.sh).
#   bash scripts/size.sh            report, and fail over budget
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The widget's files: what an article with English <pk-it-exports> widgets
# of the built-in figures downloads, as the README's snippet has it. Before
# its charts can draw: the article's stylesheet for the widgets (host.css,
# optional but in the snippet), the element, its glue and styles bundled in
# embed.js, and the first-draw wasm; once they have drawn, the
# descriptions' and points' words (js/described.js). A widget given its own
# data adds www/pkg/pk_it_exports.js and its wasm.
FIRST=(www/host.css www/pkg/pk_it_exports_lite_bg.wasm www/embed.js)
FILES=("${FIRST[@]}" www/pkg/described-en.js)
# And an Urdu article's: host.css, the element, the Urdu first-draw wasm,
# and its glue with its words and the Urdu messages (none of which an
# English article fetches); then its descriptions' and points' words.
FIRST_UR=(www/host.css www/pkg/pk_it_exports_lite_ur_bg.wasm www/pkg/pk_it_exports_lite_ur.js www/embed.js)
FILES_UR=("${FIRST_UR[@]}" www/pkg/described-ur.js)
# Budgets for the sums, in bytes gzipped. Lower them when the widget shrinks;
# README "Performance" says where it stands against issue 15's 70 KB target.
BUDGET=${SIZE_BUDGET:-$(sed -n 's/^budget_gzip_bytes = //p' scripts/size-budget.toml)}
BUDGET_UR=$(sed -n 's/^budget_ur_gzip_bytes = //p' scripts/size-budget.toml)

failed=0
sum() { # name budget files...
  local name=$1 budget=$2 total=0 f raw gz
  shift 2
  for f in "$@"; do
    [ -f "$f" ] || { echo "size: $f is missing; run scripts/build.sh first" >&2; exit 1; }
    raw=$(wc -c <"$f")
    gz=$(gzip -9c "$f" | wc -c)
    total=$((total + gz))
    printf '%-38s %8d bytes %8d gzipped\n' "$f" "$raw" "$gz"
  done
  printf '%-38s %8s       %8d gzipped (budget %d)\n' "$name" "" "$total" "$budget"
  if [ "$total" -gt "$budget" ]; then
    echo "size: the $name is $((total - budget)) bytes over its budget of $budget gzipped bytes" >&2
    failed=1
  fi
}
# The bytes before the first chart can draw, reported on their own (no budget).
first() { # name files...
  local name=$1 total=0 f
  shift
  for f in "$@"; do total=$((total + $(gzip -9c "$f" | wc -c))); done
  printf '%-38s %8s       %8d gzipped\n' "$name" "" "$total"
}
sum "widget total" "$BUDGET" "${FILES[@]}"
first "  of which before the first draw" "${FIRST[@]}"
sum "Urdu article total" "$BUDGET_UR" "${FILES_UR[@]}"
first "  of which before the first draw" "${FIRST_UR[@]}"
exit "$failed"
