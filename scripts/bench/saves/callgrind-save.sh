#!/usr/bin/env bash
# Instructions per facts save, counted by callgrind over the timed saves of profile-save.mjs only
# (seeding and start-up run uninstrumented): a load-independent measure of a save's CPU cost on
# a shared machine (issue 17, docs/decisions/0266). Slow (~50× under instrumentation): keep N small.
#   N=200 scripts/bench/saves/callgrind-save.sh        (PG=<url> for PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../../.."
n="${N:-200}"
work="$(mktemp -d)"
gate="$work/gate"
echo starting >"$gate"
GATE="$gate" N="$n" valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/out.%p" \
  node --single-threaded scripts/bench/saves/profile-save.mjs >"$work/log" 2>&1 &
pid=$!
until grep -q ready "$gate" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/log"; exit 1; }
  sleep 1
done
callgrind_control -i on "$pid" >/dev/null 2>&1
echo go >"$gate"
until grep -q done "$gate"; do sleep 1; done
callgrind_control -i off "$pid" >/dev/null 2>&1
echo stopped >"$gate"
wait "$pid" || { cat "$work/log"; exit 1; }
# Valgrind's closing "I refs" line: the instructions counted while instrumentation was on.
total=$(awk '/I +refs:/ { gsub(",", "", $NF); print $NF }' "$work/log")
grep "sequential saves" "$work/log"
echo "$n saves: $total instructions, $((total / n)) per save"
rm -rf "$work"
