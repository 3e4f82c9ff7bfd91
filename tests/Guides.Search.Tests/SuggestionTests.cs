namespace Guides.Search.Tests;

/// <summary>
/// Completions and corrections on the repository's guides. The expected titles are read off the Markdown by hand
/// (content/fr/*.md and the Hugo test site's French pages): guides' titles before steps', titles of fewer words first
/// (words as the tokenizer counts them: "d'accueil" is one), then in index order.
/// </summary>
public sealed class SuggestionTests
{
    private static readonly IReadOnlyList<CorpusGuide> Guides = Corpus.Guides;
    private static readonly Guide[] Objects = Guides.Select(g => g.ToGuide()).ToArray();
    private static readonly byte[] Index = IndexBuilder.Write(Corpus.Documents(Guides));

    private static string[] Suggest(string prefix, params string[] languages) =>
        GuideSearch.Suggest(Index, i => Objects[i], prefix, languages).Select(s => s.Text).ToArray();

    [Fact]
    public void A_prefix_completes_the_titles_that_have_a_word_starting_with_it_shorter_first()
    {
        Assert.Equal(["Télécharger une attestation", "Télécharger l'application Ameli ou ouvrir le site"], Suggest("tél", "fr"));
        Assert.Equal(["Télécharger une attestation", "Télécharger l'application Ameli ou ouvrir le site"], Suggest("TELECH", "fr"));
        // 3, 3, 4, 5 and 7 words.
        Assert.Equal(
            ["Ouvrir un guide", "Ouvrir votre profil", "Ouvrir la page d'accueil", "Ouvrir les réglages de sécurité", "Télécharger l'application Ameli ou ouvrir le site"],
            Suggest("ouvr", "fr"));
    }

    [Fact]
    public void Every_word_but_the_last_must_be_in_the_title_and_stop_words_do_not_count()
    {
        Assert.Equal(["Commander une nouvelle carte Vitale"], Suggest("carte vi", "fr"));
        Assert.Equal(["Commander une nouvelle carte Vitale"], Suggest("une carte vi", "fr"));
        Assert.Empty(Suggest("guide vi", "fr"));
    }

    [Fact]
    public void A_guides_title_comes_before_its_steps()
    {
        Assert.Equal(["Contribuer à ces guides", "Trouver et lire un guide dans le centre d'aide", "Ouvrir un guide"], Suggest("guide", "fr"));
    }

    [Fact]
    public void At_most_ten_suggestions_in_the_first_language_that_has_any()
    {
        var titles = Enumerable.Range(1, 15).Select(i => new Doc(i, "en", SearchPart.Guide, 0, ("Setting " + i, 4f))).ToArray();
        var guides = Enumerable.Range(0, 16).Select(i => new CorpusGuide
        {
            Number = i, Key = "g" + i, Language = "en", Title = "Setting " + i, Description = "", Steps = [], Faq = [], Tips = [], MarkdownBytes = 0,
        }.ToGuide()).ToArray();
        var many = GuideSearch.Suggest(IndexBuilder.Write(titles), i => guides[i], "set", ["en"]);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => "Setting " + i), many.Select(s => s.Text));
        Assert.Equal(3, GuideSearch.Suggest(IndexBuilder.Write(titles), i => guides[i], "set", ["en"], limit: 3).Count);
        // No French title has a word starting with "checkl": the English titles complete it.
        Assert.Equal(["Print the checklist"], Suggest("checkl", "fr", "en"));
        Assert.Empty(Suggest("xylo", "fr", "en"));
        Assert.Empty(Suggest("", "fr"));
    }

    [Fact]
    public void A_misspelt_word_is_read_as_the_nearest_word_and_the_result_says_so()
    {
        var result = GuideSearchResult.Of(GuideSearch.Search(Index, i => Objects[i], "rembousement ", ["fr"]));
        Assert.Equal("remboursement ", result.CorrectedQuery);
        Assert.Equal("ameli", result[0].Guide.Id);

        // Accents come back from the guides' own spelling; the words typed right stay as typed.
        var accents = GuideSearchResult.Of(GuideSearch.Search(Index, i => Objects[i], "Télécharger une atestation", ["fr"]));
        Assert.Equal("Télécharger une attestation", accents.CorrectedQuery);
        Assert.Equal(4, accents[0].Step!.Number);

        var right = GuideSearchResult.Of(GuideSearch.Search(Index, i => Objects[i], "carte vitale", ["fr"]));
        Assert.False(right.IsCorrected);
        Assert.Null(right.CorrectedQuery);

        var nothing = GuideSearchResult.Of(GuideSearch.Search(Index, i => Objects[i], "xylophone zebra", ["fr"]));
        Assert.Empty(nothing);
        Assert.Null(nothing.CorrectedQuery);
    }
}
