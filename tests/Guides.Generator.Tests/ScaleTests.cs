using System.Text;
using Guides.Corpus;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// A library of thousands of seed-sized guides builds into one assembly: its strings stay out of the compiler's
/// 16 MiB user-string heap (CS8103), and no generated file grows past 1 MB.
/// </summary>
public sealed class ScaleTests
{
    private const int GuideCount = 2_000;

    [Theory]
    [InlineData(10_000)]
    [InlineData(15_000)]
    public void The_catalog_of_a_large_library_is_split_into_files_under_1_MB(int guides)
    {
        var entries = Enumerable.Range(0, guides).SelectMany(i => new[] { "en", "fr" }.Select(language =>
        {
            var id = GuideCorpus.Id(i);
            var path = "/project/content/" + language + "/" + id + ".md";
            return new Guides.Generator.Model.CatalogEntry(id, language, Guides.Generator.Paths.MemberNames.ToPropertyName(id, "GuideCatalog"), path, path, Guides.Generator.Model.LocationInfo.FileStart(path), 7, 5);
        }));
        var catalog = Guides.Generator.Emit.CatalogBuilder.Build([.. entries], "en");
        var settings = new Guides.Generator.Model.EmitSettings(
            new Guides.Generator.Model.GeneratorOptions("Guides.Generated", "GuideCatalog", true, "en"), Guides.Generator.Model.LanguageFeatures.Latest);

        var files = Guides.Generator.Emit.CatalogEmitter.EmitFiles(catalog, settings).ToList();

        Assert.All(files, f => Assert.True(Encoding.UTF8.GetByteCount(f.Text) < 1_000_000, $"{f.HintName}: {Encoding.UTF8.GetByteCount(f.Text):N0} bytes"));
        Assert.Equal(files.Count, files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal((2 * guides + 1023) / 1024, files.Count - 1);
    }

    [Fact]
    public void Two_thousand_seed_sized_guides_compile_into_one_assembly()
    {
        var corpus = GuideCorpus.Generate(GuideCount).ToList();
        var markdownBytes = corpus.Sum(g => (long)Encoding.UTF8.GetByteCount(g.Text));
        // As strings in three forms (Markdown, HTML, text), this much text would be far past the 16 MiB heap.
        Assert.True(markdownBytes > 10_000_000, $"{markdownBytes} bytes of Markdown");

        // Generated, then emitted once: the emit binds and reports everything (GetDiagnostics first would bind twice).
        var driver = GeneratorHarness.CreateDriver(corpus.Select(g => new GuideInput(g.RelativePath, g.Text)))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest), out var compilation, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Empty(generatorDiagnostics);
        // 8 to 16 guides a file, the catalog, the catalog's two part files of 1,024 translations' Create methods, the search index and the schema.
        // The guides' code and, a build's output alone, their data: as many files of each.
        Assert.Equal(Guides.Generator.Emit.GuideFileLayout.FileCount(GuideCount), result.GeneratedSources.Count(s => s.HintName.StartsWith("GuideCatalog.Guides", StringComparison.Ordinal) && !s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal)));
        Assert.Equal(Guides.Generator.Emit.GuideFileLayout.FileCount(GuideCount), result.GeneratedSources.Count(s => s.HintName.StartsWith("GuideCatalog.Guides", StringComparison.Ordinal) && s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal)));
        Assert.Equal(["GuideCatalog.Create0.g.cs", "GuideCatalog.Create1.g.cs", "GuideCatalog.SearchIndex.g.cs", "GuideCatalog.g.cs", "GuidesFrontMatterSchema.g.cs"], result.GeneratedSources.Select(s => s.HintName).Where(h => !h.StartsWith("GuideCatalog.Guides", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(h, @"^GuideCatalog\.SearchIndex\d+\.g\.cs$")).Order(StringComparer.Ordinal));
        Assert.All(result.GeneratedSources, s => Assert.True(
            s.SourceText.Length < 1_000_000, $"{s.HintName}: {s.SourceText.Length} characters"));

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.DoesNotContain(emit.Diagnostics, d => d.Id == "CS8103");
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));

        // Find is a binary search over the sorted ids, and Create dispatches to switches of 64 translations: every id finds its own guide, in any case.
        stream.Position = 0;
        var catalog = new System.Runtime.Loader.AssemblyLoadContext("scale", isCollectible: true).LoadFromStream(stream).GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        var find = catalog.GetMethod("Find", [typeof(string)])!.CreateDelegate<Func<string, Guide?>>();
        Assert.All(new[] { 0, 1, 777, GuideCount - 1 }, i => Assert.Equal(GuideCorpus.Id(i), find(GuideCorpus.Id(i))?.Id));
        Assert.Equal(GuideCorpus.Id(42), find(GuideCorpus.Id(42).ToUpperInvariant())?.Id);
        Assert.Null(find(GuideCorpus.Id(GuideCount)));
        var library = catalog.Assembly.GetType("Guides.Generated.GuideCatalogRecords.Catalog_Library", throwOnError: true)!;
        Assert.Contains(library.GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static), m => m.Name == "Create_31");
    }

    [Fact]
    public void String_literals_near_the_16_MiB_heap_give_a_warning_with_the_figures()
    {
        // At C# 7.3 each corpus guide takes about 25 KB of string literals: 600 are past 75 % of the heap (CS8103 from between 675 and 700), 100 are not.
        var near = GeneratorDiagnostics(600);
        var far = GeneratorDiagnostics(100);

        var warning = Assert.Single(near);
        Assert.Equal("GUIDE023", warning.Id);
        // A warning (the harness compiles with warnings as errors, which the driver applies).
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        Assert.Matches(@"^The 600 guides' string literals take about 1[2-5]\.\d MiB, [7-9]\d % of the compiler's 16 MiB string heap", warning.GetMessage());
        Assert.Empty(far);
    }

    /// <summary>The generator's diagnostics on the first <paramref name="count"/> corpus guides at C# 7.3 (nothing compiled).</summary>
    private static System.Collections.Immutable.ImmutableArray<Diagnostic> GeneratorDiagnostics(int count) =>
        GeneratorHarness.CreateDriver(GuideCorpus.Generate(count).Select(g => new GuideInput(g.RelativePath, g.Text)), GeneratorHarness.CSharp73)
            .RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.CSharp73))
            .GetRunResult().Diagnostics;
}
