using System.Collections.Generic;
using System.Globalization;
using Guides;

namespace HelpCenter.Pages;

/// <summary>
/// <c>/search?q=…&amp;lang=…</c>: the hits of every library's compiled search index, best first, each linking to the step
/// or question that matched (its anchor) with a snippet whose matched words are marked.
/// </summary>
public static class SearchPage
{
    /// <summary>The search box every page carries, in the page's language.</summary>
    public static HtmlBuilder Box(string lang, string query = "") =>
        new HtmlBuilder()
            .Raw("<form role=\"search\" action=\"/search\" method=\"get\">")
            .Raw("<input type=\"search\" name=\"q\" value=\"").Text(query).Raw("\" aria-label=\"").Text(Word(lang)).Raw("\">")
            .Raw("<input type=\"hidden\" name=\"lang\" value=\"").Text(lang).Raw("\">")
            .Raw("<button type=\"submit\">").Text(Word(lang)).Raw("</button></form>\n");

    public static string Render(string query, string lang, IReadOnlyList<GuideSearchHit> hits)
    {
        var body = new HtmlBuilder()
            .Raw("<nav>").Link("/", Labels.For(lang).AllGuides).Raw("</nav>\n")
            .Element("h1", Word(lang) + " : " + query)
            .Raw("\n<ol class=\"hits\">\n");
        foreach (var hit in hits)
        {
            var anchor = hit.Step is { } step ? "#" + step.Anchor : string.Empty;
            var title = hit.Guide.Title + (hit.Step is { } s ? " · " + s.Number.ToString(CultureInfo.InvariantCulture) + ". " + s.Title : hit.FaqEntry is { } f ? " · " + f.Question : string.Empty);
            body.Raw("<li lang=\"").Text(hit.Guide.Language).Raw("\">").Link(GuideUrls.Of(hit.Guide) + anchor, title, hit.Guide.Language)
                .Raw("<p>").Raw(hit.SnippetHtml).Raw("</p></li>\n");
        }

        body.Raw("</ol>\n");
        return Layout.Page(lang, Word(lang) + ": " + query, body, search: Box(lang, query));
    }

    private static string Word(string lang) => CultureInfo.GetCultureInfo(lang).TwoLetterISOLanguageName switch
    {
        "fr" => "Rechercher",
        "es" => "Buscar",
        "de" => "Suchen",
        "it" => "Cerca",
        "pt" => "Pesquisar",
        _ => "Search",
    };
}
