using Guides.Corpus;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// With UTF-8 literals, a guide without images is created from its shape (a few hundred characters of data: what it holds,
/// as the indexes of its strings) by one call, instead of some eighty constructor calls: every guide reads the same as
/// one built by constructors, which C# 7.3's code still uses.
/// </summary>
public sealed class GuideShapeTests
{
    [Fact]
    public void A_guide_created_from_its_shape_reads_as_one_created_by_constructors()
    {
        var guides = Repository.ContentGuides()
            .Where(g => !g.RelativePath.Contains("help-center", StringComparison.Ordinal))
            .Concat(GuideCorpus.Generate(12).Select(g => new GuideInput(g.RelativePath, g.Text)))
            .Concat(GuideCorpus.GenerateVaried(4).Select(g => new GuideInput("varied/" + g.RelativePath, g.Text)))
            .Append(new GuideInput("en/odd.md", Hostile.HostileText.Guide("### Step 1: Odd\n\nA lone surrogate \ud800.\n\n## Good to know\n\nText.\n\n## Good to know\n\nAgain.\n")))
            .ToArray();

        var shaped = GeneratorHarness.Run(guides);
        var constructed = GeneratorHarness.Run(guides, GeneratorHarness.CSharp73);

        Assert.Contains(shaped.Result.GeneratedSources, s => s.SourceText.ToString().Contains("GuideShape.Create(", StringComparison.Ordinal));
        Assert.DoesNotContain(constructed.Result.GeneratedSources, s => s.SourceText.ToString().Contains("GuideShape.Create(", StringComparison.Ordinal));
        Assert.Empty(shaped.CompilerProblems);
        Assert.Equal(PackedTextTests.AllStrings(constructed), PackedTextTests.AllStrings(shaped));
    }

    [Fact]
    public void A_guide_that_shows_images_is_still_created_by_constructors()
    {
        var guide = new GuideInput("en/a.md", Hostile.HostileText.Guide("### Step 1: Look\n\n![The page](shot.png)\n"));

        var output = GeneratorHarness.Run([guide], assets: [new AssetInput("en/shot.png")]);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.DoesNotContain("GuideShape.Create(", output.Source("GuideCatalog.Guides0.g.cs"), StringComparison.Ordinal);
        Assert.Single(output.Find("a")!.Steps[0].Images);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0\"")]
    [InlineData("W")]
    public void A_damaged_shape_is_an_argument_error_not_a_wrong_guide(string shape)
    {
        var strings = new TwoStrings();

        Assert.Throws<ArgumentException>(() => GuideShape.Create(strings, "x", "en", System.Text.Encoding.ASCII.GetBytes(shape), () => []));
    }

    private sealed class TwoStrings() : GuideStrings(2)
    {
        protected override string Decode(int index) => "s" + index;
    }
}
