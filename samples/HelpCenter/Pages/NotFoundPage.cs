using System;
using System.Collections.Generic;
using System.Linq;
using Guides;

namespace HelpCenter.Pages;

/// <summary>The pages of a 404: an id that names no guide, a guide missing in the language asked for, a language without guides.</summary>
public static class NotFoundPage
{
    public const string Title = "Guide not found";

    /// <summary>No guide has <paramref name="id"/>.</summary>
    public static string Render(string id)
    {
        var body = new HtmlBuilder().Element("h1", Title).Raw("\n")
            .Open("p").Text("There is no guide '" + id + "'. ").Link("/", "See every guide").Raw(".</p>\n");
        return Layout.Page("en", Title, body);
    }

    /// <summary>The guide exists, but not in <paramref name="language"/>: links to the translations it has.</summary>
    public static string Render(string language, IReadOnlyList<Guide> translations)
    {
        ArgumentOutOfRangeException.ThrowIfZero(translations.Count);
        var body = new HtmlBuilder().Element("h1", Title).Raw("\n")
            .Open("p").Text("The guide '" + translations[0].Id + "' is not written in '" + language + "'. It is in:").Raw("</p>\n<ul>\n");
        foreach (var translation in translations.OrderBy(t => t.Language, StringComparer.Ordinal))
        {
            body.Raw("<li>").Link(GuideUrls.Of(translation), Labels.LanguageNameOf(translation.Language), translation.Language).Raw("</li>\n");
        }

        body.Raw("</ul>\n").Open("p").Link("/", "See every guide").Raw(".</p>\n");
        return Layout.Page("en", Title, body);
    }

    /// <summary>No guide is written in <paramref name="language"/> (or the path is not a language at all).</summary>
    public static string RenderLanguage(string language)
    {
        const string title = "Page not found";
        var body = new HtmlBuilder().Element("h1", title).Raw("\n")
            .Open("p").Text("There are no guides in '" + language + "'. ").Link("/", "See every guide").Raw(".</p>\n");
        return Layout.Page("en", title, body);
    }
}
