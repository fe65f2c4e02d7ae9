#!/usr/bin/env bash
# Benchmarks for the README: ingest throughput and peak memory beside the floor,
# CSV export against sqlite3 -csv, and every canned query on a corpus of > 10,000 articles.
#
#   bench/ingest.sh            (needs ../shared; set WORK=DIR to keep files elsewhere)
#
# The corpus: the 7,235 Kremlin pages turned into plain-text articles (examples/kremlin_text.rs),
# three times over, each copy marking its title and every paragraph (" [copy N]"), so that
# articles and paragraphs are distinct as in a real corpus (about 57 MB, 21,000 articles). The floor is the same ingest with --structure-only:
# the same files read, cleaned and stored with their sections, paragraphs, sentences and
# full-text index, but no analysis (claims, dated references, mentions).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
work=${WORK:-/tmp/corpusdb-bench}
mkdir -p "$work"
(cd "$root" && cargo build --release --quiet && cargo build --release --quiet --example kremlin_text)
bin=$root/target/release/corpusdb
# shellcheck source=bench/queries.sh
source "$root/bench/queries.sh"

if [ ! -d "$work/text" ]; then
  rm -rf "$work/html" "$work/one"
  mkdir -p "$work/html"
  tar -xzf "$shared/corpus/kremlin-en/kremlin-en-html.tar.gz" -C "$work/html"
  "$root/target/release/examples/kremlin_text" "$work/html" "$shared/corpus/kremlin-en/index.jsonl" "$work/one"
  for c in 1 2 3; do
    mkdir -p "$work/text.tmp/copy$c"
    for f in "$work"/one/*.txt; do
      sed "s/\$/ [copy $c]/" "$f" > "$work/text.tmp/copy$c/$(basename "$f")"
    done
  done
  mv "$work/text.tmp" "$work/text"
fi
bytes=$(cat "$work"/text/*/*.txt | wc -c)
files=$(find "$work/text" -name '*.txt' | wc -l)
printf 'corpus: %d files, %.1f MB of text\n' "$files" "$(echo "$bytes / 1000000" | bc -l)"

# Long think-tank articles: the seed (40 KB, an abridged lead, related links) 1,300 times,
# each copy marking every line so that no two are the same.
if [ ! -d "$work/seed" ]; then
  mkdir -p "$work/seed.tmp"
  for i in $(seq 1 1300); do
    sed "s/\$/ [$i]/" "$shared/corpus/seed/000_ea60648147a3c4b7.txt" > "$work/seed.tmp/s$i.txt"
  done
  mv "$work/seed.tmp" "$work/seed"
fi
seed_bytes=$(cat "$work"/seed/*.txt | wc -c)
printf 'seed-shaped corpus: 1300 files, %.1f MB of text\n' "$(echo "$seed_bytes / 1000000" | bc -l)"

run_ingest() { # label, extra flags, directory, bytes
  rm -f "$work/$1.db" "$work/$1.db-wal" "$work/$1.db-shm"
  # exit status 1 (some inputs failed) still measures; the summary line says how many
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$bin" --db "$work/$1.db" ingest -q $2 "$3" 2> "$work/$1.log" || [ $? -eq 1 ]
  read -r secs kb < <(tail -n 1 "$work/time.txt")
  printf '%-12s %6.1f s  %6.1f MB/s  peak %4d MB   (%s)\n' "$1" "$secs" "$(echo "$4 / 1000000 / $secs" | bc -l)" "$((kb / 1024))" "$(tail -n 1 "$work/$1.log")"
}
echo "== ingest (2 cores)"
run_ingest floor --structure-only "$work/text" "$bytes"
run_ingest full "" "$work/text" "$bytes"
run_ingest seed-floor --structure-only "$work/seed" "$seed_bytes"
run_ingest seed-full "" "$work/seed" "$seed_bytes"

# What SQLite alone needs to store the rows ingest stored: copy every row of the finished
# database into a fresh, migrated one (foreign keys on, one transaction, then the FTS index),
# with no reading, cleaning, analysis or Rust code. `WHERE id > 0` keeps SQLite from
# copying pages verbatim (its transfer optimisation), so every row is really inserted.
sqlite_only() { # label, database made by ingest, bytes
  rm -f "$work/copy.db" "$work/copy.db-wal" "$work/copy.db-shm"
  "$bin" --db "$work/copy.db" migrate > /dev/null 2>&1
  sqlite3 "$2" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
  t0=$(date +%s.%N)
  sqlite3 "$work/copy.db" <<SQL > /dev/null
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
PRAGMA foreign_keys = ON;
ATTACH '$2' AS o;
BEGIN;
INSERT INTO articles SELECT * FROM o.articles WHERE id > 0;
INSERT INTO sections SELECT * FROM o.sections WHERE id > 0;
INSERT INTO paragraphs SELECT * FROM o.paragraphs WHERE id > 0;
INSERT INTO sentences SELECT * FROM o.sentences WHERE id > 0;
INSERT INTO dated_refs SELECT * FROM o.dated_refs WHERE id > 0;
INSERT INTO concepts SELECT * FROM o.concepts WHERE id > 0;
INSERT INTO concept_aliases SELECT * FROM o.concept_aliases;
INSERT INTO mentions SELECT * FROM o.mentions WHERE id > 0;
INSERT INTO related_links SELECT * FROM o.related_links WHERE id > 0;
INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences;
COMMIT;
SQL
  t1=$(date +%s.%N)
  printf '%-12s %6.1f s  %6.1f MB/s  (SQLite alone: copying the stored rows)\n' "$1" "$(echo "$t1 - $t0" | bc -l)" "$(echo "$3 / 1000000 / ($t1 - $t0)" | bc -l)"
}
echo "== SQLite alone, the same rows"
sqlite_only sqlite-only "$work/full.db" "$bytes"
sqlite_only seed-sqlite "$work/seed-full.db" "$seed_bytes"

echo "== CSV export of sentences (rows/s)"
rows=$("$bin" --db "$work/full.db" sql "SELECT count(*) FROM sentences" -f csv | tail -n 1)
t0=$(date +%s.%N); "$bin" --db "$work/full.db" export sentences -o "$work/export.csv" 2>/dev/null; t1=$(date +%s.%N)
sqlite3 -csv -header "$work/full.db" "SELECT * FROM sentences" > "$work/sqlite3.csv"; t2=$(date +%s.%N)
printf 'corpusdb export  %8.0f rows/s\nsqlite3 -csv     %8.0f rows/s\n' \
  "$(echo "$rows / ($t1 - $t0)" | bc -l)" "$(echo "$rows / ($t2 - $t1)" | bc -l)"

echo "== canned queries on $("$bin" --db "$work/full.db" sql "SELECT count(*) FROM articles" -f csv | tail -n 1) articles (ms, best of 3)"
time_queries "$bin" "$work/full.db"
