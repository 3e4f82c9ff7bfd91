using System.Net.Http.Headers;
using Guides.AspNetCore;
using Guides.Samples.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Guides.AspNetCore.Tests;

/// <summary>
/// A help section in memory (TestServer), as an app writes it: <c>AddGuides</c> (called twice: the content package, then
/// <see cref="Second"/>), <c>UseOutputCache</c>, <c>MapGuideFiles</c>, <c>MapGuides("/help")</c>.
/// </summary>
public sealed class HelpSite : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>
    /// The second library: ids with '/', German (which the content package lacks), Dutch (which has no labels), Arabic
    /// (written right to left), and an id
    /// the content package has too (the package's wins).
    /// </summary>
    public static readonly TestLibrary Second = new(
        "en",
        ("accounts/reset-password", [("ar", "إعادة تعيين كلمة المرور"), ("de", "Passwort zurücksetzen"), ("en", "Reset your password"), ("nl", "Wachtwoord herstellen")]),
        ("ameli", [("en", "Another Ameli")]));

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public Task InitializeAsync() => StartAsync(configure: null);

    public async Task StartAsync(Action<GuidesOptions>? configure)
    {
        _app = Build(configure);
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public static WebApplication Build(Action<GuidesOptions>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        if (configure is null)
        {
            builder.Services.AddGuides(GuideCatalog.Library);
        }
        else
        {
            builder.Services.AddGuides(GuideCatalog.Library, configure);
        }

        builder.Services.AddGuides(Second);
        var app = builder.Build();
        app.UseOutputCache();
        app.MapGuideFiles();
        app.MapGuides("/help");
        return app;
    }

    public async Task<HttpResponseMessage> SendAsync(string url, string method = "GET", string? acceptLanguage = null, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        headers?.Invoke(request.Headers);
        return await Client.SendAsync(request);
    }

    /// <summary>A page that must be there: its body, after checking it is 200 and HTML.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await SendAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
