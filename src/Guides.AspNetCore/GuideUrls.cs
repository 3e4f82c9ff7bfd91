using System;
using System.Linq;

namespace Guides.AspNetCore;

/// <summary>
/// The addresses of a help section under its prefix (<c>/help</c>): <c>/help/{lang}/{id}</c> for each translation (an
/// id's <c>/</c> stays a path separator, each segment is escaped), <c>/help/{lang}/{id}.md</c> for its Markdown.
/// </summary>
internal sealed class GuideUrls(string prefix)
{
    /// <summary>The prefix, without a trailing slash (<c>/help</c>; empty at the site's root).</summary>
    public string Prefix { get; } = prefix.TrimEnd('/');

    /// <summary>The index: <c>/help/</c>.</summary>
    public string Index => Prefix + "/";

    /// <summary>The guides of one language: <c>/help/fr</c>.</summary>
    public string Language(string language) => Prefix + "/" + Uri.EscapeDataString(language);

    /// <summary>The address of one translation: <c>/help/en/accounts/reset-password</c>.</summary>
    public string Of(Guide guide) => Guide(guide.Language, guide.Id);

    /// <summary>The address of a guide in a language.</summary>
    public string Guide(string language, string id) =>
        Language(language) + "/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    /// <summary>A guide's Markdown: <c>/help/en/ameli.md</c>.</summary>
    public string MarkdownOf(Guide guide) => Of(guide) + GuideEndpoints.MarkdownExtension;

    /// <summary>The search page, with a query and a language when given.</summary>
    public string Search(string? query = null, string? language = null)
    {
        var url = Prefix + "/search";
        if (query is not null)
        {
            url += "?q=" + Uri.EscapeDataString(query);
            if (language is not null)
            {
                url += "&lang=" + Uri.EscapeDataString(language);
            }
        }

        return url;
    }

    /// <summary>The stylesheet, with its content's hash as a version: <c>/help/guides.css?v=1a2b3c4d</c>.</summary>
    public string Stylesheet => Prefix + "/" + GuideEndpoints.StylesheetName + "?v=" + GuideStylesheet.Version;
}
