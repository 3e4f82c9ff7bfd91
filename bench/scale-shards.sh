#!/usr/bin/env bash
# Builds a corpus of N guides as S shard projects and one library project over them (docs/settings.md, "One library in
# several assemblies"), with a real `dotnet build` (the generator as a project analyzer, net8.0, Release), then edits one
# guide and builds again. Records each build's wall time and the peak memory of its largest process (a compiler: shared
# compilation is off so that each is a child of the build).
#   bench/scale-shards.sh N S      default: 10000 5; the corpus and projects go to $GUIDES_SCALE_DIR (/tmp/guides-shards)
# The guides are in nested folders (LANG/area-A/topic-T/guide-N.md, ten areas of ten topics) in varied prose; shard k of
# S takes the areas a with a % S == k (GuidesShardFolders), or past 10 shards the area/topic folders u with u % S == k. GUIDES_SCALE_BUILD_ARGS adds arguments to the timed builds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${GUIDES_SCALE_DIR:-/tmp/guides-shards}"
n="${1:-10000}"
s="${2:-5}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/bench/Guides.Benchmarks" -c Release -v q -nologo > /dev/null
bench="$root/bench/Guides.Benchmarks/bin/Release/net10.0/Guides.Benchmarks"

dir="$work/$n-$s"
rm -rf "$dir"
mkdir -p "$dir"
"$bench" corpus "$dir/content" "$n" folders varied

project() { # name, extra properties, extra items
  mkdir -p "$dir/$1"
  cat > "$dir/$1/$1.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/Guides.Generator/build/Guides.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Corpus.$1</RootNamespace>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <!-- The task loaded in MSBuild's process, as from the package (built in the repository it runs in a task host of its own). -->
    <GuidesTasksAssembly>$root/src/Guides.Build/bin/Release/netstandard2.0/Guides.Build.dll</GuidesTasksAssembly>
    $2
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/Guides.Runtime/Guides.Runtime.csproj" />
    <ProjectReference Include="$root/src/Guides.Generator/Guides.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" PrivateAssets="all" />
    $3
  </ItemGroup>
  <Import Project="$root/src/Guides.Generator/build/Guides.Generator.targets" />
</Project>
PROJECT
}

# Up to 10 shards share out the ten areas; more share out the hundred area/topic folders (area-A/topic-T).
units=()
if ((s <= 10)); then
  for ((a = 0; a < 10; a++)); do units+=("area-$a"); done
else
  for ((a = 0; a < 10; a++)); do for ((t = 0; t < 10; t++)); do units+=("area-$a/topic-$t"); done; done
fi
references=""
for ((k = 0; k < s; k++)); do
  folders=""
  for ((u = k; u < ${#units[@]}; u += s)); do folders="${folders:+$folders;}${units[$u]}"; done
  project "Shard$k" "<GuidesContentFolder>$dir/content</GuidesContentFolder><GuidesShardFolders>$folders</GuidesShardFolders>" ""
  references="$references<ProjectReference Include=\"../Shard$k/Shard$k.csproj\" />"
done
project Library "<GuidesShardLibrary>true</GuidesShardLibrary>" "$references"

dotnet restore "$dir/Library/Library.csproj" -v q > /dev/null
dotnet build "$root/src/Guides.Generator/Guides.Generator.csproj" -c Release -v q -nologo > /dev/null
dotnet build "$root/src/Guides.Runtime/Guides.Runtime.csproj" -c Release -v q -nologo > /dev/null
dotnet build "$root/src/Guides.Build/Guides.Build.csproj" -c Release -v q -nologo > /dev/null

timed() { # label
  local status=0
  /usr/bin/time -v -o "$dir/time-$1.txt" dotnet build "$dir/Library/Library.csproj" -c Release --no-restore -nologo -v q \
    -p:UseSharedCompilation=false -nodeReuse:false ${GUIDES_SCALE_BUILD_ARGS:-} > "$dir/build-$1.txt" 2>&1 || status=$?
  local elapsed peak
  elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time-$1.txt")
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time-$1.txt")
  echo "N=$n shards=$s build=$1 exit=$status wall=$elapsed peak_rss_kb=$peak errors=$(grep -c ' error ' "$dir/build-$1.txt" || true) load='$(cut -d' ' -f1-3 /proc/loadavg)'"
}

timed full
# One guide of the last area edited: a sentence added to its first step.
guide=$(find "$dir/content" -path '*area-9*' -name '*.md' | sort | sed -n 1p) # sed reads it all: no SIGPIPE under pipefail
sed -i '0,/^### /{s/^\(### .*\)$/\1\n\nOne more sentence, added by the edit./}' "$guide"
timed edit
timed none
echo "edited: $guide"
ls -l "$dir"/Shard*/bin/Release/net8.0/Shard*.dll "$dir/Library/bin/Release/net8.0/Library.dll" | awk '{print $5, $6, $7, $8, $9}'
