#!/usr/bin/env bash
# Speed of the claim classifier on one core: `corpusdb claims --jsonl` over every sentence
# of the Kremlin database that bench/ingest.sh builds (one JSON line per sentence).
#
#   bench/claims.sh [DB]     (default: $WORK/kremlin.db)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/corpusdb-bench}
db=${1:-$work/kremlin.db}
[ -f "$db" ] || { echo "no database $db: run bench/ingest.sh first" >&2; exit 2; }
(cd "$root" && cargo build --release --quiet)
bin=$root/target/release/corpusdb
in=$work/claims-in.jsonl
sqlite3 "$db" "SELECT json_object('id', id, 'text', text) FROM sentences" > "$in"
n=$(wc -l < "$in")
for run in 1 2 3; do
  t0=$(date +%s%N)
  taskset -c 0 "$bin" claims --jsonl "$in" > /dev/null
  t1=$(date +%s%N)
  awk -v n="$n" -v ns=$((t1 - t0)) 'BEGIN { printf "claims, one core: %d sentences in %.2f s = %.0f sentences/s\n", n, ns / 1e9, n / (ns / 1e9) }'
done
