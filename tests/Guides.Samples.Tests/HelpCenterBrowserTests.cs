using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Guides.Samples.Tests;

/// <summary>The help centre as a person uses it: headless Chromium opens the index and follows a link to a guide.</summary>
public sealed class HelpCenterBrowserTests(HelpCenterFixture site, ITestOutputHelper output) : IClassFixture<HelpCenterFixture>
{
    [Fact]
    public async Task The_index_link_leads_to_the_Ameli_page_with_its_seven_steps_and_its_FAQ()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        try
        {
            await page.GotoAsync(site.Address.ToString());
            Assert.Equal("Help centre", await page.Locator("h1").InnerTextAsync());
            Assert.Equal("Government", await page.Locator("h2").First.InnerTextAsync());
            Assert.Equal("fr", await page.Locator("h3").First.GetAttributeAsync("lang"));

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Comment utiliser Ameli" }).ClickAsync();
            await page.WaitForURLAsync("**/guides/ameli");

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
            var questions = page.Locator(".faq h3");
            Assert.Equal(5, await questions.CountAsync());
            Assert.Equal("Qu'est-ce qu'Ameli ?", await questions.First.InnerTextAsync());
            Assert.True(await page.GetByText("Ameli est la plateforme en ligne de l'Assurance Maladie").IsVisibleAsync());

            var screenshot = Path.Combine(TestResultsFolder.For("screenshots"), "help-center-ameli.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot is suspiciously small.");
            output.WriteLine("Screenshot: " + screenshot);
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
