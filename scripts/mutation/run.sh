#!/usr/bin/env bash
# Mutation testing (issue 15): StrykerJS on the engine and on the server's authz/, auth/, audit/.
# Usage: scripts/mutation/run.sh [engine|server|server-units|all] [stryker options…]  (npm run mutation = all;
# e.g. `--mutate "packages/engine/src/rules/kinds/**/*.ts"` for a part). Long — minutes to
# hours on a shared machine — so it is never part of `npm test` or .ci/run. Reports go to
# artifacts/mutation/ (HTML and JSON); the score is the last table of each log.
# MUTATION_CONCURRENCY (default 2) sets the number of test runner processes.
set -euo pipefail
cd "$(dirname "$0")/../.."
which="${1:-all}"
shift || true
# Tests read ../shared (seeds, fixtures) relative to the repository; StrykerJS runs them in
# .stryker-tmp/sandbox-*, whose ../shared is .stryker-tmp/shared.
mkdir -p .stryker-tmp artifacts/mutation
ln -sfn "$(cd ../shared && pwd)" .stryker-tmp/shared
parts=("$which")
[ "$which" = all ] && parts=(engine server)
for part in "${parts[@]}"; do
  echo "== mutation: $part (log: artifacts/mutation/$part.log)"
  npx stryker run "scripts/mutation/$part.config.mjs" "$@" 2>&1 | tee "artifacts/mutation/$part.log"
done
