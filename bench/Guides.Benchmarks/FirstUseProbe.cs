using System.Reflection;
using Guides;
using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// Goal 4 measured as an app meets it: the library loaded into the default load context of a new process (RVA data mapped,
/// not copied as in the collectible contexts of <see cref="FirstUseMemoryBenchmarks"/>), then the bytes allocated by the
/// first <c>Find("guide-00005")</c> and its first step's HTML.
/// </summary>
internal static class FirstUseProbe
{
    public static void Run(string libraryPath)
    {
        var catalog = Assembly.LoadFrom(libraryPath).GetType("Guides.Corpus.GuideCatalog", throwOnError: true)!;
        var find = catalog.GetMethod("Find", [typeof(string)])!.CreateDelegate<Func<string, Guide?>>();
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var guide = find(GuideCorpus.Id(5))!;
        var found = GC.GetAllocatedBytesForCurrentThread();
        var html = guide.Steps[0].Html;
        var after = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"{libraryPath}: Find {found - before:N0} B, with Steps[0].Html ({html.Length} characters) {after - before:N0} B");
    }
}
