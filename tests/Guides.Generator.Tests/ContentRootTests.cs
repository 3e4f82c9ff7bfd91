using Guides.Generator.Paths;
using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// Which of the compiler's additional files are guides: the Markdown files under the content folder, whose full path the
/// build hands over in one setting. Nothing is handed over per file (that costs the compiler the square of the files).
/// </summary>
public sealed class ContentRootTests
{
    [Theory]
    [InlineData("/repo/content/fr/ameli.md", "/repo/content/", "fr/ameli.md")]
    [InlineData("/repo/content/a.MD", "/repo/content", "a.MD")]
    [InlineData("/repo/src/Lib/../../content/en/a.md", "/repo/content/", "en/a.md")]
    [InlineData("/repo/./content/en/./a.md", "/repo/content/", "en/a.md")]
    [InlineData(@"C:\Repo\Content\en\a.md", @"c:\repo\content\", "en/a.md")]
    [InlineData("/repo/content/odd name #1; (draft).md", "/repo/content/", "odd name #1; (draft).md")]
    public void A_markdown_file_under_the_content_folder_is_a_guide_at_its_path_there(string file, string folder, string expected)
    {
        Assert.Equal(expected, ContentRoot.RelativePath(file, ContentRoot.Normalize(folder)));
    }

    [Theory]
    [InlineData("/repo/contents/a.md", "/repo/content/")]
    [InlineData("/repo/content.md", "/repo/content/")]
    [InlineData("/repo/content/image.png", "/repo/content/")]
    [InlineData("/repo/content/../README.md", "/repo/content/")]
    [InlineData("/repo/content/a.md", null)]
    [InlineData("/repo/content/a.md", "  ")]
    public void Other_files_are_not_guides(string file, string? folder)
    {
        Assert.Null(ContentRoot.RelativePath(file, ContentRoot.Normalize(folder)));
    }

    [Fact]
    public void A_project_that_names_its_content_folder_through_dot_dots_gets_its_guides()
    {
        // As Guides.Generated names its folder ($(MSBuildThisFileDirectory)..\..\content): the compiler hands each file over
        // as the glob wrote it, the build hands the folder over normalized.
        var guide = new GuideInput("en/a.md", Hostile.HostileText.Guide()) { Root = "/repo/src/Lib/../../content/" };

        var output = GeneratorHarness.Run([guide], properties: new Dictionary<string, string> { ["GuidesContentRoot"] = "/repo/content/" });

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.NotNull(output.Find("a"));
    }
}
