namespace HelpCenter.Pages;

/// <summary>The document around every page: doctype, <c>lang</c>, title, the page's own head elements, a skip link and a little CSS.</summary>
public static class Layout
{
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
        a{color:#0645ad}a:focus{outline:3px solid #f90}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem}
        ol.steps>li{margin-bottom:1rem}ol.steps h3{margin:.2rem 0}
        .meta{color:#444}nav{margin-bottom:1rem}
        nav.languages ul{list-style:none;padding:0;margin:0}nav.languages li{display:inline;margin-right:1rem}
        main img{max-width:100%;height:auto;border:1px solid #ccc;border-radius:4px}
        """;

    /// <param name="head">Elements for the <c>head</c> (<c>&lt;link rel="alternate"&gt;</c>), already encoded; none when null.</param>
    /// <param name="search">The search box; the page's language's when null.</param>
    public static string Page(string lang, string title, HtmlBuilder body, HtmlBuilder? head = null, HtmlBuilder? search = null)
    {
        var page = new HtmlBuilder()
            .Raw("<!DOCTYPE html>\n<html lang=\"").Text(lang).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", title).Raw("\n").Raw(head?.ToString() ?? string.Empty).Raw("<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n")
            .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Raw((search ?? SearchPage.Box(lang)).ToString())
            .Raw("<main id=\"main\">\n")
            .Raw(body.ToString())
            .Raw("</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}
