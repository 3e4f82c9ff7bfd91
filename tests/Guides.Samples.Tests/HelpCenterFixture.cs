using Microsoft.Playwright;

namespace Guides.Samples.Tests;

/// <summary>
/// The HelpCenter app on a free loopback port (real Kestrel, real sockets) and the system's headless Chromium,
/// once for the browser tests.
/// </summary>
public sealed class HelpCenterFixture : IAsyncLifetime
{
    private readonly HelpCenterServer _server = new();
    private IPlaywright? _playwright;

    public Uri Address => _server.Address;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Prerequisites.EnsureChromium();

        await _server.InitializeAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>The system's Chromium, headless, kept off the network services this closed network refuses.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
