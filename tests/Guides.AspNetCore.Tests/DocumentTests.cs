using System.Net;
using System.Xml.Linq;
using Guides.Samples.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Guides.AspNetCore.Tests;

/// <summary>The documents for machines: sitemap.xml, llms.txt and each guide's Markdown; and search.</summary>
public sealed class DocumentTests(HelpSite site) : IClassFixture<HelpSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_sitemap_lists_every_translation_with_absolute_alternates()
    {
        using var response = await site.SendAsync("/help/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Sitemaps + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Sitemaps + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        var expected = GuideCatalog.Library.All.SelectMany(g => g.Translations).Select(g => "http://localhost/help/" + g.Language + "/" + g.Id)
            .Concat(["http://localhost/help/ar/accounts/reset-password", "http://localhost/help/de/accounts/reset-password", "http://localhost/help/en/accounts/reset-password", "http://localhost/help/nl/accounts/reset-password"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));

        foreach (var href in urls.SelectMany(u => u.Elements(Xhtml + "link")).Select(l => l.Attribute("href")!.Value).Concat(locs))
        {
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme == "http", href);
        }

        var englishAmeli = urls.Single(u => u.Element(Sitemaps + "loc")!.Value == "http://localhost/help/en/ameli");
        var alternates = englishAmeli.Elements(Xhtml + "link").Select(l => (l.Attribute("rel")!.Value, l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value));
        Assert.Equal(
            [
                ("alternate", "en", "http://localhost/help/en/ameli"),
                ("alternate", "fr", "http://localhost/help/fr/ameli"),
                ("alternate", "x-default", "http://localhost/help/fr/ameli"),
            ],
            alternates);
        Assert.Equal(GuideCatalog.Library.Find("ameli", "en")!.Date!.Value.ToString("yyyy-MM-dd"), englishAmeli.Element(Sitemaps + "lastmod")!.Value);
    }

    [Fact]
    public async Task A_guide_without_a_date_has_no_lastmod_in_the_sitemap()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGuides(new TestLibrary("en", date: null, ("undated", [("en", "Undated")])));
        await using var app = builder.Build();
        app.MapGuides("/help");
        await app.StartAsync();
        using var client = app.GetTestClient();

        var xml = XDocument.Parse(await client.GetStringAsync("/help/sitemap.xml"));

        var url = Assert.Single(xml.Root!.Elements(Sitemaps + "url"));
        Assert.Equal("http://localhost/help/en/undated", url.Element(Sitemaps + "loc")!.Value);
        Assert.Null(url.Element(Sitemaps + "lastmod"));
    }

    [Fact]
    public async Task The_public_base_URL_option_makes_the_absolute_URLs()
    {
        await using var app = HelpSite.Build(options => options.PublicBaseUrl = new Uri("https://docs.example.com/app/"));
        await app.StartAsync();
        using var client = app.GetTestClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/help/sitemap.xml"));

        var locs = xml.Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith("https://docs.example.com/app/help/", loc));
    }

    [Fact]
    public async Task Llms_txt_links_each_guide_s_Markdown_by_language()
    {
        using var response = await site.SendAsync("/help/llms.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Help\n\n> ", text);
        Assert.Contains("\n## Français (fr)\n", text);
        Assert.Contains("\n## English (en)\n", text);
        foreach (var guide in GuideCatalog.Library.All.SelectMany(g => g.Translations))
        {
            Assert.Contains("\n- [" + guide.Title + "](http://localhost/help/" + guide.Language + "/" + guide.Id + ".md): " + guide.Description + "\n", text);
        }

        Assert.Contains("\n- [Passwort zurücksetzen](http://localhost/help/de/accounts/reset-password.md): About Passwort zurücksetzen\n", text);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task A_guide_s_Markdown_holds_its_Markdown_parts_in_order(string language)
    {
        var guide = GuideCatalog.Library.Find("help-center", language)!;
        using var response = await site.SendAsync("/help/" + language + "/help-center.md");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# " + guide.Title + "\n\n" + guide.Description + "\n\n", markdown);
        var parts = new List<string>();
        if (guide.Introduction is { } introduction)
        {
            parts.Add("## " + introduction.Heading + "\n\n" + introduction.Markdown.Trim('\n'));
        }

        parts.AddRange(guide.Requirements.Select(r => "- " + r.Markdown.Trim()));
        parts.AddRange(guide.Steps.Select(s => "### " + s.Number + ". " + s.Title + "\n\n" + s.Markdown.Trim('\n')));
        parts.AddRange(guide.Sections.Select(s => "## " + s.Heading + "\n\n" + s.Markdown.Trim('\n')));
        parts.AddRange(guide.Tips.Select(t => "- " + t.Markdown.Trim()));
        parts.AddRange(guide.Faq.Select(f => "### " + f.Question + "\n\n" + f.Answer));
        Assert.True(guide.Steps.Count > 0);
        var at = 0;
        foreach (var part in parts)
        {
            var found = markdown.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, "Missing or out of order: " + part);
            at = found + part.Length;
        }
    }

    [Fact]
    public async Task A_search_shows_the_hits_linking_to_their_step()
    {
        var html = await site.PageAsync("/help/search?q=carte+vitale&lang=fr");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\"", html);
        Assert.Contains("<h1>Résultats pour «&#xA0;<span>carte vitale</span>&#xA0;»</h1>", html);
        Assert.Contains("<ol class=\"guides-results\">", html);
        Assert.Contains("href=\"/help/fr/ameli", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("<input id=\"guides-q\" type=\"search\" name=\"q\" value=\"carte vitale\">", html);
    }

    [Theory]
    [InlineData("fr", "<p class=\"guides-no-results\" role=\"status\">Aucun résultat pour «&#xA0;zzqqxxw&#xA0;».</p>")]
    [InlineData("en", "<p class=\"guides-no-results\" role=\"status\">No results for “zzqqxxw”.</p>")]
    [InlineData("de", "<p class=\"guides-no-results\" role=\"status\">Keine Ergebnisse für „zzqqxxw“.</p>")]
    [InlineData("nl", "<p class=\"guides-no-results\" role=\"status\" lang=\"en\">No results for “zzqqxxw”.</p>")]
    public async Task A_search_without_hits_says_so_in_the_page_s_language(string language, string expected)
    {
        var html = await site.PageAsync("/help/search?q=zzqqxxw&lang=" + language);

        Assert.Contains(expected, html);
        Assert.DoesNotContain("guides-results", html);
        if (language != "fr")
        {
            // French spacing stays in French.
            Assert.DoesNotContain("&#xA0;", html);
            Assert.DoesNotContain("\u00A0", html);
        }
    }

    // The runtime's search corrects a typo (GuideSearchResult.CorrectedQuery): the page says how it read the query.
    [Fact]
    public async Task A_search_with_a_typo_shows_the_hits_of_its_correction_and_says_so()
    {
        var html = await site.PageAsync("/help/search?q=rembousement&lang=fr");

        Assert.Contains("<p class=\"guides-correction\">Vouliez-vous dire <a href=\"/help/search?q=remboursement&amp;lang=fr\">remboursement</a>&#xA0;?</p>", html);
        Assert.Contains("<ol class=\"guides-results\">", html);
    }

    [Fact]
    public async Task A_search_encodes_what_the_reader_typed()
    {
        var html = await site.PageAsync("/help/search?lang=en&q=" + Uri.EscapeDataString("<script>alert(1)</script>\"'"));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;", html);
    }

    [Fact]
    public async Task Each_search_is_cached_apart()
    {
        var first = await site.PageAsync("/help/search?q=carte&lang=fr");
        var other = await site.PageAsync("/help/search?q=zzqqxxw&lang=fr");

        Assert.NotEqual(first, other);
        Assert.Contains("guides-results", first);
        Assert.Contains("guides-no-results", other);
    }

    [Fact]
    public void A_corrected_query_is_offered_as_a_link_that_searches_it()
    {
        var pages = new GuidePages(new GuideUrls("/help"), "Help", "http://localhost");

        var html = pages.Search(new GuideSearchResults("vitael", [], Correction: "vitale"), "fr");

        Assert.Contains("<p class=\"guides-correction\">Vouliez-vous dire <a href=\"/help/search?q=vitale&amp;lang=fr\">vitale</a>&#xA0;?</p>", html);
    }
}
