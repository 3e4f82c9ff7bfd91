#if SEARCH_BASELINE
extern alias baseline;
#endif

using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Guides.Search;

namespace Guides.Benchmarks;

/// <summary>
/// The search engines on one <see cref="SearchCorpus"/>, built once a process: ours (the runtime's
/// <see cref="SearchIndex"/> over the index the generator's writer makes), the engine before (the same two at the
/// commit given to the build, when <c>SearchBaselineRoot</c> was set), and Lucene.Net 4.8 (<see cref="LuceneBaseline"/>).
/// Each searches the top 20 in the query's language.
/// </summary>
internal sealed class SearchEngines
{
    private static readonly Dictionary<int, SearchEngines> Built = [];

    private SearchEngines(int guides)
    {
        Corpus = SearchCorpus.Build(guides);
        var watch = Stopwatch.StartNew();
        Bytes = SearchIndexWriter.Write(Corpus.Documents());
        WriteTime = watch.Elapsed;
        watch.Restart();
        Ours = SearchIndex.Load(Bytes);
        LoadTime = watch.Elapsed;
#if SEARCH_BASELINE
        BeforeBytes = baseline::Guides.Search.SearchIndexWriter.Write(Corpus.Parts.Select(p => p.Kind switch
        {
            0 => new baseline::Guides.Search.SearchDocument(p.Guide, p.Language, baseline::Guides.Search.SearchPart.Guide, 0, (p.Heading!, 4f), (p.Body, 2f)),
            4 => new baseline::Guides.Search.SearchDocument(p.Guide, p.Language, baseline::Guides.Search.SearchPart.Tip, p.Number, (p.Body, 1f)),
            _ => new baseline::Guides.Search.SearchDocument(p.Guide, p.Language, (baseline::Guides.Search.SearchPart)p.Kind, p.Number, (p.Heading!, 3f), (p.Body, 1f)),
        }).ToList());
        var before = baseline::Guides.Search.SearchIndex.Load(BeforeBytes);
        Before = (query, languages) => before.Search(query, languages, 20).Count;
#endif
        watch.Restart();
        Lucene = LuceneBaseline.Build(Corpus.LuceneDocuments());
        LuceneBuildTime = watch.Elapsed;
    }

    public SearchCorpus Corpus { get; }

    public byte[] Bytes { get; }

    public TimeSpan WriteTime { get; }

    public TimeSpan LoadTime { get; }

    public SearchIndex Ours { get; }

    public byte[]? BeforeBytes { get; }

    /// <summary>The engine before: the number of hits of a query in the languages given; null when not built with it.</summary>
    public Func<string, IReadOnlyList<string>, int>? Before { get; }

    public LuceneBaseline Lucene { get; }

    public TimeSpan LuceneBuildTime { get; }

    public static SearchEngines For(int guides)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(guides, out var engines)) Built.Add(guides, engines = new SearchEngines(guides));
            return engines;
        }
    }

    /// <summary>
    /// <c>search-engines N [rounds]</c>: every query of the set alone (<see cref="Stopwatch"/>), the engines alternating
    /// within each round, after <see cref="WarmUpRounds"/> rounds not counted; p50 and p99 per engine, overall and by kind; bytes allocated a query;
    /// completions; a query of hundreds of misspelt words; index sizes and times to build them.
    /// </summary>
    /// <summary>
    /// Rounds run before the counted ones. With one, the first counted round still ran the rankings' code as the JIT tiers
    /// it up (its first queries 3 to 14 ms, whichever engine ran first after Lucene's warm-up; none with
    /// DOTNET_TieredCompilation=0): warm queries' p99 measured the JIT, not the search.
    /// </summary>
    private const int WarmUpRounds = 3;

    public static void Probe(int guides, int rounds)
    {
        var engines = For(guides);
        var queries = engines.Corpus.Queries(40);
        var languages = queries.Select(q => (IReadOnlyList<string>)[q.Language]).ToArray();
        var kinds = queries.Select(q => q.Kind).Distinct().ToArray();
        var names = new List<string> { "Ours", "Lucene.Net" };
        var run = new List<Func<int, int>>
        {
            i => engines.Ours.Search(queries[i].Query, languages[i], 20).Count,
            i => engines.Lucene.Search(queries[i].Query, languages[i]).Count,
        };
        if (engines.Before is { } before)
        {
            names.Insert(1, "Before");
            run.Insert(1, i => before(queries[i].Query, languages[i]));
        }

        var times = names.Select(_ => new List<double>[queries.Count]).ToArray();
        var bytes = new long[names.Count];
        for (var e = 0; e < names.Count; e++) for (var i = 0; i < queries.Count; i++) times[e][i] = [];
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            for (var e = 0; e < names.Count; e++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < queries.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    run[e](i);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    if (round >= 0) times[e][i].Add(elapsed);
                }

                if (round >= 0) bytes[e] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        Console.WriteLine($"{guides:N0} guides, {engines.Corpus.Parts.Count:N0} parts; {queries.Count} queries x {rounds} rounds; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"| Kind | {string.Join(" | ", names.Select(n => n + " p50 | " + n + " p99"))} |");
        foreach (var kind in kinds.Cast<SearchCorpus.QueryKind?>().Append(null))
        {
            var row = new List<string>();
            for (var e = 0; e < names.Count; e++)
            {
                var all = Enumerable.Range(0, queries.Count).Where(i => kind is null || queries[i].Kind == kind).SelectMany(i => times[e][i]).Order().ToArray();
                row.Add(Micro(all[all.Length / 2]) + " | " + Micro(all[(int)(all.Length * 0.99)]));
            }

            Console.WriteLine($"| {kind?.ToString() ?? "**All**"} | {string.Join(" | ", row)} |");
        }

        Console.WriteLine("Bytes allocated a query: " + string.Join(", ", names.Select((n, e) => $"{n} {bytes[e] / (rounds * queries.Count):N0} B")));
        var found = queries.Select((q, i) => engines.Ours.Search(q.Query, languages[i], 20).Count).ToArray();
        Console.WriteLine($"Queries that find something: ours {found.Count(f => f > 0)} of {queries.Count}, Lucene {queries.Select((q, i) => engines.Lucene.Search(q.Query, languages[i]).Count).Count(f => f > 0)}");

        // Completions: 3 to 6 letters of a title word, with the words before it.
        var prefixes = queries.Where(q => q.Kind == SearchCorpus.QueryKind.Prefix).Select(q => q.Query).ToArray();
        var suggest = new List<double>();
        var suggestBytes = GC.GetAllocatedBytesForCurrentThread();
        for (var round = -1; round < rounds; round++)
        {
            for (var i = 0; i < prefixes.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                engines.Ours.Suggest(prefixes[i], ["fr", "en", "es", "de"], 10);
                if (round >= 0) suggest.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        suggestBytes = (GC.GetAllocatedBytesForCurrentThread() - suggestBytes) / ((rounds + 1) * prefixes.Length);
        suggest.Sort();
        Console.WriteLine($"Suggest: p50 {Micro(suggest[suggest.Count / 2])}, p99 {Micro(suggest[(int)(suggest.Count * 0.99)])}, {suggestBytes:N0} B a call");

        foreach (var words in new[] { 100, 300 })
        {
            var query = engines.Corpus.Pathological(words);
            var line = new List<string>();
            for (var e = 0; e < names.Count; e++)
            {
                var best = double.MaxValue;
                for (var r = 0; r < 5; r++)
                {
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        if (e == 0) engines.Ours.Search(query, ["fr"], 20);
                        else if (names[e] == "Before") engines.Before!(query, ["fr"]);
                        else engines.Lucene.Search(query, ["fr"]);
                    }
                    catch (Exception ex)
                    {
                        line.Add($"{names[e]} threw {ex.GetType().Name}");
                        break;
                    }

                    best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }

                if (best < double.MaxValue) line.Add($"{names[e]} {Micro(best)}");
            }

            Console.WriteLine($"{words} misspelt words (best of 5): {string.Join(", ", line)}");
        }

        Console.WriteLine($"Index: ours {engines.Bytes.Length:N0} B (written in {engines.WriteTime.TotalSeconds:F1} s, loaded in {engines.LoadTime.TotalMilliseconds:F0} ms: {engines.Ours.TermCount:N0} terms, {engines.Ours.WordCount:N0} words, {engines.Ours.TitleCount:N0} titles)" +
            $" ({Deflated(engines.Bytes):N0} B deflated)" +
            (engines.BeforeBytes is null ? "" : $"; before {engines.BeforeBytes.Length:N0} B ({Deflated(engines.BeforeBytes):N0} B deflated)") +
            $"; Lucene {engines.Lucene.SizeInBytes:N0} B, built in {engines.LuceneBuildTime.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// <c>search-profile N SECONDS [KIND]</c>: our engine alone (no Lucene index) on N guides, the queries of one kind (or
    /// all) in a loop for SECONDS: a process to attach a profiler to (dotnet-trace). Prints the mean and p50 a query by
    /// kind, for the pruned ranking and the exhaustive one, alternating query by query.
    /// </summary>
    public static void Profile(int guides, int seconds, string? kind)
    {
        var corpus = SearchCorpus.Build(guides);
        var index = SearchIndex.Load(SearchIndexWriter.Write(corpus.Documents()));
        var queries = corpus.Queries(40).Where(q => kind is null || q.Kind.ToString() == kind || q.Query.Trim() == kind).ToArray();
        var languages = queries.Select(q => (IReadOnlyList<string>)[q.Language]).ToArray();
        var kinds = Enum.GetValues<SearchCorpus.QueryKind>().Length;
        var times = new List<double>[2, kinds];
        for (var m = 0; m < 2; m++) for (var k = 0; k < kinds; k++) times[m, k] = [];
        Console.WriteLine($"profiling {queries.Length} queries for {seconds} s (pid {Environment.ProcessId})");
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < queries.Length; i++)
            {
                for (var m = 0; m < 2; m++)
                {
                    var start = Stopwatch.GetTimestamp();
                    index.Search(queries[i].Query, languages[i], 20, exhaustive: m == 1, out _);
                    times[m, (int)queries[i].Kind].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
        }

        for (var k = 0; k < kinds; k++)
        {
            if (times[0, k].Count == 0) continue;
            var line = new List<string>();
            for (var m = 0; m < 2; m++)
            {
                var sorted = times[m, k].Order().ToArray();
                line.Add($"{(m == 0 ? "pruned" : "exhaustive")} mean {Micro(sorted.Average())} p50 {Micro(sorted[sorted.Length / 2])}");
            }

            Console.WriteLine($"{(SearchCorpus.QueryKind)k}: {string.Join("; ", line)} ({times[0, k].Count:N0} calls)");
        }

        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        if (Environment.GetEnvironmentVariable("SEARCH_PROFILE_QUERIES") is null) return;
        for (var i = 0; i < queries.Length; i++)
        {
            index.Search(queries[i].Query, languages[i], 20, exhaustive: true, out _);
            var matched = SearchIndex.ScoredByLastSearch;
            var best = double.MaxValue;
            for (var r = 0; r < 20; r++)
            {
                var start = Stopwatch.GetTimestamp();
                index.Search(queries[i].Query, languages[i], 20, exhaustive: false, out _);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }

            Console.WriteLine($"{queries[i].Kind} \"{queries[i].Query}\" [{queries[i].Language}]: matched {matched:N0}, scored {SearchIndex.ScoredByLastSearch:N0}, best {Micro(best)}");
        }
    }

    /// <summary>The bytes' size deflated (as the generator packs the index into the assembly, before its 7-bit text).</summary>
    private static long Deflated(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return output.Length;
    }

    private static string Micro(double value) => value >= 1000
        ? (value / 1000).ToString("N2", CultureInfo.InvariantCulture) + " ms"
        : value.ToString("N1", CultureInfo.InvariantCulture) + " µs";
}

/// <summary>
/// Warm queries on <see cref="SearchCorpus"/> at 10,000 guides, one kind of query an operation set (40 queries of that
/// kind, <see cref="SearchCorpus.Queries"/>): ours beside Lucene.Net 4.8 and, when built with it, the engine before.
/// One operation is one query: the mean and the allocations are per query.
/// </summary>
[Config(typeof(SteadierConfig))]
public class SearchEngineBenchmarks
{
    private const int PerKind = 40;

    private SearchEngines _engines = null!;
    private (string Query, IReadOnlyList<string> Languages)[] _queries = null!;

    [Params(10_000)]
    public int N { get; set; }

    [Params("OneWord", "TwoWords", "ThreeWords", "FourWords", "Typo", "Prefix")]
    public string Kind { get; set; } = "OneWord";

    [GlobalSetup]
    public void Setup()
    {
        _engines = SearchEngines.For(N);
        _queries = _engines.Corpus.Queries(PerKind).Where(q => q.Kind.ToString() == Kind)
            .Select(q => (q.Query, (IReadOnlyList<string>)[q.Language])).ToArray();
        if (_queries.Length != PerKind) throw new InvalidOperationException("Every kind has " + PerKind + " queries.");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PerKind, Description = "Lucene.Net 4.8")]
    public int Lucene()
    {
        var found = 0;
        foreach (var (query, languages) in _queries) found += _engines.Lucene.Search(query, languages).Count;
        return found;
    }

#if SEARCH_BASELINE
    [Benchmark(OperationsPerInvoke = PerKind, Description = "Before (the baseline worktree)")]
    public int Before()
    {
        var found = 0;
        foreach (var (query, languages) in _queries) found += _engines.Before!(query, languages);
        return found;
    }
#endif

    [Benchmark(OperationsPerInvoke = PerKind, Description = "Ours")]
    public int Ours()
    {
        var found = 0;
        foreach (var (query, languages) in _queries) found += _engines.Ours.Search(query, languages, 20).Count;
        return found;
    }
}

/// <summary>Completions (<see cref="SearchIndex.Suggest"/>) of the prefix queries of <see cref="SearchCorpus"/> at 10,000 guides.</summary>
[Config(typeof(SteadierConfig))]
public class SuggestBenchmarks
{
    private const int Count = 40;

    private SearchEngines _engines = null!;
    private string[] _prefixes = null!;

    [Params(10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engines = SearchEngines.For(N);
        _prefixes = _engines.Corpus.Queries(Count).Where(q => q.Kind == SearchCorpus.QueryKind.Prefix).Select(q => q.Query).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Ours, Suggest(prefix), 10 titles")]
    public int Suggest()
    {
        var found = 0;
        foreach (var prefix in _prefixes) found += _engines.Ours.Suggest(prefix, ["fr", "en", "es", "de"], 10).Count;
        return found;
    }
}
