using System;
using System.Collections.Generic;

namespace Guides.AspNetCore;

/// <summary>The settings of the help section: <c>builder.Services.AddGuides(GuideCatalog.Library, options => ...)</c>.</summary>
public sealed class GuidesOptions
{
    /// <summary>The output cache policy of the pages that depend only on the compiled guides (<c>AddGuides</c> adds it).</summary>
    public const string OutputCachePolicyName = "Guides";

    /// <summary>The output cache tag of those pages: <c>IOutputCacheStore.EvictByTagAsync("guides", ...)</c> drops them.</summary>
    public const string OutputCacheTag = "guides";

    /// <summary>The name of the help section, shown in every page's header and title, and at the top of <c>llms.txt</c>.</summary>
    public string SiteName { get; set; } = "Help";

    /// <summary>Where <see cref="Microsoft.AspNetCore.Builder.GuidesEndpointRouteBuilderExtensions.MapGuides(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)"/> puts the pages: <c>/help</c> unless set.</summary>
    public string PathBase { get; set; } = "/help";

    /// <summary>
    /// The site's public address (<c>https://example.com/</c>), for the absolute URLs of the sitemap, <c>llms.txt</c> and
    /// the pages' alternates. Null (the default) takes the request's scheme, host and path base: set it behind a proxy
    /// that does not forward them.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a page that depends only on the compiled guides stays in the output cache: 10 minutes unless set.</summary>
    public TimeSpan PageCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long browsers may keep a guide's page (<c>Cache-Control: max-age</c>): 5 minutes unless set; zero sends <c>no-cache</c>.</summary>
    public TimeSpan BrowserCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most hits a search page shows: 20 unless set.</summary>
    public int SearchResultLimit { get; set; } = 20;

    /// <summary>
    /// Whether each library's search is prepared when the app starts, in the background (<see cref="GuideLibrary.PrepareSearch"/>):
    /// its index read and the search's code compiled before the first reader types (at 10,000 guides the first search of a
    /// JIT process otherwise costs that reader about 130 ms; the app's start never waits for it). True unless set.
    /// </summary>
    public bool PrepareSearch { get; set; } = true;

    /// <summary>
    /// The site's own stylesheets (<c>/css/site.css</c>), linked by every page after the section's <c>guides.css</c>:
    /// their values of its custom properties (<c>--guides-accent</c>...) and their rules win. None unless added.
    /// </summary>
    public IList<string> Stylesheets { get; } = new List<string>();
}
