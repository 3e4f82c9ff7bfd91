using Guides;

namespace HelpCenter.Pages;

/// <summary>
/// The <c>head</c> links that tell search engines and browsers where each translation of a guide is:
/// <c>&lt;link rel="alternate" hreflang="en" href="/en/guides/ameli"&gt;</c> for every translation, this page's included,
/// and <c>hreflang="x-default"</c> for the translation shown when no language fits.
/// </summary>
public static class AlternateLinks
{
    public static HtmlBuilder For(Guide guide, Guide defaultTranslation)
    {
        var head = new HtmlBuilder();
        foreach (var translation in guide.Translations)
        {
            Link(head, translation.Language, GuideUrls.Of(translation));
        }

        Link(head, "x-default", GuideUrls.Of(defaultTranslation));
        return head;
    }

    private static void Link(HtmlBuilder head, string hreflang, string href) =>
        head.Raw("<link rel=\"alternate\" hreflang=\"").Text(hreflang).Raw("\" href=\"").Text(href).Raw("\">\n");
}
