namespace Guides.Components.Tests;

/// <summary>The search box as a reader types into it (bUnit dispatches the input events), and the search results of a query.</summary>
public sealed class SearchBoxTests : BunitContext
{
    private static readonly IReadOnlyList<GuideLibrary> Libraries = [GuideCatalog.Library];

    [Fact]
    public void Before_any_typing_the_box_is_a_form_that_opens_the_search_page_in_its_language()
    {
        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "fr").Add(b => b.Query, "carte"));

        var form = box.Find("form");
        Assert.Equal("search", form.GetAttribute("role"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/help/search", form.GetAttribute("action"));
        Assert.Equal("carte", box.Find("input[name=q]").GetAttribute("value"));
        Assert.Equal("fr", box.Find("input[name=lang]").GetAttribute("value"));
        Assert.Equal("Rechercher dans les guides", box.Find("label[for=guides-q]").TextContent);
        Assert.Equal("Rechercher", box.Find("button").TextContent);
        Assert.Empty(box.FindAll(".guides-search-results"));
    }

    [Fact]
    public void Typing_carte_vitale_shows_step_6_of_Ameli_first_with_the_words_marked()
    {
        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "fr"));

        box.Find("input[name=q]").Input("carte vitale");

        var first = box.Find("ol.guides-hits > li");
        Assert.Equal("fr", first.GetAttribute("lang"));
        Assert.Equal("/help/fr/ameli#step-6", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("6. Commander une nouvelle carte Vitale", first.QuerySelector(".guides-hit-step")!.TextContent);
        var marked = first.QuerySelectorAll("mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.True(marked.Count >= 2, "Fewer than two marked words.");
        Assert.All(marked, m => Assert.Contains(m, new[] { "carte", "vitale" }));
        Assert.Equal("guides-q-results", box.Find("input[name=q]").GetAttribute("aria-controls"));
        Assert.Equal(string.Empty, box.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public void A_typo_shows_the_correction_the_search_made_as_a_link_that_searches_it()
    {
        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "fr"));

        box.Find("input[name=q]").Input("rembousement");

        var correction = box.Find(".guides-correction");
        Assert.Equal("Vouliez-vous dire remboursement\u00A0?", correction.TextContent);
        Assert.Equal("/help/search?q=remboursement&lang=fr", correction.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(box.FindAll("ol.guides-hits > li"));
    }

    [Fact]
    public void A_word_found_nowhere_says_no_results_in_the_page_language_in_a_live_region()
    {
        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "de"));

        box.Find("input[name=q]").Input("<b>xqzw</b>");

        var status = box.Find("[role=status]");
        Assert.Equal("Keine Ergebnisse für „<b>xqzw</b>“.", status.TextContent.Trim());
        Assert.Contains("&lt;b&gt;xqzw&lt;/b&gt;", status.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(box.FindAll("ol.guides-hits"));

        // Emptied again: nothing said.
        box.Find("input[name=q]").Input(string.Empty);
        Assert.Empty(box.FindAll("[role=status]"));
    }

    [Fact]
    public void Typing_the_start_of_a_word_offers_the_step_titles_it_begins_above_the_hits()
    {
        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "fr"));

        box.Find("input[name=q]").Input("attes");

        // Step 4 of the French Ameli guide is "Télécharger une attestation".
        var offered = Assert.Single(box.FindAll("ul.guides-suggestions a"));
        Assert.Equal("Télécharger une attestation", offered.TextContent);
        Assert.Equal("/help/fr/ameli#step-4", offered.GetAttribute("href"));
        Assert.NotEmpty(box.FindAll("ol.guides-hits > li"));

        // The search page's results offer none.
        var page = Render<GuideSearchResults>(p => p.Add(r => r.Libraries, Libraries).Add(r => r.Language, "fr").Add(r => r.Query, "attes"));
        Assert.Empty(page.FindAll("ul.guides-suggestions"));
    }

    [Fact]
    public void Words_in_a_language_without_labels_are_English_marked_lang_en_and_the_query_keeps_its_language()
    {
        var results = Render<GuideSearchResults>(p => p.Add(r => r.Libraries, Libraries).Add(r => r.Language, "nl").Add(r => r.Query, "xqzw"));

        var status = results.Find("[role=status]");
        Assert.Equal("en", status.GetAttribute("lang"));
        Assert.Equal("No results for “xqzw”.", status.TextContent.Trim());
        Assert.Equal("nl", status.QuerySelector(".guides-no-results > span")!.GetAttribute("lang"));

        var box = Render<GuideSearchBox>(p => p.Add(b => b.Libraries, Libraries).Add(b => b.Language, "nl"));
        Assert.Equal("en", box.Find("form").GetAttribute("lang"));
        Assert.Equal("nl", box.Find("input[name=q]").GetAttribute("lang"));
    }
}
