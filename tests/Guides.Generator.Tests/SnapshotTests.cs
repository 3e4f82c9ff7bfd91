using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// The generated source, file by file, against the snapshots in Snapshots/. A change to the emitters shows
/// here as a diff; accept it on purpose with GUIDES_ACCEPT_SNAPSHOTS=1 and review it in git.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly GuideInput[] s_guides =
    [
        TestGuides.Ameli,
        TestGuides.File("en/wifi-setup.md"),
        TestGuides.File("no-steps.md"),
    ];

    [Fact]
    public void Latest_csharp_uses_utf8_data()
    {
        var output = GeneratorHarness.Run(s_guides);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        // The guides' code, which the IDE compiles too, and their data, which only a build writes.
        Assert.Equal(["GuideCatalog.Guides0.Data.g.cs", "GuideCatalog.Guides0.g.cs", "GuideCatalog.SearchIndex.g.cs", "GuideCatalog.SearchIndex0.g.cs", "GuideCatalog.g.cs", "GuidesFrontMatterSchema.g.cs"], output.Result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (var source in output.Result.GeneratedSources)
        {
            Snapshot.Verify(source.SourceText.ToString(), "Latest." + Path.GetFileNameWithoutExtension(source.HintName));
        }
    }

    [Fact]
    public void Release_builds_pack_each_guides_text_past_its_title_description_category_and_platform()
    {
        var output = GeneratorHarness.Run(s_guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "true" });

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        Assert.Empty(output.CompilerProblems);
        Snapshot.Verify(output.Source("GuideCatalog.Guides0.Data.g.cs"), "Packed.GuideCatalog.Guides0.Data");
    }

    [Fact]
    public void CSharp_7_3_holds_each_record_in_a_string_literal()
    {
        var output = GeneratorHarness.Run(s_guides, GeneratorHarness.CSharp73);

        // No generator diagnostic but the one information the guides call for (wifi-setup's extra section, kept in
        // Sections), and no compiler warning or error.
        Assert.Equal(
            ["/project/content/en/wifi-setup.md(51,1): info GUIDE012"],
            output.GeneratorDiagnostics.Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}"));
        Assert.Empty(output.CompilerProblems);
        Assert.Equal(["GuideCatalog.Guides0.Data.g.cs", "GuideCatalog.Guides0.g.cs", "GuideCatalog.SearchIndex.g.cs", "GuideCatalog.SearchIndex0.g.cs", "GuideCatalog.g.cs", "GuidesFrontMatterSchema.g.cs"], output.Result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (var source in output.Result.GeneratedSources)
        {
            Snapshot.Verify(source.SourceText.ToString(), "CSharp73." + Path.GetFileNameWithoutExtension(source.HintName));
        }
    }

    [Fact]
    public void Options_change_the_namespace_the_catalog_name_and_the_visibility()
    {
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = "Ignored.When.GuidesNamespace.Is.Set",
            ["GuidesNamespace"] = "Contoso.Help",
            ["GuidesCatalogName"] = "HelpGuides",
            ["GuidesVisibility"] = "internal",
        };

        var output = GeneratorHarness.Run([TestGuides.File("no-steps.md")], properties: properties);

        Assert.Empty(output.CompilerProblems);
        Snapshot.Verify(output.Source("HelpGuides.g.cs"), "Options.HelpGuides");
        Snapshot.Verify(output.Source("HelpGuides.Guides0.g.cs"), "Options.HelpGuides.Guides0");
        Snapshot.Verify(output.Source("HelpGuides.Guides0.Data.g.cs"), "Options.HelpGuides.Guides0.Data");
    }
}
