using System;
using Guides;
using Guides.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary><c>app.MapGuides("/help")</c> and <c>app.MapGuideFiles()</c>: the help section's pages and the guides' files.</summary>
public static class GuidesEndpointRouteBuilderExtensions
{
    /// <summary>The start of the guides' file URLs unless a content library sets another (<c>GuidesAssetBaseUrl</c>).</summary>
    public const string DefaultFilesPrefix = "/guide-files";

    private static readonly string[] s_getAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps the help section at <see cref="GuidesOptions.PathBase"/> (<c>/help</c> unless set).</summary>
    public static RouteGroupBuilder MapGuides(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGuides(endpoints.ServiceProvider.GetRequiredService<IOptions<GuidesOptions>>().Value.PathBase);
    }

    /// <summary>
    /// Maps the help section at <paramref name="prefix"/>: the index, <c>{lang}</c> (a language's guides),
    /// <c>{lang}/{id}</c> (a guide; ids may contain <c>/</c>), <c>{lang}/{id}.md</c> (its Markdown), <c>{id}</c>
    /// (redirects to the reader's language), <c>search?q=&amp;lang=</c>, <c>sitemap.xml</c>, <c>llms.txt</c> and
    /// <c>guides.css</c>, for GET and HEAD. Pages that depend only on the guides are output-cached (with
    /// <c>app.UseOutputCache()</c>) under <see cref="GuidesOptions.OutputCachePolicyName"/>.
    /// </summary>
    /// <returns>The group, for more conventions (authorization, rate limits).</returns>
    /// <exception cref="InvalidOperationException"><c>AddGuides</c> was not called.</exception>
    public static RouteGroupBuilder MapGuides(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var site = endpoints.ServiceProvider.GetService<GuideSite>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGuides(GuideCatalog.Library) before app.MapGuides().");
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GuidesOptions>>();
        var normalized = "/" + prefix.Trim('/');
        var handlers = new GuideEndpoints(site, options, normalized == "/" ? string.Empty : normalized);

        var group = endpoints.MapGroup(normalized);
        group.MapMethods("/", s_getAndHead, handlers.Index).CacheOutput(GuidesOptions.OutputCachePolicyName);
        group.MapMethods("/" + GuideEndpoints.StylesheetName, s_getAndHead, handlers.Stylesheet);
        group.MapMethods("/search", s_getAndHead, (HttpContext context, string? q, string? lang) => handlers.Search(context, q, lang))
            .CacheOutput(GuidesOptions.OutputCachePolicyName);
        group.MapMethods("/sitemap.xml", s_getAndHead, handlers.Sitemap).CacheOutput(GuidesOptions.OutputCachePolicyName);
        group.MapMethods("/llms.txt", s_getAndHead, handlers.LlmsTxt).CacheOutput(GuidesOptions.OutputCachePolicyName);
        group.MapMethods("/{lang}/{**id}", s_getAndHead, (HttpContext context, string lang, string? id) => handlers.Guide(context, lang, id))
            .CacheOutput(GuidesOptions.OutputCachePolicyName);
        return group;
    }

    /// <summary>Maps the guides' images and files at their URLs under <see cref="DefaultFilesPrefix"/>.</summary>
    public static IEndpointConventionBuilder MapGuideFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGuideFiles(DefaultFilesPrefix);

    /// <summary>
    /// Maps the guides' images and files (<see cref="GuideFile.Url"/>, under <paramref name="prefix"/>, the content
    /// libraries' <c>GuidesAssetBaseUrl</c>), for GET and HEAD: cached for a year as immutable (their URLs carry a hash of
    /// their bytes), with an ETag, ranges (206), <c>X-Content-Type-Options: nosniff</c> and a sandboxing
    /// Content-Security-Policy (SVG cannot run script). Any other URL under the prefix is a 404.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>AddGuides</c> was not called.</exception>
    public static IEndpointConventionBuilder MapGuideFiles(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var files = endpoints.ServiceProvider.GetService<GuideFileEndpoint>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGuides(GuideCatalog.Library) before app.MapGuideFiles().");
        return endpoints.MapMethods("/" + prefix.Trim('/') + "/{**path}", s_getAndHead, (HttpContext context) => files.Serve(context));
    }
}
