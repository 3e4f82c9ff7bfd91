using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Guides.AspNetCore.Tests;

/// <summary>The same section behind Kestrel on 127.0.0.1, over real sockets: what TestServer shows holds on the wire.</summary>
public sealed class KestrelTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGuides(GuideCatalog.Library);
        _app = builder.Build();
        _app.UseOutputCache();
        _app.MapGuideFiles();
        _app.MapGuides("/help");
        await _app.StartAsync();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    [Fact]
    public async Task GET_HEAD_redirect_and_range_over_HTTP()
    {
        var origin = _client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        using var page = await _client.GetAsync("/help/en/ameli");
        var html = await page.Content.ReadAsStringAsync();
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/help/en/ameli"));
        using var redirect = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/help/ameli") { Headers = { { "Accept-Language", "en-US" } } });
        var file = GuideCatalog.Library.Find("help-center", "en")!.Files[0];
        using var range = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, file.Url) { Headers = { Range = new RangeHeaderValue(0, 4) } });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<link rel=\"canonical\" href=\"" + origin + "/help/en/ameli\">", html);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(html), head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/help/en/ameli", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), await range.Content.ReadAsByteArrayAsync());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
