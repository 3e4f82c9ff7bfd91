using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Guides.AspNetCore.Tests;

/// <summary><c>/help/{id}</c>: the translation that fits the reader, through ASP.NET Core's Accept-Language parsing.</summary>
public sealed class RedirectTests(HelpSite site) : IClassFixture<HelpSite>
{
    [Theory]
    [InlineData("fr-CA", "/help/fr/ameli")]
    [InlineData("en-GB", "/help/en/ameli")]
    [InlineData("en-GB,en;q=0.9,fr;q=0.8", "/help/en/ameli")]
    [InlineData("de", "/help/fr/ameli")]                      // no German Ameli: the library's default language
    [InlineData("de-DE, en;q=0.5", "/help/en/ameli")]          // the reader's second choice beats the default language
    [InlineData("fr;q=0.4, en-US;q=0.9", "/help/en/ameli")]    // quality, not order, ranks
    [InlineData("en;q=0, de", "/help/fr/ameli")]               // q=0: not acceptable at all
    [InlineData("zz-ZZ", "/help/fr/ameli")]
    [InlineData(";;;", "/help/fr/ameli")]
    [InlineData(null, "/help/fr/ameli")]
    [InlineData("de-AT", "/help/de/accounts/reset-password", "accounts/reset-password")]
    [InlineData("fr", "/help/en/accounts/reset-password", "accounts/reset-password")]  // its library's default: en
    [InlineData("nl-BE", "/help/nl/accounts/reset-password", "accounts%2Freset-password")]
    [InlineData("en", "/help/en/ameli.md", "ameli.md")]
    public async Task An_address_without_language_redirects_to_the_translation_that_fits(string? acceptLanguage, string expected, string id = "ameli")
    {
        using var response = await site.SendAsync("/help/" + id, acceptLanguage: acceptLanguage);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task A_redirect_is_never_served_from_the_cache_to_another_reader()
    {
        using var english = await site.SendAsync("/help/help-center", acceptLanguage: "en");
        using var french = await site.SendAsync("/help/help-center", acceptLanguage: "fr");
        using var englishAgain = await site.SendAsync("/help/help-center", acceptLanguage: "en");

        Assert.Equal("/help/en/help-center", english.Headers.Location?.OriginalString);
        Assert.Equal("/help/fr/help-center", french.Headers.Location?.OriginalString);
        Assert.Equal("/help/en/help-center", englishAgain.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_culture_that_request_localization_chose_from_a_query_string_comes_first()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGuides(GuideCatalog.Library);
        await using var app = builder.Build();
        app.UseRequestLocalization(options => options.AddSupportedUICultures("en", "fr").SetDefaultCulture("fr"));
        app.MapGuides("/help");
        await app.StartAsync();
        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/help/ameli?ui-culture=en");
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr");

        using var response = await client.SendAsync(request);

        Assert.Equal("/help/en/ameli", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void Mapping_without_AddGuides_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGuides("/help"));
        Assert.Contains("AddGuides", error.Message);
        Assert.Throws<InvalidOperationException>(() => app.MapGuideFiles());
    }
}
