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
# data adds www/pkg/pk_it_exports.js and its wasm.
FILES=(www/pkg/pk_it_exports_lite_bg.wasm www/embed.js)
# And an Urdu article's: the element, the Urdu first-draw wasm, its glue and
# words, and the Urdu messages (none of which an English article fetches).
FILES_UR=(www/pkg/pk_it_exports_lite_ur_bg.wasm www/pkg/pk_it_exports_lite_ur.js www/pkg/messages-ur.js www/embed.js)
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
sum "widget total" "$BUDGET" "${FILES[@]}"
sum "Urdu article total" "$BUDGET_UR" "${FILES_UR[@]}"
exit "$failed"
