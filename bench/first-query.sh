#!/usr/bin/env bash
# The first search of a new process, ours as an app ships it and Lucene.Net's index build, each mode in new processes,
# alternating (docs/benchmarks.md, section 5, "First query in a new process").
#   bench/first-query.sh [RUNS] [N...]   default: 7 runs, 1000 10000; the libraries of bench/scale-build.sh N first
# Ours: bench/FirstQuery published JIT, ReadyToRun and NativeAOT (the library and the runtime compiled into the app).
# Lucene: `Guides.Benchmarks first-query-lucene` (read the guides, build the index, first query), built as usual (JIT) and
# published ReadyToRun. Prints every run, then the medians and the ratios "Lucene's index build / ours".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scale="${GUIDES_SCALE_DIR:-/tmp/guides-scale}"
out="${GUIDES_FIRST_DIR:-/tmp/guides-first}"
runs="${1:-7}"; shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$out"

dotnet build "$root/bench/Guides.Benchmarks" -c Release -v q -nologo > /dev/null
bench_jit="$root/bench/Guides.Benchmarks/bin/Release/net10.0/Guides.Benchmarks"
dotnet publish "$root/bench/Guides.Benchmarks" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out/bench-r2r" -v q -nologo > /dev/null
bench_r2r="$out/bench-r2r/Guides.Benchmarks"

median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

for n in "${counts[@]}"; do
  dll="$scale/$n/bin/Release/net8.0/Corpus.dll"
  [ -f "$dll" ] || { echo "No library of $n guides: run bench/scale-build.sh $n" >&2; exit 1; }
  for mode in jit r2r aot; do
    # A clean build each time: ReadyToRun and ILC skip inputs older than their outputs, and each N's library is another input.
    rm -rf "$root/bench/FirstQuery/obj/Release" "$root/bench/FirstQuery/bin/Release" "$out/$n/$mode"
    dotnet publish "$root/bench/FirstQuery" -c Release -r linux-x64 -p:CorpusDll="$dll" -p:FirstQueryMode=$mode \
      -o "$out/$n/$mode" -v q -nologo > "$out/$n-$mode.publish.txt" 2>&1 || { cat "$out/$n-$mode.publish.txt"; exit 1; }
  done
  rm -f "$out/$n".*.txt
  guides=$("$out/$n/jit/FirstQuery" | head -1 | cut -d' ' -f1)
  for run in $(seq "$runs"); do
    line="N=$n run $run:"
    for mode in jit r2r aot; do
      result=$("$out/$n/$mode/FirstQuery") || { echo "FirstQuery $mode failed: $result" >&2; exit 1; }
      # Every mode's app holds the same library (the same number of guides as the JIT one's).
      [ "$(echo "$result" | head -1 | cut -d' ' -f1)" = "$guides" ] || { echo "FirstQuery $mode: not the library of $n: $result" >&2; exit 1; }
      set -- $(echo "$result" | tail -1)
      echo "$2 $3" >> "$out/$n.ours-$mode.txt"
      line="$line ours $mode $2 ms ($3 from start);"
    done
    for mode in jit r2r; do
      bench=$bench_jit; [ $mode = r2r ] && bench=$bench_r2r
      result=$("$bench" first-query-lucene "$dll") || { echo "Lucene $mode failed: $result" >&2; exit 1; }
      set -- $(echo "$result" | tail -1)
      echo "$4" >> "$out/$n.lucene-$mode.txt"
      line="$line Lucene $mode build $(printf %.0f "$4") ms;"
    done
    echo "$line load $(cut -d' ' -f1 /proc/loadavg)"
  done
  lucene_jit=$(median < "$out/$n.lucene-jit.txt"); lucene_r2r=$(median < "$out/$n.lucene-r2r.txt")
  echo "N=$n medians of $runs: Lucene's index build JIT $lucene_jit ms, ReadyToRun $lucene_r2r ms"
  for mode in jit r2r aot; do
    main=$(cut -d' ' -f1 "$out/$n.ours-$mode.txt" | median); start=$(cut -d' ' -f2 "$out/$n.ours-$mode.txt" | median)
    echo "N=$n ours $mode: first query $main ms from Main ($start ms from the process's start);" \
      "Lucene's build / ours: JIT $(awk "BEGIN{printf \"%.0f\", $lucene_jit/$main}") x, ReadyToRun $(awk "BEGIN{printf \"%.0f\", $lucene_r2r/$main}") x"
  done
done
