#!/usr/bin/env bash
# Crash test of the SQLite graph file: kill -9 `entities extract --store` at a random moment, then check that the file
# opens and equals (exported to JSON, byte for byte) a clean run over exactly the documents it recorded.
# Usage: benchmarks/scripts/sqlite-kill.sh DOCS_FOLDER [RUNS=10] [MIN_SECONDS=0.9] [MAX_SECONDS=2.4]
# Needs python3 (to list the recorded documents) and a Release build of src/Entities.Cli. Pick a folder large enough
# that a run lasts longer than MAX_SECONDS (4,000 short documents take about 3 s here).
set -euo pipefail
docs=$(realpath "${1:?usage: sqlite-kill.sh DOCS_FOLDER [RUNS] [MIN_SECONDS] [MAX_SECONDS]}")
runs=${2:-10}; low=${3:-0.9}; high=${4:-2.4}
cli="dotnet $(realpath "$(dirname "$0")/../../src/Entities.Cli/bin/Release/net10.0/Entities.Cli.dll")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
ok=0; bad=0
for i in $(seq 1 "$runs"); do
  rm -rf "$work"/k.db* "$work/clean"; mkdir -p "$work/clean/docs"
  ln -sfn "$docs" "$work/docs"
  (cd "$work" && exec $cli extract docs --store k.db --quiet > /dev/null 2>&1) &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform($low, $high), 2))")"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print('\n'.join(r[0] for r in c.execute('select external_id from documents')))" "$work/k.db" > "$work/list.txt"
  n=$(grep -c . "$work/list.txt" || true)
  if ! (cd "$work" && $cli graph --store k.db --export k.json --top 0 > /dev/null 2>&1); then echo "run $i: the killed file cannot be exported"; bad=$((bad+1)); continue; fi
  while read -r f; do [ -n "$f" ] && cp "$docs/${f#docs/}" "$work/clean/docs/"; done < "$work/list.txt"
  (cd "$work/clean" && $cli extract docs --store c.db --quiet > /dev/null 2>&1 && $cli graph --store c.db --export ../c.json --top 0 > /dev/null 2>&1)
  if cmp -s "$work/k.json" "$work/c.json"; then ok=$((ok+1)); echo "run $i: $n documents recorded, equal to a clean run"
  else bad=$((bad+1)); echo "run $i: $n documents recorded, DIFFERENT from a clean run"; fi
done
echo "consistent $ok, different $bad"
[ "$bad" -eq 0 ]
