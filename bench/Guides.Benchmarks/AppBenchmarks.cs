using System.Reflection;
using BenchmarkDotNet.Attributes;
using Guides.Generated;

namespace Guides.Benchmarks;

/// <summary>
/// Goal 3: the app. First use of the seed guide, to its first step's HTML: the generated guide's creation
/// (the method its holder's static constructor runs once, called here again and again) against reading and parsing
/// the embedded Markdown. Hot use: look a guide up by id and read step 3's HTML.
/// </summary>
[Config(typeof(ShortConfig))]
public class AppBenchmarks
{
    private static readonly Func<Guide> s_createAmeli = CreateMethod(typeof(GuideCatalog), "Ameli_fr_Guide");

    [Benchmark(Baseline = true, Description = "First use: runtime parsing (embedded .md, YamlDotNet + Markdig)")]
    public string FirstUseRuntimeParsing() => RuntimeParsingBaseline.StepHtml("ameli.md", 1);

    [Benchmark(Description = "First use: generated guide")]
    public string FirstUseGenerated() => s_createAmeli().Steps[0].Html;

    [Benchmark(Description = "Hot use: Find(id).Steps[2].Html")]
    public string HotLookup() => GuideCatalog.Find("ameli")!.Steps[2].Html;

    /// <summary>The <c>Create()</c> of a guide's holder class (<c>Ameli_fr_Guide</c>: property, language): what first use runs.</summary>
    internal static Func<Guide> CreateMethod(Type catalog, string holderName) =>
        (catalog.GetNestedType(holderName, BindingFlags.NonPublic) ?? throw new InvalidOperationException("No holder class " + holderName + " in " + catalog + "."))
            .GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Static)!
            .CreateDelegate<Func<Guide>>();
}
