using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Guides.Benchmarks;

/// <summary>
/// Warm queries, ours beside Lucene.Net's: the libraries of 1,000 and 10,000 guides that bench/scale-build.sh built,
/// each searched through its catalog's <c>Search(query, culture)</c> (20 hits with their snippets), and Lucene's
/// in-memory index of the same guides' parts (<see cref="LuceneBaseline"/>, BM25, the same languages in the same
/// order, 20 hits with their stored fields). One operation is one query; each invocation runs the
/// <see cref="SearchLibrary.Queries"/> once, so the mean and the allocations are per query, averaged over the set.
/// </summary>
[Config(typeof(ShortConfig))]
public class SearchBenchmarks
{
    private const int Operations = 12;

    private (string Query, CultureInfo Culture, IReadOnlyList<string> Languages)[] _queries = null!;
    private Func<string, CultureInfo?, IReadOnlyList<GuideSearchHit>> _search = null!;
    private LuceneBaseline _lucene = null!;

    [Params(1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var library = new SearchLibrary(CorpusLibrary.PathOf(N), defaultContext: false);
        _search = library.Search;
        _queries = SearchLibrary.Queries.Select(q => (q.Query, CultureInfo.GetCultureInfo(q.Culture), library.LanguagesFor(CultureInfo.GetCultureInfo(q.Culture)))).ToArray();
        _lucene = LuceneBaseline.Build(library.LuceneDocuments());
        if (_queries.Length != Operations) throw new InvalidOperationException("Operations must be the number of queries");
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "Lucene.Net 4.8, warm query")]
    public int Lucene()
    {
        var found = 0;
        foreach (var (query, _, languages) in _queries) found += _lucene.Search(query, languages).Count;
        return found;
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "Ours, warm query (GuideCatalog.Search)")]
    public int Ours()
    {
        var found = 0;
        foreach (var (query, culture, _) in _queries) found += _search(query, culture).Count;
        return found;
    }
}
