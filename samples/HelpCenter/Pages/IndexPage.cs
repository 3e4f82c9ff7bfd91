using System;
using System.Collections.Generic;
using System.Linq;
using Guides;

namespace HelpCenter.Pages;

/// <summary>
/// The index: every language (by code), named in itself and linked to its own page, with its guides (by title), each a
/// link to that translation's page.
/// </summary>
public static class IndexPage
{
    public const string Title = "Help centre";

    /// <param name="translations">Every translation to list (each guide once per language it is written in).</param>
    public static string Render(IReadOnlyList<Guide> translations)
    {
        var languages = translations.GroupBy(g => g.Language, StringComparer.OrdinalIgnoreCase).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        var guides = translations.Select(g => g.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var body = new HtmlBuilder().Element("h1", Title).Raw("\n");
        body.Open("p").Text(Count(guides, "guide") + " in " + Count(languages.Count, "language") + ".").Raw("</p>\n");
        foreach (var language in languages)
        {
            body.Raw("<section>\n<h2>").Link(GuideUrls.Language(language.Key), Labels.LanguageNameOf(language.Key), language.Key).Raw("</h2>\n");
            GuideList.Write(body, language);
            body.Raw("</section>\n");
        }

        return Layout.Page("en", Title, body);
    }

    private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
}
