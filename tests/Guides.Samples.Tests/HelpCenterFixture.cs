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
        await _server.InitializeAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await Testing.Browser.LaunchChromiumAsync(_playwright);
    }

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
