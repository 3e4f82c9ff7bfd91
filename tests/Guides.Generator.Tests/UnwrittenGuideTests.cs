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
/// hand), GUIDE099 is reported at its file, the record of an empty guide of its id stands in its place so that the library
/// still compiles with no other error, and the other guides of its file are written as usual: in a Release build, whose
/// records are in the build's own output, and in a Debug build, whose records are in the holders.
/// </summary>
public sealed class UnwrittenGuideTests
{
    private static readonly GeneratorOptions s_options =
        new(GeneratorOptions.DefaultNamespace, GeneratorOptions.DefaultCatalogName, true, GeneratorOptions.DefaultDefaultLanguage);

    public static TheoryData<string> Builds => ["Release", "Debug", "CSharp73"];

    [Theory]
    [MemberData(nameof(Builds))]
    public void A_guide_whose_code_cannot_be_written_is_GUIDE099_at_its_file_and_the_others_are_kept(string build)
    {
        var settings = new EmitSettings(s_options, build switch
        {
            "Debug" => LanguageFeatures.Latest with { HotReload = true },
            "CSharp73" => new LanguageFeatures(NullableAnnotations: false, Utf8Literals: false, Optimized: true, SpanRecords: true),
            _ => LanguageFeatures.Latest with { Optimized = true },
        });
        var fine = Model("en/fine.md");
        // A title the parser never gives: the emitter throws on it.
        var broken = Model("en/broken.md") with { Title = null! };

        var emitted = new[] { GuideGenerator.EmitGuide(new GuideToEmit(broken, IsPrimary: true, "Broken"), settings), GuideGenerator.EmitGuide(new GuideToEmit(fine, IsPrimary: true, "Fine"), settings) };
        var file = Assert.Single(GuideFileLayout.Split([.. emitted], settings));

        Assert.Null(emitted[1].Failure);
        var failure = Assert.Single(file.Failures).ToDiagnostic();
        Assert.Equal("GUIDE099", failure.Id);
        Assert.Equal(broken.FilePath, failure.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), failure.Location.GetLineSpan().StartLinePosition);
        Assert.Matches("(NullReference|ArgumentNull)Exception", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GuideEmitter.Unwritten(new GuideToEmit(broken, IsPrimary: true, "Broken"), settings), (emitted[0].Property, emitted[0].Code));
        Assert.Equal(0, emitted[0].LiteralBytes);
        Assert.Contains(file.Code, code => code.Contains("internal sealed partial class Broken_en_Guide : global::Guides.GuideRecord", StringComparison.Ordinal));
        Assert.Contains(GuideEmitter.Guide(new GuideToEmit(fine, IsPrimary: true, "Fine"), settings), file.Code);
        var data = GuideFileLayout.Split(
            [.. new[] { broken, fine }.Select(g => GuideGenerator.EmitGuideData(new GuideToEmit(g, IsPrimary: true, g == broken ? "Broken" : "Fine"), settings, LibraryDictionary.None))],
            settings,
            "Data");

        // The file compiles with the catalog that names both guides: the broken one is an empty guide of its id.
        var catalog = CatalogBuilder.Build(
            [.. new[] { broken, fine }.Select(g => new CatalogEntry(g.Id, g.Language, g.MemberPath, g.FilePath, g.RelativePath, LocationInfo.FileStart(g.FilePath), 0, 0))],
            GeneratorOptions.DefaultDefaultLanguage);
        var sources = CatalogEmitter.EmitFiles(catalog, settings).Select(f => f.Text)
            .Append(GuideEmitter.File(file).ToString())
            .Concat(data.Select(d => GuideEmitter.File(d).ToString()))
            .ToArray();
        var compilation = GeneratorHarness.CreateCompilation(build == "CSharp73" ? GeneratorHarness.CSharp73 : GeneratorHarness.Latest, sources);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var output = new GeneratorOutput(null!, compilation, default, compilation.GetDiagnostics());
        var stand = output.Find("broken")!;
        Assert.Equal(("broken", "en", "", 0), (stand.Id, stand.Language, stand.Title, stand.Steps.Count));
        Assert.Equal("Hostile guide", output.Find("fine")!.Title);
    }

    private static GuideModel Model(string relativePath)
    {
        var result = GuideParser.Parse("/project/content/" + relativePath, relativePath, SourceText.From(Guide()), ContentSettings.Default, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Guide;
    }
}
