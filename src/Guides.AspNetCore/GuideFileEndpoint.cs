using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Guides.AspNetCore;

/// <summary>
/// Serves the guides' images and files from their libraries' assemblies (<see cref="GuideFile.OpenRead"/>), at their
/// <see cref="GuideFile.Url"/>. Those URLs carry a hash of the file's bytes, so a browser may keep a file for ever:
/// another version of it has another URL.
/// </summary>
internal sealed class GuideFileEndpoint(GuideSite site)
{
    /// <summary>What a file's response says about caching: a year, never revalidated.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// A file is never a page of this site: an SVG (or any file but a PDF, which a browser's viewer could not show
    /// sandboxed) opened on its own runs no script with the site's rights.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

    // Listed on the first request for a file, not at start-up: listing them creates every guide.
    private readonly Lazy<Dictionary<string, GuideFile>> _byUrl = new(() => List(site), LazyThreadSafetyMode.ExecutionAndPublication);

    public IResult Serve(HttpContext context)
    {
        // Keyed as ASP.NET Core gives the request's path: percent-decoded.
        var path = context.Request.Path.Value ?? string.Empty;
        if (!_byUrl.Value.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.XContentTypeOptions = "nosniff";
        if (!file.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return Results.Stream(
            file.OpenRead(),
            file.ContentType,
            entityTag: new EntityTagHeaderValue("\"" + HashOf(file.Url) + "\""),
            enableRangeProcessing: true);
    }

    private static Dictionary<string, GuideFile> List(GuideSite site)
    {
        var byUrl = new Dictionary<string, GuideFile>(StringComparer.Ordinal);
        foreach (var guide in site.AllGuides().SelectMany(g => g.Translations))
        {
            foreach (var file in guide.Images.Select(i => i.File).Concat(guide.Files))
            {
                byUrl.TryAdd(Uri.UnescapeDataString(file.Url), file);
            }
        }

        return byUrl;
    }

    /// <summary>The hash in a URL (<c>step-1.a1b2c3d4e5.png</c>): the file's ETag. The whole name when it has none.</summary>
    private static string HashOf(string url)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        var parts = name.Split('.');
        return Uri.EscapeDataString(parts.Length >= 3 ? parts[^2] : name);
    }
}
