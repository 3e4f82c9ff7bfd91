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

    [Fact]
    public void Two_thousand_seed_sized_guides_compile_into_one_assembly()
    {
        var corpus = GuideCorpus.Generate(GuideCount).ToList();
        var markdownBytes = corpus.Sum(g => (long)Encoding.UTF8.GetByteCount(g.Text));
        // As strings in three forms (Markdown, HTML, text), this much text would be far past the 16 MiB heap.
        Assert.True(markdownBytes > 10_000_000, $"{markdownBytes} bytes of Markdown");

        var output = GeneratorHarness.Run(corpus.Select(g => new GuideInput(g.RelativePath, g.Text)));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(GuideCount + 1, output.Result.GeneratedSources.Length);
        Assert.All(output.Result.GeneratedSources, s => Assert.True(
            s.SourceText.Length < 1_000_000, $"{s.HintName}: {s.SourceText.Length} characters"));

        using var stream = new MemoryStream();
        var emit = output.Compilation.Emit(stream);
        Assert.DoesNotContain(emit.Diagnostics, d => d.Id == "CS8103");
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
