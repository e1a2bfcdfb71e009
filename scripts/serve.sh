#!/usr/bin/env bash
# Builds the release package and serves www/ on http://localhost:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
exec node scripts/server.mjs www "${PORT:-8080}"
