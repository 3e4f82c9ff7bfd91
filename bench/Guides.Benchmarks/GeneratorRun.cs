using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Guides.Corpus;
using Guides.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Benchmarks;

/// <summary>Runs the generator as the compiler does, on a corpus held in memory (the guides' files, their metadata, a compilation).</summary>
internal sealed class GeneratorRun
{
    private const string ContentFolder = "/bench/content/";

    private static readonly ImmutableArray<MetadataReference> s_references =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Guide).Assembly.Location),
    ];

    private readonly OptionsProvider _options;

    public GeneratorRun(IEnumerable<CorpusGuide> guides, LanguageVersion languageVersion = LanguageVersion.Latest, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = guides.ToList();
        Paths = [.. list.Select(g => ContentFolder + g.RelativePath)];
        Texts = [.. list.Select((g, i) => (AdditionalText)new MemoryText(Paths[i], SourceText.From(g.Text, System.Text.Encoding.UTF8)))];
        ParseOptions = new CSharpParseOptions(languageVersion);
        // As the package's build files hand it over: the content folder's full path, nothing per file.
        _options = new OptionsProvider(
            (properties ?? new Dictionary<string, string>()).Append(KeyValuePair.Create("GuidesContentRoot", ContentFolder))
                .ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));
        Compilation = CSharpCompilation.Create(
            "Guides.Corpus",
            [],
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    public string[] Paths { get; }

    public AdditionalText[] Texts { get; }

    public CSharpParseOptions ParseOptions { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>
    /// A new driver, with no cache: what a cold build starts from. With <paramref name="asTheIde"/>, implementation outputs
    /// are not run (the search index), as the IDE runs generators.
    /// </summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false, bool asTheIde = false) =>
        CSharpGeneratorDriver.Create(
            [new GuideGenerator().AsSourceGenerator()],
            Texts,
            ParseOptions,
            _options,
            new GeneratorDriverOptions(asTheIde ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Guide <paramref name="index"/>'s file with its text edited (one word of its first step).</summary>
    public AdditionalText Edited(int index) =>
        new MemoryText(Paths[index], SourceText.From(Texts[index].GetText()!.ToString().Replace("**Mon compte**", "**Mon espace**", StringComparison.Ordinal), System.Text.Encoding.UTF8));

    /// <summary>The guide with a word typed into its first section heading: its anchors change, so the catalog does.</summary>
    public AdditionalText EditedHeading(int index) =>
        new MemoryText(Paths[index], SourceText.From(System.Text.RegularExpressions.Regex.Replace(Texts[index].GetText()!.ToString(), @"(?m)^(## )", "$1Vite ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)), System.Text.Encoding.UTF8));

    /// <summary>Runs the generator and compiles its output; the diagnostics of both, and the assembly when it emitted.</summary>
    public (ImmutableArray<Diagnostic> Diagnostics, byte[]? Assembly, GeneratorRunResult Result) Compile()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var generatorDiagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        return (generatorDiagnostics.AddRange(emit.Diagnostics), emit.Success ? stream.ToArray() : null, driver.GetRunResult().Results.Single());
    }

    private sealed class MemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>The project's properties, as the compiler hands them to generators.</summary>
    private sealed class OptionsProvider(ImmutableDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> properties) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => properties.TryGetValue(key, out value);
        }
    }
}
