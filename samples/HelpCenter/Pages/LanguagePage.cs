using System.Collections.Generic;
using Guides;

namespace HelpCenter.Pages;

/// <summary>The guides of one language (<c>/fr/</c>), with the page's labels in that language.</summary>
public static class LanguagePage
{
    public static string Render(string language, IReadOnlyList<Guide> guides)
    {
        var labels = Labels.For(language);
        var title = labels.AllGuides + " · " + Labels.LanguageNameOf(language);
        var body = new HtmlBuilder();
        body.Raw("<nav aria-label=\"Breadcrumb\">").Link("/", IndexPage.Title, "en").Raw("</nav>\n");
        body.Open("h1", labels.LangFor(language)).Text(labels.AllGuides).Raw(" · ").Open("span", language).Text(Labels.LanguageNameOf(language)).Raw("</span></h1>\n");
        GuideList.Write(body, guides);
        return Layout.Page(language, title, body);
    }
}
