using Guides.Package.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;

namespace Guides.Samples.Tests;

/// <summary>
/// samples/GuideBrowser published (Release, as a site deploys it) from a copy of the repository, its wwwroot served as
/// static files by Kestrel on a free loopback port (index.html for any other address), and the system's Chromium.
/// </summary>
public sealed class GuideBrowserFixture : IAsyncLifetime
{
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public string Root { get; } = Directory.CreateTempSubdirectory("guides-wasm-tests-").FullName;

    /// <summary>The published site.</summary>
    public string WebRoot => Path.Combine(Root, "publish", "wwwroot");

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Prerequisites.EnsureChromium();
        var copy = Path.Combine(Root, "repo");
        Repository.CopyTo(copy, "src", "content", "docs", "samples/GuideBrowser", "Directory.Build.props", "Directory.Packages.props");
        DotNet.Run(copy, "publish", "samples/GuideBrowser", "-c", "Release", "-o", Path.Combine(Root, "publish"))
            .ShouldSucceed("dotnet publish of samples/GuideBrowser");

        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        _server = builder.Build();
        var files = new PhysicalFileProvider(WebRoot);
        // The runtime's files (.wasm, .dat, .json) whatever their type: a static host serves them as they are.
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        _server.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        await _server.StartAsync();
        Address = new Uri(_server.Urls.Single());

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
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
