using System.Net;
using System.Text.RegularExpressions;

namespace Guides.AspNetCore.Tests;

/// <summary>The HTML pages: the index, a language, a guide, its language switch and alternates, 404s, HEAD.</summary>
public sealed class PageTests(HelpSite site) : IClassFixture<HelpSite>
{
    private static readonly Guide FrenchAmeli = GuideCatalog.Library.Find("ameli", "fr")!;
    private static readonly Guide EnglishAmeli = GuideCatalog.Library.Find("ameli", "en")!;

    [Theory]
    [InlineData("/help")]
    [InlineData("/help/")]
    public async Task The_index_lists_every_language_with_its_guides(string url)
    {
        var html = await site.PageAsync(url);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">", html);
        Assert.Contains("<a class=\"guides-skip\" href=\"#main\">Aller au contenu</a>", html);
        Assert.Contains("<main id=\"main\" tabindex=\"-1\">", html);
        Assert.Contains("role=\"search\"", html);
        Assert.Contains("<section lang=\"de\" dir=\"ltr\" aria-labelledby=\"lang-de\"><h2 id=\"lang-de\"><a href=\"/help/de\">Deutsch</a></h2>", html);
        Assert.Contains("<a href=\"/help/fr/ameli\">", html);
        Assert.Contains("<a href=\"/help/en/ameli\">", html);
        Assert.Contains("<a href=\"/help/de/accounts/reset-password\">Passwort zurücksetzen</a>", html);
        // The content package shows ameli: the second library's guide of the same id is not.
        Assert.DoesNotContain("Another Ameli", html);
    }

    [Fact]
    public async Task A_language_page_lists_its_guides_with_labels_in_it()
    {
        var html = await site.PageAsync("/help/de");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"de\"", html);
        Assert.Contains("<h1>Anleitungen</h1>", html);
        Assert.Contains("<button type=\"submit\">Suchen</button>", html);
        Assert.Contains("<a href=\"/help/de/accounts/reset-password\">Passwort zurücksetzen</a>", html);
        Assert.DoesNotContain("/help/en/", html);
    }

    [Fact]
    public async Task A_language_without_labels_marks_the_English_labels_as_English()
    {
        var html = await site.PageAsync("/help/nl/accounts/reset-password");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"nl\"", html);
        Assert.Contains("<a class=\"guides-skip\" href=\"#main\" lang=\"en\">Skip to content</a>", html);
        Assert.Contains("<h1 id=\"guide-title\">Wachtwoord herstellen</h1>", html);
    }

    [Fact]
    public async Task A_guide_page_shows_every_step_with_its_anchor_as_id()
    {
        var html = await site.PageAsync("/help/fr/ameli");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">", html);
        Assert.Equal(1, Regex.Count(html, "<h1[ >]"));
        Assert.Contains("<ol class=\"guides-steps\">", html);
        foreach (var step in FrenchAmeli.Steps)
        {
            Assert.Contains("<li id=\"step-" + step.Number + "\">", html);
            Assert.Contains(step.Html, html);
        }

        foreach (var entry in FrenchAmeli.Faq)
        {
            Assert.Contains(entry.AnswerHtml, html);
        }

        // The table of contents links each part's heading, the FAQ's too.
        Assert.Contains("<nav class=\"guides-outline\" aria-label=\"Sur cette page\">", html);
        Assert.Contains("<h2 id=\"faq\">Questions fréquentes</h2>", html);
        Assert.Contains("<li><a href=\"#faq\">Questions fréquentes</a></li>", html);
        foreach (var heading in FrenchAmeli.Outline.Where(h => h.Level == 2))
        {
            Assert.Contains("<a href=\"#" + heading.Anchor + "\">", html);
            Assert.Contains(" id=\"" + heading.Anchor + "\">", html);
        }

        Assert.Equal(FrenchAmeli.Steps.Count, Regex.Count(html, "<li id=\"step-\\d+\">"));
        Assert.Matches("<link rel=\"stylesheet\" href=\"/help/guides.css\\?v=[0-9a-f]{10}\">", html);
    }

    [Fact]
    public async Task A_guide_page_has_a_language_switch_and_absolute_alternates()
    {
        var html = await site.PageAsync("/help/en/ameli");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/help/en/ameli\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/help/en/ameli\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/help/fr/ameli\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/help/fr/ameli\">", html);
        Assert.Contains("<link rel=\"alternate\" type=\"text/markdown\" href=\"/help/en/ameli.md\">", html);
        Assert.Contains(
            "<nav class=\"guides-languages\" aria-label=\"Other languages\"><ul><li><span aria-current=\"page\" lang=\"en\">English</span></li>" +
            "<li><a href=\"/help/fr/ameli\" hreflang=\"fr\" lang=\"fr\">Français</a></li></ul></nav>",
            html);
    }

    [Fact]
    public async Task An_id_with_slashes_is_served_at_its_path()
    {
        var html = await site.PageAsync("/help/en/accounts/reset-password");

        Assert.Contains("<h1 id=\"guide-title\">Reset your password</h1>", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost/help/de/accounts/reset-password\">", html);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/help/en/accounts/reset-password\">", html);
    }

    [Theory]
    [InlineData("/help/en/accounts%2Freset-password", "/help/en/accounts/reset-password")]
    [InlineData("/help/en/accounts%2freset-password", "/help/en/accounts/reset-password")]
    [InlineData("/help/EN/Ameli", "/help/en/ameli")]
    [InlineData("/help/en/AMELI.md", "/help/en/ameli.md")]
    [InlineData("/help/DE", "/help/de")]
    public async Task Another_spelling_redirects_permanently_to_the_one_address(string url, string expected)
    {
        using var response = await site.SendAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/help/fr/nothing-here")]
    [InlineData("/help/nothing-here")]
    [InlineData("/help/zz/ameli")]
    [InlineData("/help/fr/ameli/more")]
    [InlineData("/help/fr/nothing.md")]
    public async Task A_missing_guide_is_a_404_page(string url)
    {
        using var response = await site.SendAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_translation_is_a_404_that_links_the_translations_there_are()
    {
        using var response = await site.SendAsync("/help/de/ameli");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Seite nicht gefunden</h1>", html);
        Assert.Contains("<a href=\"/help/en/ameli\" hreflang=\"en\" lang=\"en\">", html);
        Assert.Contains("<a href=\"/help/fr/ameli\" hreflang=\"fr\" lang=\"fr\">", html);
    }

    [Theory]
    [InlineData("/help")]
    [InlineData("/help/fr/ameli")]
    [InlineData("/help/fr/ameli.md")]
    [InlineData("/help/search?q=carte&lang=fr")]
    [InlineData("/help/sitemap.xml")]
    [InlineData("/help/llms.txt")]
    [InlineData("/help/guides.css")]
    [InlineData("/help/fr/nothing-here")]
    public async Task HEAD_gives_the_headers_of_GET_and_no_body(string url)
    {
        using var get = await site.SendAsync(url);
        var body = await get.Content.ReadAsByteArrayAsync();
        using var head = await site.SendAsync(url, "HEAD");

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(head.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/help/fr/ameli")]
    [InlineData("/help/sitemap.xml")]
    [InlineData("/help/en/ameli.md")]
    public async Task A_page_s_ETag_answers_304_and_another_page_s_does_not(string url)
    {
        using var first = await site.SendAsync(url);
        var etag = first.Headers.ETag!;
        using var again = await site.SendAsync(url, headers: h => h.IfNoneMatch.Add(etag));
        using var other = await site.SendAsync(url, headers: h => h.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0123456789abcdef\"")));

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(first.Headers.ETag, (await site.SendAsync("/help/fr/help-center")).Headers.ETag);
    }

    [Fact]
    public async Task A_page_is_served_from_the_output_cache_the_second_time()
    {
        // A site of its own: no other test has asked for the page yet.
        await using var fresh = new HelpSite();
        await fresh.InitializeAsync();
        using var first = await fresh.SendAsync("/help/en/accounts/reset-password");
        using var second = await fresh.SendAsync("/help/en/accounts/reset-password");
        using var otherCase = await fresh.SendAsync("/help/EN/accounts/reset-password");

        Assert.False(first.Headers.Contains("Age"));
        // The output cache sends the age of the response it stored.
        Assert.True(second.Headers.Contains("Age"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        // Another spelling is not the cached page: it redirects.
        Assert.Equal(HttpStatusCode.MovedPermanently, otherCase.StatusCode);
    }

    [Fact]
    public async Task The_stylesheet_has_light_dark_and_print_and_only_logical_sides()
    {
        using var response = await site.SendAsync("/help/guides.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("@media (prefers-color-scheme: dark)", css);
        Assert.Contains("@media print", css);
        Assert.DoesNotMatch(@"(?<![-\w])(left|right)\s*:|(margin|padding|border)-(left|right)|text-align:\s*(left|right)", css);
    }
}
