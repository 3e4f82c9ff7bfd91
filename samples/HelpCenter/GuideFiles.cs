using System;
using System.Collections.Generic;
using System.Linq;
using Guides;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HelpCenter;

/// <summary>
/// Serves the guides' images and files from their libraries' assemblies (<see cref="GuideFile.OpenRead"/>), at their
/// <see cref="GuideFile.Url"/>. Those URLs carry a hash of the file's bytes, so a browser may keep a file for a year:
/// another version of it has another URL.
/// </summary>
public sealed class GuideFiles
{
    private readonly Dictionary<string, GuideFile> _byUrl = new(StringComparer.Ordinal);

    public GuideFiles(IEnumerable<Guide> guides)
    {
        foreach (var guide in guides)
        {
            foreach (var file in guide.Images.Select(i => i.File).Concat(guide.Files))
            {
                // Keyed as ASP.NET Core gives the request's path: percent-decoded.
                _byUrl.TryAdd(Uri.UnescapeDataString(file.Url), file);
            }
        }
    }

    /// <summary>Every file shown or linked by a guide.</summary>
    public IReadOnlyCollection<GuideFile> All => _byUrl.Values;

    public IResult Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!_byUrl.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        // A file is never a page of this site: an SVG or a PDF opened on its own runs no script with the site's rights.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers.XContentTypeOptions = "nosniff";
        return Results.Stream(file.OpenRead(), file.ContentType, entityTag: new EntityTagHeaderValue("\"" + HashOf(file.Url) + "\""));
    }

    /// <summary>The hash in a URL (<c>step-1.a1b2c3d4e5.png</c>): the file's ETag.</summary>
    private static string HashOf(string url)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        var parts = name.Split('.');
        return parts.Length >= 3 ? parts[^2] : name;
    }
}
