using System.Globalization;
using Microsoft.Playwright;

namespace Guides.Testing;

/// <summary>
/// Headless Chromium as the browser tests drive it (the samples' and the apps made from the packages): the system's
/// browser, pages whose errors are collected, and what has the keyboard's focus.
/// </summary>
public static class Browser
{
    /// <summary>The system's Chromium, headless, kept off the network services this closed network refuses.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        Prerequisites.EnsureChromium();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true,
            // Without the background-networking flags Chromium tries to reach its services and this closed network refuses it.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A page (1024 × 800) whose console errors, uncaught exceptions, failed requests and responses in error are collected.</summary>
    public static async Task<(IPage Page, List<string> Errors)> WatchedPageAsync(IBrowser browser, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1024, Height = 800 },
            ColorScheme = scheme,
        });
        var errors = new List<string>();
        void Add(string error)
        {
            lock (errors)
            {
                errors.Add(error);
            }
        }

        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add("console: " + message.Text + (message.Location is { Length: > 0 } at ? " at " + at : string.Empty));
            }
        };
        page.PageError += (_, error) => Add("page error: " + error);
        // A response in error says which address (the console's "Failed to load resource" does not).
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"response {response.Status}: {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A fetch that the page itself gave up (Blazor's enhanced navigation, superseded by the next one) is no fault.
            if (!(request.Failure == "net::ERR_ABORTED" && request.ResourceType == "fetch"))
            {
                Add($"request failed ({request.Failure}, {request.ResourceType}): {request.Url}");
            }
        };
        return (page, errors);
    }

    /// <summary><paramref name="expression"/> (a function of an element) applied to the focused element.</summary>
    public static Task<string> Focused(IPage page, string expression) =>
        page.EvaluateAsync<string>("() => (" + expression + ")(document.activeElement)");

    /// <summary>The focused element shows it: an outline of 2px or more (the stylesheets' :focus-visible), not the browser's none.</summary>
    public static async Task FocusIsVisible(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        var parts = outline.Split(' ');
        Assert.True(parts[0] != "none" && double.Parse(parts[1].Replace("px", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 2, "Focus outline: " + outline);
    }

    /// <summary>
    /// Waits for the address, then for the document. The address is polled rather than awaited as a navigation: on a
    /// loaded machine a navigation could commit while the wait was being set up, and the wait then timed out with the
    /// page already at the address (and waiting for "load" timed out the same way: the event had fired before the wait).
    /// </summary>
    /// <param name="glob">The address: <c>**</c> any characters, <c>*</c> any but <c>/</c>, everything else as written.</param>
    public static async Task WaitForAddressAsync(IPage page, string glob)
    {
        var address = new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$",
            System.Text.RegularExpressions.RegexOptions.None,
            TimeSpan.FromSeconds(1));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!address.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                // Where the page is instead, and what has the focus: what the reader would see.
                var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 300) + ' value=' + document.activeElement.value : 'none'");
                throw new TimeoutException($"Not at {glob} but at {page.Url}; focused: {focused}");
            }

            await Task.Delay(50);
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new PageWaitForLoadStateOptions { Timeout = 60_000 });
    }

    /// <summary>Presses Tab until the focused element's text (or value) is <paramref name="text"/>, 60 times at most.</summary>
    public static async Task TabToAsync(IPage page, string text)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await Focused(page, "e => (e.value || e.textContent || '').trim()") == text)
            {
                return;
            }
        }

        Assert.Fail("Tab never reached \"" + text + "\".");
    }
}
