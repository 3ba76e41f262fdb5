#!/usr/bin/env bash
# The crash test on SQLite and then PostgreSQL (issue 15): `npm run crash` (10 minutes each) or
# `scripts/crash/run.sh SECONDS`. Needs the built server (`npm run build`) and, for PostgreSQL,
# a server at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
for db in sqlite postgres; do
  echo "== crash test on $db, ${seconds} s"
  node --import tsx scripts/crash/crash-test.ts --db "$db" --seconds "$seconds"
done
