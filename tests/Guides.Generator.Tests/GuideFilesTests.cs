using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// Images and files in guides: a relative link is resolved against the guide's own folder and checked against what
/// the build read of the content folder (never the bytes: the files' texts here throw when read), its URL, width and
/// height are written into the HTML, and the guide, its steps, sections and answers list what they show.
/// </summary>
public sealed class GuideFilesTests
{
    private static readonly AssetInput Screenshot = new("en/help/images/step-1.png", Length: 4321, Width: 800, Height: 600, Hash: "a1b2c3d4e5");
    private static readonly AssetInput Form = new("en/help/cerfa 12345.pdf", Length: 9876, ContentType: "application/pdf", Width: 0, Height: 0, Hash: "f0e1d2c3b4", Image: false, WebImage: false);
    private static readonly AssetInput Diagram = new("en/shared/flow.svg", ContentType: "image/svg+xml", Width: 640, Height: 200, Hash: "9988776655");

    private const string Body = """
        ### Step 1: Open your account

        ![My account page](images/step-1.png "The page")

        Fill in [the form](cerfa%2012345.pdf#page=2).

        ### Step 2: Follow the flow

        ![The flow](../shared/flow.svg) and again ![My account page](./images/step-1.png).

        ## Tips

        - Keep [the form](<cerfa 12345.pdf>) at hand.
        """;

    [Fact]
    public void An_image_gets_its_url_size_and_lazy_loading_in_the_html()
    {
        var guide = Run(Guide(Body), Screenshot, Form, Diagram).Find("help")!;

        Assert.Equal(
            "<p><img src=\"/guide-files/en/help/images/step-1.a1b2c3d4e5.png\" width=\"800\" height=\"600\" loading=\"lazy\" decoding=\"async\" alt=\"My account page\" title=\"The page\" /></p>\n"
            + "<p>Fill in <a href=\"/guide-files/en/help/cerfa%2012345.f0e1d2c3b4.pdf#page=2\">the form</a>.</p>",
            guide.Steps[0].Html);
        Assert.Contains("<img src=\"/guide-files/en/shared/flow.9988776655.svg\" width=\"640\" height=\"200\" loading=\"lazy\" decoding=\"async\" alt=\"The flow\" />", guide.Steps[1].Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/guide-files/en/help/cerfa%2012345.f0e1d2c3b4.pdf\">the form</a>", guide.Tips[0].Html, StringComparison.Ordinal);
        // Markdown stays as written; plain text shows the alt text, never a URL.
        Assert.Contains("![My account page](images/step-1.png \"The page\")", guide.Steps[0].Markdown, StringComparison.Ordinal);
        Assert.Equal("My account page\n\nFill in the form.", guide.Steps[0].Text);
    }

    [Fact]
    public void The_guide_and_each_step_list_the_images_they_show_and_the_files_they_link()
    {
        var guide = Run(Guide(Body), Screenshot, Form, Diagram).Find("help")!;

        Assert.Equal(["en/help/images/step-1.png", "en/shared/flow.svg"], guide.Images.Select(i => i.Path));
        var image = guide.Images[0];
        Assert.Equal(("/guide-files/en/help/images/step-1.a1b2c3d4e5.png", "My account page", 800, 600, "image/png", 4321L), (image.Url, image.Alt, image.Width, image.Height, image.ContentType, image.Length));
        Assert.Equal(["en/help/images/step-1.png"], guide.Steps[0].Images.Select(i => i.Path));
        Assert.Equal(["en/shared/flow.svg", "en/help/images/step-1.png"], guide.Steps[1].Images.Select(i => i.Path));
        // One image object for one file and alt text, wherever it is shown.
        Assert.Same(guide.Images[0], guide.Steps[1].Images[1]);
        var form = Assert.Single(guide.Files);
        Assert.Equal(("en/help/cerfa 12345.pdf", "/guide-files/en/help/cerfa%2012345.f0e1d2c3b4.pdf", "application/pdf", 9876L, "cerfa 12345.pdf"), (form.Path, form.Url, form.ContentType, form.Length, form.Name));
    }

    [Fact]
    public void Answers_and_sections_show_images_too()
    {
        var text = Guide(
            "## What you will learn\n\n![Overview](images/step-1.png)\n\n### Step 1: Only step\n\nDo it.\n",
            extraFront: "faq:\n  - question: \"Where?\"\n    answer: \"Here: ![The flow](../shared/flow.svg)\"\n");

        var guide = Run(text, Screenshot, Diagram).Find("help")!;

        Assert.Equal("en/shared/flow.svg", Assert.Single(guide.Faq[0].Images).Path);
        Assert.Contains("src=\"/guide-files/en/shared/flow.9988776655.svg\" width=\"640\"", guide.Faq[0].AnswerHtml, StringComparison.Ordinal);
        Assert.Equal("Overview", Assert.Single(guide.Introduction!.Images).Alt);
    }

    [Fact]
    public void GuidesAssetBaseUrl_sets_where_files_are_served()
    {
        var output = GeneratorHarness.Run(
            [new GuideInput("en/help/index.md", Guide(Body))], properties: new Dictionary<string, string> { ["GuidesAssetBaseUrl"] = "https://cdn.example.org/help" },
            assets: [Screenshot, Form, Diagram]);

        Assert.Equal("https://cdn.example.org/help/en/help/images/step-1.a1b2c3d4e5.png", output.Find("help")!.Images[0].Url);
    }

    [Fact]
    public void Absolute_and_site_relative_urls_and_links_to_folders_and_html_pages_are_left_as_written()
    {
        var text = Guide("### Step 1: Links\n\n![Logo](https://example.org/logo.png) ![Root](/static/logo.png) [next](../other-guide/) [page](page.html)\n");

        var output = Run(text);

        Assert.Empty(output.GeneratorDiagnostics);
        var html = output.Find("help")!.Steps[0].Html;
        Assert.Contains("<img src=\"https://example.org/logo.png\" alt=\"Logo\" />", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/static/logo.png\" alt=\"Root\" />", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../other-guide/\">next</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"page.html\">page</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_that_contains_the_placeholder_word_keeps_its_text()
    {
        var text = Guide("### Step 1: Words\n\nThe words guides-asset-0 and guides-asset-1x stay.\n\n![My account page](images/step-1.png)\n");

        var step = Run(text, Screenshot).Find("help")!.Steps[0];

        Assert.Contains("The words guides-asset-0 and guides-asset-1x stay.", step.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"/guide-files/en/help/images/step-1.a1b2c3d4e5.png\"", step.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_whose_name_differs_in_case_is_named_in_the_message()
    {
        var output = Run(Guide("### Step 1: Case\n\n![Account](images/Step-1.PNG)\n"), Screenshot);

        var found = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE040");
        Assert.Equal(
            "'images/Step-1.PNG' is not a file of the content folder (looked for content/en/help/images/Step-1.PNG): did you mean 'en/help/images/step-1.png'? Paths are compared with their case, as on Linux and in URLs",
            found.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_guide_without_files_is_unchanged()
    {
        var guide = Run(Guide()).Find("help")!;

        Assert.Empty(guide.Images);
        Assert.Empty(guide.Files);
        Assert.Empty(guide.Steps[0].Images);
    }

    private static GeneratorOutput Run(string text, params AssetInput[] assets) =>
        GeneratorHarness.Run([new GuideInput("en/help/index.md", text)], assets: assets);
}
