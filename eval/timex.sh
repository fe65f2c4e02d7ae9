#!/usr/bin/env bash
# TIMEX3 accuracy of `corpusdb dates` on the TempEval-3 newswire in ../shared/eval/timex,
# scored by its own scorer (TempEval-3 style; DATE, TIME, DURATION, SET; EVENT rows of
# named periods are not TimeML and are dropped by --types).
#
#   eval/timex.sh [timebank|aquaint] [extra score.py flags, e.g. --errors 40]
#
# TimeBank is the development set; AQUAINT is the validation set: report it, do not tune on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
timex=${SHARED:-$root/../shared}/eval/timex
set_name=${1:-timebank}; shift || true
case $set_name in
  timebank) plain=$timex/timebank-plain; tml=$timex/tml/TimeBank ;;
  aquaint) plain=$timex/aquaint-plain; tml=$timex/tml/AQUAINT ;;
  *) echo "usage: eval/timex.sh [timebank|aquaint] [score.py flags]" >&2; exit 2 ;;
esac
(cd "$root" && cargo build --release --quiet)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# input lines {"id","text","published"}: each document's plain text and creation date
python3 - "$plain" > "$work/in.jsonl" <<'PY'
import json, sys, os
d = sys.argv[1]
for line in open(os.path.join(d, "docs.jsonl"), encoding="utf-8"):
    m = json.loads(line)
    text = open(os.path.join(d, m["doc"] + ".txt"), encoding="utf-8").read()
    print(json.dumps({"id": m["doc"], "text": text, "published": m["dct"]}))
PY
"$root/target/release/corpusdb" dates --jsonl "$work/in.jsonl" |
  python3 -c 'import json,sys
for l in sys.stdin:
    r = json.loads(l); r["doc"] = r.pop("id"); print(json.dumps(r))' > "$work/pred.jsonl"
python3 "$timex/score.py" score "$tml" "$work/pred.jsonl" --types DATE,TIME,DURATION,SET "$@"
