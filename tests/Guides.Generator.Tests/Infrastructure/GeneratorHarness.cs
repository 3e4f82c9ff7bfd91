using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>A guide to give the generator: its path under the content folder and its text.</summary>
public sealed record GuideInput(string RelativePath, SourceText Text)
{
    public GuideInput(string relativePath, string content)
        : this(relativePath, SourceText.From(content, System.Text.Encoding.UTF8))
    {
    }

    /// <summary>The content folder the guide is in, on disk.</summary>
    public string Root { get; init; } = DefaultRoot;

    public const string DefaultRoot = "/project/content/";

    public string FullPath => Root + RelativePath;
}

/// <summary>
/// A file of the content folder that is not a guide, as the package's ReadGuideAssets task describes it to the generator
/// (a line of its manifest): the generator never reads the file's bytes, so none are given.
/// </summary>
public sealed record AssetInput(
    string RelativePath, long Length = 1234, string ContentType = "image/png", int Width = 37, int Height = 23,
    string Hash = "0123456789", bool Image = true, bool WebImage = true, string Problem = "")
{
    public string FullPath => "/project/content/" + RelativePath;

    /// <summary>The file's line in the manifest, written here by hand as docs/architecture.md describes the format.</summary>
    public string ManifestLine => string.Join('\t',
        RelativePath, Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ContentType, Image ? "1" : "0", WebImage ? "1" : "0",
        Width > 0 ? Width.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        Height > 0 ? Height.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        Hash, Problem, FullPath);

    /// <summary>Where the harness puts the build's manifest of the content folder's other files.</summary>
    public const string ManifestPath = "/project/obj/guides-assets.manifest";

    /// <summary>The manifest the build writes for these files, as the compiler hands it over.</summary>
    public static AdditionalText Manifest(IEnumerable<AssetInput> assets) =>
        new InMemoryAdditionalText(ManifestPath, SourceText.From(
            "# Guides asset manifest 1\n" + string.Concat(assets.Select(a => a.ManifestLine + "\n").Order(StringComparer.Ordinal)), System.Text.Encoding.UTF8));
}

/// <summary>What one run of the generator gave.</summary>
public sealed record GeneratorOutput(
    GeneratorDriver Driver,
    Compilation Compilation,
    GeneratorRunResult Result,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public string Source(string hintName) =>
        Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler warnings and errors (hidden and info left out).</summary>
    public IEnumerable<Diagnostic> CompilerProblems =>
        CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Emits the compilation and loads it in a collectible context that shares Guides.Runtime with the tests.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls the generated <c>GuideCatalog.Find(id)</c>.</summary>
    public Guide? Find(string id, string catalog = "Guides.Generated.GuideCatalog") =>
        (Guide?)Load().GetType(catalog, throwOnError: true)!.GetMethod("Find", [typeof(string)])!.Invoke(null, [id]);
}

/// <summary>Runs the generator the way the compiler does, on guides held in memory.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest);
    public static readonly CSharpParseOptions CSharp73 = new(LanguageVersion.CSharp7_3);

    private static readonly ImmutableArray<MetadataReference> s_references = LoadReferences();

    /// <summary>What a driver adds to the properties it is given without GuidesCompressText: the text unpacked, as the snapshots show it.</summary>
    private static readonly Dictionary<string, string> s_unpacked = new() { ["GuidesCompressText"] = "false" };

    /// <summary>
    /// A library compilation. Optimized (a Release build) unless <paramref name="optimization"/> says Debug: the shape
    /// packages ship; a Debug build's code is shaped for hot reload (HotReloadTests).
    /// </summary>
    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CreateCompilation(parseOptions, OptimizationLevel.Release, sources);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, OptimizationLevel optimization, params string[] sources) =>
        CSharpCompilation.Create(
            "Guides.Generated",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable)
                .WithOptimizationLevel(optimization)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Error)]));

    public static GeneratorDriver CreateDriver(
        IEnumerable<GuideInput> guides,
        CSharpParseOptions? parseOptions = null,
        IReadOnlyDictionary<string, string>? properties = null,
        bool trackSteps = false,
        IEnumerable<AdditionalText>? texts = null,
        GuideGenerator? generator = null,
        IEnumerable<AssetInput>? assets = null,
        IncrementalGeneratorOutputKind disabledOutputs = IncrementalGeneratorOutputKind.None)
    {
        var assetList = assets?.ToList() ?? [];
        var inputs = guides.ToList();
        var global = GlobalOptions(properties, inputs.Count > 0 ? inputs[0].Root : GuideInput.DefaultRoot, assetList.Count > 0);
        return CSharpGeneratorDriver.Create(
            [(generator ?? new GuideGenerator()).AsSourceGenerator()],
            texts ?? [.. Texts(inputs), .. assetList.Count > 0 ? [AssetInput.Manifest(assetList)] : Array.Empty<AdditionalText>()],
            parseOptions ?? Latest,
            new TestOptionsProvider(global, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty),
            new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>
    /// The project's properties as the compiler hands them to the generator. Compilations are Release builds (the shape
    /// packages ship), whose text is packed by default: the tests read it unpacked unless they set GuidesCompressText
    /// (PackedTextTests, which test packing).
    /// </summary>
    public static ImmutableDictionary<string, string> GlobalOptions(
        IReadOnlyDictionary<string, string>? properties = null, string contentRoot = GuideInput.DefaultRoot, bool withManifest = false)
    {
        // As the package's build files hand them over: the content folder's full path (which files are guides), and the
        // manifest of its other files when there are some.
        var given = new Dictionary<string, string>(properties ?? new Dictionary<string, string>());
        given.TryAdd("GuidesContentRoot", contentRoot);
        if (withManifest)
        {
            given.TryAdd("GuidesAssetManifest", AssetInput.ManifestPath);
        }

        return ImmutableDictionary.CreateRange(
            (given.ContainsKey("GuidesCompressText") ? given : given.Concat(s_unpacked)).Select(p => KeyValuePair.Create("build_property." + p.Key, p.Value)));
    }

    /// <summary>The files as the compiler gives them; keep them to replace or remove one later.</summary>
    public static AdditionalText[] Texts(IEnumerable<GuideInput> guides) =>
        [.. guides.Select(g => new InMemoryAdditionalText(g.FullPath, g.Text))];

    public static GeneratorOutput Run(
        IEnumerable<GuideInput> guides, CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? properties = null, string? code = null,
        IEnumerable<AssetInput>? assets = null, OptimizationLevel optimization = OptimizationLevel.Release)
    {
        parseOptions ??= Latest;
        var compilation = CreateCompilation(parseOptions, optimization, code is null ? [] : [code]);
        var driver = CreateDriver(guides, parseOptions, properties, assets: assets).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutput(driver, output, driver.GetRunResult().Results.Single(), output.GetDiagnostics());
    }

    public static GeneratorOutput Run(params GuideInput[] guides) => Run(guides, null);

    /// <summary>
    /// The builds whose guides' records take each literal form and holder: Release (a <c>"..."u8</c> literal), Debug (the
    /// hot-reload holder) and C# 7.3 (a string literal of the record's bytes).
    /// </summary>
    public static GeneratorOutput[] RunEveryRecordForm(IEnumerable<GuideInput> guides, IReadOnlyDictionary<string, string>? properties = null)
    {
        var inputs = guides.ToArray();
        return [Run(inputs, properties: properties), Run(inputs, properties: properties, optimization: OptimizationLevel.Debug), Run(inputs, CSharp73, properties)];
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        return [.. platform.Select(p => MetadataReference.CreateFromFile(p)), MetadataReference.CreateFromFile(typeof(Guide).Assembly.Location)];
    }
}
