using Xunit.Abstractions;

namespace Guides.Search.Tests;

/// <summary>
/// A library split into shards is searched as one index of all its guides: each shard's index, scored with the
/// statistics of every shard (<see cref="ShardStatistics"/>), gives its documents the scores the one index gives them, to
/// the bit, and the shards' best results merged in the one index's order (score, then language, guide, part) are the one
/// index's results. The corpus and queries are <see cref="PruningTests"/>': thousands of documents in four languages.
/// </summary>
public sealed class ShardStatisticsTests(ITestOutputHelper output)
{
    private const int Shards = 3;

    private static readonly Doc[] Documents = PruningTests.Documents(4000);

    private static readonly SearchIndex One = IndexBuilder.Build(Documents);

    /// <summary>
    /// Guide g in shard g % 3 (guides of every shard interleave in the one index's order), numbered in its shard in the
    /// same order; the map gives each shard's guide number back its number in the one index.
    /// </summary>
    private static readonly (SearchIndex Index, int[] GlobalGuide)[] Split = MakeShards();

    private static (SearchIndex, int[])[] MakeShards()
    {
        var shards = new (SearchIndex, int[])[Shards];
        for (var s = 0; s < Shards; s++)
        {
            var guides = Documents.Select(d => d.Guide).Where(g => g % Shards == s).Distinct().Order().ToArray();
            var local = guides.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
            shards[s] = (IndexBuilder.Build([.. Documents.Where(d => d.Guide % Shards == s).Select(d => d with { Guide = local[d.Guide] })]), guides);
        }

        var statistics = new ShardStatistics([.. shards.Select(s => s.Item1)]);
        return [.. shards.Select(s => (s.Item1.WithStatistics(statistics), s.Item2))];
    }

    /// <summary>The shards' results for one language, merged: score, then the one index's document order (language, guide, part).</summary>
    private static List<(int Guide, SearchPart Kind, int Part, double Score, string[] Terms, string? Correction)> Merged(string query, string language, int limit)
    {
        var merged = new List<(SearchResult Result, int Guide, string? Correction)>();
        foreach (var (index, global) in Split)
        {
            var results = index.Search(query, [language], limit, out var correction);
            merged.AddRange(results.Select(r => (r, global[r.Guide], correction)));
        }

        return [.. merged
            .OrderByDescending(m => m.Result.Score)
            .ThenBy(m => m.Result.Language, StringComparer.Ordinal)
            .ThenBy(m => m.Guide)
            .ThenBy(m => m.Result.Document)
            .Take(limit)
            .Select(m => (m.Guide, m.Result.Kind, m.Result.Part, m.Result.Score, m.Result.MatchedTerms, m.Correction))];
    }

    [Fact]
    public void The_shards_rank_as_one_index_to_the_bit()
    {
        int queries = 0, compared = 0, found = 0;
        foreach (var (query, languages, limit) in PruningTests.Queries(1500))
        {
            queries++;
            foreach (var language in languages)
            {
                var expected = One.Search(query, [language], limit, out var correction);
                var actual = Merged(query, language, limit);
                if (correction is not null || actual.Any(a => a.Correction is not null))
                {
                    // A word found nowhere is looked up for typos in each shard's own dictionary (ShardedSearch's remarks).
                    continue;
                }

                compared++;
                var context = $"\"{query}\" in {language}, top {limit}";
                Assert.True(expected.Count == actual.Count, $"{context}: {expected.Count} results in one index, {actual.Count} in the shards");
                for (var i = 0; i < expected.Count; i++)
                {
                    var (e, a) = (expected[i], actual[i]);
                    Assert.True(
                        e.Guide == a.Guide && e.Kind == a.Kind && e.Part == a.Part && BitConverter.DoubleToInt64Bits(e.Score) == BitConverter.DoubleToInt64Bits(a.Score),
                        $"{context}, rank {i + 1}: guide {e.Guide} {e.Kind} {e.Part} score {e.Score:R} in one index, guide {a.Guide} {a.Kind} {a.Part} score {a.Score:R} in the shards");
                    Assert.Equal(e.MatchedTerms, a.Terms);
                }

                if (expected.Count > 0) found++;
            }
        }

        output.WriteLine($"{queries} queries, {compared} searches of a language compared, {found} find something");
        Assert.True(found > compared / 2, $"{found} of {compared} searches find something");
    }

    [Fact]
    public void A_shard_alone_scores_with_its_own_statistics_and_its_view_with_everyones()
    {
        // The statistics change the scores: a view is not the shard searched alone (else the test above proves nothing).
        var word = PruningTests.Vocabulary[0] + " ";
        var alone = IndexBuilder.Build([.. Documents.Where(d => d.Guide % Shards == 0)]).Search(word, ["en"], 5);
        var view = Split[0].Index.Search(word, ["en"], 5);
        Assert.NotEmpty(alone);
        Assert.Equal(alone.Count, view.Count);
        Assert.NotEqual(alone.Select(r => r.Score), view.Select(r => r.Score));
    }
}
