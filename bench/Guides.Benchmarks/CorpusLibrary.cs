using System.Runtime.Loader;

namespace Guides.Benchmarks;

/// <summary>
/// A content library of the first N corpus guides as a real build made it: bench/scale-build.sh builds it with
/// <c>dotnet build</c> (namespace <c>Guides.Corpus</c>) under $GUIDES_SCALE_DIR, /tmp/guides-scale by default.
/// Each load is a fresh collectible context, so that no guide or catalog type of it is initialised yet.
/// </summary>
internal static class CorpusLibrary
{
    public static string PathOf(int count)
    {
        var folder = Environment.GetEnvironmentVariable("GUIDES_SCALE_DIR") is { Length: > 0 } set ? set : "/tmp/guides-scale";
        var path = Path.Combine(folder, count.ToString(System.Globalization.CultureInfo.InvariantCulture), "bin", "Release", "net8.0", "Corpus.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"No library of {count} guides at {path}: run bench/scale-build.sh {count}");
    }

    /// <summary>A never-used copy of the library and its catalog's <c>Find</c>.</summary>
    public static (AssemblyLoadContext Context, Func<string, Guide?> Find) LoadFresh(string path)
    {
        // Guides.Runtime is not in this context: it resolves to the default context's copy, shared with the benchmarks.
        var context = new AssemblyLoadContext("library-" + Guid.NewGuid(), isCollectible: true);
        var catalog = context.LoadFromAssemblyPath(path).GetType("Guides.Corpus.GuideCatalog", throwOnError: true)!;
        return (context, catalog.GetMethod("Find", [typeof(string)])!.CreateDelegate<Func<string, Guide?>>());
    }
}
