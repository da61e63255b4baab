#!/usr/bin/env bash
# Regenerates docs/graph.png: runs the story corpus (tests/Entities.Tests/Documents/story) through one FrenchEntityExtractor
# with a shared graph, writes docs/story-graph.dot and docs/story-graph.graphml (StoryGraphExportTests with
# ENTITIES_WRITE_DOCS=1), then lays the DOT out with Graphviz. Edges of weight 0 (entities that only share a document,
# not a sentence) are left out of the picture to keep it readable; the DOT and GraphML files keep them.
# Needs the .NET SDK and Graphviz (Debian: apt-get install graphviz).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
ENTITIES_WRITE_DOCS=1 dotnet test tests/Entities.Tests --filter "FullyQualifiedName~StoryGraphExportTests" --nologo -v quiet
grep -v 'weight=0,' docs/story-graph.dot \
  | neato -Tpng -Gdpi=110 -Goverlap=false -Gsplines=true -Gsep=+12 -Nfontsize=13 -Efontsize=10 -Ecolor=gray40 -o docs/graph.png
echo "wrote docs/graph.png"
