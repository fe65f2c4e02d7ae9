#!/usr/bin/env bash
# HTML ingest at scale: the 7,235 Kremlin pages (256 MB of HTML) into a fresh database,
# with everything (sections, sentences, claims, dated references, mentions, FTS index);
# pages/s, MB/s and peak memory; then every canned query on that database.
#
#   bench/html.sh             (needs ../shared; WORK=DIR to keep files elsewhere)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
work=${WORK:-/tmp/corpusdb-bench}
mkdir -p "$work"
(cd "$root" && cargo build --release --quiet)
bin=$root/target/release/corpusdb
# shellcheck source=bench/queries.sh
source "$root/bench/queries.sh"
if [ ! -d "$work/html" ]; then
  mkdir -p "$work/html"
  tar -xzf "$shared/corpus/kremlin-en/kremlin-en-html.tar.gz" -C "$work/html"
fi
pages=$(find "$work/html" -name '*.html' | wc -l)
bytes=$(find "$work/html" -name '*.html' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
echo "== HTML ingest (2 cores): $pages pages, $(echo "$bytes / 1000000" | bc) MB"
for run in 1 2; do
  rm -f "$work/kremlin.db" "$work/kremlin.db-wal" "$work/kremlin.db-shm"
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$bin" --db "$work/kremlin.db" ingest -q "$work/html" 2> "$work/html.log" || [ $? -eq 1 ]
  read -r secs kb < <(tail -n 1 "$work/time.txt")
  printf 'run %d: %.1f s, %.0f pages/s, %.1f MB/s of HTML, peak %d MB (%s)\n' "$run" "$secs" \
    "$(echo "$pages / $secs" | bc -l)" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$((kb / 1024))" "$(tail -n 1 "$work/html.log")"
done
echo "== titles and dates against index.jsonl"
"$bin" --db "$work/kremlin.db" sql -f json "SELECT source_path, title, published FROM articles" |
  python3 -c '
import json, os, sys
index = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line); index[r["file"]] = r
norm = lambda s: " ".join((s or "").split()).lower()
rows = json.load(sys.stdin)
t = sum(norm(r["title"]) == norm(index[os.path.basename(r["source_path"])]["title"]) for r in rows)
d = sum((r["published"] or "")[:10] == (index[os.path.basename(r["source_path"])]["published"] or "")[:10] for r in rows)
print(f"{len(rows)} stored pages: title agrees on {t} ({100*t/len(rows):.2f}%), date on {d} ({100*d/len(rows):.2f}%)")
' "$shared/corpus/kremlin-en/index.jsonl"
echo "== canned queries on the Kremlin database (ms, best of 3, process start included)"
time_queries "$bin" "$work/kremlin.db"
