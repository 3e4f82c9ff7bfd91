using System.Collections.Immutable;
using Guides.Corpus;
using Guides.Generator.Emit;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests;

/// <summary>
/// Editing one guide re-parses and re-emits that guide alone; editing C# re-parses and re-emits nothing.
/// This is what keeps the IDE instant with thousands of guides.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] s_modelSteps =
    [
        TrackingNames.Options, TrackingNames.Features, TrackingNames.Settings, TrackingNames.ParsedGuides,
        TrackingNames.CatalogEntries, TrackingNames.Catalog, TrackingNames.GuideJobs, // GuideJobs carries each file's diagnostics too
        TrackingNames.GuideCode, TrackingNames.GuideSourceFiles,
    ];

    private static GuideInput[] Guides() =>
    [
        TestGuides.Ameli,
        TestGuides.File("en/wifi-setup.md"),
        TestGuides.File("no-steps.md"),
    ];

    [Fact]
    public void Editing_one_guide_leaves_every_other_guide_cached()
    {
        var guides = Guides();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        var driver = GeneratorHarness.CreateDriver(guides, trackSteps: true, texts: texts).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(guides[1].FullPath, SourceText.From(guides[1].Text.ToString().Replace("restart the phone", "restart the router", StringComparison.Ordinal), System.Text.Encoding.UTF8));

        driver = driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // ParsedGuides runs once per file, in input order: Ameli, WifiSetup, NoSteps.
        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            PipelineInspector.Reasons(result, TrackingNames.ParsedGuides));
        // The catalog needs ids and names only: a change of text leaves it as it was.
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached], PipelineInspector.Reasons(result, TrackingNames.CatalogEntries));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.Catalog), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var emitted = PipelineInspector.Reasons(result, TrackingNames.GuideJobs);
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, emitted.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // A Release build's guide text is in its data, which the build writes (an implementation output).
        Assert.Contains("restart the router", result.GeneratedSources.Single(s => s.HintName == "GuideCatalog.Guides0.Data.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_csharp_leaves_every_guide_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest, "class A { }");
        var driver = GeneratorHarness.CreateDriver(Guides(), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.Latest));
        driver = driver.RunGenerators(edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.Latest)));
        var result = driver.GetRunResult().Results.Single();

        Assert.All(PipelineInspector.Reasons(result, TrackingNames.ParsedGuides), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.Catalog), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The language features are read from the compilation again, and found the same.
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.Features), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.GuideJobs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.GuideSourceFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Typing_in_a_section_heading_changes_the_links_table_but_not_the_catalogs_file()
    {
        // A section's anchor is what links from other guides are checked against: the catalog changes. Its class (ids,
        // translations, folders) does not, so the catalog's file is not written again.
        var guides = Guides();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        var driver = GeneratorHarness.CreateDriver(guides, trackSteps: true, texts: texts).RunGenerators(compilation);
        var heading = guides[0].Text.ToString().IndexOf("\n## ", StringComparison.Ordinal);
        Assert.True(heading > 0, "The guide has a section heading.");
        var edited = new InMemoryAdditionalText(guides[0].FullPath, SourceText.From(guides[0].Text.ToString().Insert(heading + 4, "Vite "), System.Text.Encoding.UTF8));

        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, PipelineInspector.Reasons(result, TrackingNames.Catalog));
        // What the catalog's file is written from is found equal: its output step does not run.
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.CatalogToEmit), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Adding_a_guide_emits_that_guide_and_the_catalog_only()
    {
        var guides = Guides();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        // The options know all three files; the compiler gives two, then the third.
        var driver = GeneratorHarness.CreateDriver(guides, trackSteps: true, texts: texts.Take(2)).RunGenerators(compilation);

        driver = driver.AddAdditionalTexts([texts[2]]).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var emitted = PipelineInspector.Reasons(result, TrackingNames.GuideJobs);
        Assert.Equal(2, emitted.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.New));
        Assert.Contains("NoSteps", result.GeneratedSources.Single(s => s.HintName == "GuideCatalog.Guides0.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_guide_of_a_hundred_re_emits_its_file_alone()
    {
        // 100 guides are written in 8 files (GuideFileLayout): the edited guide's file is written again, the others are not.
        var guides = GuideCorpus.Generate(100).Select(g => new GuideInput(g.RelativePath, g.Text)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        var driver = GeneratorHarness.CreateDriver(guides, trackSteps: true, texts: texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var edited = new InMemoryAdditionalText(guides[42].FullPath, SourceText.From(guides[42].Text.ToString().Replace("**Mon compte**", "**Mon espace**", StringComparison.Ordinal), System.Text.Encoding.UTF8));

        driver = driver.ReplaceAdditionalText(texts[42], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(1, PipelineInspector.Reasons(result, TrackingNames.ParsedGuides).Count(r => r == IncrementalStepRunReason.Modified));
        // A change of text leaves the guides' code as it was (what the IDE compiles), and changes one file of their data.
        var files = PipelineInspector.Reasons(result, TrackingNames.GuideSourceFiles);
        Assert.Equal(GuideFileLayout.FileCount(100), files.Length);
        Assert.All(files, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var data = PipelineInspector.Reasons(result, TrackingNames.GuideDataFiles);
        Assert.Equal(GuideFileLayout.FileCount(100), data.Length);
        Assert.Equal(1, data.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(data.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        // The guide's data file, and the search index: both only a build writes (implementation outputs: the IDE skips them).
        var changed = result.GeneratedSources.Where(s => s.SourceText.ToString() != before[s.HintName]).ToArray();
        Assert.All(changed.Select(s => s.HintName).Where(h => !h.EndsWith(".Data.g.cs", StringComparison.Ordinal)), h => Assert.StartsWith("GuideCatalog.SearchIndex", h, StringComparison.Ordinal));
        Assert.Contains("Mon espace", Assert.Single(changed, s => s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_IDE_never_builds_the_search_index()
    {
        var guides = GuideCorpus.Generate(10).Select(g => new GuideInput(g.RelativePath, g.Text)).ToArray();
        var options = new TestOptionsProvider(GeneratorHarness.GlobalOptions(), ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        // As the IDE runs generators: implementation outputs disabled.
        var driver = CSharpGeneratorDriver.Create(
            [new GuideGenerator().AsSourceGenerator()], GeneratorHarness.Texts(guides), GeneratorHarness.Latest, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation, trackIncrementalGeneratorSteps: true));

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest)).GetRunResult().Results.Single();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("SearchIndex", StringComparison.Ordinal));
        Assert.False(result.TrackedSteps.ContainsKey(TrackingNames.SearchIndex), "The IDE built the search index.");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "GuideCatalog.g.cs");
    }

    [Fact]
    public void The_IDE_compiles_a_release_builds_guides_without_their_data_and_never_packs()
    {
        var guides = GuideCorpus.Generate(10).Select(g => new GuideInput(g.RelativePath, g.Text)).ToArray();
        var options = new TestOptionsProvider(GeneratorHarness.GlobalOptions(new Dictionary<string, string> { ["GuidesCompressText"] = "true" }), ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        // As the IDE runs generators: implementation outputs disabled.
        var driver = CSharpGeneratorDriver.Create(
            [new GuideGenerator().AsSourceGenerator()], GeneratorHarness.Texts(guides), GeneratorHarness.Latest, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation, trackIncrementalGeneratorSteps: true));

        var ran = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest), out var compilation, out var diagnostics);
        var result = ran.GetRunResult().Results.Single();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal));
        Assert.False(result.TrackedSteps.ContainsKey(TrackingNames.GuideData), "The IDE wrote the guides' data.");
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains(": global::Guides.GuideRecord", StringComparison.Ordinal));
        // Every guide and the catalog compile: IntelliSense sees every guide's property.
        Assert.Empty(diagnostics);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Moving_a_guide_to_another_folder_reads_and_writes_that_guide_alone()
    {
        // 100 guides in ten folders; one moves from topic-2/ to archive/. The driver compares its inputs position by
        // position, so every file after the moved one runs its steps again: each finds its own result in the generator's
        // memo. One guide is parsed and emitted; the catalog and the files the guide leaves and joins are written again.
        var corpus = GuideCorpus.Generate(100).Select((g, i) => new GuideInput($"topic-{i % 10}/{Path.GetFileName(g.RelativePath)}", g.Text)).ToArray();
        var moved = corpus[42] with { RelativePath = "archive/" + Path.GetFileName(corpus[42].RelativePath) };
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts([.. corpus, moved]);
        var generator = new GuideGenerator();
        var driver = GeneratorHarness.CreateDriver([.. corpus, moved], trackSteps: true, texts: texts.Take(corpus.Length), generator: generator).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal((100, 100), (generator.Work.Parses, generator.Work.Emits));

        driver = driver.RemoveAdditionalTexts([texts[42]]).AddAdditionalTexts([texts[^1]]).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal((101, 101), (generator.Work.Parses, generator.Work.Emits));
        var changed = result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString()).Select(s => s.HintName).ToList();
        Assert.Contains("GuideCatalog.g.cs", changed);
        bool IsCode(string h) => h.StartsWith("GuideCatalog.Guides", StringComparison.Ordinal) && !h.EndsWith(".Data.g.cs", StringComparison.Ordinal);
        Assert.InRange(changed.Count(IsCode), 1, 2);
        Assert.InRange(changed.Count(h => h.EndsWith(".Data.g.cs", StringComparison.Ordinal)), 1, 2);
        Assert.Equal(GuideFileLayout.FileCount(100), result.GeneratedSources.Count(s => IsCode(s.HintName)));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public static partial class Archive", StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Editing_one_guide_parses_and_emits_that_guide_alone()
    {
        var guides = Guides();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        var generator = new GuideGenerator();
        var driver = GeneratorHarness.CreateDriver(guides, texts: texts, generator: generator).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(guides[1].FullPath, SourceText.From(guides[1].Text.ToString().Replace("restart the phone", "restart the router", StringComparison.Ordinal), System.Text.Encoding.UTF8));

        driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation);

        Assert.Equal((4, 4), (generator.Work.Parses, generator.Work.Emits));
    }

    [Fact]
    public void Editing_an_image_checks_and_emits_the_guide_that_shows_it_alone()
    {
        var (generator, driver, compilation, guides, assets, manifest) = GuidesWithFiles();
        Assert.Equal((3, 3, 2), (generator.Work.Parses, generator.Work.Emits, generator.Work.Resolves));

        // A new screenshot: the build reads another size and hash, and writes them to its manifest.
        assets[0] = assets[0] with { Width = 1024, Height = 768, Hash = "ffffffffff", Length = 99999 };
        driver = driver.ReplaceAdditionalText(manifest, AssetInput.Manifest(assets)).RunGenerators(compilation);

        Assert.Equal((3, 4, 3), (generator.Work.Parses, generator.Work.Emits, generator.Work.Resolves));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
        var output = new GeneratorOutput(driver, updated, driver.GetRunResult().Results.Single(), updated.GetDiagnostics());
        var image = output.Find("a")!.Steps[0].Images.Single();
        Assert.Equal(("The page", 1024, 768, "/guide-files/en/shot.ffffffffff.png", 99999L), (image.Alt, image.Width, image.Height, image.File.Url, image.File.Length));
    }

    [Fact]
    public void Adding_a_file_no_guide_uses_checks_and_emits_nothing()
    {
        var (generator, driver, compilation, guides, assets, manifest) = GuidesWithFiles();
        var unused = new AssetInput("en/unused.png");
        assets.Add(unused);

        driver = driver.ReplaceAdditionalText(manifest, AssetInput.Manifest(assets)).RunGenerators(compilation);

        Assert.Equal((3, 3, 2), (generator.Work.Parses, generator.Work.Emits, generator.Work.Resolves));
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "GUIDE046");
    }

    /// <summary>Three guides: one shows a screenshot, one links a form, one has no file; run once.</summary>
    private static (GuideGenerator, GeneratorDriver, Compilation, GuideInput[], List<AssetInput>, AdditionalText Manifest) GuidesWithFiles()
    {
        GuideInput[] guides =
        [
            new("en/a.md", Hostile.HostileText.Guide("### Step 1: Look\n\n![The page](shot.png)\n")),
            new("en/b.md", Hostile.HostileText.Guide("### Step 1: Print\n\n[The form](form.pdf)\n")),
            new("en/c.md", Hostile.HostileText.Guide()),
        ];
        List<AssetInput> assets = [new("en/shot.png"), new("en/form.pdf", ContentType: "application/pdf", Width: 0, Height: 0, Image: false, WebImage: false)];
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var generator = new GuideGenerator();
        var manifest = AssetInput.Manifest(assets);
        var driver = GeneratorHarness.CreateDriver(guides, generator: generator, assets: assets, texts: [.. GeneratorHarness.Texts(guides), manifest]).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (generator, driver, compilation, guides, assets, manifest);
    }

    [Fact]
    public void Models_hold_no_roslyn_markdig_or_yaml_objects()
    {
        var driver = GeneratorHarness.CreateDriver(Guides(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest));

        PipelineInspector.AssertNoUncacheableObjects(driver.GetRunResult().Results.Single(), s_modelSteps);
    }

    [Fact]
    public void Equal_guides_give_equal_models_and_hash_codes()
    {
        var first = GeneratorHarness.CreateDriver(Guides(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest));
        var second = GeneratorHarness.CreateDriver(Guides(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest));

        var a = PipelineInspector.Values(first.GetRunResult().Results.Single(), TrackingNames.ParsedGuides);
        var b = PipelineInspector.Values(second.GetRunResult().Results.Single(), TrackingNames.ParsedGuides);

        Assert.Equal(a, b);
        Assert.Equal(a.Select(x => x.GetHashCode()), b.Select(x => x.GetHashCode()));
        Assert.NotSame(a[0], b[0]);
    }
}
