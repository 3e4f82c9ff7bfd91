using System.Net;
using Microsoft.Playwright;

namespace Guides.Package.Tests;

/// <summary>
/// A new web app made as docs/web-and-ui.md says (<c>dotnet new web</c>, <c>dotnet add package</c> from the feed, its
/// Program.cs the docs' and the package README's): it builds, runs, serves the help section over HTTP, and a reader
/// uses it in Chromium.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AspNetCoreFromPackageTests(PackagesFixture packages, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Doc = "docs/web-and-ui.md";

    [Fact]
    public async Task The_docs_lines_give_a_new_web_app_a_styled_searchable_multilingual_help_section()
    {
        var program = DocBlocks.Read(Doc, "```csharp no-compile: a whole Program.cs over Guides.AspNetCore");
        // The package's README says the same, in other comments.
        Assert.Equal(Statements(program), Statements(DocBlocks.Read("docs/packages/Guides.AspNetCore.md", "```csharp")));
        var folder = DocBlocks.RunShell(
            DocBlocks.Read(Doc, "```sh", "dotnet new web"),
            packages.NewFolder("WebApp"),
            words => words is [_, "add", "package", ..] ? ["--version", PackagesFixture.Version] : []);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        DotNet.Run(folder, "build", "-c", "Release", "-p:TreatWarningsAsErrors=true").ShouldSucceed("dotnet build of a web app over Guides.AspNetCore");

        var url = LocalServer.FreeUrl();
        var dll = Path.GetFileName(folder) + ".dll";
        using var server = DotNet.Start(folder, new Dictionary<string, string>(), "bin/Release/net10.0/" + dll, "--urls", url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var html = await LocalServer.GetWhenUpAsync(client, "/help/fr/help-center", server);
        using var image = await client.GetAsync(FirstImage(html));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\"", html);
        Assert.Contains("<ol class=\"guides-steps\">", html);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Contains("immutable", image.Headers.CacheControl?.ToString());

        var inBrowser = System.Diagnostics.Stopwatch.StartNew();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchChromiumAsync(playwright);
        var (page, errors) = await Browser.WatchedPageAsync(browser);

        // The index: every language, named in itself, with its guides; a guide's page in French, styled.
        await page.GotoAsync(url + "/help");
        Assert.Equal("Help", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["English", "Français"], await page.Locator("main h2").AllInnerTextsAsync());
        await page.Locator("section[lang=fr]").GetByRole(AriaRole.Link, new() { Name = "Comment utiliser Ameli pour l'assurance maladie et les remboursements" }).ClickAsync();
        await Browser.WaitForAddressAsync(page, "**/help/fr/ameli");
        await GuideIsShownStyledAsync(page, "fr", "Comment utiliser Ameli pour l'assurance maladie et les remboursements");

        // The language switch, to the English page.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Langues" }).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Browser.WaitForAddressAsync(page, "**/help/en/ameli");
        await GuideIsShownStyledAsync(page, "en", "How to use Ameli for health insurance and reimbursements");

        // A keyboard alone: skip link, site, search box; a search typed and sent; Tab to the first hit, Enter: its step.
        await page.GotoAsync(url + "/help/fr/ameli");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await Browser.Focused(page, "e => e.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("guides-q", await Browser.Focused(page, "e => e.id"));
        await Browser.FocusIsVisible(page);
        await page.Keyboard.TypeAsync("carte vitale");
        await page.Keyboard.PressAsync("Enter");
        await Browser.WaitForAddressAsync(page, "**/help/search?q=carte+vitale&lang=fr");
        await Browser.TabToAsync(page, "Comment utiliser Ameli pour l'assurance maladie et les remboursements");
        Assert.EndsWith("/help/fr/ameli#step-6", await Browser.Focused(page, "e => e.href"), StringComparison.Ordinal);
        await Browser.FocusIsVisible(page);
        await page.Keyboard.PressAsync("Enter");
        await Browser.WaitForAddressAsync(page, "**/help/fr/ameli#step-6");
        Assert.Equal("Commander une nouvelle carte Vitale", await page.Locator("#step-6 h3").InnerTextAsync());

        // A typo corrected; nonsense found nowhere, said in French.
        await SearchAsync(page, "rembousement");
        Assert.Equal("Vouliez-vous dire remboursement\u00A0?", await page.Locator(".guides-correction").InnerTextAsync());
        Assert.True(await page.Locator("ol.guides-results > li").CountAsync() > 0, "No hit for the corrected query.");
        await SearchAsync(page, "xqzwv");
        Assert.Equal("Aucun résultat pour «\u00A0xqzwv\u00A0».", await page.Locator(".guides-no-results").InnerTextAsync());

        // The browser asks every site for /favicon.ico: a new web app has none, and the help section is no place for one.
        errors.RemoveAll(e => e.Contains(" at " + url + "/favicon.ico", StringComparison.Ordinal));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        output.WriteLine($"In Chromium: {inBrowser.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The guide's page in <paramref name="language"/>, its steps laid out by the package's stylesheet.</summary>
    internal static async Task GuideIsShownStyledAsync(IPage page, string language, string title)
    {
        await page.Locator($"html[lang={language}] ol.guides-steps > li").First.WaitForAsync();
        Assert.Equal(title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(7, await page.Locator("ol.guides-steps > li").CountAsync());
        // guides.css: each step indented 3rem past its numbered disc in the accent colour (no browser default does either).
        Assert.Equal("48px", await page.Locator("#step-1").EvaluateAsync<string>("e => getComputedStyle(e).paddingInlineStart"));
        Assert.Equal(
            await page.EvaluateAsync<string>("() => { const e = document.createElement('i'); e.style.color = getComputedStyle(document.documentElement).getPropertyValue('--guides-accent'); document.body.append(e); const c = getComputedStyle(e).color; e.remove(); return c; }"),
            await page.Locator("#step-1").EvaluateAsync<string>("e => getComputedStyle(e, '::before').backgroundColor"));
    }

    /// <summary>A query typed into the header's box and sent with Enter, as a reader does.</summary>
    private static async Task SearchAsync(IPage page, string query)
    {
        var box = page.Locator("#guides-q");
        await box.FillAsync(string.Empty);
        await box.PressSequentiallyAsync(query);
        await box.PressAsync("Enter");
        await Browser.WaitForAddressAsync(page, "**/help/search?q=" + query + "&lang=fr");
    }

    /// <summary>The code of a C# block without its comments and blank lines.</summary>
    private static string[] Statements(string code) =>
        [.. code.Split('\n').Select(l => (l.IndexOf("//", StringComparison.Ordinal) is var at and >= 0 ? l[..at] : l).Trim()).Where(l => l.Length > 0)];

    /// <summary>The URL of the page's first image: <c>src="/guide-files/..."</c>.</summary>
    private static string FirstImage(string page)
    {
        var at = page.IndexOf("src=\"/guide-files/", StringComparison.Ordinal);
        Assert.True(at >= 0, "The page shows no image.");
        at += "src=\"".Length;
        return page[at..page.IndexOf('"', at)];
    }
}
