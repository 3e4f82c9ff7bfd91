using Guides.Package.Tests;
using System.Net;
using System.Text.RegularExpressions;
using Guides.Generated;

namespace Guides.Samples.Tests;

/// <summary>
/// The HelpCenter over HTTP, as a browser or a crawler meets it: one address per translation, the Accept-Language
/// redirect, the links between translations, the 404s and the index. The content library has one guide, ameli, in fr
/// (its default language) and en.
/// </summary>
public sealed partial class HelpCenterHttpTests(HelpCenterServer site) : IClassFixture<HelpCenterServer>
{
    private const string FrenchTitle = "Comment utiliser Ameli pour l'assurance maladie et les remboursements";
    private const string EnglishTitle = "How to use Ameli for health insurance and reimbursements";

    [Fact]
    public async Task Each_translation_has_its_own_address_with_its_language_and_labels()
    {
        var french = await site.PageAsync("/fr/guides/ameli");
        var english = await site.PageAsync("/en/guides/ameli");

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", french, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"guide-title\">" + Encoded(FrenchTitle) + "</h1>", french, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"les-étapes\">Les étapes</h2>", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"guide-title\">" + EnglishTitle + "</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"steps\">Steps</h2>", english, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"faq\">Frequently asked questions</h2>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Les étapes", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_links_each_translation_named_in_its_own_language_and_marks_the_current_one()
    {
        var french = await site.PageAsync("/fr/guides/ameli");
        var english = await site.PageAsync("/en/guides/ameli");

        Assert.Equal(
            "<nav class=\"guides-languages\" aria-label=\"Langues\"><ul>" +
            "<li><a href=\"/en/guides/ameli\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a></li>" +
            "<li><a href=\"/fr/guides/ameli\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\" aria-current=\"page\">Français</a></li></ul></nav>",
            LanguageSwitch(french));
        Assert.Equal(
            "<nav class=\"guides-languages\" aria-label=\"Languages\"><ul>" +
            "<li><a href=\"/en/guides/ameli\" hreflang=\"en\" lang=\"en\" dir=\"ltr\" aria-current=\"page\">English</a></li>" +
            "<li><a href=\"/fr/guides/ameli\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">Français</a></li></ul></nav>",
            LanguageSwitch(english));
    }

    [Theory]
    [InlineData("/fr/guides/ameli")]
    [InlineData("/en/guides/ameli")]
    public async Task The_head_lists_every_translation_and_the_default_language_as_x_default(string path)
    {
        var html = await site.PageAsync(path);

        Assert.Equal(
            [
                "<link rel=\"alternate\" hreflang=\"en\" href=\"/en/guides/ameli\" />",
                "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/guides/ameli\" />",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"/fr/guides/ameli\" />",
            ],
            AlternateLink().Matches(Head(html)).Select(m => m.Value));
    }

    [Theory]
    [InlineData("fr-CA", "/fr/guides/ameli")]
    [InlineData("en-GB", "/en/guides/ameli")]
    [InlineData("en-GB,en;q=0.9,fr;q=0.8", "/en/guides/ameli")]
    [InlineData("de", "/fr/guides/ameli")]                      // no German: the library's default language
    [InlineData("de-DE, en;q=0.5", "/en/guides/ameli")]          // the reader's second choice beats the default language
    [InlineData("fr;q=0.4, en-US;q=0.9", "/en/guides/ameli")]    // quality, not order, ranks
    [InlineData("en;q=0, de", "/fr/guides/ameli")]               // q=0: not acceptable at all
    [InlineData("*", "/fr/guides/ameli")]
    [InlineData("zz-ZZ", "/fr/guides/ameli")]                    // well-formed, but no culture
    [InlineData("!!!, #en;q=x", "/fr/guides/ameli")]             // invalid names and quality
    [InlineData(";;;", "/fr/guides/ameli")]
    [InlineData(null, "/fr/guides/ameli")]
    public async Task An_address_without_language_redirects_to_the_translation_that_fits_Accept_Language(string? acceptLanguage, string expected)
    {
        using var response = await site.GetAsync("/guides/ameli", acceptLanguage);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task The_redirect_ignores_the_case_of_the_id_and_leads_to_the_page()
    {
        using var response = await site.GetAsync("/guides/AMELI", "en");

        Assert.Equal("/en/guides/ameli", response.Headers.Location?.OriginalString);
        Assert.Contains("<h1 id=\"guide-title\">" + EnglishTitle + "</h1>", await site.PageAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_in_another_case_redirects_permanently_to_the_one_address_of_the_translation()
    {
        using var response = await site.GetAsync("/EN/guides/Ameli");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/guides/ameli", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_missing_translation_is_a_404_page_that_links_the_translations_there_are()
    {
        using var response = await site.GetAsync("/de/guides/ameli");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Anleitung nicht gefunden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Die Anleitung „ameli“ gibt es nicht auf „de“.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/guides/ameli\" hreflang=\"en\" lang=\"en\">English</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/guides/ameli\" hreflang=\"fr\" lang=\"fr\">Français</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fr/guides/no-such-guide", "Il n&#x27;y a pas de guide «&#xA0;no-such-guide&#xA0;».", "Voir tous les guides")]
    [InlineData("/guides/no-such-guide", "Il n&#x27;y a pas de guide «&#xA0;no-such-guide&#xA0;».", "Voir tous les guides")]
    [InlineData("/fr/guides/ameli/steps", "Il n&#x27;y a pas de guide «&#xA0;ameli/steps&#xA0;».", "Voir tous les guides")]
    [InlineData("/fr/guides/", "Il n&#x27;y a pas de guide «&#xA0;&#xA0;».", "Voir tous les guides")]
    [InlineData("/de/", "Es gibt keine Anleitungen auf „de“.", "Alle Anleitungen ansehen")]
    [InlineData("/favicon.ico", "Il n&#x27;y a pas de guides en «&#xA0;favicon.ico&#xA0;».", "Voir tous les guides")]
    [InlineData("/en/guides/no-such-guide", "There is no guide &#x27;no-such-guide&#x27;.", "See every guide")]
    public async Task Addresses_of_nothing_are_404_pages(string path, string message, string back)
    {
        using var response = await site.GetAsync(path, "fr");
        var html = HelpCenterServer.WithoutScopes(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">" + back + "</a>", html, StringComparison.Ordinal);
    }

    // The page's language is its address's, as every page's; an address that names no language (or no culture) takes
    // the reader's, as the redirect does: Accept-Language by quality, a culture or its parent (es-MX → es); else English.
    [Theory]
    [InlineData("/guides/no-such-guide", "de", "de", "Anleitung nicht gefunden", "Es gibt keine Anleitung „no-such-guide“.", "Alle Anleitungen ansehen")]
    [InlineData("/guides/no-such-guide", "es-MX, fr;q=0.5", "es", "Guía no encontrada", "No hay ninguna guía «no-such-guide».", "Ver todas las guías")]
    [InlineData("/guides/no-such-guide", "nl, fr-CA;q=0.8", "fr", "Guide introuvable", "Il n&#x27;y a pas de guide «&#xA0;no-such-guide&#xA0;».", "Voir tous les guides")]
    [InlineData("/favicon.ico", "es", "es", "Página no encontrada", "No hay guías en «favicon.ico».", "Ver todas las guías")]
    [InlineData("/de/", "fr", "de", "Seite nicht gefunden", "Es gibt keine Anleitungen auf „de“.", "Alle Anleitungen ansehen")]
    [InlineData("/de/guides/ameli", "es", "de", "Anleitung nicht gefunden", "Die Anleitung „ameli“ gibt es nicht auf „de“. Es gibt sie auf:", "Alle Anleitungen ansehen")]
    [InlineData("/es/guides/no-such-guide", "de", "es", "Guía no encontrada", "No hay ninguna guía «no-such-guide».", "Ver todas las guías")]
    public async Task A_404_page_is_in_the_language_of_its_address_else_of_the_reader(
        string path, string acceptLanguage, string language, string heading, string message, string back)
    {
        using var response = await site.GetAsync(path, acceptLanguage);
        var html = HelpCenterServer.WithoutScopes(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{heading}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{message}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/\">{back}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("See every guide", html, StringComparison.Ordinal);
    }

    // A language the HelpCenter has no words in: the page is in it (its search box searches it), its words in English, marked so.
    [Fact]
    public async Task A_404_page_in_a_language_without_words_has_them_in_English_marked_lang_en()
    {
        using var response = await site.GetAsync("/nl/guides/ameli", "nl");
        var html = HelpCenterServer.WithoutScopes(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"nl\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"en\">Guide not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p lang=\"en\">The guide &#x27;ameli&#x27; is not written in &#x27;nl&#x27;. It is in:</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" lang=\"en\">See every guide</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_image_and_file_of_a_guide_is_served_at_its_url_with_its_bytes_and_cached_for_ever()
    {
        var files = GuideCatalog.HelpCenter.Translations
            .SelectMany(g => g.Images.Select(i => i.File).Concat(g.Files))
            .DistinctBy(f => f.Url)
            .ToList();
        Assert.Contains(files, f => f.ContentType == "application/pdf");
        Assert.True(files.Count >= 8, $"{files.Count} files");

        foreach (var file in files)
        {
            using var response = await site.GetAsync(file.Url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.ContentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            // Guides.AspNetCore's MapGuideFiles: an SVG or image opened alone runs no script; a PDF is left without the
            // sandbox, which browsers' PDF viewers refuse.
            if (file.ContentType == "application/pdf")
            {
                Assert.False(response.Headers.Contains("Content-Security-Policy"), file.Url);
            }
            else
            {
                Assert.Contains("sandbox", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            }

            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            // The bytes of the file in content/, as committed.
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "content", file.Path)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("fr", "<a href=\"/fr/guides/ameli#step-6\">étape 6</a>")]
    [InlineData("en", "<a href=\"/en/guides/ameli#step-6\">step 6</a>")]
    public async Task A_link_to_a_step_of_another_guide_leads_to_that_steps_anchor_on_its_page(string language, string link)
    {
        var html = await site.PageAsync("/" + language + "/guides/help-center");
        Assert.Contains(link, html, StringComparison.Ordinal);

        var target = await site.PageAsync("/" + language + "/guides/ameli");
        Assert.Contains("<li id=\"step-6\">", target, StringComparison.Ordinal);
        Assert.Contains(GuideCatalog.HelpCenter.Translations.Single(g => g.Language == language), GuideCatalog.Find("ameli", language)!.LinkedFrom);
    }

    [Fact]
    public async Task A_file_url_with_another_hash_is_not_found()
    {
        var url = GuideCatalog.HelpCenter.Images[0].Url;
        var stale = Regex.Replace(url, @"\.[0-9a-f]{10}\.", ".0000000000.");
        Assert.NotEqual(url, stale);

        using var response = await site.GetAsync(stale);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_index_lists_both_languages_each_with_its_guides_at_their_language_addresses()
    {
        var html = await site.PageAsync("/");

        Assert.Contains("<p>2 guides in 2 languages.</p>", html, StringComparison.Ordinal);
        var english = html.IndexOf("<h2 id=\"lang-en\"><a href=\"/en/\" hreflang=\"en\" lang=\"en\">English</a></h2>", StringComparison.Ordinal);
        var french = html.IndexOf("<h2 id=\"lang-fr\"><a href=\"/fr/\" hreflang=\"fr\" lang=\"fr\">Français</a></h2>", StringComparison.Ordinal);
        var englishAmeli = html.IndexOf("<li><a href=\"/en/guides/ameli\" hreflang=\"en\" lang=\"en\">" + EnglishTitle + "</a>", StringComparison.Ordinal);
        var frenchAmeli = html.IndexOf("<li><a href=\"/fr/guides/ameli\" hreflang=\"fr\" lang=\"fr\">" + Encoded(FrenchTitle) + "</a>", StringComparison.Ordinal);
        Assert.True(english >= 0 && french >= 0 && englishAmeli >= 0 && frenchAmeli >= 0, html);
        Assert.True(english < englishAmeli && englishAmeli < french && french < frenchAmeli, "Each guide is not under its language.");
    }

    [Fact]
    public async Task A_language_page_lists_that_language_alone_with_its_labels()
    {
        var html = await site.PageAsync("/fr/");

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Tous les guides · <span lang=\"fr\">Français</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/guides/ameli\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/guides/ameli", html, StringComparison.Ordinal);
        Assert.Equal(html, await site.PageAsync("/FR/"));
    }

    [Fact]
    public async Task Guides_of_several_libraries_are_shown_alike_ids_with_slashes_included_and_the_first_library_wins()
    {
        var second = new TestLibrary(
            "en",
            ("accounts/reset-password", [("en", "Reset your password"), ("de", "Passwort zurücksetzen")]),
            ("ameli", [("en", "Another Ameli"), ("de", "Ameli auf Deutsch")]));
        await using var both = await HelpCenterServer.StartAsync([GuideCatalog.Library, second]);

        var reset = await both.PageAsync("/en/guides/accounts/reset-password");
        Assert.Contains("<h1 id=\"guide-title\">Reset your password</h1>", reset, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/de/guides/accounts/reset-password\" hreflang=\"de\" lang=\"de\" dir=\"ltr\">Deutsch</a>", reset, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/en/guides/accounts/reset-password\" />", reset, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"guide-title\">Passwort zurücksetzen</h1>", await both.PageAsync("/de/guides/accounts/reset-password"), StringComparison.Ordinal);

        using (var redirect = await both.GetAsync("/guides/accounts/reset-password", "de-AT"))
        {
            Assert.Equal("/de/guides/accounts/reset-password", redirect.Headers.Location?.OriginalString);
        }

        using (var redirect = await both.GetAsync("/guides/accounts/reset-password", "fr"))
        {
            Assert.Equal("/en/guides/accounts/reset-password", redirect.Headers.Location?.OriginalString); // its library's default
        }

        // ameli is the content library's: its English, and no German although the second library has one.
        Assert.Contains("<h1 id=\"guide-title\">" + EnglishTitle + "</h1>", await both.PageAsync("/en/guides/ameli"), StringComparison.Ordinal);
        using (var german = await both.GetAsync("/de/guides/ameli"))
        {
            Assert.Equal(HttpStatusCode.NotFound, german.StatusCode);
        }

        var index = await both.PageAsync("/");
        Assert.Contains("<p>3 guides in 3 languages.</p>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/de/guides/accounts/reset-password\" hreflang=\"de\" lang=\"de\">Passwort zurücksetzen</a>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Another Ameli", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Ameli auf Deutsch", index, StringComparison.Ordinal);
        var english = await both.PageAsync("/en/");
        Assert.True(
            english.IndexOf(EnglishTitle, StringComparison.Ordinal) < english.IndexOf("Reset your password", StringComparison.Ordinal),
            "The English guides are not ordered by title.");
    }

    [Fact]
    public async Task Every_page_links_the_stylesheet_that_brings_the_components_scoped_css()
    {
        var html = await site.PageAsync("/fr/guides/ameli");
        // The components' defaults first (their custom properties' values, light and dark), then the app's bundle.
        var first = html.IndexOf("<link rel=\"stylesheet\" href=\"/_content/Guides.Components/guides.css\"", StringComparison.Ordinal);
        Assert.InRange(first, 0, html.IndexOf("<link rel=\"stylesheet\" href=\"/HelpCenter.styles.css\" />", StringComparison.Ordinal));
        var defaults = await site.Client.GetStringAsync("/_content/Guides.Components/guides.css");
        Assert.Contains("--guides-accent: #0b57d0;", defaults, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark)", defaults, StringComparison.Ordinal);

        var pages = await site.Client.GetStringAsync("/HelpCenter.styles.css");
        // The pages' own rules (Pages/Shell.razor.css), scoped, and an import of the components' bundle.
        Assert.Matches(@"\.site-header\[b-[a-z0-9]{10}\]", pages);
        var import = Regex.Match(pages, @"@import '(_content/Guides\.Components/[^']+\.css)';");
        Assert.True(import.Success, pages);

        using var response = await site.GetAsync("/" + import.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var components = await response.Content.ReadAsStringAsync();
        Assert.Contains("var(--guides-accent)", components, StringComparison.Ordinal);
        Assert.Contains("@media print", components, StringComparison.Ordinal);
        // Its scope is the attribute on the components' elements in the page.
        var scope = Regex.Match(components, @"\.guides-guide\[(b-[a-z0-9]{10})\]").Groups[1].Value;
        Assert.NotEmpty(scope);
        Assert.Contains("class=\"guides-guide\"", html, StringComparison.Ordinal);
        Assert.Contains(scope, await site.Client.GetStringAsync("/fr/guides/ameli"), StringComparison.Ordinal);
    }

    private static string Encoded(string text) => text.Replace("'", "&#x27;", StringComparison.Ordinal);

    private static string Head(string html) => html[..html.IndexOf("</head>", StringComparison.Ordinal)];

    private static string LanguageSwitch(string html)
    {
        var start = html.IndexOf("<nav class=\"guides-languages\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No language switch.");
        return html[start..(html.IndexOf("</nav>", start, StringComparison.Ordinal) + "</nav>".Length)];
    }

    [GeneratedRegex("<link rel=\"alternate\"[^>]*>")]
    private static partial Regex AlternateLink();
}
