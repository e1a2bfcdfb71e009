#!/usr/bin/env bash
# The benchmark against Chart.js (README "Performance"): builds the release
# package, then measures both in headless Chromium. Prints a table; results
# also land in bench/out/results.json. Not part of the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --browser
bash scripts/build.sh
node bench/run.mjs
