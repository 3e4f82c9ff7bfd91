using Guides.Generated;
using HelpCenter;

namespace Guides.Samples.Tests;

/// <summary>The pages' markup over HTTP: every string of a guide is encoded except its compile-time HTML, and the language is marked.</summary>
public sealed class HelpCenterPageTests(HelpCenterServer site) : IClassFixture<HelpCenterServer>
{
    [Fact]
    public async Task A_guide_page_encodes_every_text_and_writes_the_rendered_html_as_it_is()
    {
        var hostile = new TestLibrary("en", ("x\"><script>", [("en", "<script>alert('title')</script>")]));
        await using var server = await HelpCenterServer.StartAsync([hostile]);

        var html = await server.PageAsync("/en/guides/x%22%3E%3Cscript%3E");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1 id=\"guide-title\">&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</title>", html, StringComparison.Ordinal);
        // The step's HTML as the generator wrote it.
        Assert.Contains("<li id=\"step-1\"><h3>Start</h3>\n                    <p>Start.</p></li>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"guides-steps\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guide_page_shows_the_reading_time_and_a_table_of_contents_linking_to_the_outlines_anchors()
    {
        var guide = GuideCatalog.Ameli;   // the French seed: 730 words, 185 s at 238 words a minute
        var html = await site.PageAsync("/fr/guides/ameli");

        Assert.Contains("<p class=\"guides-meta\">4&#xA0;min de lecture</p>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<ul><li><a href=\"#ce-que-vous-allez-apprendre\">Ce que vous allez apprendre</a></li>" +
            "<li><a href=\"#ce-dont-vous-avez-besoin\">Ce dont vous avez besoin</a></li><li><a href=\"#les-étapes\">Les étapes</a></li>" +
            "<li><a href=\"#conseils\">Conseils</a></li><li><a href=\"#liens-utiles\">Liens utiles</a></li>" +
            "<li><a href=\"#faq\">Questions fréquentes</a></li></ul></nav>",
            html,
            StringComparison.Ordinal);
        // Every anchor of the table of contents is an id of the page.
        foreach (var heading in guide.Outline)
        {
            Assert.Contains(" id=\"" + heading.Anchor + "\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_index_encodes_ids_in_links_keeps_their_slashes_and_marks_each_guide_with_its_language()
    {
        var hostile = new TestLibrary("pt-BR", ("a b/x\"><script>", [("pt-BR", "<script>x</script>")]));
        await using var server = await HelpCenterServer.StartAsync([hostile]);

        var html = await server.PageAsync("/");

        Assert.Contains("<a href=\"/pt-BR/guides/a%20b/x%22%3E%3Cscript%3E\" hreflang=\"pt-BR\" lang=\"pt-BR\">&lt;script&gt;x&lt;/script&gt;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"lang-pt-BR\"><a href=\"/pt-BR/\" hreflang=\"pt-BR\" lang=\"pt-BR\">Português (Brasil)</a></h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_links_between_translations_encode_what_comes_from_the_guides()
    {
        var hostile = new TestLibrary("en", ("q\"s/<i>", [("en", "English <b>"), ("x\"><script>", "Other")]));
        await using var server = await HelpCenterServer.StartAsync([hostile]);

        var html = await server.PageAsync("/en/guides/q%22s/%3Ci%3E");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<link rel=\"alternate\" hreflang=\"x&quot;&gt;&lt;script&gt;\" href=\"/x%22%3E%3Cscript%3E/guides/q%22s/%3Ci%3E\" />",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"/en/guides/q%22s/%3Ci%3E\" />",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"/x%22%3E%3Cscript%3E/guides/q%22s/%3Ci%3E\" hreflang=\"x&quot;&gt;&lt;script&gt;\" lang=\"x&quot;&gt;&lt;script&gt;\" dir=\"ltr\">x&quot;&gt;&lt;script&gt;</a>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guide_without_other_translations_has_no_language_switch()
    {
        var single = new TestLibrary("en", ("alone", [("en", "Alone")]));
        await using var server = await HelpCenterServer.StartAsync([single]);

        var html = await server.PageAsync("/en/guides/alone");

        Assert.DoesNotContain("class=\"guides-languages\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/guides/alone\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_Language_is_ordered_by_quality_without_refused_wildcard_or_unknown_languages()
    {
        var cultures = AcceptLanguage.Parse("fr-CA;q=0.5, en-GB, de;q=0.8, *;q=0.9, zz-ZZ, en;q=0, !!!, de-DE;q=0.8, EN-gb;q=0.1");

        Assert.Equal(["en-GB", "de", "de-DE", "fr-CA"], cultures.Select(c => c.Name));
    }

    [Fact]
    public async Task The_words_around_a_guide_in_a_language_without_them_are_marked_as_English()
    {
        var japanese = new TestLibrary("ja", ("nihon", [("ja", "日本語のガイド")]));
        await using var server = await HelpCenterServer.StartAsync([japanese]);

        var html = await server.PageAsync("/ja/guides/nihon");

        Assert.Contains("<html lang=\"ja\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"steps\" lang=\"en\">Steps</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip\" href=\"#main\" lang=\"en\">Skip to content</a>", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"guides-search\" role=\"search\" method=\"get\" action=\"/search\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"guide-title\">日本語のガイド</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Ameli_page_is_in_French_with_French_words_from_the_resources()
    {
        var html = await site.PageAsync("/fr/guides/ameli");

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"les-étapes\">Les étapes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"faq\">Questions fréquentes</h2>", html, StringComparison.Ordinal);
        // Resources/Words.fr.resx: the skip link and the site's name, without a lang of their own.
        Assert.Contains("<a class=\"skip\" href=\"#main\">Aller au contenu</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"site-name\" href=\"/\">Centre d&#x27;aide</a>", html, StringComparison.Ordinal);
        // Seven steps, each an item whose id is its anchor.
        Assert.Equal(7, html.Split("<li id=\"step-").Length - 1);
        Assert.Contains("<li id=\"step-7\"><h3>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Résultats pour «&#xA0;<span>rembousement</span>&#xA0;»", "Vouliez-vous dire <a href=\"/search?q=remboursement&amp;lang=fr\">remboursement</a>&#xA0;?")]
    [InlineData("en", "Results for “<span>rembousement</span>”", null)]
    [InlineData("de", "Ergebnisse für „<span>xqzw</span>“", null)]
    public async Task The_search_page_says_what_it_searched_in_the_page_language_with_its_punctuation(string language, string heading, string? correction)
    {
        var query = language == "de" ? "xqzw" : "rembousement";
        var html = await site.PageAsync("/search?q=" + query + "&lang=" + language);

        Assert.Contains("<h1>" + heading + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"guides-q\" type=\"search\" name=\"q\" autocomplete=\"off\" value=\"" + query + "\" />", html, StringComparison.Ordinal);
        if (correction is not null)
        {
            Assert.Contains(correction, html, StringComparison.Ordinal);
        }

        if (language == "de")
        {
            Assert.Contains("<span class=\"guides-no-results\">Keine Ergebnisse für „<span>xqzw</span>“.</span>", html, StringComparison.Ordinal);
        }
    }
}
