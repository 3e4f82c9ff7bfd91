using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// What you need, Tips and Useful links are lists: a section of one of those names is read as its list when it holds
/// one. Written as prose (no list, or sub-headings of its own, as a docs site's "## Links" page part is), it is an
/// ordinary section, kept whole in <c>Guide.Sections</c>, with no diagnostic.
/// </summary>
public sealed class ListSectionTests
{
    // Shaped like VitePress's guide/markdown.md (tests/Relevance.Content), whose "## Links" explains links.
    private const string ProseLinks = """
        ### Step 1: Write

        Write the page.

        ## Links

        Both internal and external links get special treatment.

        ### Internal Links

        Internal links are converted to router links for navigation.

        ### External Links

        Outbound links automatically get `target="_blank" rel="noreferrer"`.
        """;

    [Fact]
    public void A_links_section_written_as_prose_is_an_ordinary_section_with_every_word()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/markdown.md", Guide(ProseLinks)));
        var guide = output.Find("markdown")!;

        Assert.Empty(output.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(guide.Links);
        var section = Assert.Single(guide.Sections);
        Assert.Equal("Links", section.Heading);
        Assert.Contains("special treatment", section.Text, StringComparison.Ordinal);
        Assert.Contains("router links", section.Text, StringComparison.Ordinal);
        Assert.Contains("<h3>External Links</h3>", section.Html, StringComparison.Ordinal);
        Assert.Contains(guide.Outline, h => h.Title == "Links" && h.Kind == GuideHeadingKind.Section && h.Section == section);
    }

    [Fact]
    public void A_tips_section_of_one_paragraph_is_an_ordinary_section()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/tips.md", Guide("### Step 1: Go\n\nGo.\n\n## Tips\n\nKeep your password safe.\n")));
        var guide = output.Find("tips")!;

        Assert.Empty(output.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(guide.Tips);
        Assert.Equal("Keep your password safe.", Assert.Single(guide.Sections).Text.Trim());
    }

    [Fact]
    public void A_list_section_still_reads_its_list_and_warns_of_a_paragraph_beside_it()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/mixed.md", Guide("### Step 1: Go\n\nGo.\n\n## Tips\n\n- Use a manager.\n\nAnd never share it.\n")));
        var guide = output.Find("mixed")!;

        Assert.Equal("Use a manager.", Assert.Single(guide.Tips).Text);
        Assert.Empty(guide.Sections);
        Assert.Equal("GUIDE021", Assert.Single(output.GeneratorDiagnostics).Id);
    }
}
