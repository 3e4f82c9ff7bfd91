using System.Diagnostics;
using System.Globalization;
using Guides.Search;
using Judged = Guides.Search.Tests;

namespace Guides.Benchmarks;

/// <summary>
/// The search measurements that are not BenchmarkDotNet runs: the first query of a new process (a child process per
/// measurement), per-query latency percentiles, index sizes, and the judged set's accuracy for both engines.
/// </summary>
internal static class SearchProbes
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// <c>first-query DLL RUNS</c>: RUNS new processes per engine, alternating, each timing its first query from before the
    /// library's load to the hits; prints each run and the medians.
    /// </summary>
    public static void FirstQuery(string library, int runs)
    {
        var ours = new List<double[]>();
        var lucene = new List<double[]>();
        for (var run = 0; run < runs; run++)
        {
            ours.Add(Child("first-query-ours", library));
            lucene.Add(Child("first-query-lucene", library));
            Console.WriteLine($"run {run + 1}: ours {ours[^1][0]:F1} ms; Lucene {lucene[^1][0]:F1} ms (read guides {lucene[^1][1]:F0}, index {lucene[^1][2]:F0}, query {lucene[^1][3]:F1})");
        }

        double Median(List<double[]> values, int i)
        {
            var sorted = values.Select(v => v[i]).Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var (o, l) = (Median(ours, 0), Median(lucene, 0));
        Console.WriteLine($"median of {runs}: ours {o:F1} ms (load {Median(ours, 1):F1}, query {Median(ours, 2):F1}); Lucene {l:F1} ms (load + read guides {Median(lucene, 1):F0}, " +
            $"index {Median(lucene, 2):F0}, first query {Median(lucene, 3):F1}); Lucene / ours {l / o:F0} x, Lucene's index build / ours {Median(lucene, 2) / o:F0} x");
    }

    private static double[] Child(string command, string library)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(library);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Trim().Split('\n')[^1];
        if (process.ExitCode != 0 || !last.StartsWith("ms ", StringComparison.Ordinal)) throw new InvalidOperationException(command + ": " + output);
        return last[3..].Split(' ').Select(v => double.Parse(v, Invariant)).ToArray();
    }

    private const string FirstQueryText = "vérifier mes remboursements";

    /// <summary>In a new process: load the library, first <c>GuideCatalog.Search</c>. Prints "ms total load query".</summary>
    public static void FirstQueryOurs(string library, bool breakdown = false)
    {
        var watch = Stopwatch.StartNew();
        var loaded = new SearchLibrary(library, defaultContext: true);
        var load = watch.Elapsed.TotalMilliseconds;
        if (breakdown)
        {
            // Where the first query goes, step by step (not the measured path: each step is timed after the one before).
            var bytes = loaded.IndexBytes();
            var copied = watch.Elapsed.TotalMilliseconds;
            GuideSearch.Search(loaded.IndexData(), _ => null!, "zzzzzzzz", ["xx"]);
            var read = watch.Elapsed.TotalMilliseconds;
            GuideSearch.Search(loaded.IndexData(), _ => null!, "zzzzzzzz", ["fr"]);
            var miss = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"breakdown: load {load:F0} ms, index bytes ({bytes:N0} B) {copied - load:F0} ms, index read {read - copied:F0} ms, " +
                $"a query matching nothing {miss - read:F1} ms");
            load = watch.Elapsed.TotalMilliseconds;
        }

        var hits = loaded.Search(FirstQueryText, CultureInfo.GetCultureInfo("fr"));
        var total = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"{hits.Count} hits, first {hits[0].Guide.Id} {hits[0].Step?.Number}");
        Console.WriteLine(string.Create(Invariant, $"ms {total} {load} {total - load}"));
    }

    /// <summary>
    /// In a new process: load the library, read its guides, build Lucene's index, first query. Prints
    /// "ms total load+read index query".
    /// </summary>
    public static void FirstQueryLucene(string library)
    {
        var watch = Stopwatch.StartNew();
        var loaded = new SearchLibrary(library, defaultContext: true);
        var documents = loaded.LuceneDocuments();
        var read = watch.Elapsed.TotalMilliseconds;
        using var lucene = LuceneBaseline.Build(documents);
        var built = watch.Elapsed.TotalMilliseconds;
        var hits = lucene.Search(FirstQueryText, loaded.LanguagesFor(CultureInfo.GetCultureInfo("fr")));
        var total = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"{hits.Count} hits, first guide {hits[0].Guide} kind {hits[0].Kind} part {hits[0].Part}; {documents.Count:N0} documents");
        Console.WriteLine(string.Create(Invariant, $"ms {total} {read} {built - read} {total - built}"));
    }

    /// <summary>
    /// <c>search-latency DLL ROUNDS</c>: after a warm-up, every query of <see cref="SearchLibrary.Queries"/> ROUNDS times
    /// per engine, each call timed alone (Stopwatch), engines alternating by round; p50, p95 and the bytes allocated per
    /// query (<see cref="GC.GetAllocatedBytesForCurrentThread"/> around each engine's loop). Also the index sizes.
    /// </summary>
    public static void Latency(string library, int rounds)
    {
        var loaded = new SearchLibrary(library, defaultContext: true);
        var documents = loaded.LuceneDocuments();
        using var lucene = LuceneBaseline.Build(documents);
        var queries = SearchLibrary.Queries.Select(q => (q.Query, Culture: CultureInfo.GetCultureInfo(q.Culture), Languages: loaded.LanguagesFor(CultureInfo.GetCultureInfo(q.Culture)))).ToArray();
        var data = loaded.IndexData();
        var guideAt = loaded.GuideAt;
        var ranking = new List<double>(rounds * queries.Length);
        var ours = new List<double>(rounds * queries.Length);
        var exact = new List<double>(rounds * queries.Length);
        var theirs = new List<double>(rounds * queries.Length);
        long oursBytes = 0, theirBytes = 0;
        // Each call timed alone; the delegates are made once, so that they allocate nothing in the loops.
        Action<int> oursSearch = q => loaded.Search(queries[q].Query, queries[q].Culture);
        // Ours with one hit (one snippet): mostly the ranking, what a query costs before its 20 snippets.
        Action<int> oursRanking = q => GuideSearch.Search(data, guideAt, queries[q].Query, queries[q].Languages, 1);
        Action<int> luceneSearch = q => lucene.Search(queries[q].Query, queries[q].Languages);
        void Timed(List<double> samples, bool measured, Action<int> search)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                search(q);
                if (measured) samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        for (var round = -Math.Max(20, rounds / 10); round < rounds; round++)
        {
            var measured = round >= 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            Timed(ours, measured, oursSearch);
            var middle = GC.GetAllocatedBytesForCurrentThread();
            Timed(ranking, measured, oursRanking);
            var lucenes = GC.GetAllocatedBytesForCurrentThread();
            Timed(theirs, measured, luceneSearch);
            var afterLucene = GC.GetAllocatedBytesForCurrentThread();
            // Lucene without fuzzy words: what it costs when typos are not looked for.
            lucene.Fuzzy = false;
            Timed(exact, measured, luceneSearch);
            lucene.Fuzzy = true;
            if (measured)
            {
                oursBytes += middle - before;
                theirBytes += afterLucene - lucenes;
            }
        }

        static double Percentile(List<double> values, double p)
        {
            var sorted = values.Order().ToArray();
            return sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];
        }

        var count = rounds * queries.Length;
        Console.WriteLine($"{library}: {rounds} rounds of {queries.Length} queries per engine");
        Console.WriteLine($"ours:   p50 {Percentile(ours, 0.5):F1} µs, p95 {Percentile(ours, 0.95):F1} µs, mean {ours.Average():F1} µs, {oursBytes / count:N0} B allocated a query");
        Console.WriteLine($"ours, 1 hit (ranking and one snippet): p50 {Percentile(ranking, 0.5):F1} µs, p95 {Percentile(ranking, 0.95):F1} µs");
        Console.WriteLine($"Lucene: p50 {Percentile(theirs, 0.5):F1} µs, p95 {Percentile(theirs, 0.95):F1} µs, mean {theirs.Average():F1} µs, {theirBytes / count:N0} B allocated a query");
        Console.WriteLine($"Lucene without fuzzy words: p50 {Percentile(exact, 0.5):F1} µs, p95 {Percentile(exact, 0.95):F1} µs");
        for (var q = 0; q < queries.Length; q++)
        {
            var mine = Enumerable.Range(0, rounds).Select(r => ours[r * queries.Length + q]).ToList();
            var other = Enumerable.Range(0, rounds).Select(r => theirs[r * queries.Length + q]).ToList();
            var one = Enumerable.Range(0, rounds).Select(r => ranking[r * queries.Length + q]).ToList();
            var found = lucene.Search(queries[q].Query, queries[q].Languages).Count;
            Console.WriteLine($"  [{queries[q].Culture.Name}] \"{queries[q].Query}\": ours p50 {Percentile(mine, 0.5):F1} µs ({loaded.Search(queries[q].Query, queries[q].Culture).Count} hits; " +
                $"1 hit {Percentile(one, 0.5):F1} µs), Lucene p50 {Percentile(other, 0.5):F1} µs ({found} hits of {lucene.LastTotalHits:N0} matched)");
        }

        var markdown = loaded.MarkdownBytes();
        var index = loaded.IndexBytes();
        Console.WriteLine($"Markdown {markdown:N0} B; our index {index:N0} B ({100.0 * index / markdown:F1} %); Lucene's RAMDirectory {lucene.SizeInBytes:N0} B " +
            $"({100.0 * lucene.SizeInBytes / markdown:F1} %), {lucene.DocumentCount:N0} documents");
    }

    /// <summary>
    /// <c>relevance</c>: the search tests' judged set (tests/Guides.Search.Tests/JudgedSet.cs) on their corpus, top-1 and
    /// top-3 for ours (the generator's index writer, the runtime's <c>GuideSearch.Search</c>) and for Lucene (BM25 and
    /// Lucene 4.8's default TF-IDF), each query in its language then English, as the test searches.
    /// </summary>
    public static void Relevance()
    {
        var guides = Judged.Corpus.Guides;
        var documents = Judged.Corpus.Documents(guides).ToList();
        // Our index with one "guide" number per document, in the same order, so that a hit tells which part it is: the
        // writer sorts documents by (guide, language, kind, part), which is already their order, so scores and ties are
        // those of the test's index.
        var index = SearchIndexWriter.Write(documents.Select((d, i) => new SearchDocument(i, d.Language, d.Kind, d.Part, d.Fields)).ToList());
        var partOf = new Dictionary<Guide, int>(ReferenceEqualityComparer.Instance);
        Guide GuideAt(int document)
        {
            var guide = guides[documents[document].Guide].ToGuide();
            partOf[guide] = document;
            return guide;
        }

        Report("Ours (GuideSearch.Search)", (query, languages) => GuideSearch.Search(index, GuideAt, query, languages, 3)
            .Select(h => documents[partOf[h.Guide]]).Select(d => (d.Guide, (int)d.Kind, d.Part)).ToList());

        var luceneDocuments = documents.Select(d => new LuceneDocument(d.Guide, d.Language, (int)d.Kind, d.Part,
            d.Fields.Length > 1 ? d.Fields[0].Text : null, d.Fields[^1].Text)).ToList();
        foreach (var (bm25, fuzzy) in new[] { (true, true), (false, true), (true, false) })
        {
            using var lucene = LuceneBaseline.Build(luceneDocuments, bm25);
            lucene.Fuzzy = fuzzy;
            Report($"Lucene.Net 4.8 ({(bm25 ? "BM25" : "default TF-IDF")}{(fuzzy ? "" : ", no fuzzy words")})", (query, languages) =>
                lucene.Search(query, languages, 3).Select(h => (h.Guide, h.Kind, h.Part)).ToList());
        }

        void Report(string engine, Func<string, string[], List<(int Guide, int Kind, int Part)>> search)
        {
            int top1 = 0, top3 = 0;
            var misses = new List<string>();
            foreach (var (language, query, key, kind, part) in Judged.JudgedSet.Queries)
            {
                var expected = (guides.Single(g => g.Key == key && g.Language == language).Number, (int)kind, part);
                var results = search(query, [language, "en"]);
                var rank = results.IndexOf(expected);
                if (rank == 0) top1++;
                if (rank >= 0) top3++;
                if (rank != 0)
                {
                    misses.Add($"  MISS [{language}] \"{query}\": expected {key} {kind} {part}, rank {(rank < 0 ? "> 3" : (rank + 1).ToString(Invariant))}; got " +
                        string.Join(", ", results.Select(r => $"{guides[r.Guide].Key} {(SearchPart)r.Kind} {r.Part}")));
                }
            }

            var count = Judged.JudgedSet.Queries.Length;
            Console.WriteLine($"{engine}: {count} judged queries; top-1 {top1} ({100.0 * top1 / count:F1} %), top-3 {top3} ({100.0 * top3 / count:F1} %)");
            misses.ForEach(Console.WriteLine);
        }
    }
}
