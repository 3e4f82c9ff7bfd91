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

    /// <summary>
    /// What first use runs for a guide's holder class (<c>Ameli_fr_Guide</c>): its field initializer's
    /// <c>new Ameli_fr_Guide().Create(Catalog_Library.Instance)</c>, compiled here to a delegate so that no reflection is measured.
    /// </summary>
    internal static Func<Guide> CreateMethod(Type catalog, string holderName)
    {
        var holder = catalog.Assembly.GetType(catalog.FullName + "Records." + holderName) ?? throw new InvalidOperationException("No holder class " + holderName + " beside " + catalog + ".");
        var library = catalog.Assembly.GetType(catalog.FullName + "Records.Catalog_Library", throwOnError: true)!.GetField("Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var create = typeof(GuideRecord).GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var body = System.Linq.Expressions.Expression.Call(
            System.Linq.Expressions.Expression.New(holder),
            create,
            System.Linq.Expressions.Expression.Constant(library, typeof(GuideCatalogRecord)),
            System.Linq.Expressions.Expression.Constant(null, typeof(object)),
            System.Linq.Expressions.Expression.Constant(null, typeof(IReadOnlyDictionary<string, object?>)));
        return System.Linq.Expressions.Expression.Lambda<Func<Guide>>(body).Compile();
    }
}
