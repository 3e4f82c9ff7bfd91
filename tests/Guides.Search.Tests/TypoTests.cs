namespace Guides.Search.Tests;

/// <summary>
/// Typos as people make them, on the repository's own guides: every word of the French Ameli guide below is typed with
/// each one-edit mistake (a letter missing, doubled, replaced, two letters swapped), and must still find the guide that
/// holds the word. The expected guide is read from the Markdown (the guide whose text has the word), not from the engine.
/// </summary>
public sealed class TypoTests
{
    private static readonly IReadOnlyList<CorpusGuide> Guides = Corpus.Guides;
    private static readonly SearchIndex Index = SearchIndex.Load(IndexBuilder.Write(Corpus.Documents(Guides)));

    /// <summary>Key words of the French Ameli guide, as written there (all of 5 letters or more).</summary>
    public static TheoryData<string> FrenchKeyWords() => new() { "remboursement", "attestation", "télécharger", "remboursements", "téléchargez", "mutuelle" };

    private static int GuideHolding(string word, string language)
    {
        var holders = Guides.Where(g => g.Language == language && Text(g).Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Single(holders);
        return holders[0].Number;
    }

    private static string Text(CorpusGuide g) =>
        string.Join("\n", new[] { g.Title, g.Description }.Concat(g.Steps.SelectMany(s => new[] { s.Title, s.Text }))
            .Concat(g.Faq.SelectMany(f => new[] { f.Question, f.Answer })).Concat(g.Tips));

    /// <summary>Every one-letter deletion of <paramref name="word"/> (the bug of issue 24: a French reader who drops a letter).</summary>
    internal static IEnumerable<string> Deletions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1)).Distinct();

    internal static IEnumerable<string> Transpositions(string word) =>
        Enumerable.Range(0, word.Length - 1).Where(i => word[i] != word[i + 1])
            .Select(i => word[..i] + word[i + 1] + word[i] + word[(i + 2)..]).Distinct();

    internal static IEnumerable<string> Insertions(string word) =>
        Enumerable.Range(0, word.Length + 1).Select(i => word.Insert(i, "x")).Distinct();

    internal static IEnumerable<string> Substitutions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word[..i] + (word[i] == 'q' ? 'w' : 'q') + word[(i + 1)..]).Distinct();

    private static List<string> Misses(string word, IEnumerable<string> typos)
    {
        var expected = GuideHolding(word, "fr");
        // A complete word, not one being typed: the query ends with a space.
        return typos.Where(t => !Index.Search(t + " ", "fr", 20).Any(r => r.Guide == expected)).ToList();
    }

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_one_letter_missing_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Deletions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_two_letters_swapped_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Transpositions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_a_letter_too_many_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Insertions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_a_wrong_letter_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Substitutions(word))));
}
