using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Guides.AspNetCore.Tests;

/// <summary>The options and the app's own settings: the section's name and place, the app's path base, right to left.</summary>
public sealed class OptionsTests(HelpSite site) : IClassFixture<HelpSite>
{
    [Fact]
    public async Task MapGuides_without_a_prefix_uses_the_PathBase_option_and_the_site_name_shows()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGuides(GuideCatalog.Library, options =>
        {
            options.PathBase = "/support/";
            options.SiteName = "Support & <Co>";
        });
        await using var app = builder.Build();
        app.MapGuides();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var html = await client.GetStringAsync("/support");
        var llms = await client.GetStringAsync("/support/llms.txt");

        Assert.Contains("<title>Support &amp; &lt;Co&gt;</title>", html);
        Assert.Contains("<a href=\"/support/fr/ameli\">", html);
        Assert.StartsWith("# Support & <Co>\n", llms);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/help")).StatusCode);
    }

    // The site's own stylesheets come after the section's, so that its custom properties' values and its rules win.
    [Fact]
    public async Task The_site_s_stylesheets_are_linked_after_the_section_s_on_every_page()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGuides(GuideCatalog.Library, options =>
        {
            options.Stylesheets.Add("/css/site.css");
            options.Stylesheets.Add("https://cdn.example.com/brand.css?a=1&b=\"2\"");
        });
        await using var app = builder.Build();
        app.MapGuides("/help");
        await app.StartAsync();
        using var client = app.GetTestClient();

        foreach (var path in new[] { "/help", "/help/fr", "/help/fr/ameli", "/help/search?q=carte&lang=fr" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Matches(
                "<link rel=\"stylesheet\" href=\"/help/guides.css\\?v=[0-9a-f]{10}\">"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\">"
                + "<link rel=\"stylesheet\" href=\"https://cdn.example.com/brand.css\\?a=1&amp;b=&quot;2&quot;\">",
                html);
        }

        using var missing = await client.GetAsync("/help/fr/no-such-guide");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Under_the_app_s_path_base_every_link_and_URL_has_it()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGuides(GuideCatalog.Library);
        await using var app = builder.Build();
        app.UsePathBase("/app");
        app.UseRouting();
        app.MapGuides("/help");
        await app.StartAsync();
        using var client = app.GetTestClient();

        var html = await client.GetStringAsync("/app/help/en/ameli");
        using var redirect = await client.GetAsync("/app/help/ameli");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/app/help/en/ameli\">", html);
        Assert.Contains("<a href=\"/app/help/fr/ameli\" hreflang=\"fr\" lang=\"fr\">Français</a>", html);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/app/help/guides.css\\?v=", html);
        Assert.Equal("/app/help/fr/ameli", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_right_to_left_language_is_marked_so()
    {
        var html = await site.PageAsync("/help/ar/accounts/reset-password");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("<a class=\"guides-skip\" href=\"#main\" lang=\"en\">Skip to content</a>", html);
    }
}
