using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests;

/// <summary>
/// Every guide of the hostile corpus, beside a valid guide: the generator does not throw, raises exactly the
/// expected diagnostics (ID, line, column) in the hostile file, takes well under a second, and everything else
/// still compiles with no CS error.
/// </summary>
[Collection(nameof(HostileCorpusTests))]
public sealed class HostileCorpusTests(Xunit.Abstractions.ITestOutputHelper log)
{
    /// <summary>
    /// Under a second per file on a loaded machine (refused guides take under 300 ms here), or 3 s a megabyte for a long
    /// guide that is accepted: its cost grows with its length alone (1.3 MB of ordinary steps, about 1.5 s here).
    /// </summary>
    private static TimeSpan TimeLimit(SourceText text) => TimeSpan.FromSeconds(Math.Max(1, 3.0 * text.Length / 1_000_000));

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

        var elapsed = output.Driver.GetTimingInfo().ElapsedTime;
        var limit = TimeLimit(input.Text);
        for (var retry = 0; retry < 2 && elapsed >= limit; retry++)
        {
            // The machine is shared: the best of three runs is the generator's own time.
            var again = GeneratorHarness.Run([input, s_companion], null).Driver.GetTimingInfo().ElapsedTime;
            elapsed = again < elapsed ? again : elapsed;
        }

        log.WriteLine($"{name}: generator {elapsed.TotalMilliseconds:F0} ms");
        Assert.Null(output.Result.Exception);
        Assert.True(elapsed < limit, $"The generator took {elapsed.TotalMilliseconds:F0} ms.");
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

/// <summary>The corpus measures time: it runs alone, not beside the other test classes.</summary>
[CollectionDefinition(nameof(HostileCorpusTests), DisableParallelization = true)]
public sealed class HostileCorpusCollection
{
}
