using Xunit.Abstractions;

namespace Guides.Search.Tests;

/// <summary>The judged set (<see cref="JudgedSet"/>) against the engine: top-1 at least nine times in ten.</summary>
public sealed class JudgedQueries(ITestOutputHelper output)
{
    [Fact]
    public void The_judged_set_finds_the_expected_hit_first_at_least_nine_times_in_ten()
    {
        var guides = Corpus.Guides;
        var index = SearchIndex.Load(IndexBuilder.Write(Corpus.Documents(guides)));
        int top1 = 0, top3 = 0;
        foreach (var (language, query, key, kind, part) in JudgedSet.Queries)
        {
            var expected = guides.Single(g => g.Key == key && g.Language == language).Number;
            var results = index.Search(query, [language, "en"], 3);
            var rank = -1;
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Guide == expected && results[i].Kind == kind && results[i].Part == part) rank = i;
            }

            if (rank == 0) top1++;
            if (rank >= 0) top3++;
            if (rank != 0)
            {
                output.WriteLine($"MISS [{language}] \"{query}\": expected {key} {kind} {part}, rank {(rank < 0 ? "> 3" : (rank + 1).ToString())}; got " +
                    string.Join(", ", results.Select(r => $"{guides[r.Guide].Key} {r.Kind} {r.Part} ({r.Score:0.00})")));
            }
        }

        output.WriteLine($"Judged queries: {JudgedSet.Queries.Length}; top-1 {top1} ({100.0 * top1 / JudgedSet.Queries.Length:0.0}%), top-3 {top3} ({100.0 * top3 / JudgedSet.Queries.Length:0.0}%)");
        Assert.True(JudgedSet.Queries.Length >= 40);
        Assert.True(top1 >= 0.9 * JudgedSet.Queries.Length, $"top-1 {top1}/{JudgedSet.Queries.Length}");
    }
}
