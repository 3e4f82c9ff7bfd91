using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests;

/// <summary>
/// Every guide of the hostile corpus, beside a valid guide: the generator does not throw, raises exactly the
/// expected diagnostics (ID, line, column) in the hostile file, gives code in proportion to the guide's length, and
/// everything else still compiles with no CS error.
/// </summary>
[Collection(nameof(HostileCorpusTests))]
public sealed class HostileCorpusTests(Xunit.Abstractions.ITestOutputHelper log)
{
    /// <summary>
    /// The most generated code a guide may give: each character of it is written at most three times (Markdown, HTML,
    /// text), each at most six characters long in a C# literal (<c>\uXXXX</c>), plus 64 KB for the companion and the
    /// catalog. A fixed bound on the output, not a timing: a guide whose code grew faster than its length (quadratic
    /// escaping, a step copied into every other) fails here on any machine. The generator's speed is bench/'s business.
    /// </summary>
    private static long OutputLimit(SourceText text) => (3L * 6 * text.Length) + 65_536;

    private static readonly GuideInput s_companion = new("en/companion.md", HostileText.Guide());

    static HostileCorpusTests()
    {
        // The first run loads and compiles Markdig, YamlDotNet and the generator: not a cost of any one guide.
        GeneratorHarness.Run(s_companion);
    }

    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_guide_gives_located_diagnostics_and_everything_else_compiles(string name)
    {
        var hostile = HostileCorpus.Named(name);
        var input = new GuideInput(hostile.RelativePath, hostile.Text());

        var output = GeneratorHarness.Run([input, s_companion], null);

        var generated = output.Result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        log.WriteLine($"{name}: {input.Text.Length} characters in, {generated} characters of code out, generator {output.Driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F0} ms (not checked)");
        Assert.Null(output.Result.Exception);
        Assert.True(generated <= OutputLimit(input.Text), $"{generated} characters of code for {input.Text.Length} characters of guide: more than {OutputLimit(input.Text)}.");
        Assert.All(output.GeneratorDiagnostics, d => Assert.Equal(input.FullPath, d.Location.GetLineSpan().Path));
        Assert.Equal(
            hostile.Expected.Select(e => e.ToString()).Order(StringComparer.Ordinal),
            output.GeneratorDiagnostics.Select(d => ExpectedDiagnostic.Of(d).ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(output.CompilerProblems);
        Assert.DoesNotContain(output.CompilationDiagnostics, d => d.Id is "CS8785" or "AD0001");
        Assert.Contains(output.Result.GeneratedSources, s => s.SourceText.ToString().Contains("Guide Companion => ", StringComparison.Ordinal));
        if (hostile.Entry is { } entry)
        {
            var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
            var property = catalog.GetProperty(entry.Property);
            Assert.True(property is not null, $"No property {entry.Property}; the catalog has: {string.Join(", ", catalog.GetProperties().Select(p => p.Name))}");
            var guide = (Guide)property.GetValue(null)!;
            Assert.Equal(entry.Id, guide.Id);
            Assert.Same(guide, catalog.GetMethod("Find", [typeof(string)])!.Invoke(null, [entry.Id]));
            Assert.Equal(new[] { entry.Id, "companion" }.Order(StringComparer.Ordinal), (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!);
        }

        if (hostile.Check is { } check)
        {
            check(output.Find(input.RelativePath[3..^3].ToLowerInvariant())!);
        }
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_hostile_input()
    {
        Assert.True(HostileCorpus.All.Count >= 80, $"{HostileCorpus.All.Count} cases.");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.RelativePath).Distinct().Count());
    }
}

/// <summary>The corpus holds guides of megabytes: it runs alone, not beside the other test classes.</summary>
[CollectionDefinition(nameof(HostileCorpusTests), DisableParallelization = true)]
public sealed class HostileCorpusCollection
{
}
