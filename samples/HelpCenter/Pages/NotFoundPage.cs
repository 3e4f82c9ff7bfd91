namespace HelpCenter.Pages;

/// <summary>The page for an id that names no guide.</summary>
public static class NotFoundPage
{
    public static string Render(string id)
    {
        var body = new HtmlBuilder()
            .Element("h1", "Guide not found")
            .Open("p").Text("There is no guide '" + id + "'. ").Link("/", "See every guide").Raw(".</p>\n");
        return Layout.Page("en", "Guide not found", body);
    }
}
