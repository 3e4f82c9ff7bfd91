using Guides.Generated;
using HelpCenter;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Guides.Samples.Tests;

/// <summary>
/// The HelpCenter app on a free loopback port (real Kestrel, real sockets) and the system's headless Chromium,
/// once for the browser tests.
/// </summary>
public sealed class HelpCenterFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Prerequisites.EnsureChromium();

        _app = HelpCenterApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], GuideCatalog.All);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Assert.Equal("127.0.0.1", Address.Host);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
