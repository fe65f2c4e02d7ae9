#!/usr/bin/env bash
# Author-claim accuracy of `corpusdb claims` on NewsSD-ENG (../shared/eval/subjectivity),
# scored by its own scorer (macro-F1 over SUBJ/OBJ):
#
#   eval/newssd.sh [train|val]
#
# The subjectivity model is trained on the train file, so its figure there is fitted; the
# honest figure for train is the cross-validated one the training command prints. The val
# file is the validation set: report it, do not tune on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${SHARED:-$root/../shared}/eval/subjectivity
split=${1:-val}
(cd "$root" && cargo build --release --quiet)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$root/target/release/corpusdb" claims --jsonl < "$dir/newssd-eng-$split.jsonl" > "$work/pred.jsonl"
python3 "$dir/score.py" "$dir/newssd-eng-$split.jsonl" "$work/pred.jsonl"
