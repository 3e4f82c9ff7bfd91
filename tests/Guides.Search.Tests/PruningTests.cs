using Xunit.Abstractions;

namespace Guides.Search.Tests;

/// <summary>
/// The ranking skips the documents that cannot enter the results (MaxScore with block maxima, <c>RankPruned</c>) and must
/// give what scoring every matched document gives (<c>RankExhaustive</c>, the engine's simple path, kept for this): the
/// same documents in the same order with the same scores to the bit, the same matched terms and the same correction,
/// over many queries on an index large enough for the pruning to skip (postings of thousands of documents, blocks of 64).
/// </summary>
public sealed class PruningTests(ITestOutputHelper output)
{
    internal static readonly string[] Vocabulary = MakeVocabulary(400);

    /// <summary>4,000 documents in fr, fr-CA, en and de; words drawn from a Zipf law, so that a few are in most documents.</summary>
    private static readonly SearchIndex Index = IndexBuilder.Build(Documents(4000));

    private static string[] MakeVocabulary(int count)
    {
        var random = new Random(2401);
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>();
        while (words.Count < count)
        {
            var syllables = 1 + random.Next(4);
            var word = new System.Text.StringBuilder();
            for (var s = 0; s < syllables; s++) word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            if (random.Next(3) == 0) word.Append(consonants[random.Next(consonants.Length)]);
            words.Add(word.ToString());
        }

        return words.ToArray();
    }

    /// <summary>A word of the vocabulary, word r with a weight of 1 / (r + 1).</summary>
    private static string Zipf(Random random)
    {
        var rank = (int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(Vocabulary.Length + 1))) - 1;
        return Vocabulary[Math.Clamp(rank, 0, Vocabulary.Length - 1)];
    }

    private static string Words(Random random, int min, int max) =>
        string.Join(" ", Enumerable.Range(0, min + random.Next(max - min + 1)).Select(_ => Zipf(random)));

    internal static Doc[] Documents(int count)
    {
        var random = new Random(2402);
        var languages = new[] { "fr", "fr-CA", "en", "de" };
        var documents = new List<Doc>();
        for (var guide = 0; documents.Count < count; guide++)
        {
            var language = languages[guide % languages.Length];
            documents.Add(new Doc(guide, language, SearchPart.Guide, 0, (Words(random, 2, 8), 4f), (Words(random, 5, 40), 2f)));
            for (var step = 1; step <= 1 + random.Next(6); step++)
            {
                documents.Add(new Doc(guide, language, SearchPart.Step, step, (Words(random, 1, 6), 3f), (Words(random, 3, 120), 1f)));
            }

            documents.Add(new Doc(guide, language, SearchPart.Tip, 0, (Words(random, 1, 30), 1f)));
        }

        return documents.ToArray();
    }

    /// <summary>
    /// Queries as readers type them: 1 to 8 words, frequent and rare, repeated, misspelt, unknown, the last one being
    /// typed (two letters of it: a word of dozens of terms, which the pruned ranking merges into one list).
    /// </summary>
    public static IEnumerable<(string Query, string[] Languages, int Limit)> Queries(int count)
    {
        var random = new Random(2403);
        var languageLists = new[] { new[] { "fr" }, ["en"], ["de"], ["fr-CA"], ["xx", "en"], ["de", "fr"] };
        var limits = new[] { 1, 3, 10, 20, 50 };
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, 1 + Math.Min(random.Next(8), random.Next(8))).Select(_ => Zipf(random)).ToList();
            switch (random.Next(6))
            {
                case 0:
                    words.Add(words[0]); // a word twice
                    break;
                case 1:
                    // A typo in a word of 5 letters or more.
                    var at = words.FindIndex(w => w.Length >= 5);
                    if (at >= 0) words[at] = words[at].Remove(1 + random.Next(words[at].Length - 2), 1);
                    break;
                case 2:
                    words.Insert(random.Next(words.Count + 1), "qwxyz");
                    break;
                case 3:
                    // Two letters being typed: dozens of completions.
                    words[^1] = words[^1][..2];
                    yield return (string.Join(" ", words), languageLists[random.Next(languageLists.Length)], limits[random.Next(limits.Length)]);
                    continue;
            }

            var query = string.Join(" ", words);
            // The last word being typed (no space after it), sometimes cut short.
            if (random.Next(3) == 0)
            {
                var last = words[^1];
                if (last.Length > 3) query = query[..^(random.Next(last.Length - 2))];
            }
            else
            {
                query += " ";
            }

            yield return (query, languageLists[random.Next(languageLists.Length)], limits[random.Next(limits.Length)]);
        }
    }

    [Fact]
    public void The_pruned_ranking_is_the_exhaustive_one_to_the_bit()
    {
        int queries = 0, found = 0, pruned = 0, readAlone = 0;
        long scoredPruned = 0, scoredExhaustive = 0;
        foreach (var (query, languages, limit) in Queries(1500))
        {
            var expected = Index.Search(query, languages, limit, exhaustive: true, out var expectedCorrection);
            var exhaustiveScored = SearchIndex.ScoredByLastSearch;
            var actual = Index.Search(query, languages, limit, exhaustive: false, out var correction);
            var prunedScored = SearchIndex.ScoredByLastSearch;
            if (SearchIndex.ReadAloneByLastSearch > 0) readAlone++;
            var context = $"\"{query}\" in {string.Join(",", languages)}, top {limit}";
            Assert.True(expected.Count == actual.Count, $"{context}: {expected.Count} results exhaustive, {actual.Count} pruned");
            for (var i = 0; i < expected.Count; i++)
            {
                var (e, a) = (expected[i], actual[i]);
                Assert.True(e.Document == a.Document && BitConverter.DoubleToInt64Bits(e.Score) == BitConverter.DoubleToInt64Bits(a.Score),
                    $"{context}, rank {i + 1}: document {e.Document} score {e.Score:R} exhaustive, document {a.Document} score {a.Score:R} pruned");
                Assert.Equal(e.MatchedTerms, a.MatchedTerms);
            }

            Assert.Equal(expectedCorrection, correction);
            queries++;
            if (expected.Count > 0) found++;
            if (prunedScored < exhaustiveScored) pruned++;
            scoredPruned += prunedScored;
            scoredExhaustive += exhaustiveScored;
        }

        output.WriteLine($"{queries} queries, {found} find something; pruning skipped documents in {pruned}; a required word's documents read alone in {readAlone}; documents scored: {scoredPruned:N0} pruned, {scoredExhaustive:N0} exhaustive");
        // The set must exercise the pruning, not only queries it cannot help.
        Assert.True(found > queries / 2, $"{found} of {queries} queries find something");
        Assert.True(pruned > queries / 4, $"pruning skipped documents in {pruned} of {queries} queries");
        // And the switch to a word that every result must have (its documents read alone), which typos with frequent words need.
        Assert.True(readAlone >= 20, $"a required word's documents read alone in {readAlone} of {queries} queries");
    }

    /// <summary>
    /// <paramref name="query"/>'s top 10 in English ranked both ways (asserted the same): the documents that it matches
    /// (all scored by the exhaustive ranking), and those that the pruned ranking scored in full.
    /// </summary>
    private (int Found, int Matched, int Scored) RankBothWays(string query)
    {
        var expected = Index.Search(query, ["en"], 10, exhaustive: true, out _);
        var matched = SearchIndex.ScoredByLastSearch;
        var actual = Index.Search(query, ["en"], 10, exhaustive: false, out _);
        var scored = SearchIndex.ScoredByLastSearch;
        output.WriteLine($"\"{query}\": {matched:N0} documents matched, {scored:N0} scored");
        Assert.Equal(expected.Select(r => (r.Document, r.Score)), actual.Select(r => (r.Document, r.Score)));
        return (expected.Count, matched, scored);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_one_word_query_scores_only_the_documents_of_its_terms_highest_shares(int rank)
    {
        // A frequent word: hundreds of documents in each language. Its best documents are those of its highest shares,
        // scored before the pass (seeds, at most 32); the pass then finds no other document that may enter.
        var (found, matched, scored) = RankBothWays(Vocabulary[rank] + " ");
        Assert.True(matched >= 300, $"{matched} documents matched");
        Assert.InRange(scored, found, 32);
    }

    [Fact]
    public void A_word_that_several_languages_write_is_seeded_in_the_query_s_language()
    {
        // "api" in 300 English parts, short ones (its highest shares), and in 300 French ones, longer, the shortest last:
        // read in order, each French part beats the ones before it.
        var documents = Enumerable.Range(0, 600).Select(i => i < 300
            ? new Doc(i, "en", SearchPart.Guide, 0, ("api " + Vocabulary[i % 50], 4f))
            : new Doc(i, "fr", SearchPart.Guide, 0, ("api " + string.Join(" ", Vocabulary.Skip(i % 50).Take(3 + (599 - i) / 5)), 4f))).ToArray();
        var index = IndexBuilder.Build(documents);
        var expected = index.Search("api ", ["fr"], 10, exhaustive: true, out _);
        var actual = index.Search("api ", ["fr"], 10, exhaustive: false, out _);
        var scored = SearchIndex.ScoredByLastSearch;
        Assert.Equal(expected.Select(r => (r.Document, r.Score)), actual.Select(r => (r.Document, r.Score)));
        Assert.All(actual, r => Assert.Equal("fr", r.Language));
        // Its French parts' highest shares, not the English ones', are the seeds: nothing else is scored.
        Assert.InRange(scored, 10, 32);
    }

    [Theory]
    [InlineData(1, 0.25)]
    [InlineData(2, 0.25)]
    [InlineData(4, 0.75)]
    public void A_query_of_frequent_words_scores_a_share_of_the_documents_it_matches(int words, double share)
    {
        // The most frequent words of the vocabulary: each is in a large share of the documents.
        var (_, matched, scored) = RankBothWays(string.Join(" ", Vocabulary.Take(words)) + " ");
        Assert.True(matched >= 500, $"{matched} documents matched");
        // Four words: a document that has one of them scores a quarter of its share; the pruning skips less.
        Assert.True(scored <= share * matched, $"{scored} of {matched} matched documents scored");
    }
}
