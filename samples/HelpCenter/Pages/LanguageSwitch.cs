using System;
using Guides;

namespace HelpCenter.Pages;

/// <summary>
/// The links from a guide's page to its other translations: each named in its own language
/// (<c>&lt;a href="/en/guides/ameli" hreflang="en" lang="en"&gt;English&lt;/a&gt;</c>).
/// </summary>
public static class LanguageSwitch
{
    /// <summary>Writes the switch, labelled in the page's language; nothing when the guide has no other translation.</summary>
    public static void Write(HtmlBuilder body, Guide guide, Labels labels)
    {
        if (guide.Translations.Count < 2)
        {
            return;
        }

        body.Raw("<nav class=\"languages\" aria-label=\"").Text(labels.Languages).Raw("\"");
        if (labels.LangFor(guide.Language) is { } labelLang)
        {
            // The label is not in the page's language; each link below has its own lang anyway.
            body.Raw(" lang=\"").Text(labelLang).Raw("\"");
        }

        body.Raw(">\n<ul>\n");
        foreach (var translation in guide.Translations)
        {
            if (!translation.Language.Equals(guide.Language, StringComparison.OrdinalIgnoreCase))
            {
                body.Raw("<li>").Link(GuideUrls.Of(translation), Labels.LanguageNameOf(translation.Language), translation.Language).Raw("</li>\n");
            }
        }

        body.Raw("</ul>\n</nav>\n");
    }
}
