using Microsoft.Playwright;

namespace Guides.Package.Tests;

/// <summary>
/// A new Blazor app made as docs/web-and-ui.md says (<c>dotnet new blazor</c>, <c>dotnet add package</c> from the feed,
/// the <c>@using</c> and the two pages of the docs): it builds, runs, and a reader uses its help section in Chromium:
/// the index, a guide in two languages with the components' styles, the language switch, and the search box as one
/// types, with the keyboard alone.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ComponentsFromPackageTests(PackagesFixture packages, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Doc = "docs/web-and-ui.md";

    private static readonly LocatorWaitForOptions Slow = new() { Timeout = 60_000 };
    private static readonly LocatorAssertionsToHaveAttributeOptions Shown = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveTextOptions Text = new() { Timeout = 30_000 };
    private static readonly LocatorPressSequentiallyOptions Typing = new() { Delay = 30 };

    [Fact]
    public async Task The_docs_lines_give_a_new_blazor_app_a_styled_searchable_multilingual_help_section()
    {
        // The Blazor app's packages come from the machine's feeds too (the template's own, none of them a Guides one).
        var folder = DocBlocks.RunShell(
            DocBlocks.Read(Doc, "```sh", "dotnet new blazor"),
            packages.NewFolder("BlazorApp", machineFeeds: true),
            words => words is [_, "add", "package", ..] ? ["--version", PackagesFixture.Version] : []);
        Assert.Contains("Add `@using Guides.Components` to `Components/_Imports.razor`", File.ReadAllText(Path.Combine(Repository.Root, Doc)), StringComparison.Ordinal);
        File.AppendAllText(Path.Combine(folder, "Components", "_Imports.razor"), "@using Guides.Components\n");
        // The components' colours, before the app's own stylesheets in the head of App.razor.
        var app = Path.Combine(folder, "Components", "App.razor");
        var link = DocBlocks.Read(Doc, "```razor", "<link rel=\"stylesheet\" href=\"@Assets[\"_content/Guides.Components/");
        var head = File.ReadAllText(app);
        File.WriteAllText(app, head.Insert(head.IndexOf("    <link rel=\"stylesheet\"", StringComparison.Ordinal), "    " + link));
        File.WriteAllText(Path.Combine(folder, "Components", "Pages", "Help.razor"), DocBlocks.Read(Doc, "```razor", "@page \"/help\""));
        File.WriteAllText(Path.Combine(folder, "Components", "Pages", "HelpSearch.razor"), DocBlocks.Read(Doc, "```razor", "@page \"/help/search\""));
        DotNet.Run(folder, "build", "-c", "Release", "-p:TreatWarningsAsErrors=true").ShouldSucceed("dotnet build of a Blazor app over Guides.Components");

        var url = LocalServer.FreeUrl();
        // As `dotnet run` starts a new app (its launch profile's environment): static web assets from the build's folders.
        var dll = Path.GetFileName(folder) + ".dll";
        using var server = DotNet.Start(folder, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, "bin/Release/net10.0/" + dll, "--urls", url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var html = await LocalServer.GetWhenUpAsync(client, "/help/fr/ameli", server);
        Assert.Contains("<li id=\"step-6\"", html, StringComparison.Ordinal);

        var inBrowser = System.Diagnostics.Stopwatch.StartNew();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchChromiumAsync(playwright);
        var (page, errors) = await Browser.WatchedPageAsync(browser);

        // The index, in the library's default language (French); its languages; the English guide.
        await OpenInteractiveAsync(page, url + "/help");
        Assert.Contains("Comment utiliser Ameli pour l'assurance maladie et les remboursements", await page.Locator("main ul").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Languages" }).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Browser.WaitForAddressAsync(page, "**/help/en");
        await page.GetByRole(AriaRole.Link, new() { Name = "How to use Ameli for health insurance and reimbursements" }).ClickAsync();
        await Browser.WaitForAddressAsync(page, "**/help/en/ameli");
        await GuideIsShownStyledAsync(page, "en", "How to use Ameli for health insurance and reimbursements");

        // The language switch, to the French guide.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Languages" }).GetByRole(AriaRole.Link, new() { Name = "Français", Exact = true }).ClickAsync();
        await Browser.WaitForAddressAsync(page, "**/help/fr/ameli");
        await GuideIsShownStyledAsync(page, "fr", "Comment utiliser Ameli pour l'assurance maladie et les remboursements");

        // The search as the reader types: the hits below the box, a typo corrected, nonsense found nowhere.
        await OpenInteractiveAsync(page, url + "/help/fr");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher dans les guides" });
        await box.PressSequentiallyAsync("carte vitale", Typing);
        var first = page.Locator(".guides-search-box ol.guides-hits > li").First;
        // What shows changes with each letter: the assertions wait for the whole query's results.
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", "/help/fr/ameli#step-6", Shown);
        Assert.EndsWith("/help/fr", page.Url, StringComparison.Ordinal);
        await box.FillAsync(string.Empty);
        await box.PressSequentiallyAsync("rembousement", Typing);
        await Assertions.Expect(page.Locator(".guides-search-box .guides-correction")).ToHaveTextAsync("Vouliez-vous dire remboursement\u00A0?", Text);
        await box.FillAsync(string.Empty);
        await box.PressSequentiallyAsync("xqzwv", Typing);
        await Assertions.Expect(page.Locator(".guides-search-box .guides-no-results")).ToHaveTextAsync("Aucun résultat pour «\u00A0xqzwv\u00A0».", Text);

        // A keyboard alone: Tab to the box, type, Tab to the first hit as it shows, Enter: the guide at its step.
        await OpenInteractiveAsync(page, url + "/help/fr");
        for (var i = 0; i < 30 && await Browser.Focused(page, "e => e.id") != "guides-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("guides-q", await Browser.Focused(page, "e => e.id"));
        await page.Keyboard.TypeAsync("carte vitale", new() { Delay = 30 });
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", "/help/fr/ameli#step-6", Shown);
        await Browser.TabToAsync(page, "Comment utiliser Ameli pour l'assurance maladie et les remboursements6. Commander une nouvelle carte Vitale");
        await page.Keyboard.PressAsync("Enter");
        await Browser.WaitForAddressAsync(page, "**/help/fr/ameli#step-6");
        await page.Locator("#step-6").WaitForAsync(Slow);

        // Enter in the box opens the search page (a form: it works before the page is interactive too).
        await OpenInteractiveAsync(page, url + "/help/fr");
        await box.PressSequentiallyAsync("carte vitale");
        await box.PressAsync("Enter");
        await Browser.WaitForAddressAsync(page, "**/help/search?q=carte+vitale&lang=fr");
        await page.Locator("main ol.guides-hits > li").First.WaitForAsync(Slow);
        Assert.Equal("/help/fr/ameli#step-6", await page.Locator("main ol.guides-hits > li a").First.GetAttributeAsync("href"));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        output.WriteLine($"In Chromium: {inBrowser.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Opens <paramref name="address"/> and waits for its circuit: the server's first render batch on the page's
    /// WebSocket (after it the box's events reach the server; what a reader types before is not seen).
    /// </summary>
    private static async Task OpenInteractiveAsync(IPage page, string address)
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var renderBatch = "JS.RenderBatch"u8.ToArray();
        void Opened(object? sender, IWebSocket socket) => socket.FrameReceived += (_, frame) =>
        {
            if ((frame.Binary ?? System.Text.Encoding.UTF8.GetBytes(frame.Text ?? string.Empty)).AsSpan().IndexOf(renderBatch) >= 0)
            {
                received.TrySetResult();
            }
        };
        page.WebSocket += Opened;
        try
        {
            await page.GotoAsync(address);
            await received.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            page.WebSocket -= Opened;
        }
    }

    /// <summary>The guide in <paramref name="language"/>, its steps styled by the components' scoped CSS.</summary>
    private static async Task GuideIsShownStyledAsync(IPage page, string language, string title)
    {
        await page.Locator($"article.guides-guide[lang={language}] ol.guides-steps > li").First.WaitForAsync(Slow);
        Assert.Equal(title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(7, await page.Locator("ol.guides-steps > li").CountAsync());
        // GuideView.razor.css: a bar in the accent colour on each step's starting side (no browser default has one).
        Assert.Equal("4px", await page.Locator("#step-1").EvaluateAsync<string>("e => getComputedStyle(e).borderInlineStartWidth"));
        Assert.Equal("solid", await page.Locator("#step-1").EvaluateAsync<string>("e => getComputedStyle(e).borderInlineStartStyle"));
        // Its colour: the accent of the package's guides.css (#0b57d0, light), which the docs' link brings.
        Assert.Equal("rgb(11, 87, 208)", await page.Locator("#step-1").EvaluateAsync<string>("e => getComputedStyle(e).borderInlineStartColor"));
    }
}
