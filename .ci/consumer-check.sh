#!/usr/bin/env bash
# End-to-end consumer check: pack the packages, use them from a fresh project and install the tool, all from a local
# folder (artifacts/packages) plus nuget.org for third-party dependencies. Exits non-zero when anything is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PACKAGES="$ROOT/artifacts/packages"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== pack -> $PACKAGES"
rm -rf "$PACKAGES"
for project in src/Entities src/Entities.French src/Entities.Training src/Entities.Sqlite src/Entities.PostgreSql src/Entities.Cli; do
  dotnet pack "$project" -c Release -o "$PACKAGES" --nologo -v quiet
done
# The tool's platform packages, as the README's install steps make them: portable, and native (AOT) on linux-x64.
dotnet pack src/Entities.Cli -c Release -r any -o "$PACKAGES" --nologo -v quiet
if [ "$(uname -s -m)" = "Linux x86_64" ]; then
  dotnet pack src/Entities.Cli -c Release -r linux-x64 -o "$PACKAGES" --nologo -v quiet
fi
ls -l "$PACKAGES"
# The version changes with every commit (0.2.0-dev.<height>, see Directory.Build.targets): read it from the package built.
VERSION=$(ls "$PACKAGES" | sed -n 's/^Entities\.French\.\(.*\)\.nupkg$/\1/p' | head -1)
echo "== version $VERSION"
# The consumer and the tool are restored into a throw-away NuGet cache: an empty cache must work, and no stale package of
# an earlier build can be picked up.
export NUGET_PACKAGES="$WORK/nuget-cache"

echo "== Entities.French package contents"
unzip -l "$PACKAGES/Entities.French.$VERSION.nupkg" > "$WORK/french.txt"
for expected in lib/net10.0/Entities.French.dll lib/net10.0/Entities.French.xml README.md MODEL.md MODEL-LICENSE.md; do
  grep -q " $expected\$" "$WORK/french.txt" || { echo "missing $expected in Entities.French.$VERSION.nupkg"; exit 1; }
done
unzip -o -q "$PACKAGES/Entities.French.$VERSION.nupkg" lib/net10.0/Entities.French.dll -d "$WORK/french"
grep -q "Entities.French.Models.fr-ner.model" "$WORK/french/lib/net10.0/Entities.French.dll" \
  || { echo "the embedded model is missing from Entities.French.dll"; exit 1; }
grep -q "CC BY-NC-SA 4.0" <(unzip -p "$PACKAGES/Entities.French.$VERSION.nupkg" Entities.French.nuspec) \
  || { echo "the Entities.French description does not name the model licence"; exit 1; }

echo "== consumer project"
mkdir -p "$WORK/consumer"
cd "$WORK/consumer"
dotnet new console --framework net10.0 --name Consumer -o . >/dev/null
dotnet new nugetconfig >/dev/null
dotnet nuget add source "$PACKAGES" --name local --configfile nuget.config >/dev/null
# Our packages come from the local folder only (never a same-named package on nuget.org); everything else from nuget.org.
sed -i 's#</configuration>#  <packageSourceMapping>\n    <packageSource key="local">\n      <package pattern="Entities" />\n      <package pattern="Entities.*" />\n    </packageSource>\n    <packageSource key="nuget">\n      <package pattern="*" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>#' nuget.config
cat nuget.config
dotnet add package Entities.French --version "$VERSION" >/dev/null   # from the nuget.config sources (a --source would leave out nuget.org)
cat > Program.cs <<'CS'
using Entities;
using Entities.French.Extraction;

const string text = "Mme Claire Martin, présidente de la Fédération française de cyclisme, a ouvert la saison à Nantes.";
var result = new FrenchEntityExtractor().ExtractEntities(text);
foreach (var m in result.Mentions) Console.WriteLine($"{m.Start}-{m.End} {m.Label.ToCode()} {m.Text}");
bool person = result.Mentions.Any(m => m.Label == EntityLabel.Person && m.Text.Contains("Martin"));
bool organization = result.Mentions.Any(m => m.Label == EntityLabel.Organization && m.Text.Contains("Fédération"));
Console.WriteLine(person && organization ? "consumer check: OK" : "consumer check: FAILED");
return person && organization ? 0 : 1;
CS
dotnet run -c Release

echo "== README examples, compiled and run exactly as printed"
readme_example() {   # readme_example HEADING DIR [PACKAGE VERSION]...: the first C# block after the heading, as a console program
  local heading=$1 dir=$2; shift 2
  mkdir -p "$WORK/$dir" && cp "$WORK/consumer/nuget.config" "$WORK/$dir/"
  (cd "$WORK/$dir" && dotnet new console --framework net10.0 --name "$dir" -o . >/dev/null \
    && dotnet add package Entities.French --version "$VERSION" >/dev/null)
  while [ $# -ge 2 ]; do (cd "$WORK/$dir" && dotnet add package "$1" --version "$2" >/dev/null); shift 2; done
  python3 - "$ROOT/README.md" "$heading" > "$WORK/$dir/Program.cs" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = lines.index(sys.argv[2])
begin = next(i for i in range(start, len(lines)) if lines[i] == "```csharp")
end = next(i for i in range(begin + 1, len(lines)) if lines[i] == "```")
print("\n".join(lines[begin + 1:end]))
PY
  (cd "$WORK/$dir" && dotnet run -c Release) > "$WORK/$dir.out" || { cat "$WORK/$dir.out"; echo "README example '$heading' failed"; exit 1; }
  cat "$WORK/$dir.out"
  [ -s "$WORK/$dir.out" ] || { echo "README example '$heading' printed nothing"; exit 1; }
}
readme_example "### From code" ReadmePlain
readme_example "### With dependency injection" ReadmeHosting Microsoft.Extensions.Hosting 10.0.14

echo "== tool"
cd "$WORK"   # outside the consumer project: its nuget.config maps sources, which --add-source may not combine with
dotnet tool install --tool-path "$WORK/tool" --add-source "$PACKAGES" Entities.Cli --version "$VERSION" >/dev/null
out=$(echo "M. Paul Girard a quitté la Banque de France pour rejoindre l'Unesco à Paris." | "$WORK/tool/entities" extract -)
echo "$out"
grep -q '"label":"PER"' <<<"$out" || { echo "tool: no PER"; exit 1; }
grep -q '"label":"ORG"' <<<"$out" || { echo "tool: no ORG"; exit 1; }
# The tool is packed per platform: on linux-x64 the native (AOT) package is the one installed, and it runs every command
# that depends on code generated or resolved at run time (JSON, SQLite, the graph exports, evaluation, training).
if [ "$(uname -s -m)" = "Linux x86_64" ]; then
  ls -d "$WORK"/tool/.store/entities.cli/"$VERSION"/entities.cli.linux-x64 >/dev/null \
    || { echo "tool: the linux-x64 package was not the one installed"; ls -R "$WORK/tool/.store" | head; exit 1; }
  bash "$ROOT/.ci/tool-smoke.sh" "$WORK/tool/entities" "$WORK/smoke"
fi
echo "consumer check passed: $(cd "$PACKAGES" && ls -s --block-size=K *.nupkg *.snupkg | tr '\n' ' ')"
