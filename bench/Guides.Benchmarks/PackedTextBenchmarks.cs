using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// What packing a guide's text costs its first use, side by side in one run: the seed guide (content/fr/ameli.md)
/// compiled in process twice by this generator in Release, with <c>GuidesCompressText</c> false (UTF-8 data) and true
/// (Deflate, 7 bits a byte), each guide created afresh (<c>Create()</c>, an empty string cache) and its first step's HTML read;
/// beside the app that parses the Markdown at run time, and the hot lookup of a created packed guide.
/// </summary>
[Config(typeof(ShortConfig))]
public class PackedTextBenchmarks
{
    private Func<Guide> _createPlain = null!;
    private Func<Guide> _createPacked = null!;
    private Guide _packed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _createPlain = Compile("false");
        _createPacked = Compile("true");
        _packed = _createPacked();
        _ = _packed.Steps[2].Html;
    }

    [Benchmark(Baseline = true, Description = "First use: runtime parsing (embedded .md, YamlDotNet + Markdig)")]
    public string FirstUseRuntimeParsing() => RuntimeParsingBaseline.StepHtml("ameli.md", 1);

    [Benchmark(Description = "First use: generated, UTF-8 data (GuidesCompressText=false)")]
    public string FirstUsePlain() => _createPlain().Steps[0].Html;

    [Benchmark(Description = "First use: generated, packed (GuidesCompressText=true)")]
    public string FirstUsePacked() => _createPacked().Steps[0].Html;

    [Benchmark(Description = "First use, packed: the title only (lists of guides)")]
    public string FirstUsePackedTitle() => _createPacked().Title;

    [Benchmark(Description = "Hot use, packed: Steps[2].Html of a created guide")]
    public string HotPacked() => _packed.Steps[2].Html;

    private static Func<Guide> Compile(string compress)
    {
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "content", "fr", "ameli.md"));
        var run = new GeneratorRun([new CorpusGuide("fr/ameli.md", "ameli", seed)], properties: new Dictionary<string, string> { ["GuidesCompressText"] = compress });
        var (diagnostics, bytes, _) = run.Compile();
        if (bytes is null)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        var assembly = new AssemblyLoadContext("ameli-packed-" + compress).LoadFromStream(new MemoryStream(bytes));
        return AppBenchmarks.CreateMethod(assembly.GetType("Guides.Generated.GuideCatalog", throwOnError: true)!, "Ameli_fr_Guide");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guides.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Guides.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
