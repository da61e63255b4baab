#!/usr/bin/env bash
# Smoke test of an installed `entities` tool (the native AOT build on linux-x64): every command whose code depends on what
# ahead-of-time compilation may leave out (JSON, SQLite and PostgreSQL, the graph exports, evaluation, training) runs once
# on tiny inputs and must succeed. Usage: tool-smoke.sh ENTITIES_EXECUTABLE WORK_FOLDER
set -euo pipefail
ENTITIES=$1
WORK=$2
mkdir -p "$WORK"
cd "$WORK"
fail() { echo "tool smoke test: $*"; exit 1; }

printf 'Mme Claire Martin a reçu le ministre Paul Girard à Lyon.\n' > one.txt
printf "La société Vintor a ouvert une usine à Lille. L'Unesco a salué le projet de M. Girard.\n" > two.txt
printf 'Claire\tB-PER\nMartin\tI-PER\nvit\tO\nà\tO\nLyon\tB-LOC\n.\tO\n\nVintor\tB-ORG\nrecrute\tO\n.\tO\n' > tiny.iob2

"$ENTITIES" extract one.txt two.txt --store graph.db --quiet > out.jsonl || fail "extract --store graph.db"
[ "$(wc -l < out.jsonl)" = 2 ] || fail "extract --store: expected 2 lines"
grep -q '"label":"PER"' out.jsonl || fail "extract: no person"
"$ENTITIES" graph graph.db > summary.txt || fail "graph graph.db"
grep -q "Documents: 2" summary.txt || fail "graph: expected 2 documents"
for format in json graphml gexf dot; do
  "$ENTITIES" graph graph.db --export "graph.$format" > /dev/null || fail "graph --export graph.$format"
  [ -s "graph.$format" ] || fail "graph.$format is empty"
done
"$ENTITIES" extract one.txt two.txt --graph graph-file.json --quiet > /dev/null || fail "extract --graph"
"$ENTITIES" graph graph-file.json > /dev/null || fail "graph graph-file.json"
"$ENTITIES" queue add one.txt two.txt --store queue.db > /dev/null || fail "queue add"
"$ENTITIES" extract --from-queue --store queue.db --quiet > /dev/null || fail "extract --from-queue"
"$ENTITIES" status --store queue.db --json | grep -q '"done":2' || fail "status --json"
"$ENTITIES" eval tiny.iob2 --pipeline --json > eval.json 2> /dev/null || fail "eval"
grep -q '"tiny.iob2#pipeline"' eval.json || fail "eval --json: no pipeline report"
"$ENTITIES" train --train tiny.iob2 --out tiny.model --epochs 1 --update crf --no-clusters > /dev/null 2>&1 || fail "train"
"$ENTITIES" extract one.txt --model tiny.model --quiet > /dev/null || fail "extract --model"
if [ -n "${ENTITIES_TEST_POSTGRES:-}" ]; then
  "$ENTITIES" extract one.txt two.txt --store "$ENTITIES_TEST_POSTGRES" --store-schema tool_smoke --quiet > /dev/null || fail "extract --store PostgreSQL"
  "$ENTITIES" graph --store "$ENTITIES_TEST_POSTGRES" --store-schema tool_smoke | grep -q "Documents: 2" || fail "graph --store PostgreSQL"
fi
echo "tool smoke test passed: $("$ENTITIES" --version)"
