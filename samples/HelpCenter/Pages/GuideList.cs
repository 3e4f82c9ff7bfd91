using System;
using System.Collections.Generic;
using System.Linq;
using Guides;

namespace HelpCenter.Pages;

/// <summary>A list of guides of one language, ordered by title then id: each a link to its page and its description.</summary>
public static class GuideList
{
    public static void Write(HtmlBuilder body, IEnumerable<Guide> guides)
    {
        body.Raw("<ul>\n");
        foreach (var guide in guides.OrderBy(g => g.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(g => g.Id, StringComparer.Ordinal))
        {
            body.Raw("<li>").Link(GuideUrls.Of(guide), guide.Title, guide.Language)
                .Raw(" <span class=\"meta\" lang=\"").Text(guide.Language).Raw("\">").Text(guide.Description).Raw("</span></li>\n");
        }

        body.Raw("</ul>\n");
    }
}
