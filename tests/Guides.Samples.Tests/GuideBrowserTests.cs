using Microsoft.Playwright;

namespace Guides.Samples.Tests;

/// <summary>samples/GuideBrowser, the Blazor WebAssembly app, published and opened in Chromium: it shows a guide and searches offline.</summary>
public sealed class GuideBrowserTests(GuideBrowserFixture site) : IClassFixture<GuideBrowserFixture>
{
    private static readonly LocatorWaitForOptions Boot = new() { Timeout = 60_000 };

    [Fact]
    public void The_published_site_carries_the_content_library_and_the_components_as_WebAssembly()
    {
        var framework = Directory.GetFiles(Path.Combine(site.WebRoot, "_framework")).Select(Path.GetFileName).ToList();

        Assert.Contains(framework, f => f!.StartsWith("Guides.Generated.", StringComparison.Ordinal) && f.EndsWith(".wasm", StringComparison.Ordinal));
        Assert.Contains(framework, f => f!.StartsWith("Guides.Components.", StringComparison.Ordinal) && f.EndsWith(".wasm", StringComparison.Ordinal));
        Assert.Contains(framework, f => f!.StartsWith("Guides.Runtime.", StringComparison.Ordinal) && f.EndsWith(".wasm", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.WebRoot, "index.html")));
    }

    [Fact]
    public async Task The_app_shows_a_guide_and_searches_it_in_the_browser_as_the_reader_types_without_asking_the_server()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        try
        {
            await page.GotoAsync(site.Address.ToString());
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Guides", Level = 1 }).WaitForAsync(Boot);

            // A link of the index: the page is rendered in the browser (no request for it reaches the server).
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Comment utiliser Ameli" }).ClickAsync();
            await page.WaitForURLAsync("**/fr/guides/ameli");
            var steps = page.Locator("ol.guides-steps > li");
            await steps.First.WaitForAsync(Boot);
            Assert.Equal(7, await steps.CountAsync());
            Assert.Equal("step-6", await steps.Nth(5).GetAttributeAsync("id"));
            Assert.Equal("fr", await page.Locator("article.guides-guide").GetAttributeAsync("lang"));

            // From now on, nothing is asked of the server: the search runs in WebAssembly.
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            var box = page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Rechercher dans les guides" });
            await box.PressSequentiallyAsync("carte vitale");
            var first = page.Locator("header ol.guides-hits > li").First;
            await first.WaitForAsync(Boot);
            Assert.Equal("/fr/guides/ameli#step-6", await first.Locator("a").GetAttributeAsync("href"));
            Assert.Contains("Commander une nouvelle carte Vitale", await first.InnerTextAsync(), StringComparison.Ordinal);
            Assert.EndsWith("/fr/guides/ameli", page.Url, StringComparison.Ordinal);

            // A typo: the correction, as the reader types.
            await box.FillAsync(string.Empty);
            await box.PressSequentiallyAsync("rembousement");
            await page.Locator("header .guides-correction").WaitForAsync(Boot);
            Assert.Equal("Vouliez-vous dire remboursement\u00A0?", await page.Locator("header .guides-correction").InnerTextAsync());

            // Nothing found: said in French, in a live region.
            await box.FillAsync("xqzwv");
            await page.Locator("header .guides-no-results").WaitForAsync(Boot);
            Assert.Equal("Aucun résultat pour «\u00A0xqzwv\u00A0».", await page.Locator("header .guides-no-results").InnerTextAsync());

            Assert.Empty(requests);
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
