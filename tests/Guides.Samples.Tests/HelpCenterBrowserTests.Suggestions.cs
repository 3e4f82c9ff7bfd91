using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Guides.Testing.Browser;

namespace Guides.Samples.Tests;

/// <summary>
/// The header's search box as the reader types: the titles that the query begins, in a list the keyboard moves
/// through (the ARIA combobox pattern), and, without script, the form it is rendered as.
/// </summary>
public sealed partial class HelpCenterBrowserTests
{
    private const string AmeliFr = "Comment utiliser Ameli pour l'assurance maladie et les remboursements";

    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 30_000 };

    [Fact]
    public async Task The_header_search_offers_titles_as_one_types_and_the_keyboard_alone_chooses_one()
    {
        var (page, errors) = await WatchedPageAsync();
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/fr/").ToString());
            var box = page.Locator("#guides-q");
            // Skip link, the site's name, then the box: a combobox whose list is closed.
            for (var i = 0; i < 3; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.Equal("guides-q", await Focused(page, "e => e.id"));
            Assert.Equal("combobox", await box.GetAttributeAsync("role"));
            Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
            Assert.Equal("list", await box.GetAttributeAsync("aria-autocomplete"));
            var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Rechercher dans les guides" });
            Assert.Equal("guides-q-suggestions", await box.GetAttributeAsync("aria-controls"));

            // As one types: the guide's title and a step's (with its guide's), from GuideLibrary.Suggest.
            await page.Keyboard.TypeAsync("comm", new() { Delay = 40 });
            var options = list.GetByRole(AriaRole.Option);
            await Assertions.Expect(options).ToHaveCountAsync(2, Soon);
            Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
            Assert.Equal(AmeliFr, await options.Nth(0).InnerTextAsync());
            Assert.Equal("Commander une nouvelle carte Vitale\n" + AmeliFr, await options.Nth(1).InnerTextAsync());
            Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));

            // Down and Up move through the titles, round; the focus stays in the box.
            await page.Keyboard.PressAsync("ArrowDown");
            await IsChosen(page, options, 0);
            await page.Keyboard.PressAsync("ArrowDown");
            await IsChosen(page, options, 1);
            await page.Keyboard.PressAsync("ArrowDown");
            await IsChosen(page, options, 0);
            await page.Keyboard.PressAsync("ArrowUp");
            await IsChosen(page, options, 1);
            Assert.Equal("guides-q", await Focused(page, "e => e.id"));
            await FocusIsVisible(page);

            // Escape closes the list and keeps what was typed; Down opens it again.
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await list.IsVisibleAsync(), "The list is still shown after Escape.");
            Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
            Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));
            Assert.Equal("comm", await box.InputValueAsync());
            await page.Keyboard.PressAsync("ArrowDown");
            await IsChosen(page, options, 0);
            await page.Keyboard.PressAsync("ArrowDown");

            // Enter opens the title chosen: the step of the guide.
            await EnterOpensAmeliStep6Async(page);
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_script_the_header_search_is_a_form_that_opens_the_search_page()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "/fr/").ToString());
        var box = page.Locator("#guides-q");

        Assert.Null(await box.GetAttributeAsync("role"));
        Assert.Equal(0, await page.Locator("[role=listbox]").CountAsync());
        await box.FillAsync("carte vitale");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=carte+vitale&lang=fr", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.Locator("ol.guides-hits > li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("/fr/guides/ameli#step-6", await page.Locator("ol.guides-hits > li a").First.GetAttributeAsync("href"));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_serious_or_critical_violation_with_the_suggestions_open(ColorScheme scheme)
    {
        var (page, errors) = await WatchedPageAsync(scheme);
        try
        {
            await page.GotoAsync(new Uri(site.Address, "/fr/guides/ameli").ToString());
            await page.Locator("#guides-q").PressSequentiallyAsync("comm", new() { Delay = 40 });
            await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(2, Soon);
            await page.Keyboard.PressAsync("ArrowDown");

            var results = await page.RunAxe();

            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
            Assert.Empty(errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    // The option at index is chosen: the box's active descendant, the only one selected.
    private static async Task IsChosen(IPage page, ILocator options, int index)
    {
        var id = await options.Nth(index).GetAttributeAsync("id");
        Assert.Equal(id, await page.Locator("#guides-q").GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(
            Enumerable.Range(0, await options.CountAsync()).Select(i => i == index ? "true" : "false"),
            await options.EvaluateAllAsync<string[]>("all => all.map(o => o.getAttribute('aria-selected'))"));
    }
}
