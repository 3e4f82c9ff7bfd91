using BenchmarkDotNet.Attributes;
using Guides.Corpus;
using Guides.Generator.Parsing;
using Markdig;
using Markdig.Renderers;
using YamlDotNet.RepresentationModel;

namespace Guides.Benchmarks;

/// <summary>
/// Goal 1: the generator, cold, on N guides, beside its floor: the same files split, their front matter loaded by
/// YamlDotNet and their body parsed and rendered to HTML once by Markdig with the generator's own pipeline, no C# emitted.
/// </summary>
[Config(typeof(ColdConfig))]
public class GeneratorBenchmarks
{
    private GeneratorRun _run = null!;
    private string[] _texts = null!;

    /// <summary>The guides' texts, for <see cref="PhaseProfile"/>'s floor.</summary>
    internal string[] Texts { set => _texts = value; }

    [Params(1, 100, 1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _run = new GeneratorRun(GuideCorpus.Generate(N));
        _texts = [.. _run.Texts.Select(t => t.GetText()!.ToString())];
    }

    [Benchmark(Baseline = true, Description = "Floor: YamlDotNet + Markdig alone")]
    public int Floor()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text.Substring(4, end - 4)));
            var document = Markdown.Parse(text.Substring(end + 5), MarkdownRendering.Pipeline);
            using var html = new StringWriter();
            var renderer = new HtmlRenderer(html);
            MarkdownRendering.Pipeline.Setup(renderer);
            renderer.Render(document);
            total += yaml.Documents.Count + html.GetStringBuilder().Length;
        }

        return total;
    }

    [Benchmark(Description = "Generator, cold (CSharpGeneratorDriver)")]
    public int Generator() =>
        _run.CreateDriver().RunGenerators(_run.Compilation).GetRunResult().GeneratedTrees.Length;
}
