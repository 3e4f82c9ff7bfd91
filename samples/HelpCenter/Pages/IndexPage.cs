using System;
using System.Collections.Generic;
using System.Linq;
using Guides;

namespace HelpCenter.Pages;

/// <summary>The index: the guides by category (in alphabetical order), then by language, each a link to its page.</summary>
public static class IndexPage
{
    public const string Title = "Help centre";

    public static string Render(IReadOnlyList<Guide> guides)
    {
        var body = new HtmlBuilder().Element("h1", Title);
        body.Open("p").Text(guides.Count + (guides.Count == 1 ? " guide" : " guides") + ".").Raw("</p>\n");
        foreach (var category in guides.GroupBy(g => g.Category, StringComparer.OrdinalIgnoreCase).OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
        {
            body.Raw("<section>\n").Element("h2", Capitalize(category.Key)).Raw("\n");
            foreach (var language in category.GroupBy(g => g.Language, StringComparer.OrdinalIgnoreCase).OrderBy(l => l.Key, StringComparer.OrdinalIgnoreCase))
            {
                body.Element("h3", Labels.LanguageNameOf(language.Key), language.Key).Raw("\n<ul>\n");
                foreach (var guide in language.OrderBy(g => g.Title, StringComparer.CurrentCultureIgnoreCase))
                {
                    body.Raw("<li>").Link("/guides/" + Uri.EscapeDataString(guide.Id), guide.Title, guide.Language)
                        .Raw(" <span class=\"meta\" lang=\"").Text(guide.Language).Raw("\">").Text(guide.Description).Raw("</span></li>\n");
                }

                body.Raw("</ul>\n");
            }

            body.Raw("</section>\n");
        }

        return Layout.Page("en", Title, body);
    }

    private static string Capitalize(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}
