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

    private static readonly Doc[] Documents = [.. PruningTests.Documents(4000).Select(d => d.Kind == SearchPart.Guide ? d with { Fields = [.. d.Fields, (Signature(d.Guide), 1f)] } : d)];

    /// <summary>
    /// A word of one guide alone (so of one shard), one or two letters from the other guides' (velor + two syllables
    /// numbering the guide, 9 letters: two edits allowed): a misspelt one is near words of several shards at once, at one
    /// and at two edits.
    /// </summary>
    private static string Signature(int guide)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        string Syllable(int n) => consonants[n / 5 % consonants.Length].ToString() + vowels[n % 5];
        return "velor" + Syllable(guide / 85) + Syllable(guide % 85);
    }

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

    /// <summary>
    /// Asserts that the shards give the one index's results for the query: the same parts in the same order, the same
    /// scores to the bit, the same matched terms, and every result the one index's correction. Returns how many.
    /// </summary>
    private static int AssertSameAsOneIndex(string query, string language, int limit)
    {
        var expected = One.Search(query, [language], limit, out var correction);
        var actual = Merged(query, language, limit);
        var context = $"\"{query}\" in {language}, top {limit}";
        Assert.True(expected.Count == actual.Count, $"{context}: {expected.Count} results in one index, {actual.Count} in the shards");
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(
                e.Guide == a.Guide && e.Kind == a.Kind && e.Part == a.Part && BitConverter.DoubleToInt64Bits(e.Score) == BitConverter.DoubleToInt64Bits(a.Score),
                $"{context}, rank {i + 1}: guide {e.Guide} {e.Kind} {e.Part} score {e.Score:R} in one index, guide {a.Guide} {a.Kind} {a.Part} score {a.Score:R} in the shards");
            Assert.Equal(e.MatchedTerms, a.Terms);
            Assert.True(correction == a.Correction, $"{context}, rank {i + 1}: corrected to '{correction}' by one index, '{a.Correction}' by this result's shard");
        }

        return expected.Count;
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
                compared++;
                if (AssertSameAsOneIndex(query, language, limit) > 0) found++;
            }
        }

        output.WriteLine($"{queries} queries, {compared} searches of a language compared, {found} find something");
        Assert.True(found > compared / 2, $"{found} of {compared} searches find something");
    }

    [Fact]
    public void Misspelt_words_are_corrected_and_ranked_as_one_index_corrects_and_ranks_them()
    {
        // Words of one guide each (so of one shard), misspelt four ways (a letter dropped, doubled, changed, two swapped),
        // alone and after a word that is found: the terms a typo matches are chosen over every shard's dictionary, with
        // every shard's document counts, as one index chooses them; a shard that has not the word itself must not fall
        // back on its own nearest words, nor correct to them.
        int compared = 0, found = 0, corrected = 0;
        foreach (var guide in Enumerable.Range(0, 90).Select(g => g * 7))
        {
            var word = Signature(guide);
            string[] typos = [word.Remove(2, 1), word.Insert(3, word[3].ToString()), word[..1] + (word[1] == 'z' ? 'y' : 'z') + word[2..], word[..2] + word[3] + word[2] + word[4..]];
            foreach (var typo in typos.Distinct())
            {
                foreach (var query in new[] { typo, PruningTests.Vocabulary[1] + " " + typo })
                {
                    // The guide's own language (the corpus's guides are in fr, fr-CA, en and de in turn), and English.
                    foreach (var language in new[] { new[] { "fr", "fr-CA", "en", "de" }[guide % 4], "en" }.Distinct())
                    {
                        compared++;
                        if (AssertSameAsOneIndex(query, language, 500) > 0) found++;
                        if (One.Search(query, [language], 1, out var correction).Count > 0 && correction is not null) corrected++;
                    }
                }
            }
        }

        // A word that is its own stem is matched as a term, with no correction to show (search.md, "Typos").
        output.WriteLine($"{compared} searches compared, {found} found something, {corrected} corrected by one index");
        Assert.True(found > compared * 3 / 4, $"only {found} of {compared} searches found something");
        Assert.True(corrected > 100, $"only {corrected} of {compared} searches were corrected");
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
