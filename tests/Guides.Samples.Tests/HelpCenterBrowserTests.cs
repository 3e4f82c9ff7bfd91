using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Guides.Samples.Tests;

/// <summary>The help centre as a person uses it: headless Chromium opens the index, follows a link to a guide, then switches its language.</summary>
public sealed partial class HelpCenterBrowserTests(HelpCenterFixture site, ITestOutputHelper output) : IClassFixture<HelpCenterFixture>
{
    [Fact]
    public async Task The_index_link_leads_to_the_French_Ameli_page_and_its_language_switch_to_the_English_one()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        try
        {
            await page.GotoAsync(site.Address.ToString());
            Assert.Equal("Help centre", await page.Locator("h1").InnerTextAsync());
            Assert.Equal(["English", "Français"], await page.Locator("h2").AllInnerTextsAsync());
            Assert.Equal("fr", await page.Locator("h2 a").Nth(1).GetAttributeAsync("lang"));

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Comment utiliser Ameli" }).ClickAsync();
            await page.WaitForURLAsync("**/fr/guides/ameli");

            Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(
                "Comment utiliser Ameli pour l'assurance maladie et les remboursements",
                await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).InnerTextAsync());

            var steps = page.Locator("main ol > li");
            Assert.Equal(7, await steps.CountAsync());
            Assert.Equal("Télécharger l'application Ameli ou ouvrir le site", await steps.Nth(0).Locator("h3").InnerTextAsync());
            Assert.Equal("Contacter votre caisse d'assurance maladie", await steps.Nth(6).Locator("h3").InnerTextAsync());
            for (var i = 0; i < 7; i++)
            {
                Assert.True(await steps.Nth(i).IsVisibleAsync(), $"Step {i + 1} is not visible.");
            }

            var faq = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Questions fréquentes", Level = 2 });
            Assert.True(await faq.IsVisibleAsync(), "The FAQ heading is not visible.");
            // The questions are details elements: an answer shows once its question is opened.
            var questions = page.Locator(".guides-faq summary");
            Assert.Equal(5, await questions.CountAsync());
            Assert.Equal("Qu'est-ce qu'Ameli ?", await questions.First.InnerTextAsync());
            var answer = page.GetByText("Ameli est la plateforme en ligne de l'Assurance Maladie");
            Assert.False(await answer.IsVisibleAsync(), "The first answer shows before its question is opened.");
            await questions.First.ClickAsync();
            Assert.True(await answer.IsVisibleAsync(), "The first answer does not show once its question is opened.");

            var screenshot = Path.Combine(TestResultsFolder.For("screenshots"), "help-center-ameli.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot is suspiciously small.");
            output.WriteLine("Screenshot: " + screenshot);

            var languages = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Langues" });
            var english = languages.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "English", Exact = true });
            Assert.True(await english.IsVisibleAsync(), "The language switch's English link is not visible.");
            Assert.Equal("en", await english.GetAttributeAsync("hreflang"));
            // The English page's address, then its document: waiting for the "load" event timed out on a loaded machine
            // (the event had fired before the wait began); the locator waits for the new page's root itself.
            await english.ClickAsync();
            await page.WaitForURLAsync("**/en/guides/ameli", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
            await page.Locator("html[lang=en] main ol > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(
                "How to use Ameli for health insurance and reimbursements",
                await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).InnerTextAsync());
            Assert.Equal(7, await page.Locator("main ol > li").CountAsync());
            Assert.True(
                await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Frequently asked questions", Level = 2 }).IsVisibleAsync(),
                "The English FAQ heading is not visible.");
            var back = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Languages" })
                .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Français", Exact = true });
            Assert.Equal("fr", await back.GetAttributeAsync("lang"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Every_image_of_the_help_center_guide_loads_at_its_declared_size_and_the_PDF_opens(string language)
    {
        var guide = Guides.Generated.GuideCatalog.HelpCenter.Translations.Single(g => g.Language == language);
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/" + language + "/guides/help-center").ToString());

            // The FAQ's answers opened, so that their images show too.
            await page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
            var images = page.Locator("main img");
            Assert.Equal(guide.Steps.Sum(s => s.Images.Count) + (guide.Introduction?.Images.Count ?? 0) + guide.Sections.Sum(s => s.Images.Count) + guide.Faq.Sum(f => f.Images.Count), await images.CountAsync());
            Assert.True(await images.CountAsync() >= 4, "The guide shows fewer than four images.");
            for (var i = 0; i < await images.CountAsync(); i++)
            {
                var image = images.Nth(i);
                // Lazy images load once they near the viewport.
                await image.ScrollIntoViewIfNeededAsync();
                var handle = await image.ElementHandleAsync();
                await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", handle, new PageWaitForFunctionOptions { Timeout = 30_000 });
                var src = await image.GetAttributeAsync("src");
                var declared = guide.Images.Single(g => g.Url == src);
                Assert.Equal("lazy", await image.GetAttributeAsync("loading"));
                Assert.Equal(declared.Alt, await image.GetAttributeAsync("alt"));
                Assert.Equal(declared.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), await image.GetAttributeAsync("width"));
                Assert.Equal(declared.Height.ToString(System.Globalization.CultureInfo.InvariantCulture), await image.GetAttributeAsync("height"));
                // What the browser decoded is what the build read from the file's header.
                Assert.Equal(declared.Width, await image.EvaluateAsync<int>("img => img.naturalWidth"));
                Assert.Equal(declared.Height, await image.EvaluateAsync<int>("img => img.naturalHeight"));
            }

            var pdf = guide.Files.Single(f => f.ContentType == "application/pdf");
            var link = page.Locator($"main a[href=\"{pdf.Url}\"]");
            Assert.Equal(1, await link.CountAsync());
            var response = await page.APIRequest.GetAsync(new Uri(site.Address, await link.GetAttributeAsync("href")).ToString());
            Assert.Equal(200, response.Status);
            Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.BodyAsync())[..5]), StringComparison.Ordinal);

            var screenshot = Path.Combine(TestResultsFolder.For("screenshots"), "help-center-images-" + language + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            output.WriteLine("Screenshot: " + screenshot);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Typing_carte_vitale_in_the_search_box_leads_to_step_6_of_the_Ameli_guide()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/fr/").ToString());

            // A combobox (wwwroot/search.js offers titles as one types); a searchbox without script.
            var box = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Rechercher" });
            await box.FillAsync("carte vitale");
            await box.PressAsync("Enter");
            // The address, then the document (as above: waiting for "load" timed out on a loaded machine).
            await page.WaitForURLAsync("**/search?q=carte+vitale*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
            await page.Locator("ol.guides-hits > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

            var first = page.Locator("ol.guides-hits > li").First;
            Assert.Contains("Commander une nouvelle carte Vitale", await first.Locator("a").InnerTextAsync(), StringComparison.Ordinal);
            var marked = await first.Locator("mark").AllInnerTextsAsync();
            Assert.True(marked.Count >= 2, "Fewer than two marked words.");
            Assert.All(marked, m => Assert.Contains(m.ToLowerInvariant(), new[] { "carte", "vitale" }));
            await first.Locator("a").ClickAsync();
            // The step, then the address: waiting for the address first once timed out on a loaded machine, though the
            // page had come (Playwright had seen the network idle).
            await page.Locator("#step-6").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            Assert.EndsWith("/fr/guides/ameli#step-6", page.Url, StringComparison.Ordinal);

            var step = page.Locator("#step-6");
            Assert.True(await step.IsVisibleAsync(), "Step 6 is not visible.");
            Assert.Equal("Commander une nouvelle carte Vitale", await step.Locator("h3").InnerTextAsync());
            // The browser scrolled to the step: its top is in the viewport (less a fraction of a pixel).
            await page.WaitForFunctionAsync(
                "() => { const r = document.getElementById('step-6').getBoundingClientRect(); return r.top > -2 && r.top < window.innerHeight; }",
                null,
                new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task An_id_that_names_no_guide_is_a_404_page_with_a_link_back_to_the_index()
    {
        var page = await site.Browser.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(new Uri(site.Address, "/guides/no-such-guide").ToString());

            Assert.Equal(404, response!.Status);
            Assert.Equal("Guide not found", await page.Locator("h1").InnerTextAsync());
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "See every guide" }).ClickAsync();
            Assert.Equal("Help centre", await page.Locator("h1").InnerTextAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
