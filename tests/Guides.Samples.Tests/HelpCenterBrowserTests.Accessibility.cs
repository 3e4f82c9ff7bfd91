using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Guides.Testing.Browser;

namespace Guides.Samples.Tests;

/// <summary>
/// The help centre with a keyboard alone, its console, and axe-core's audit in light and dark: in the same class as the
/// other browser tests, so that they share one server and one Chromium.
/// </summary>
public sealed partial class HelpCenterBrowserTests
{
    [Fact]
    public async Task A_keyboard_alone_skips_to_the_guide_tabs_through_it_in_order_and_opens_a_question()
    {
        var (page, errors) = await WatchedPageAsync();
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/fr/guides/ameli").ToString());

            // The first Tab reaches the skip link, shown on focus; Enter moves the focus to the main landmark.
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Aller au contenu", await Focused(page, "e => e.textContent"));
            Assert.True(await page.Locator("a.skip").IsVisibleAsync(), "The focused skip link is not visible.");
            await FocusIsVisible(page);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");

            // Then the page's links in reading order: the way back, the languages, the table of contents.
            var order = new List<string>();
            for (var i = 0; i < 9; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                order.Add(await Focused(page, "e => e.textContent.trim()"));
            }

            Assert.Equal(
                [
                    "Tous les guides", "English", "Français", "Ce que vous allez apprendre", "Ce dont vous avez besoin",
                    "Les étapes", "Conseils", "Liens utiles", "Questions fréquentes",
                ],
                order);
            await FocusIsVisible(page);

            // Enter on a link of the table of contents leads to its part.
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/fr/guides/ameli#faq");

            // Tab on to the first question; Enter opens it.
            for (var i = 0; i < 60 && await Focused(page, "e => e.tagName") != "SUMMARY"; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.Equal("Qu'est-ce qu'Ameli ?", await Focused(page, "e => e.textContent"));
            await FocusIsVisible(page);
            var answer = page.GetByText("Ameli est la plateforme en ligne de l'Assurance Maladie");
            Assert.False(await answer.IsVisibleAsync());
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await answer.IsVisibleAsync(), "Enter on the question did not open its answer.");
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_keyboard_alone_searches_and_opens_a_result_at_its_step()
    {
        var (page, errors) = await WatchedPageAsync();
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/fr/").ToString());

            // Skip link, the site's name, then the search box.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Centre d'aide", await Focused(page, "e => e.textContent"));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("guides-q", await Focused(page, "e => e.id"));
            await FocusIsVisible(page);
            await page.Keyboard.TypeAsync("carte vitale");
            await page.Keyboard.PressAsync("Enter");
            await WaitForAddressAsync(page, "**/search?q=carte+vitale*");
            await page.Locator("ol.guides-hits > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

            // On the results' page: skip link, site, box (with the query), button, then the first result.
            var order = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                order.Add(await Focused(page, "e => e.tagName + ':' + (e.value || e.textContent).trim()"));
            }

            Assert.Equal(["A:Aller au contenu", "A:Centre d'aide", "INPUT:carte vitale", "BUTTON:Rechercher"], order[..4]);
            Assert.StartsWith("A:Comment utiliser Ameli", order[4], StringComparison.Ordinal);
            Assert.EndsWith("6. Commander une nouvelle carte Vitale", order[4], StringComparison.Ordinal);
            await FocusIsVisible(page);

            await EnterOpensAmeliStep6Async(page);
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/", ColorScheme.Light)]
    [InlineData("/", ColorScheme.Dark)]
    [InlineData("/fr/guides/ameli", ColorScheme.Light)]
    [InlineData("/fr/guides/ameli", ColorScheme.Dark)]
    [InlineData("/en/guides/help-center", ColorScheme.Light)]
    [InlineData("/search?q=carte+vitale&lang=fr", ColorScheme.Light)]
    [InlineData("/search?q=carte+vitale&lang=fr", ColorScheme.Dark)]
    [InlineData("/search?q=rembousement&lang=fr", ColorScheme.Dark)]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, ColorScheme scheme)
    {
        var (page, errors) = await WatchedPageAsync(scheme);
        try
        {
            await page.GotoAsync(new Uri(site.Address, path).ToString());
            Assert.Equal(scheme == ColorScheme.Dark, await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
            // Opened questions are audited too (their answers' contrast, their images).
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

            var results = await page.RunAxe();

            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            foreach (var violation in results.Violations)
            {
                output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))})");
            }

            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
            Assert.True(results.Passes.Length > 10, "axe ran fewer than ten rules that passed.");
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    // Enter on what has the focus opens the French Ameli guide at its step 6.
    private static async Task EnterOpensAmeliStep6Async(IPage page)
    {
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#step-6").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.EndsWith("/fr/guides/ameli#step-6", page.Url, StringComparison.Ordinal);
    }

    private Task<(IPage Page, List<string> Errors)> WatchedPageAsync(ColorScheme scheme = ColorScheme.Light) =>
        Testing.Browser.WatchedPageAsync(site.Browser, scheme);
}
