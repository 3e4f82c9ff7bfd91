using System.Reflection;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>
/// A Debug build's code is shaped for hot reload: a guide's text is in method bodies (Edit and Continue applies an
/// edited method, never an edited static field's initializer), each created guide and list of guides is kept in a field
/// that the catalog's metadata update handler empties. A Release build keeps the shape of the other snapshots.
/// </summary>
public sealed class HotReloadTests
{
    private static readonly GuideInput[] s_guides =
    [
        TestGuides.Ameli,
        TestGuides.File("en/wifi-setup.md"),
        TestGuides.File("no-steps.md"),
    ];

    [Fact]
    public void A_debug_build_is_shaped_for_hot_reload()
    {
        var output = GeneratorHarness.Run(s_guides, optimization: OptimizationLevel.Debug);

        Assert.Empty(output.CompilerProblems);
        // The files whose Debug shape differs; the schema and the search index's assembly are as in Release.
        foreach (var hintName in new[] { "GuideCatalog.g.cs", "GuideCatalog.Guides0.g.cs", "GuideCatalog.SearchIndex0.g.cs" })
        {
            Snapshot.Verify(output.Source(hintName), "Debug." + Path.GetFileNameWithoutExtension(hintName));
        }

        foreach (var hintName in new[] { "GuideCatalog.SearchIndex.g.cs", "GuidesFrontMatterSchema.g.cs" })
        {
            Assert.Equal(GeneratorHarness.Run(s_guides).Source(hintName), output.Source(hintName));
        }
    }

    [Theory]
    [InlineData("CSharp7_3")]
    [InlineData("CSharp8")]
    [InlineData("Latest")]
    public void A_debug_build_compiles_without_warnings(string version)
    {
        var parseOptions = new CSharpParseOptions(Enum.Parse<LanguageVersion>(version), DocumentationMode.Diagnose);

        var output = GeneratorHarness.Run(s_guides, parseOptions, optimization: OptimizationLevel.Debug);

        Assert.Empty(output.CompilerProblems);
        Assert.Contains("MetadataUpdateHandler", output.Source("GuideCatalog.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_build_has_no_handler_and_keeps_its_guides_in_static_readonly_fields()
    {
        var output = GeneratorHarness.Run(s_guides);

        Assert.DoesNotContain("MetadataUpdateHandler", output.Source("GuideCatalog.g.cs"), StringComparison.Ordinal);
        // Each guide read from its record (Guides.GuideRecord) by the static field's initializer.
        Assert.Matches(@"internal static readonly global::Guides\.Guide Instance = new \w+_Guide\(\)\.Create\(", output.Source("GuideCatalog.Guides0.g.cs"));
    }

    [Fact]
    public void The_handler_drops_every_guide_and_list_created_and_the_next_use_makes_them_again()
    {
        var output = GeneratorHarness.Run(s_guides, optimization: OptimizationLevel.Debug);
        var assembly = output.Load();
        var catalog = assembly.GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        Guide Find(string id) => (Guide)catalog.GetMethod("Find", [typeof(string)])!.Invoke(null, [id])!;
        IReadOnlyList<Guide> All() => (IReadOnlyList<Guide>)catalog.GetProperty("All")!.GetValue(null)!;

        var handler = assembly.GetCustomAttribute<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>()!.HandlerType;
        var clear = handler.GetMethod("ClearCache", BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])])!;
        var before = Find("ameli");
        var all = All();
        Assert.Same(before, Find("ameli"));
        Assert.Same(all, All());
        Assert.Same(before, all.Single(g => g.Id == "ameli"));

        clear.Invoke(null, [null]);

        var after = Find("ameli");
        Assert.NotSame(before, after);
        Assert.Same(after, Find("ameli"));
        Assert.NotSame(all, All());
        Assert.Same(after, All().Single(g => g.Id == "ameli"));
        Assert.Equal(before.Title, after.Title);
        Assert.Equal(before.Steps.Select(s => s.Html), after.Steps.Select(s => s.Html));
    }
}
