#!/usr/bin/env bash
# The corpus-linguistics analyses on the Kremlin database: what `corpusdb index tokens`
# costs (time, database size) and how long each analysis takes with typical parameters
# (best of three runs, process start included).
#
#   bench/analyses.sh [DB]     (default: $WORK/kremlin.db from bench/ingest.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/corpusdb-bench}
src=${1:-$work/kremlin.db}
[ -f "$src" ] || { echo "no database $src: run bench/ingest.sh first" >&2; exit 2; }
(cd "$root" && cargo build --release --quiet)
bin=$root/target/release/corpusdb
db=$work/analyses.db
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$src" ".backup '$db'" 2>/dev/null || cp "$src" "$db"
before=$(stat -c %s "$db")
t0=$(date +%s%N)
"$bin" --db "$db" index tokens -q
t1=$(date +%s%N)
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
after=$(stat -c %s "$db")
printf 'index tokens: %.1f s, database %d MB -> %d MB (+%d MB)\n' \
  "$(echo "($t1 - $t0) / 1000000000" | bc -l)" $((before >> 20)) $((after >> 20)) $(((after - before) >> 20))
best_of_3() {
  local best="" t0 t1 ms
  for _ in 1 2 3; do
    t0=$(date +%s%N); "$bin" --db "$db" query "$@" -f csv > /dev/null; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  printf '%-70s %5d ms\n' "$*" "$best"
}
best_of_3 frequency
best_of_3 frequency -p from_year=2017 -p to_year=2017
best_of_3 frequency -p from_year=2000 -p to_year=2012
best_of_3 frequency -p from_year=2000 -p to_year=2020
best_of_3 ngrams
best_of_3 ngrams -p term=security
best_of_3 collocates -p term=security
best_of_3 collocates -p term=russia -p window=3
best_of_3 collocates -p term=the -p stopwords=1
best_of_3 keyness -p a_from_year=2017 -p a_to_year=2017 -p b_from_year=2003 -p b_to_year=2003
best_of_3 keyness -p a_from_year=2017 -p a_to_year=2017
best_of_3 keyness -p a_from_year=2000 -p a_to_year=2012 -p b_from_year=2013 -p b_to_year=2020
best_of_3 dispersion -p term=security
best_of_3 dispersion -p term=the
best_of_3 trend -p term=sovereignty
best_of_3 trend -p concept=multipolarity -p by=month
best_of_3 trend
best_of_3 entity_timeline
best_of_3 entity_timeline -p kind=actor -p by=month
best_of_3 cooccurrence
best_of_3 cooccurrence -p unit=article
