#!/usr/bin/env bash
# Mutation testing (issue 15, decision 0298): StrykerJS on the engine and on the server's authz/,
# auth/, audit/, one shard at a time, incrementally.
# Usage: npm run mutation -- <shard>… [-- stryker options…]   (no shard = all, in the order below)
# Shards (scripts/mutation/shards.mjs): audit, auth, authz, server-units, engine-kinds, engine-rest.
# Each shard's results accumulate in scripts/mutation/incremental/<shard>.json (commit it): a run
# tests only the mutants that file lacks or whose code or tests changed, and checkpoint-reporter.mjs
# saves progress every minute, so a run stopped by MUTATION_TIME_LIMIT, Ctrl-C or a session's end
# keeps what it tested. After each shard its score is printed and appended to
# scripts/mutation/scores.tsv. `--force` retests everything.
# Environment: MUTATION_CONCURRENCY (test runner processes, default 1), MUTATION_NICE (default 19;
# the machine is shared), MUTATION_TIME_LIMIT (per shard, e.g. 80m; default none).
# Long — minutes to hours — so never part of `npm test` or .ci/run. HTML and JSON reports of the
# last run go to artifacts/mutation/<shard>.html|json, its log to artifacts/mutation/<shard>.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
all=(audit auth authz server-units engine-kinds engine-rest)
parts=()
while [ $# -gt 0 ] && [ "$1" != "--" ] && [ "${1#-}" = "$1" ]; do
  parts+=("$1")
  shift
done
[ "${1:-}" = "--" ] && shift
[ ${#parts[@]} -eq 0 ] && parts=("${all[@]}")
for part in "${parts[@]}"; do
  if [[ ! " ${all[*]} " == *" $part "* ]]; then
    echo "unknown shard: $part (one of: ${all[*]})" >&2
    exit 2
  fi
done
# Tests read ../shared (seeds, fixtures) relative to the repository; StrykerJS runs them in
# .stryker-tmp/sandbox-*, whose ../shared is .stryker-tmp/shared.
mkdir -p .stryker-tmp artifacts/mutation scripts/mutation/incremental
ln -sfn "$(cd ../shared && pwd)" .stryker-tmp/shared
limit=()
[ -n "${MUTATION_TIME_LIMIT:-}" ] && limit=(timeout --signal=INT --kill-after=2m "$MUTATION_TIME_LIMIT")
for part in "${parts[@]}"; do
  echo "== mutation: $part (log: artifacts/mutation/$part.log)"
  status=0
  MUTATION_SHARD="$part" ${limit[@]+"${limit[@]}"} nice -n "${MUTATION_NICE:-19}" \
    npx stryker run scripts/mutation/shard.config.mjs "$@" 2>&1 | tee "artifacts/mutation/$part.log" ||
    status=$?
  [ -f "scripts/mutation/incremental/$part.json" ] && node scripts/mutation/score.mjs "$part" --record
  [ "$status" -eq 0 ] || echo "== mutation: $part stopped (status $status); its progress is kept"
done
