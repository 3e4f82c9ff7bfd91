using System.Globalization;
using Guides.Search.Relevance;
using Library = Relevance.Content.GuideCatalog;

namespace Guides.Benchmarks;

/// <summary>
/// <c>relevance-real</c>: the relevance set of issue 24 (tests/Guides.Search.Tests/Relevance/queries.tsv, 251 judged
/// queries in four languages over VitePress's documentation) through ours, the generated library's <c>Search</c>, and
/// through Lucene.Net 4.8 with its language analyzers (<see cref="LuceneBaseline"/>) indexing the same guides' parts;
/// top-1, top-3 and MRR of each, in all and per language (docs/benchmarks.md, "Relevance on real content").
/// </summary>
internal static class RealRelevance
{
    public static void Run(bool misses)
    {
        var queries = RelevanceSet.Read(Path.Combine(AppContext.BaseDirectory, "Relevance", "queries.tsv"));
        // Every translation (GuideCatalog.All holds one guide an id): the pages of each language of the set.
        var guides = queries.Select(q => q.Language).Distinct().SelectMany(Library.Library.InLanguage).ToList();
        Report("Ours (GuideCatalog.Library.Search)", RelevanceSet.Score(queries,
            q => Library.Library.Search(q.Query, CultureInfo.GetCultureInfo(q.Language)).Select(h => h.Guide.Id)));

        var documents = guides.SelectMany((g, i) => LuceneDocument.Of(i, g)).ToList();
        using var lucene = LuceneBaseline.Build(documents);
        foreach (var fuzzy in new[] { true, false })
        {
            lucene.Fuzzy = fuzzy;
            // The culture's language first, then the library's default (English), as ours; 20 parts, as ours returns.
            Report($"Lucene.Net 4.8 (language analyzers, BM25, {(fuzzy ? "fuzzy from 5 letters" : "no fuzzy words")})", RelevanceSet.Score(queries,
                q => lucene.Search(q.Query, [q.Language, "en"]).Select(h => guides[h.Guide].Id)));
        }

        void Report(string engine, RelevanceScore score)
        {
            Console.WriteLine($"{engine}: {score.Summary}");
            foreach (var language in queries.Select(q => q.Language).Distinct())
            {
                Console.WriteLine($"  {language}: {score.Of(language).Summary}");
            }

            if (!misses) return;
            foreach (var r in score.Ranked.Where(r => r.Rank != 1))
            {
                Console.WriteLine($"  {r.Query.Language}\t{r.Query.Query}\t{r.Rank}\t{string.Join(", ", r.Guides.Take(3))}");
            }
        }
    }
}
