using Guides;
using Guides.Generated;
using HelpCenter;
using HelpCenter.Pages;

namespace Guides.Samples.Tests;

/// <summary>The pages' markup: every string of a guide is encoded except its compile-time HTML, and the language is marked.</summary>
public sealed class HelpCenterPageTests
{
    private static Guide Hostile(string language, string id = "x\"><script>") => new(
        id,
        "<script>alert('title')</script>",
        "Tom & Jerry <b>",
        "cat\"egory",
        GuideDifficulty.Hard,
        "all",
        language,
        new DateTime(2026, 1, 2),
        [new GuideStep(1, "<img src=x onerror=alert(1)>", "md", "<p>step <strong>html</strong></p>", "text")],
        [new FaqEntry("Q <i>?", "A", "<p>answer</p>")],
        null,
        [],
        [],
        [new GuideLink("link \"text\"", "https://example.org/a?b=1&c=2")],
        []);

    [Fact]
    public void A_guide_page_encodes_every_text_and_writes_the_rendered_html_as_it_is()
    {
        var guide = Hostile("en");
        var html = GuidePage.Render(guide, guide);

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>\n<p>step <strong>html</strong></p>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Q &lt;i&gt;?</h3>\n<p>answer</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\">link &quot;text&quot;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"steps\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_page_shows_the_reading_time_and_a_table_of_contents_linking_to_the_outlines_anchors()
    {
        var guide = GuideCatalog.Ameli;   // the French seed: 730 words, 185 s at 238 words a minute
        var html = GuidePage.Render(guide, guide);

        Assert.Contains("<span class=\"reading-time\" title=\"730\">4 min</span>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<nav class=\"contents\"><ul>\n<li><a href=\"#ce-que-vous-allez-apprendre\">Ce que vous allez apprendre</a></li>\n" +
            "<li><a href=\"#ce-dont-vous-avez-besoin\">Ce dont vous avez besoin</a></li>\n<li><a href=\"#les-étapes\">Les étapes</a></li>\n" +
            "<li><a href=\"#conseils\">Conseils</a></li>\n<li><a href=\"#liens-utiles\">Liens utiles</a></li>\n</ul></nav>",
            html,
            StringComparison.Ordinal);
        // Every anchor of the table of contents is an id of the page.
        foreach (var heading in guide.Outline)
        {
            Assert.Contains(" id=\"" + heading.Anchor + "\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_index_encodes_ids_in_links_keeps_their_slashes_and_marks_each_guide_with_its_language()
    {
        var html = IndexPage.Render([Hostile("pt-BR", "a b/x\"><script>")]);

        Assert.Contains("<a href=\"/pt-BR/guides/a%20b/x%22%3E%3Cscript%3E\" hreflang=\"pt-BR\" lang=\"pt-BR\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2><a href=\"/pt-BR/\" hreflang=\"pt-BR\" lang=\"pt-BR\">Português (Brasil)</a></h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_links_between_translations_encode_what_comes_from_the_guides()
    {
        Guide[] translations = null!;
        translations =
        [
            TestLibrary.NewGuide("q\"s/<i>", "en", "English <b>", () => translations),
            TestLibrary.NewGuide("q\"s/<i>", "x\"><script>", "Other", () => translations),
        ];

        var html = GuidePage.Render(translations[0], translations[1]);

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<link rel=\"alternate\" hreflang=\"x&quot;&gt;&lt;script&gt;\" href=\"/x%22%3E%3Cscript%3E/guides/q%22s/%3Ci%3E\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"/x%22%3E%3Cscript%3E/guides/q%22s/%3Ci%3E\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"/x%22%3E%3Cscript%3E/guides/q%22s/%3Ci%3E\" hreflang=\"x&quot;&gt;&lt;script&gt;\" lang=\"x&quot;&gt;&lt;script&gt;\">x&quot;&gt;&lt;script&gt;</a>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_without_other_translations_has_no_language_switch()
    {
        var guide = Hostile("en");

        var html = GuidePage.Render(guide, guide);

        Assert.DoesNotContain("class=\"languages\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/guides/x%22%3E%3Cscript%3E\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_Language_is_ordered_by_quality_without_refused_wildcard_or_unknown_languages()
    {
        var cultures = AcceptLanguage.Parse("fr-CA;q=0.5, en-GB, de;q=0.8, *;q=0.9, zz-ZZ, en;q=0, !!!, de-DE;q=0.8, EN-gb;q=0.1");

        Assert.Equal(["en-GB", "de", "de-DE", "fr-CA"], cultures.Select(c => c.Name));
    }

    [Fact]
    public void The_labels_around_a_guide_in_a_language_without_labels_are_marked_as_English()
    {
        var guide = Hostile("ja");
        var html = GuidePage.Render(guide, guide);

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 lang=\"en\">Steps</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Ameli_page_is_in_French_with_French_labels()
    {
        var html = GuidePage.Render(GuideCatalog.Ameli, GuideCatalog.Ameli);

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Les étapes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Questions fréquentes</h2>", html, StringComparison.Ordinal);
        // Seven steps, each an item whose id is its anchor.
        Assert.Equal(7, html.Split("<li id=\"step-").Length - 1);
        Assert.Contains("<li id=\"step-7\"><h3>", html, StringComparison.Ordinal);
    }
}
