using System.Globalization;
using System.Text;
using Guides.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// One build a user can make of a content library, as the harness runs it: its name, C# version, optimization and the
/// project's properties. <see cref="EveryBuild.All"/> lists them.
/// </summary>
public sealed record BuildKind(string Name, CSharpParseOptions ParseOptions, OptimizationLevel Optimization, IReadOnlyDictionary<string, string> Properties)
{
    public GeneratorOutput Run(IEnumerable<GuideInput> guides, IEnumerable<AssetInput>? assets = null, string? code = null, IReadOnlyDictionary<string, string>? properties = null) =>
        GeneratorHarness.Run(
            guides,
            ParseOptions,
            properties is null ? Properties : Properties.Concat(properties).ToDictionary(p => p.Key, p => p.Value),
            code,
            assets,
            Optimization);

    public override string ToString() => Name;
}

/// <summary>
/// The builds of one content library that must read the same (issue 21): Debug (not optimized: the hot-reload shape),
/// Release (optimized, text packed, as packages ship it), Release with packing off (<c>GuidesCompressText=false</c>), and
/// C# 7.3 (Release: string literals, no UTF-8). Beside them, the content they are tested on: the repository's content/
/// folder, the hostile corpus's valid guides, and a generated library large enough for the library's dictionary, with
/// images, files, links, backlinks, [GuideFields] objects, extra fields and several languages.
/// </summary>
public static class EveryBuild
{
    public static readonly BuildKind Debug = new("Debug", GeneratorHarness.Latest, OptimizationLevel.Debug, new Dictionary<string, string>());

    public static readonly BuildKind Release = new("Release", GeneratorHarness.Latest, OptimizationLevel.Release, new Dictionary<string, string> { ["GuidesCompressText"] = "true" });

    public static readonly BuildKind ReleaseUnpacked = new("ReleaseUnpacked", GeneratorHarness.Latest, OptimizationLevel.Release, new Dictionary<string, string> { ["GuidesCompressText"] = "false" });

    public static readonly BuildKind CSharp73 = new("CSharp73", GeneratorHarness.CSharp73, OptimizationLevel.Release, new Dictionary<string, string>());

    public static IReadOnlyList<BuildKind> All { get; } = [Debug, Release, ReleaseUnpacked, CSharp73];

    public static TheoryData<string> Names => [.. All.Select(b => b.Name)];

    public static BuildKind Named(string name) => All.Single(b => b.Name == name);

    /// <summary>The [GuideFields] class of the content, in C# the build compiles (<see cref="LibraryCorpus.FieldsCode"/>).</summary>
    public static string FieldsCode(CSharpParseOptions options) => LibraryCorpus.FieldsCode(options.LanguageVersion >= LanguageVersion.CSharp8);

    /// <summary>Undeclared front-matter keys are kept in ExtraFields without a warning, so every build is warning-free.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentProperties = new Dictionary<string, string> { ["GuidesUndeclaredFields"] = LibraryCorpus.UndeclaredFields };

    /// <summary>Every guide of the content: content/, the hostile corpus's valid guides, the seed-shaped corpus and the library.</summary>
    public static IReadOnlyList<GuideInput> Guides { get; } = [.. ContentGuides(), .. HostileGuides(), .. CorpusGuidesInput(), .. Library()];

    /// <summary>The files beside the guides: content/'s real files and the library's images and forms.</summary>
    public static IReadOnlyList<AssetInput> Assets { get; } = [.. ContentAssets(), .. LibraryAssets()];

    public static GuideInput[] ContentGuides() => Repository.ContentGuides();

    /// <summary>
    /// The hostile guides that must give no diagnostic at all, short enough to build four times, each in a folder of its
    /// own (two of them, <c>-.md</c> and <c>@@.md</c>, would otherwise take the same property).
    /// </summary>
    public static IEnumerable<GuideInput> HostileGuides() =>
        Hostile.HostileCorpus.All
            .Where(c => c.Expected.Length == 0)
            .Select((c, i) => new GuideInput(InFolder(c.RelativePath, $"hostile-{i:D3}"), c.Text()))
            .Where(g => g.Text.Length < 100_000);

    private static string InFolder(string relativePath, string folder)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return relativePath[..(slash + 1)] + folder + "/" + relativePath[(slash + 1)..];
    }

    private static IEnumerable<GuideInput> CorpusGuidesInput() => LibraryCorpus.SeedShaped().Select(g => new GuideInput(g.RelativePath, g.Text));

    /// <summary>content/'s files that are not guides, as the ReadGuideAssets task describes them (lengths are the real ones).</summary>
    private static IEnumerable<AssetInput> ContentAssets()
    {
        var content = Path.Combine(Repository.Root, "content");
        foreach (var path in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
            var length = new FileInfo(path).Length;
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(relative)))[..10];
            yield return Path.GetExtension(path) switch
            {
                ".pdf" => new AssetInput(relative, length, "application/pdf", 0, 0, hash, Image: false, WebImage: false),
                ".svg" => new AssetInput(relative, length, "image/svg+xml", 120, 80, hash),
                ".webp" => new AssetInput(relative, length, "image/webp", 640, 400, hash),
                ".jpg" => new AssetInput(relative, length, "image/jpeg", 1024, 768, hash),
                _ => new AssetInput(relative, length, "image/png", 800, 600, hash),
            };
        }
    }

    /// <summary>The library (<see cref="LibraryCorpus"/>) as the generator gets it.</summary>
    public static IEnumerable<GuideInput> Library() => LibraryCorpus.Guides().Select(g => new GuideInput(g.RelativePath, g.Text));

    /// <summary>The library's images and forms, as the ReadGuideAssets task would describe files of the sizes <see cref="LibraryCorpus"/> gives.</summary>
    private static IEnumerable<AssetInput> LibraryAssets() =>
        LibraryCorpus.Assets().Select(a => new AssetInput(a.RelativePath, a.Length, a.ContentType, a.Width, a.Height, a.Hash, Image: a.Width > 0, WebImage: a.Width > 0));

    /// <summary>Builds the content in <paramref name="build"/>: no generator or compiler diagnostic above info.</summary>
    public static GeneratorOutput Run(BuildKind build) =>
        build.Run(Guides, Assets, FieldsCode(build.ParseOptions), ContentProperties);

    /// <summary>The dump of the built catalog: every catalog lookup and every guide, every public property.</summary>
    public static string Dump(GeneratorOutput output) =>
        global::Guides.Testing.GuideDump.Catalog(output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!, LibraryCorpus.Queries);
}
