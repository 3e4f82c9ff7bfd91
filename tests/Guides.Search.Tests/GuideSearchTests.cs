namespace Guides.Search.Tests;

public sealed class GuideSearchTests
{
    private static readonly IReadOnlyList<CorpusGuide> Guides = Corpus.Guides;
    private static readonly Guide[] Objects = Guides.Select(g => g.ToGuide()).ToArray();
    private static readonly byte[] Index = IndexBuilder.Write(Corpus.Documents(Guides));

    private static IReadOnlyList<GuideSearchHit> Search(string query, params string[] languages) =>
        GuideSearch.Search(Index, i => Objects[i], query, languages);

    [Fact]
    public void Carte_vitale_finds_the_French_Ameli_guides_step_6()
    {
        var hit = Search("carte vitale", "fr")[0];
        Assert.Equal("ameli", hit.Guide.Id);
        Assert.Equal("fr", hit.Guide.Language);
        Assert.Equal(6, hit.Step!.Number);
        Assert.Null(hit.FaqEntry);
        Assert.Contains("«carte» «Vitale»", hit.Snippet);
        Assert.Contains("<mark>carte</mark> <mark>Vitale</mark>", hit.SnippetHtml);
    }

    [Fact]
    public void A_FAQ_hit_carries_its_entry_and_a_guide_hit_neither()
    {
        var faq = Search("faut-il un compte pour lire les guides", "fr")[0];
        Assert.Equal("help-center", faq.Guide.Id);
        Assert.Same(faq.Guide.Faq[1], faq.FaqEntry);
        Assert.Null(faq.Step);

        var guide = Search("reset forgotten password", "en")[0];
        Assert.Equal("hugo/accounts/reset-password", guide.Guide.Id);
        Assert.Null(guide.Step);
        Assert.Null(guide.FaqEntry);
        Assert.Equal("Get back into your account with an emailed link.", guide.Snippet);
    }

    [Fact]
    public void Snippets_are_about_160_chars_around_the_matched_words_and_mark_every_form_of_them()
    {
        var hit = Search("remboursements", "fr").First(h => h.Step?.Number == 3);
        Assert.InRange(hit.Snippet.Length, 40, 200);
        // remboursements, remboursé: the same stem, both marked.
        Assert.Contains("«remboursé»", hit.Snippet);
        Assert.DoesNotContain("\n", hit.Snippet);
        Assert.All(Search("mutuelle", "fr"), h => Assert.Contains("«mutuelle»", h.Snippet));
    }

    [Fact]
    public void A_long_text_is_cut_around_its_match_with_ellipses()
    {
        var text = string.Join(" ", Enumerable.Repeat("Lorem ipsum dolor sit amet.", 20)) + " La carte Vitale <b> & co. " +
                   string.Join(" ", Enumerable.Repeat("Consectetur adipiscing elit.", 20));
        var guide = new Guide("long", "Long", "Long", "test", GuideDifficulty.Easy, "all", "fr", DateTime.MinValue,
            [new GuideStep(1, "Étape", text, text, text)], [], null, [], [], [], []);
        var index = IndexBuilder.Write([new Doc(0, "fr", SearchPart.Step, 1, ("Étape", 3f), (text, 1f))]);
        var hit = GuideSearch.Search(index, _ => guide, "vitale", ["fr"]).Single();
        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.InRange(hit.Snippet.Length, 100, 170);
        Assert.Contains("La carte «Vitale» <b> & co.", hit.Snippet);
        Assert.Contains("La carte <mark>Vitale</mark> &lt;b&gt; &amp; co.", hit.SnippetHtml);
    }

    [Fact]
    public void Html_snippets_encode_the_text()
    {
        var text = "Use <script>alert(\"x\")</script> & 'quotes' with the checklist.";
        var guide = new Guide("g", "G", text, "test", GuideDifficulty.Easy, "all", "en", DateTime.MinValue, [], [], null, [], [], [], []);
        var index = IndexBuilder.Write([new Doc(0, "en", SearchPart.Guide, 0, ("G", 4f), (text, 2f))]);
        var hit = GuideSearch.Search(index, _ => guide, "checklist", ["en"]).Single();
        Assert.Equal("Use &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; with the <mark>checklist</mark>.", hit.SnippetHtml);
        Assert.Equal("Use <script>alert(\"x\")</script> & 'quotes' with the «checklist».", hit.Snippet);
    }

    [Fact]
    public void Empty_queries_malformed_indexes_and_parts_out_of_range_give_no_hits()
    {
        Assert.Empty(Search("", "fr"));
        Assert.Empty(Search("  ?! ", "fr"));
        Assert.Empty(GuideSearch.Search([1, 2, 3], i => Objects[i], "carte", ["fr"]));
        Assert.Empty(GuideSearch.Search([], i => Objects[i], "carte", ["fr"]));
        // A guide without the step the index names: the hit is left out.
        var bare = new Guide("bare", "Bare", "", "test", GuideDifficulty.Easy, "all", "fr", DateTime.MinValue, [], [], null, [], [], [], []);
        Assert.DoesNotContain(GuideSearch.Search(Index, _ => bare, "carte vitale", ["fr"]), h => h.Step is not null);
        Assert.Throws<ArgumentNullException>(() => GuideSearch.Search(Index, null!, "carte", ["fr"]));
    }

    [Fact]
    public void The_limit_caps_the_hits_and_the_fallback_language_answers_when_the_first_has_nothing()
    {
        Assert.True(Search("ameli", "fr").Count > 2);
        Assert.Equal(2, GuideSearch.Search(Index, i => Objects[i], "ameli", ["fr"], 2).Count);
        var hits = Search("checklist", "fr", "en");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("en", h.Guide.Language));
    }
}
