using System;
using System.Linq;

namespace Guides.Components;

/// <summary>
/// Where the components link: a guide's page and the search page. Give it to the components as a cascading value
/// (<c>&lt;CascadingValue Value="links" IsFixed="true"&gt;</c> around the layout, or
/// <c>builder.Services.AddCascadingValue(_ => new GuideLinks("/docs/{lang}/{id}"))</c>); without one they use
/// <see cref="Default"/>, the addresses of Guides.AspNetCore's <c>MapGuides("/help")</c>.
/// </summary>
public sealed class GuideLinks
{
    /// <summary><c>/help/{lang}/{id}</c> and <c>/help/search</c>.</summary>
    public static GuideLinks Default { get; } = new("/help/{lang}/{id}", "/help/search");

    /// <param name="guideFormat">
    /// A guide's address, with <c>{lang}</c> and <c>{id}</c> in it: the content library's <c>GuidesLinkFormat</c> (its
    /// links between guides then lead to the same pages). Each segment of an id is escaped; its <c>/</c> stay.
    /// </param>
    /// <param name="searchPath">The search page, which takes <c>q</c> and <c>lang</c> in its query string.</param>
    /// <exception cref="ArgumentException"><paramref name="guideFormat"/> has no <c>{id}</c>.</exception>
    public GuideLinks(string guideFormat, string searchPath)
    {
        if (guideFormat is null || !guideFormat.Contains("{id}", StringComparison.Ordinal))
        {
            throw new ArgumentException("The format of a guide's address needs {id}.", nameof(guideFormat));
        }

        GuideFormat = guideFormat;
        SearchPath = searchPath ?? throw new ArgumentNullException(nameof(searchPath));
    }

    /// <summary>A guide's address, with <c>{lang}</c> and <c>{id}</c> in it.</summary>
    public string GuideFormat { get; }

    /// <summary>The search page.</summary>
    public string SearchPath { get; }

    /// <summary>The address of <paramref name="guide"/>, at <paramref name="anchor"/> when given (<c>#step-6</c>).</summary>
    public string Of(Guide guide, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var url = GuideFormat
            .Replace("{lang}", Uri.EscapeDataString(guide.Language), StringComparison.Ordinal)
            .Replace("{id}", string.Join('/', guide.Id.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal);
        return string.IsNullOrEmpty(anchor) ? url : url + "#" + Uri.EscapeDataString(anchor);
    }

    /// <summary>The search page for <paramref name="query"/> in <paramref name="language"/>.</summary>
    public string Search(string query, string language) =>
        SearchPath + "?q=" + Uri.EscapeDataString(query ?? string.Empty) + "&lang=" + Uri.EscapeDataString(language ?? string.Empty);
}
