#!/usr/bin/env bash
# Speed of the date tagger on one core: `corpusdb dates` over the Kremlin pages as plain
# text (the corpus bench/ingest.sh builds), as JSON Lines with each page's published date,
# so that relative expressions are resolved as they are at ingest.
#
#   bench/dates.sh            (needs ../shared; WORK=DIR as for bench/ingest.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/corpusdb-bench}
if [ ! -d "$work/one" ]; then
  echo "run bench/ingest.sh first (it builds $work/one)" >&2
  exit 2
fi
(cd "$root" && cargo build --release --quiet)
bin=$root/target/release/corpusdb
python3 - "$work/one" "${SHARED:-$root/../shared}/corpus/kremlin-en/index.jsonl" > "$work/dates-in.jsonl" <<'PY'
import json, os, sys
d, index = sys.argv[1], sys.argv[2]
pub = {}
for line in open(index, encoding="utf-8"):
    r = json.loads(line)
    pub[r["file"].rsplit(".", 1)[0]] = (r.get("published") or "")[:10]
for f in sorted(os.listdir(d)):
    i = f.rsplit(".", 1)[0]
    text = open(os.path.join(d, f), encoding="utf-8").read()
    print(json.dumps({"id": i, "text": text, "published": pub.get(i) or None}))
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/dates-in.jsonl")
pages=$(wc -l < "$work/dates-in.jsonl")
for run in 1 2 3; do
  /usr/bin/time -f '%e %M' -o "$work/time.txt" taskset -c 0 "$bin" dates --jsonl "$work/dates-in.jsonl" > "$work/dates-out.jsonl"
  read -r secs kb < "$work/time.txt"
  printf 'dates, one core: %d pages, %.1f MB in %.2f s = %.1f MB/s, %d references, peak %d MB\n' \
    "$pages" "$(echo "$bytes / 1000000" | bc -l)" "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" \
    "$(wc -l < "$work/dates-out.jsonl")" "$((kb / 1024))"
done
