using System.Globalization;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// A guide's anchors are unique and never empty, as GitHub makes them (<c>-1</c>, <c>-2</c> for repeats), and a section
/// never takes a step's; links are checked against them (GUIDE048).
/// </summary>
public sealed class AnchorTests
{
    [Fact]
    public void Repeated_headings_take_github_suffixes_empty_ones_a_word_and_none_takes_a_steps_anchor()
    {
        // GitHub's own rule, as its README headings show it: "Usage", "Usage" are #usage and #usage-1.
        Assert.Equal(
            ["good-to-know", "good-to-know-1", "step-2-1", "section", "section-1", "good-to-know-2", "step-3"],
            Guides.GuideAnchors.Unique(["Good to know", "Good to know", "Step 2", "???", "", "Good to know", "Step 3"], stepCount: 2));
    }

    private const string Target = """
        ### Step 1: Ask

        Ask.

        ### Step 2: Choose

        Choose.

        ## Good to know

        A.

        ## Good to know

        B.

        ## Step 2

        C.

        ## ???

        D.

        ## Setup {#setup}

        E.
        """;

    [Theory]
    [InlineData("good-to-know", "good-to-know")]
    [InlineData("good-to-know-1", "good-to-know-1")]
    [InlineData("step-2", "step-2")]
    [InlineData("step-2-1", "step-2-1")]
    [InlineData("section", "section")]
    [InlineData("setup", "setup")]
    public void A_link_to_each_anchor_is_rewritten_to_it(string fragment, string anchor)
    {
        var help = new GuideInput("en/help.md", Guide("### Step 1: Read\n\n[Go](target.md#" + fragment + ")\n"));

        var output = GeneratorHarness.Run([help, new GuideInput("en/target.md", Guide(Target))]);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info && d.Id != "GUIDE012"));
        Assert.Equal("<p><a href=\"/guides/target#" + anchor + "\">Go</a></p>", output.Find("help")!.Steps[0].Html);
    }

    [Theory]
    [InlineData("good-to-know-2")]
    [InlineData("step-3")]
    [InlineData("setup-setup")]
    public void A_link_to_a_missing_anchor_is_still_GUIDE048(string fragment)
    {
        var help = new GuideInput("en/help.md", Guide("### Step 1: Read\n\n[Go](target.md#" + fragment + ")\n"));

        var output = GeneratorHarness.Run([help, new GuideInput("en/target.md", Guide(Target))]);

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE048");
        Assert.Equal("'#" + fragment + "' is not a step or section of the guide 'target': its anchors are step-1 to step-2, good-to-know, good-to-know-1, step-2-1, section, setup", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(BodyLine + 2, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
