using System.Net;
using System.Text.RegularExpressions;
using Guides.Generated;
using HelpCenter;
using Microsoft.AspNetCore.Builder;

namespace Guides.Samples.Tests;

/// <summary>
/// The HelpCenter app on a free loopback port (real Kestrel, real sockets), and a client that does not follow
/// redirects, so that tests see them. As a class fixture, it serves the content library.
/// </summary>
public sealed partial class HelpCenterServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly IReadOnlyList<GuideLibrary> _libraries;
    private WebApplication? _app;

    public HelpCenterServer()
        : this([GuideCatalog.Library])
    {
    }

    private HelpCenterServer(IReadOnlyList<GuideLibrary> libraries) => _libraries = libraries;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A server over other libraries, for one test.</summary>
    public static async Task<HelpCenterServer> StartAsync(IReadOnlyList<GuideLibrary> libraries)
    {
        var server = new HelpCenterServer(libraries);
        await server.InitializeAsync();
        return server;
    }

    public async Task InitializeAsync()
    {
        _app = HelpCenterApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], _libraries);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Assert.Equal("127.0.0.1", Address.Host);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
    }

    /// <summary>GET <paramref name="path"/> with an <c>Accept-Language</c> header when given.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            // As the browser sends it: not validated by HttpClient, so that malformed headers reach the app.
            Assert.True(request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage));
        }

        return await Client.SendAsync(request);
    }

    /// <summary>GET a page that must be there: its HTML, without the attributes of scoped CSS (<c>b-1a2b3c4d5e</c>).</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return WithoutScopes(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The HTML without the attributes that Razor adds to an element for its component's scoped CSS.</summary>
    public static string WithoutScopes(string html) => ScopeAttribute().Replace(html, string.Empty);

    [GeneratedRegex(" b-[a-z0-9]{10}(?=[ />])")]
    private static partial Regex ScopeAttribute();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
