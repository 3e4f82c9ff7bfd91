namespace Guides.Search.Tests;

/// <summary>
/// The index's typo table (a deletion index written by the generator) against the plain answer: every term and word of
/// the index measured with a full edit-distance table (<see cref="LevenshteinTests"/>). Words of a small alphabet and
/// English endings, so that many are near each other and stems differ from the words; misspelt in every way.
/// </summary>
public sealed class TypoTableTests
{
    private static readonly Random Random = new(24);

    private static string Word(int length) => new(Enumerable.Range(0, length).Select(_ => "aeinrstéo"[Random.Next(9)]).ToArray());

    private static readonly string[] Vocabulary = Enumerable.Range(0, 4000)
        .Select(_ => Word(2 + Random.Next(11)) + new[] { "", "", "ing", "ed", "s", "ness" }[Random.Next(6)]).Distinct().ToArray();

    private static readonly Doc[] Documents = Enumerable.Range(0, 400)
        .Select(i => new Doc(i, i % 3 == 0 ? "fr" : "en", SearchPart.Guide, 0, (string.Join(" ", Enumerable.Range(0, 30).Select(_ => Vocabulary[Random.Next(Vocabulary.Length)])), 1f)))
        .ToArray();

    /// <summary>Each prefix length the writer chooses (0: one group, every word measured; 4; 6), and one longer.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void The_table_finds_exactly_the_terms_and_words_within_one_or_two_edits(int prefixLength)
    {
        var index = SearchIndex.Load(IndexBuilder.Write(Documents, prefixLength));
        Assert.True(index.Terms.Count > 3000 && index.Words.Count > 1000, $"{index.Terms.Count} terms, {index.Words.Count} words");
        var queries = 0;
        for (var q = 0; q < 600; q++)
        {
            // A word of the index misspelt once or twice, or a new word.
            var source = q % 3 == 2 ? Word(5 + Random.Next(10)) : q % 3 == 0 ? index.Terms[Random.Next(index.Terms.Count)] : index.Words[Random.Next(index.Words.Count)];
            var word = Misspell(source, 1 + Random.Next(2));
            var maxDistance = SearchIndex.MaxDistance(word.Length);
            if (maxDistance == 0) continue;
            queries++;
            var expected = index.Terms.Select((t, i) => (Index: i, IsWord: false, Distance: LevenshteinTests.Distance(word, t)))
                .Concat(index.Words.Select((w, i) => (Index: i, IsWord: true, Distance: LevenshteinTests.Distance(word, w))))
                .Where(x => x.Distance <= maxDistance).Order().ToList();
            Assert.Equal(expected, index.Near(word, maxDistance).Order().ToList());
        }

        Assert.True(queries > 400, queries + " queries");
    }

    [Fact]
    public void The_writer_chooses_the_prefix_length_from_the_dictionarys_size()
    {
        Assert.Equal([0, 0, 4, 4, 6, 6], new[] { 0, 2047, 2048, 16383, 16384, 1_000_000 }.Select(TypoKeys.PrefixLengthFor));
    }

    private static string Misspell(string word, int edits)
    {
        for (var e = 0; e < edits && word.Length > 1; e++)
        {
            var i = Random.Next(word.Length - 1);
            word = Random.Next(4) switch
            {
                0 => word.Remove(i, 1),
                1 => word.Insert(i, "aeinrstéo"[Random.Next(9)].ToString()),
                2 => word[..i] + "aeinrstéo"[Random.Next(9)] + word[(i + 1)..],
                _ => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
            };
        }

        return word;
    }
}
