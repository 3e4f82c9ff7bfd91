#!/usr/bin/env bash
# Builds content libraries of N seed-shaped guides with a real `dotnet build`, the way src/Guides.Generated is built
# (the generator as a project analyzer, the package's build files, net8.0, Release), and records the build's time and
# the peak memory of its largest process (the compiler: shared compilation is off so that it is a child of the build).
#   bench/scale-build.sh [N...]      default: 1000 10000; corpora and projects go to $GUIDES_SCALE_DIR (/tmp/guides-scale)
#   GUIDES_SCALE_FOLDERS=1 bench/scale-build.sh ...   the guides in nested folders (LANG/area-A/topic-T/guide-N.md)
#   GUIDES_SCALE_VARIED=1 bench/scale-build.sh ...    the guides in varied prose (no sentence repeated: honest for compression)
#   GUIDES_SCALE_TRANSLATED=1 bench/scale-build.sh ... each guide in ten languages (LANG/guide-N.md; N files are N/10 guides)
#   GUIDES_SCALE_BUILD_ARGS='-p:GuidesCompressText=false' bench/scale-build.sh ...   more arguments for the timed build
#   GUIDES_SCALE_GENERATOR_ROOT=../old bench/scale-build.sh ...   build with the generator and runtime of another checkout
#     (a `git worktree` of an earlier commit), on the corpus this checkout writes: side-by-side comparisons
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
product="$(cd "${GUIDES_SCALE_GENERATOR_ROOT:-$root}" && pwd)"
work="${GUIDES_SCALE_DIR:-/tmp/guides-scale}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/bench/Guides.Benchmarks" -c Release -v q -nologo > /dev/null
bench="$root/bench/Guides.Benchmarks/bin/Release/net10.0/Guides.Benchmarks"

for n in "${counts[@]}"; do
  dir="$work/$n"
  rm -rf "$dir"
  mkdir -p "$dir"
  "$bench" corpus "$dir/content" "$n" ${GUIDES_SCALE_FOLDERS:+folders} ${GUIDES_SCALE_VARIED:+varied} ${GUIDES_SCALE_TRANSLATED:+translated}
  cat > "$dir/Corpus.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$product/src/Guides.Generator/build/Guides.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Guides.Corpus</RootNamespace>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$product/src/Guides.Runtime/Guides.Runtime.csproj" />
    <ProjectReference Include="$product/src/Guides.Generator/Guides.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" PrivateAssets="all" />
  </ItemGroup>
  <Import Project="$product/src/Guides.Generator/build/Guides.Generator.targets" />
</Project>
PROJECT
  dotnet restore "$dir/Corpus.csproj" -v q > /dev/null
  # The referenced projects are built first, so that the timed build compiles the content library alone.
  dotnet build "$product/src/Guides.Generator/Guides.Generator.csproj" -c Release -v q -nologo > /dev/null
  dotnet build "$product/src/Guides.Runtime/Guides.Runtime.csproj" -c Release -v q -nologo > /dev/null
  status=0
  /usr/bin/time -v -o "$dir/time.txt" dotnet build "$dir/Corpus.csproj" -c Release --no-restore -nologo -v q \
    -p:UseSharedCompilation=false -nodeReuse:false ${GUIDES_SCALE_BUILD_ARGS:-} > "$dir/build.txt" 2>&1 || status=$?
  elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time.txt")
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.txt")
  dll="$dir/bin/Release/net8.0/Corpus.dll"
  generated="$dir/obj/Release/net8.0/generated"
  largest=$(find "$generated" -name '*.cs' -printf '%s %f\n' 2>/dev/null | sort -n | tail -1)
  echo "N=$n exit=$status wall=$elapsed peak_rss_kb=$peak markdown_bytes=$(find "$dir/content" -name "*.md" -printf "%s\n" | awk "{s+=\$1} END {print s}") dll_bytes=$(stat -c %s "$dll" 2>/dev/null || echo none) largest_generated='$largest' errors=$(grep -c ' error ' "$dir/build.txt" || true)"
done
