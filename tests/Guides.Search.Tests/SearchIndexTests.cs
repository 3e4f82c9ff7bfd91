using Xunit.Abstractions;

namespace Guides.Search.Tests;

public sealed class SearchIndexTests(ITestOutputHelper output)
{
    private static readonly Doc[] Documents =
    [
        new(0, "fr", SearchPart.Guide, 0, ("Utiliser Ameli pour l'assurance maladie", 4f), ("Vérifier vos remboursements et gérer votre sécurité sociale.", 2f)),
        new(0, "fr", SearchPart.Step, 1, ("Vérifier vos remboursements", 3f), ("Appuyez sur Mes paiements pour voir le montant remboursé.", 1f)),
        new(0, "fr", SearchPart.Step, 2, ("Mettre à jour votre adresse", 3f), ("Si vous avez déménagé, modifiez votre adresse dans Mon profil.", 1f)),
        new(0, "fr", SearchPart.Step, 3, ("Commander une carte", 3f), ("Votre carte Vitale porte votre numéro de sécurité sociale.", 1f)),
        new(0, "fr", SearchPart.Faq, 0, ("Qu'est-ce que l'imprimante ?", 3f), ("Une imprimante imprime des pages.", 1f)),
        new(1, "en", SearchPart.Guide, 0, ("Use Ameli for health insurance", 4f), ("Check your reimbursements and manage your social security.", 2f)),
        new(1, "en", SearchPart.Step, 1, ("Check your reimbursements", 3f), ("Open My payments to see the amount reimbursed.", 1f)),
        new(1, "en", SearchPart.Step, 2, ("Print the checklist", 3f), ("Printing the page helps. Passwords are private.", 1f)),
        new(1, "en", SearchPart.Tip, 0, ("Keep your password safe: never share it.", 1f)),
        new(2, "de", SearchPart.Step, 1, ("Einstellungen öffnen", 3f), ("Öffnen Sie die Einstellungen der App.", 1f)),
    ];

    private static readonly SearchIndex Index = IndexBuilder.Build(Documents);

    private static (int Guide, SearchPart Kind, int Part) First(string query, params string[] languages)
    {
        var results = Index.Search(query, languages, 10);
        Assert.NotEmpty(results);
        return (results[0].Guide, results[0].Kind, results[0].Part);
    }

    [Fact]
    public void Case_and_accents_do_not_matter()
    {
        Assert.Equal((0, SearchPart.Step, 3), First("SECURITE SOCIALE numero", "fr"));
        Assert.Equal((0, SearchPart.Step, 3), First("carte vitale", "fr"));
    }

    [Fact]
    public void Elisions_and_stemming_apply_to_queries()
    {
        Assert.Equal((0, SearchPart.Step, 2), First("déménagement", "fr"));
        Assert.Equal((0, SearchPart.Faq, 0), First("l'imprimante", "fr"));
        Assert.Equal((1, SearchPart.Step, 2), First("printed", "en"));
        Assert.Equal((2, SearchPart.Step, 1), First("Einstellung", "de"));
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_while_it_is_typed()
    {
        Assert.Equal((0, SearchPart.Step, 1), First("rembour", "fr"));
        Assert.Equal((0, SearchPart.Step, 3), First("carte vit", "fr"));
        // A word followed by a space is complete: no prefix (and "rembou" is two edits from "rembours").
        Assert.Empty(Index.Search("rembou ", ["fr"], 10));
        Assert.NotEmpty(Index.Search("rembou", ["fr"], 10));
        // Only the last word.
        Assert.DoesNotContain(Index.Search("rembou carte", ["fr"], 10), r => r.Part == 1 && r.Kind == SearchPart.Step);
    }

    [Fact]
    public void An_exact_match_beats_a_prefix_match()
    {
        var results = Index.Search("print", ["en"], 10);
        Assert.Equal((1, SearchPart.Step, 2), (results[0].Guide, results[0].Kind, results[0].Part));
    }

    [Fact]
    public void One_typo_is_tolerated_in_words_of_five_letters_or_more_and_scores_below_an_exact_match()
    {
        Assert.Equal((1, SearchPart.Step, 1), First("reimbursments ", "en"));
        Assert.Equal((1, SearchPart.Tip, 0), First("pasword safe", "en"));
        // Under 5 letters, no typo: "cart" is not "carte" (and is not typed: the query ends with a space).
        Assert.Empty(Index.Search("crte ", ["fr"], 10));
        Assert.Empty(Index.Search("vtal ", ["fr"], 10));
        var exact = Index.Search("password", ["en"], 1)[0].Score;
        var typo = Index.Search("passwrod ", ["en"], 1)[0].Score;
        Assert.True(typo < exact, $"{typo} < {exact}");
    }

    [Fact]
    public void The_query_language_comes_first_then_the_fallbacks_only_if_it_finds_nothing()
    {
        // "ameli" is in French and English documents: only the French ones.
        Assert.All(Index.Search("ameli", ["fr", "en"], 10), r => Assert.Equal("fr", r.Language));
        Assert.All(Index.Search("ameli", ["en", "fr"], 10), r => Assert.Equal("en", r.Language));
        // Nothing in French: English.
        var results = Index.Search("checklist", ["fr", "en"], 10);
        Assert.Equal("en", results.Single().Language);
        // A regional tag finds its language; a language without documents is skipped.
        Assert.Equal("fr", Index.Search("ameli", ["fr-FR"], 10)[0].Language);
        Assert.Equal("en", Index.Search("ameli", ["ja", "en"], 10)[0].Language);
        Assert.Empty(Index.Search("ameli", ["ja"], 10));
    }

    [Fact]
    public void A_title_match_beats_a_body_match()
    {
        // "adresse" is the title of step 2; "Vitale" is in step 3's body only, "carte" in its title.
        Assert.Equal((0, SearchPart.Step, 2), First("adresse", "fr"));
        var results = Index.Search("remboursements", ["fr"], 10);
        // Step 1 has it in its title (weight 3) and body; the guide in its description (weight 2).
        Assert.Equal((0, SearchPart.Step, 1), (results[0].Guide, results[0].Kind, results[0].Part));
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Results_carry_their_matched_terms_and_respect_the_limit()
    {
        var results = Index.Search("carte vitale", ["fr"], 1);
        Assert.Single(results);
        Assert.Equal(new[] { "cart", "vital" }, results[0].MatchedTerms.OrderBy(t => t, StringComparer.Ordinal));
        Assert.Empty(Index.Search("carte", ["fr"], 0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!,;-'’")]
    [InlineData("le la les")]
    [InlineData("zzzzzz")]
    public void Empty_punctuation_or_unknown_queries_find_nothing(string query) =>
        Assert.Empty(Index.Search(query + " ", ["fr", "en"], 10));

    [Theory]
    [InlineData("password ", "fr")]
    [InlineData("imprimante ", "en")]
    [InlineData("ameli ", "de")]
    [InlineData("einstellungen ", "fr")]
    public void A_word_only_other_languages_have_finds_nothing(string query, string language)
    {
        Assert.Empty(Index.Search(query, [language], 10));
        Assert.NotEmpty(Index.Search(query, ["fr", "en", "de"], 10));
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes_in_any_order()
    {
        var first = IndexBuilder.Write(Documents);
        var again = IndexBuilder.Write(Documents);
        var reversed = IndexBuilder.Write(Documents.Reverse());
        var shuffled = IndexBuilder.Write(Documents.OrderBy(d => (d.Part * 7 + d.Guide * 3) % 5).ThenByDescending(d => d.Language));
        Assert.Equal(first, again);
        Assert.Equal(first, reversed);
        Assert.Equal(first, shuffled);
    }

    private static readonly string[] DamageQueries = ["carte vitale", "rembour", "passwrod", "a", "einstelungen ", "chec"];

    /// <summary>Every search and completion of <see cref="DamageQueries"/> in <paramref name="index"/>, in fr, en and de.</summary>
    private static List<SearchResult> Everything(SearchIndex index) =>
        DamageQueries.SelectMany(q => index.Search(q, ["fr", "en", "de"], 10).Concat(index.Suggest(q, ["fr", "en", "de"], 10))).ToList();

    [Fact]
    public void An_index_cut_short_or_too_long_or_of_another_version_reads_as_empty()
    {
        var good = IndexBuilder.Write(Documents);
        Assert.Equal(Documents.Length, SearchIndex.Load(good).DocumentCount);
        byte[] Version(byte version) => ["GSX"u8[0], "GSX"u8[1], "GSX"u8[2], version, .. good[4..]];
        var damaged = new List<byte[]?> { null, Array.Empty<byte>(), new byte[] { 1, 2, 3 }, "GSX"u8.ToArray(), good.Append((byte)0).ToArray(), Version(1), Version(2), Version(3), Version(4), Version(6) };
        // Cut at every length: the format's sections are counted, so no prefix of an index is an index.
        for (var length = 4; length < good.Length; length++) damaged.Add(good[..length]);
        foreach (var bytes in damaged)
        {
            var index = SearchIndex.Load(bytes);
            Assert.Equal(0, index.DocumentCount);
            Assert.Empty(Everything(index));
        }
    }

    [Fact]
    public void A_damaged_index_never_throws_and_finds_only_documents_it_was_given()
    {
        var good = IndexBuilder.Write(Documents);
        var random = new Random(42);
        var damaged = new List<byte[]>();
        for (var i = 0; i < 300; i++)
        {
            var copy = (byte[])good.Clone();
            for (var k = 0; k < 1 + i % 4; k++) copy[4 + random.Next(copy.Length - 4)] = (byte)random.Next(256);
            damaged.Add(copy);
        }

        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(4, 64)];
            random.NextBytes(bytes);
            "GSX\u0005"u8.CopyTo(bytes);
            damaged.Add(bytes);
        }

        var readable = 0;
        foreach (var bytes in damaged)
        {
            var index = SearchIndex.Load(bytes);
            if (index.DocumentCount > 0) readable++;
            // A byte changed in a text or a frequency may still read: then every result is a document of the table, with a
            // score that is a number.
            foreach (var result in Everything(index))
            {
                Assert.True(result.Document < index.DocumentCount);
                Assert.True(result.Score >= 0 && !double.IsNaN(result.Score));
            }
        }

        // Most changes break the format; a few (a letter of a word, a frequency) read.
        Assert.InRange(readable, 1, damaged.Count / 2);
        Assert.Empty(IndexBuilder.Build().Search("carte", ["fr"], 10));
    }

    [Fact]
    public void The_index_is_at_most_two_fifths_of_the_markdown_of_a_small_corpus()
    {
        var guides = Corpus.Guides;
        var markdown = guides.Sum(g => g.MarkdownBytes);
        var bytes = IndexBuilder.Write(Corpus.Documents(guides));
        var index = SearchIndex.Load(bytes);
        var content = guides.Where(g => !g.Key.StartsWith("hugo/", StringComparison.Ordinal)).ToList();
        var contentBytes = IndexBuilder.Write(Corpus.Documents(content)).Length;
        var contentMarkdown = content.Sum(g => g.MarkdownBytes);
        output.WriteLine($"Corpus: {guides.Count} guides, {markdown} bytes of Markdown; index {bytes.Length} bytes " +
            $"({100.0 * bytes.Length / markdown:0.0}%), {index.DocumentCount} documents, {index.TermCount} terms");
        output.WriteLine($"content/ only: {content.Count} guides, {contentMarkdown} bytes of Markdown; index {contentBytes} bytes " +
            $"({100.0 * contentBytes / contentMarkdown:0.0}%)");
        Assert.Equal(Corpus.Documents(guides).Count(), index.DocumentCount);
        // A small corpus's index is mostly its dictionaries (terms, the words as written for typos, the titles' words for
        // completions), which grow slower than the text: at 10,000 guides the index is measured in docs/benchmarks.md.
        Assert.True(bytes.Length <= markdown * 2 / 5, $"{bytes.Length} > {markdown} * 2 / 5");
    }

    [Fact]
    public void A_query_allocates_the_same_whether_a_hundred_or_ten_thousand_documents_match()
    {
        static long Allocated(int documents)
        {
            var index = IndexBuilder.Build(Enumerable.Range(0, documents)
                .Select(i => new Doc(i, "en", SearchPart.Guide, 0, ("Checklist " + i, 4f), ("Print the checklist.", 2f))).ToArray());
            index.Search("checklist", ["en"], 10); // the thread's scratch arrays grow to the index's size once
            var before = GC.GetAllocatedBytesForCurrentThread();
            index.Search("checklist", ["en"], 10);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var small = Allocated(100);
        var large = Allocated(10_000);
        output.WriteLine($"{small} B with 100 matching documents, {large} B with 10,000");
        Assert.True(large <= small, $"{small} B with 100 matching documents, {large} B with 10,000");
    }

    [Fact]
    public void The_best_few_are_the_first_of_the_best_many_in_the_same_order()
    {
        var index = IndexBuilder.Build(Enumerable.Range(0, 500)
            .Select(i => new Doc(i, "en", SearchPart.Step, 1, ("Print the checklist " + new string('x', i % 7), 3f), (i % 3 == 0 ? "checklist" : "print", 1f))).ToArray());
        foreach (var query in new[] { "checklist", "print checklist", "print", "chec" })
        {
            var all = index.Search(query, ["en"], 1000).Select(r => (r.Document, r.Score)).ToList();
            Assert.Equal(all.OrderByDescending(r => r.Score).ThenBy(r => r.Document), all);
            foreach (var limit in new[] { 1, 2, 7, 20, 499 })
            {
                Assert.Equal(all.Take(limit), index.Search(query, ["en"], limit).Select(r => (r.Document, r.Score)));
            }
        }
    }
}
