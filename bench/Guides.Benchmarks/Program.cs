using System.Globalization;
using BenchmarkDotNet.Running;
using Guides.Benchmarks;
using Guides.Corpus;
using Microsoft.CodeAnalysis.CSharp;

// dotnet run -c Release --project bench/Guides.Benchmarks -- [command]
//   corpus DIR N [folders] [varied]  writes the first N corpus guides under DIR, in nested folders with 'folders', in
//                         varied prose with 'varied' (for bench/scale-build.sh)
//   literal-limit N...    compiles N guides at C# 7.3 (string literals) and says whether CS8103 stops it
//   profile N [rounds]    a Stopwatch breakdown of a cold run on N guides: parse, emit, Roslyn's parse, driver
//   driver N [rounds] [varied]  cold driver runs on N guides (in varied prose), nothing else: a loop to attach a profiler to (dotnet-trace)
//   edit N [rounds] [ide|build] [heading] after a cold run on N guides, runs with one guide edited, nothing else (for dotnet-trace);
//                         'ide' runs as the IDE does (no records, no search index); 'heading' then types a word in a
//                         section's heading (its anchors change) rather than in its text
//   first-use DLL         bytes the first Find(id) and Steps[0].Html allocate, in this process's default load context
//                         (run it in a new process per library: a first use happens once per process)
//   relevance             the search tests' judged queries: top-1 and top-3 of ours and of Lucene.Net (docs/benchmarks.md, 5)
//   relevance-real [misses]  the relevance set on real content (251 queries, four languages, VitePress's docs): top-1,
//                         top-3 and MRR of ours and of Lucene.Net, in all and per language; 'misses' lists the queries
//                         not found first (docs/benchmarks.md, "Relevance on real content")
//   first-query DLL [runs] the first search in a new process, ours and Lucene's (index built at start-up): a child process
//                         per measurement, medians (first-query-ours DLL [breakdown], first-query-lucene DLL: one measurement)
//   search-latency DLL [rounds]  warm queries one by one, both engines: p50, p95, bytes allocated a query, index sizes
//   search-engines N [rounds]  warm queries on N guides of varied prose in four languages built in process, ours, the
//                         engine before (built with -p:SearchBaselineRoot=...) and Lucene.Net: p50 / p99 by kind of
//                         query, bytes a query, completions, hundreds of misspelt words, index sizes (docs/benchmarks.md, 5)
//   search-profile N SECONDS [KIND]  ours alone on the N guides of search-engines, the queries (of one kind) in a loop:
//                         a process for dotnet-trace; the mean a query by kind
//   deflate DIR [rounds]  the generator's Deflate encoder beside DeflateStream Optimal on the corpus guides under DIR:
//                         ratio and MB/s, with and without a preset dictionary (docs/deflate-encoder.md)
//   deflate-tune DIR chain,good,lazy,nice,block...  ours under other search settings, without and with a dictionary
//   packed-size N         the packed bytes of N varied corpus guides compiled in process (Release, packed), 7 bits a
//                         byte against Z85 of the same Deflate, each guide's text and the search index (docs/packing-7bit.md)
//   first-unpack [runs]   the first unpacking of the seed guide's text in a new process, Z85 + DeflateStream against
//                         7 bits + own inflater: a child process per measurement, medians (docs/packing-7bit.md)
//   anything else         BenchmarkDotNet's switcher: --filter '*Generator*', --list flat, ...
switch (args.FirstOrDefault())
{
    case "corpus":
        var bytes = GuideCorpus.WriteTo(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Skip(3).Contains("folders"), args.Skip(3).Contains("varied"), args.Skip(3).Contains("translated"));
        Console.WriteLine($"{args[2]} guides, {bytes:N0} bytes of Markdown, in {args[1]}");
        return 0;
    case "scale-chart":
        ScaleChart.Write(args[1], args[2], args.Length > 3 ? args[3] : "guides");
        Console.WriteLine($"{args[2]} from {args[1]}");
        return 0;
    case "literal-limit":
        foreach (var count in args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
        {
            var (diagnostics, assembly, result) = new GeneratorRun(GuideCorpus.Generate(count), LanguageVersion.CSharp7_3).Compile();
            var characters = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
            var ids = string.Join(", ", diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Id.StartsWith("GUIDE", StringComparison.Ordinal)).Select(d => d.Id).Distinct());
            Console.WriteLine($"C# 7.3, {count} guides: {(assembly is null ? "failed" : "compiled")} ({characters:N0} characters generated) {ids}");
            foreach (var d in diagnostics.Where(d => d.Id.StartsWith("GUIDE", StringComparison.Ordinal)).Take(1))
            {
                Console.WriteLine("  " + d.GetMessage(CultureInfo.InvariantCulture));
            }
        }

        return 0;
    case "driver":
        var driverCount = int.Parse(args[1], CultureInfo.InvariantCulture);
        var driverRun = new GeneratorRun(args.Length > 3 && args[3] == "varied" ? GuideCorpus.GenerateVaried(driverCount) : GuideCorpus.Generate(driverCount));
        for (var round = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20; round > 0; round--)
        {
            driverRun.CreateDriver().RunGenerators(driverRun.Compilation);
        }

        return 0;
    case "edit":
        var editRun = new GeneratorRun(GuideCorpus.Generate(int.Parse(args[1], CultureInfo.InvariantCulture)));
        var warm = editRun.CreateDriver(asTheIde: args.Length > 3 && args[3] == "ide").RunGenerators(editRun.Compilation);
        var edited = args.Length > 4 && args[4] == "heading" ? editRun.EditedHeading(editRun.Texts.Length / 2) : editRun.Edited(editRun.Texts.Length / 2);
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var round = rounds; round > 0; round--)
        {
            warm.ReplaceAdditionalText(editRun.Texts[editRun.Texts.Length / 2], edited).RunGenerators(editRun.Compilation).GetRunResult();
        }

        Console.WriteLine($"{watch.Elapsed.TotalMilliseconds / rounds:F2} ms and {(GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds / 1024.0:F0} KB a run; collections in {rounds} runs: gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}");
        return 0;
    case "first-unpack":
        FirstUnpack.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9);
        return 0;
    case "first-unpack-child":
        FirstUnpack.Child(args[1], args[2]);
        return 0;
    case "packed-size":
        PackedSize.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
        return 0;
    case "first-use":
        FirstUseProbe.Run(args[1]);
        return 0;
    case "profile":
        PhaseProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
        return 0;
    case "relevance":
        SearchProbes.Relevance();
        return 0;
    case "relevance-real":
        RealRelevance.Run(args.Skip(1).Contains("misses"));
        return 0;
    case "first-query":
        SearchProbes.FirstQuery(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
        return 0;
    case "first-query-ours":
        SearchProbes.FirstQueryOurs(args[1], args.Length > 2 && args[2] == "breakdown");
        return 0;
    case "first-query-lucene":
        SearchProbes.FirstQueryLucene(args[1]);
        return 0;
    case "search-latency":
        SearchProbes.Latency(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
        return 0;
    case "search-engines":
        SearchEngines.Probe(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        return 0;
    case "search-profile":
        SearchEngines.Profile(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : null);
        return 0;
    case "deflate-tune":
        DeflateProbe.Tune(args[1], args[2..]);
        return 0;
    case "deflate":
        DeflateProbe.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
        return 0;
}
