#!/usr/bin/env bash
# Side-by-side comparison with Apache OpenNLP's name finder on the same tokens.
#
#   benchmarks/opennlp/compare.sh [--train "A.iob2 B.iob2 …"] [--speed "A.iob2 …"] [--speed-tokens N] [DEV.iob2 …]
#
# Defaults: train = <shared data>/ner/train/*.iob2, dev = <shared data>/ner/dev/{wikineural,sequoia}-fr.iob2,
# speed = <shared data>/ner/dev/*.iob2 + extra/*.iob2 repeated to at least N = 1,000,000 tokens: both systems tag that
# large text once warm-up is amortized (OpenNLP: its own tagging time; ours: tagger alone and full pipeline, one thread).
# The shared data folder is $ENTITIES_SHARED_DATA, else shared/data next to a parent of the repository.
# Requires `opennlp` on the PATH (Debian/Ubuntu: `sudo apt-get install -y opennlp`); this script installs nothing.
# Work files go to $OPENNLP_WORK (default: a new temporary folder, kept so the outputs can be inspected).
# Writes benchmarks/results/opennlp-comparison.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

if ! command -v opennlp >/dev/null 2>&1; then
  echo "compare.sh: the 'opennlp' command was not found, so nothing was run." >&2
  echo "  On Debian or Ubuntu install it with:  sudo apt-get install -y opennlp   (pulls in a Java runtime)" >&2
  echo "  Elsewhere: download Apache OpenNLP and put its bin/ folder on the PATH." >&2
  exit 2
fi

find_data() {
  if [[ -n "${ENTITIES_SHARED_DATA:-}" ]]; then echo "$ENTITIES_SHARED_DATA"; return; fi
  local dir=$repo
  while [[ "$dir" != "/" ]]; do
    for candidate in "$dir/shared/data" "$dir/../shared/data"; do
      if [[ -d "$candidate/ner" ]]; then (cd "$candidate" && pwd); return; fi
    done
    dir=$(dirname "$dir")
  done
}

train_files=()
dev_files=()
speed_files=()
speed_tokens=1000000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --train) read -r -a train_files <<< "$2"; shift 2 ;;
    --speed) read -r -a speed_files <<< "$2"; shift 2 ;;
    --speed-tokens) speed_tokens=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) dev_files+=("$1"); shift ;;
  esac
done

data=$(find_data || true)
if [[ ${#train_files[@]} -eq 0 || ${#dev_files[@]} -eq 0 ]] && [[ -z "$data" ]]; then
  echo "compare.sh: no shared data folder found (set ENTITIES_SHARED_DATA) and no files given." >&2
  exit 2
fi
[[ ${#train_files[@]} -gt 0 ]] || train_files=("$data"/ner/train/*.iob2)
[[ ${#dev_files[@]} -gt 0 ]] || dev_files=("$data/ner/dev/wikineural-fr.iob2" "$data/ner/dev/sequoia-fr.iob2")
if [[ ${#speed_files[@]} -eq 0 ]]; then
  if [[ -n "$data" ]]; then speed_files=("$data"/ner/dev/*.iob2 "$data"/ner/extra/*.iob2); else speed_files=("${dev_files[@]}"); fi
fi

work=${OPENNLP_WORK:-$(mktemp -d -t entities-opennlp.XXXXXX)}
mkdir -p "$work"
echo "work folder: $work"

now() { date +%s.%N; }
seconds_since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }'; }

echo "building the benchmark program and the CLI (Release)…"
dotnet build "$repo/benchmarks/Entities.Benchmarks" -c Release -v quiet -nologo >"$work/build.log"
dotnet build "$repo/src/Entities.Cli" -c Release -v quiet -nologo >>"$work/build.log"
bench=$(find "$repo/benchmarks/Entities.Benchmarks/bin/Release" -name Entities.Benchmarks.dll | head -1)
cli=$(find "$repo/src/Entities.Cli/bin/Release" -name Entities.Cli.dll | head -1)

echo "converting ${#train_files[@]} training file(s) to OpenNLP's format…"
dotnet "$bench" opennlp-train-data "$work/train.txt" "${train_files[@]}"

echo "training OpenNLP (parameters: $here/train.params)…"
start=$(now)
opennlp TokenNameFinderTrainer -model "$work/fr-ner-opennlp.bin" -lang fr -data "$work/train.txt" -encoding UTF-8 \
  -params "$here/train.params" >"$work/train.log" 2>&1
train_seconds=$(seconds_since "$start")
echo "trained in $train_seconds s"

rows=()
for dev in "${dev_files[@]}"; do
  name=$(basename "$dev" .iob2)
  dotnet "$bench" opennlp-dev-tokens "$work/$name.tokens" "$dev"

  echo "$name: tagging with OpenNLP…"
  opennlp TokenNameFinder "$work/fr-ner-opennlp.bin" <"$work/$name.tokens" >"$work/$name.opennlp" 2>"$work/$name.opennlp.log"
  # OpenNLP's performance monitor ends with "Runtime: 1.234s" (tagging only, model load excluded).
  tag_seconds=$(grep -o 'Runtime: *[0-9.]*' "$work/$name.opennlp.log" | tail -1 | grep -o '[0-9.]*$')
  dotnet "$bench" opennlp-score "$dev" "$work/$name.opennlp" >"$work/$name.opennlp.json"

  echo "$name: tagging with entities eval…"
  dotnet "$cli" eval "$dev" --json >"$work/$name.ours.json" 2>"$work/$name.ours.log"
  ours_rate=$(grep -o '[0-9.]* tokens/s' "$work/$name.ours.log" | tail -1 | grep -o '^[0-9.]*')

  rows+=("row=$dev;$work/$name.opennlp.json;$work/$name.ours.json;$tag_seconds;$ours_rate")
done

echo "speed: building a text of at least $speed_tokens tokens…"
dotnet "$bench" opennlp-speed-tokens "$work/speed.tokens" "$speed_tokens" "${speed_files[@]}"
echo "speed: tagging it with OpenNLP…"
opennlp TokenNameFinder "$work/fr-ner-opennlp.bin" <"$work/speed.tokens" >"$work/speed.opennlp" 2>"$work/speed.opennlp.log"
speed_seconds=$(grep -o 'Runtime: *[0-9.]*' "$work/speed.opennlp.log" | tail -1 | grep -o '[0-9.]*$')
echo "speed: tagging it with ours (tagger alone, then the full pipeline)…"
dotnet "$bench" opennlp-speed-ours "$work/speed.tokens" >"$work/speed.ours.json"

version=$(opennlp 2>&1 | head -1 | sed 's/\. Usage.*//')
dotnet "$bench" opennlp-report "$repo/benchmarks/results/opennlp-comparison.md" \
  "train=$(for f in "${train_files[@]}"; do basename "$f"; done | paste -sd, -)" \
  "params=benchmarks/opennlp/train.params" "train-seconds=$train_seconds" "opennlp=$version" "${rows[@]}" \
  "speed=$(for f in "${speed_files[@]}"; do basename "$f"; done | paste -sd, -);$speed_seconds;$work/speed.ours.json"
