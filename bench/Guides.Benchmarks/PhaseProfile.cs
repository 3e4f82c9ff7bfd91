using System.Diagnostics;
using Guides.Corpus;
using Guides.Generator.Emit;
using Guides.Generator.Model;
using Guides.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Benchmarks;

/// <summary>
/// `profile N`: where a cold run's time and allocation go, phase by phase (Stopwatch and allocated bytes of this
/// thread, best of a few rounds): parse (YAML + Markdown + rendering), emit (C#), Roslyn's parse of the emitted text,
/// and the whole driver. A quick breakdown, not a benchmark.
/// </summary>
internal static class PhaseProfile
{
    public static void Run(int count, int rounds)
    {
        var run = new GeneratorRun(GuideCorpus.Generate(count));
        var texts = run.Texts.Select(t => t.GetText()!).ToArray();
        var settings = new EmitSettings(
            new GeneratorOptions(GeneratorOptions.DefaultNamespace, GeneratorOptions.DefaultCatalogName, true, GeneratorOptions.DefaultDefaultLanguage),
            new LanguageFeatures(true, true));
        GuideParseResult[] parsed = [];
        SourceText[] emitted = [];
        var strings = texts.Select(t => t.ToString()).ToArray();
        Measure("floor (YamlDotNet + Markdig)", rounds, () => new GeneratorBenchmarks { Texts = strings }.Floor());
        Measure("  YamlDotNet load of front matter", rounds, () =>
        {
            foreach (var t in strings)
            {
                new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(t.Substring(4, t.IndexOf("\n---\n", 4, StringComparison.Ordinal) - 4)));
            }
        });
        Measure("  NestingGuard on bodies", rounds, () => { foreach (var t in strings) { NestingGuard.Check(t); } });
        Measure("  Markdig parse of bodies", rounds, () => { foreach (var t in strings) { MarkdownRendering.Parse(t); } });
        Measure("parse (GuideParser)", rounds, () => parsed = [.. texts.Select((t, i) => GuideParser.Parse(run.Paths[i], run.Paths[i]["/bench/content/".Length..], t, Guides.Generator.Model.ContentSettings.Default, default))]);
        Measure("emit (GuideEmitter)", rounds, () => emitted = [.. GuideFileLayout.Split(
            [.. parsed.Select(p => (EmittedGuide?)new EmittedGuide(p.Guide.MemberPath, p.Guide.Language, p.Guide.FilePath, GuideEmitter.Property(new GuideToEmit(p.Guide, true, p.Guide.MemberPath), settings, p.Guide), GuideEmitter.Guide(new GuideToEmit(p.Guide, true, p.Guide.MemberPath), settings), null, 0))],
            settings).Select(GuideEmitter.File)]);
        Measure("Roslyn parse of emitted", rounds, () => { foreach (var e in emitted) { CSharpSyntaxTree.ParseText(e, run.ParseOptions); } });
        Measure("driver, cold", rounds, () => run.CreateDriver().RunGenerators(run.Compilation));
        var warm = run.CreateDriver().RunGenerators(run.Compilation);
        Measure("driver, one guide edited", rounds * 5, () => warm.ReplaceAdditionalText(run.Texts[count / 2], run.Edited(count / 2)).RunGenerators(run.Compilation));
        Measure("driver, .cs added", rounds * 5, () => warm.RunGenerators(run.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C {}", run.ParseOptions))));
        // As the IDE runs it: no implementation output (the search index is the build's alone).
        var ide = run.CreateDriver(asTheIde: true).RunGenerators(run.Compilation);
        Measure("IDE driver, one guide edited", rounds * 5, () => ide.ReplaceAdditionalText(run.Texts[count / 2], run.Edited(count / 2)).RunGenerators(run.Compilation));
    }

    private static void Measure(string name, int rounds, Action action)
    {
        action();
        var best = double.MaxValue;
        long bytes = 0;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            var ms = watch.Elapsed.TotalMilliseconds;
            bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            best = Math.Min(best, ms);
        }

        Console.WriteLine($"{name,-28} {best,10:N2} ms {bytes / 1048576.0,10:N1} MB");
    }
}
