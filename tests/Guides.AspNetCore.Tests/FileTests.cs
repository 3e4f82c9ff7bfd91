using System.Net;
using System.Net.Http.Headers;

namespace Guides.AspNetCore.Tests;

/// <summary><c>MapGuideFiles</c>: the guides' images and files at their hashed URLs.</summary>
public sealed class FileTests(HelpSite site) : IClassFixture<HelpSite>
{
    private static readonly Guide HelpCenter = GuideCatalog.Library.Find("help-center", "en")!;

    public static TheoryData<string> Files() =>
        [.. HelpCenter.Images.Select(i => i.File).Concat(HelpCenter.Files).Select(f => f.Url)];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_file_is_served_with_its_bytes_type_and_immutable_caching(string url)
    {
        var file = FileAt(url);
        using var response = await site.SendAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Bytes(file), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_SVG_is_sandboxed()
    {
        var svg = HelpCenter.Images.Single(i => i.ContentType == "image/svg+xml").File;
        using var response = await site.SendAsync(svg.Url);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", policy);
        Assert.Contains("default-src 'none'", policy);
    }

    [Fact]
    public async Task HEAD_gives_the_length_and_no_body()
    {
        var file = HelpCenter.Images[0].File;
        using var response = await site.SendAsync(file.Url, "HEAD");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_request_gets_206_and_those_bytes()
    {
        var file = HelpCenter.Files[0];
        using var response = await site.SendAsync(file.Url, headers: h => h.Range = new RangeHeaderValue(10, 29));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 10-29/" + file.Length, response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Bytes(file)[10..30], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_ETag_answers_304()
    {
        var file = HelpCenter.Images[0].File;
        using var first = await site.SendAsync(file.Url);
        using var again = await site.SendAsync(file.Url, headers: h => h.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/guide-files/nothing.png")]
    [InlineData("/guide-files/")]
    public async Task Another_URL_is_a_404(string url)
    {
        using var response = await site.SendAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_guide_page_shows_images_at_the_URLs_that_serve_them()
    {
        var html = await site.PageAsync("/help/en/help-center");

        foreach (var image in HelpCenter.Images)
        {
            Assert.Contains("src=\"" + image.Url + "\"", html);
        }
    }

    private static GuideFile FileAt(string url) =>
        HelpCenter.Images.Select(i => i.File).Concat(HelpCenter.Files).First(f => f.Url == url);

    private static byte[] Bytes(GuideFile file)
    {
        using var stream = file.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
