using BenchmarkDotNet.Attributes;
using Guides.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Benchmarks;

/// <summary>
/// Goal 2: after a run on N guides, the next run once one guide's text changed, or once a .cs file changed,
/// against the cold run. Every run starts from the same warm driver (drivers are immutable). N = 4,000 shows how the
/// runs after an edit grow with the library (they grew with its square when each guide had a file of its own).
/// The IDE's edit: the same edit to a driver that runs as the IDE does (no implementation outputs: the records and
/// the search index are the build's alone), what a keystroke in a guide costs the editor.
/// </summary>
[Config(typeof(CompilerShortConfig))]
public class IncrementalBenchmarks
{
    [Params(1_000, 4_000)]
    public int N { get; set; }

    private GeneratorRun _run = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmIde = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _editedHeading = null!;
    private Compilation _editedCode = null!;

    [GlobalSetup]
    public void Setup()
    {
        _run = new GeneratorRun(GuideCorpus.Generate(N));
        _warm = _run.CreateDriver().RunGenerators(_run.Compilation);
        _warmIde = _run.CreateDriver(asTheIde: true).RunGenerators(_run.Compilation);
        _edited = _run.Edited(N / 2);
        _editedHeading = _run.EditedHeading(N / 2);
        _editedCode = _run.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode { }", _run.ParseOptions));
    }

    [Benchmark(Baseline = true, Description = "Cold run")]
    public int Cold() => _run.CreateDriver().RunGenerators(_run.Compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "One guide's text edited")]
    public int GuideEdited() =>
        _warm.ReplaceAdditionalText(_run.Texts[N / 2], _edited).RunGenerators(_run.Compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "As the IDE runs it: one guide's text edited")]
    public int IdeGuideEdited() =>
        _warmIde.ReplaceAdditionalText(_run.Texts[N / 2], _edited).RunGenerators(_run.Compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "As the IDE runs it: a section heading edited (its anchor changes)")]
    public int IdeHeadingEdited() =>
        _warmIde.ReplaceAdditionalText(_run.Texts[N / 2], _editedHeading).RunGenerators(_run.Compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "A .cs file edited")]
    public int CodeEdited() => _warm.RunGenerators(_editedCode).GetRunResult().GeneratedTrees.Length;
}
