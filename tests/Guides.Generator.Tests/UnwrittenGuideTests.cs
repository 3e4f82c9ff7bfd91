using Guides.Generator.Emit;
using Guides.Generator.Model;
using Guides.Generator.Parsing;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// When writing one guide's C# fails (no guide read from a file makes the emitter throw, so the model is broken by
/// hand), that guide's code is a comment, GUIDE099 is reported at its file, and the other guides of its file are
/// written as usual.
/// </summary>
public sealed class UnwrittenGuideTests
{
    private static readonly EmitSettings s_settings = new(
        new GeneratorOptions(GeneratorOptions.DefaultNamespace, GeneratorOptions.DefaultCatalogName, true, GeneratorOptions.DefaultDefaultLanguage),
        LanguageFeatures.Latest);

    [Fact]
    public void A_guide_whose_code_cannot_be_written_is_GUIDE099_at_its_file_and_the_others_are_kept()
    {
        var fine = Model("en/fine.md");
        // A title the parser never gives: the emitter throws on it.
        var broken = Model("en/broken.md") with { Title = null! };

        var emitted = new[] { GuideGenerator.EmitGuide(new GuideToEmit(broken, IsPrimary: true), s_settings), GuideGenerator.EmitGuide(new GuideToEmit(fine, IsPrimary: true), s_settings) };
        var file = Assert.Single(GuideFileLayout.Split([.. emitted], s_settings));

        Assert.Null(emitted[1].Failure);
        var failure = Assert.Single(file.Failures).ToDiagnostic();
        Assert.Equal("GUIDE099", failure.Id);
        Assert.Equal(broken.FilePath, failure.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), failure.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("NullReferenceException", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(GuideEmitter.Unwritten(broken), emitted[0].Code);
        Assert.Equal(0, emitted[0].LiteralBytes);
        Assert.Contains(file.Code, code => code.Trim() == "// GUIDE099: Broken_en_Guide could not be written.");
        Assert.Contains(GuideEmitter.Guide(new GuideToEmit(fine, IsPrimary: true), s_settings), file.Code);

        // The file parses, with the fine guide's property and holder and none of the broken guide's. (The whole library does
        // not compile: the catalog still refers to Broken_en_Guide, error CS0103.)
        var tree = CSharpSyntaxTree.ParseText(GuideEmitter.File(file), GeneratorHarness.Latest);
        Assert.Empty(tree.GetDiagnostics());
        var members = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().ToList();
        Assert.Contains(members, m => m is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Identifier.Text: "Fine" });
        Assert.Contains(members, m => m is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax { Identifier.Text: "Fine_en_Guide" });
        Assert.DoesNotContain(members, m => m is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax { Identifier.Text: "Broken_en_Guide" });
    }

    private static GuideModel Model(string relativePath)
    {
        var result = GuideParser.Parse("/project/content/" + relativePath, relativePath, SourceText.From(Guide()), GeneratorOptions.DefaultCatalogName, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Guide;
    }
}
