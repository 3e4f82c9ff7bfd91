using System.Runtime.Loader;
using Guides.Corpus;
using Guides.Generator;

namespace Guides.Benchmarks;

/// <summary>
/// A content library of the first N corpus guides, generated and compiled in process once, kept on disk (keyed by the
/// generator's build), and loaded into a fresh collectible context whenever a benchmark needs a library never used yet.
/// </summary>
internal static class CorpusLibrary
{
    private static readonly string s_folder = Path.Combine(Path.GetTempPath(), "guides-bench");

    public static string PathOf(int count)
    {
        var generatorBuild = typeof(GuideGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
        var path = Path.Combine(s_folder, $"library-{count}-{generatorBuild}.dll");
        if (!File.Exists(path))
        {
            Console.WriteLine($"// Compiling a library of {count} guides into {path}");
            var (diagnostics, assembly, _) = new GeneratorRun(GuideCorpus.Generate(count)).Compile();
            if (assembly is null)
            {
                throw new InvalidOperationException(string.Join("\n", diagnostics.Take(10)));
            }

            Directory.CreateDirectory(s_folder);
            File.WriteAllBytes(path + ".tmp", assembly);
            File.Move(path + ".tmp", path, overwrite: true);
        }

        return path;
    }

    /// <summary>A never-used copy of the library: a new context, so no guide or catalog type is initialised yet.</summary>
    public static (AssemblyLoadContext Context, Func<string, Guide?> Find) LoadFresh(string path)
    {
        // Guides.Runtime is not in this context: it resolves to the default context's copy, shared with the benchmarks.
        var context = new AssemblyLoadContext("library-" + Guid.NewGuid(), isCollectible: true);
        var catalog = context.LoadFromAssemblyPath(path).GetType("Guides.Corpus.GuideCatalog", throwOnError: true)!;
        return (context, catalog.GetMethod("Find")!.CreateDelegate<Func<string, Guide?>>());
    }
}
