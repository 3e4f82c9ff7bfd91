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
    /// What first use runs for a guide's holder class (<c>Ameli_fr_Guide</c>: property, language): a Debug build's
    /// <c>Create()</c>; in a Release build, where the holder is a <see cref="GuideData"/>, its field initializer's
    /// <c>new Ameli_fr_Guide().Create("ameli", "fr", Catalog_TranslationsOf, Catalog_Guides)</c>, compiled here to a
    /// delegate so that no reflection is measured.
    /// </summary>
    internal static Func<Guide> CreateMethod(Type catalog, string holderName, string id = "ameli", string language = "fr")
    {
        var holder = catalog.GetNestedType(holderName, BindingFlags.NonPublic) ?? throw new InvalidOperationException("No holder class " + holderName + " in " + catalog + ".");
        if (!typeof(GuideData).IsAssignableFrom(holder))
        {
            return holder.GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Func<Guide>>();
        }

        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
        var translations = catalog.GetMethod("Catalog_TranslationsOf", Private)!.CreateDelegate<Func<string, IReadOnlyList<Guide>>>();
        var guides = catalog.GetMethod("Catalog_Guides", Private)!.CreateDelegate<Func<string[], IReadOnlyList<Guide>>>();
        var create = typeof(GuideData).GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var body = System.Linq.Expressions.Expression.Call(
            System.Linq.Expressions.Expression.New(holder),
            create,
            System.Linq.Expressions.Expression.Constant(id),
            System.Linq.Expressions.Expression.Constant(language),
            System.Linq.Expressions.Expression.Constant(translations),
            System.Linq.Expressions.Expression.Constant(guides));
        return System.Linq.Expressions.Expression.Lambda<Func<Guide>>(body).Compile();
    }
}
