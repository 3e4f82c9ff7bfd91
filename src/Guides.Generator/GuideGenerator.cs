using System;
using System.Linq;
using System.Threading;
using Guides.Generator.Diagnostics;
using Guides.Generator.Emit;
using Guides.Generator.Model;
using Guides.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator
{
    /// <summary>
    /// Reads the Markdown guides of a project (its <c>AdditionalFiles</c> under the content folder, which the package's
    /// build files name in one setting and whose <c>.md</c> files they hand over) and emits a few files of guides and a
    /// catalog. Each guide is parsed on its own: editing one guide re-parses and re-emits that guide alone.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class GuideGenerator : IIncrementalGenerator
    {
        /// <summary>
        /// What was read and written for each file, by identity. The driver compares a step's inputs position by position:
        /// when a file is removed or renamed, every file after it in the list arrives at another position and its steps run
        /// again. Each then finds its own earlier result here (the same file object, settings and model), so that moving one
        /// guide reads and writes that guide alone.
        /// </summary>
        private readonly WorkMemo _memo = new();

        /// <summary>How many guides this generator has parsed and emitted: the caching tests count work with it.</summary>
        internal WorkMemo Work => _memo;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var memo = _memo;
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            // GUIDE049: the entries of GuidesWordsPerMinute that are not rates.
            context.RegisterSourceOutput(
                options.Select(static (o, _) => o.ReadingSpeed.Problems),
                static (spc, problems) =>
                {
                    foreach (var problem in problems)
                    {
                        spc.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InvalidReadingRate, Location.None, problem));
                    }
                });

            // GUIDE050: the entries of the site's settings (GuidesFieldNames and the like) that cannot be read.
            context.RegisterSourceOutput(
                options.Select(static (o, _) => o.SettingProblems),
                static (spc, problems) =>
                {
                    foreach (var problem in problems)
                    {
                        spc.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.SettingNotUnderstood, Location.None, problem.Entry, problem.Setting, problem.Hint));
                    }
                });

            var features = context.ParseOptionsProvider
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => ReadFeatures(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Features);

            var settings = options.Combine(features)
                .Select(static (pair, _) => new EmitSettings(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Settings);

            // Few steps per guide: with thousands of guides, the driver's bookkeeping of each step's table (a pass over
            // every guide whenever one changes) is most of an incremental run. Files that are not guides go through as
            // null rather than through a Where, which would be one more step per file.
            // One Combine serves the guides and the asset manifest, and a file is found and parsed in one step. A shard's
            // files are chosen by their path alone (Shards.ShardSelection): another shard's file is never read.
            var files = context.AdditionalTextsProvider
                .Combine(options.Select(static (o, _) => (o.Content, o.ContentRoot, o.AssetManifest, o.Shard)));

            var parsed = files
                .Select((pair, cancellationToken) => Paths.ContentRoot.RelativePath(pair.Left.Path, pair.Right.ContentRoot) is { } path && !Paths.ContentFilter.IsExcluded(path, pair.Right.Content.Exclude)
                    && (pair.Right.Shard is null || pair.Right.Shard.Holds(path, pair.Right.Content.DefaultLanguage))
                    ? memo.Parse(new MarkdownInput(pair.Left, path, pair.Right.Content), static (f, c) => Parse(f.Text, f.RelativePath, f.Settings, c), cancellationToken)
                    : null)
                .WithTrackingName(TrackingNames.ParsedGuides);

            var catalog = parsed
                .Select(static (result, _) => result is null ? null : new CatalogEntry(
                    result.Id, result.Language, result.Guide.MemberPath, result.FilePath, result.DisplayPath, LocationInfo.FileStart(result.FilePath),
                    result.Guide.Steps.Count, result.Guide.Faq.Count, result.IsLeftOutDraft,
                    Assets.PageLinks.LinkAnchors(result.Guide), Assets.PageLinks.Targets(result)))
                .WithTrackingName(TrackingNames.CatalogEntries)
                .Collect()
                .Combine(options.Select(static (o, _) => o.DefaultLanguage))
                .Select(static (pair, _) => CatalogBuilder.Build(WithoutNulls(pair.Left), pair.Right))
                .WithTrackingName(TrackingNames.Catalog);
            var catalogAndSettings = catalog.Combine(settings);

            // The project's [GuideFields] class: found by its attribute, then read from each new compilation (a class or
            // an enum it uses may change in another file), into plain values that compare equal while it is the same.
            var fieldsClasses = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    "Guides.GuideFieldsAttribute",
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                    static (attributed, _) => MetadataName((INamedTypeSymbol)attributed.TargetSymbol))
                .WithTrackingName(TrackingNames.FieldsClasses)
                .Collect();
            var fieldsShape = fieldsClasses
                .Combine(context.CompilationProvider)
                .Select(static (pair, cancellationToken) => ReadFieldsClasses(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.FieldsShape);
            context.RegisterSourceOutput(fieldsShape, static (spc, shape) => Report(spc, shape.Diagnostics));
            var fieldsSetup = fieldsShape
                .Combine(options.Select(static (o, _) => o.UndeclaredFields))
                .Select(static (pair, _) => new Fields.GuideFieldsSetup(pair.Left.Shape, pair.Right))
                .WithTrackingName(TrackingNames.FieldsSetup);

            // The project's front-matter schema, with its own fields and the site's settings: into the assembly's metadata, for the build to write.
            context.RegisterSourceOutput(
                fieldsSetup.Combine(features).Combine(options.Select(static (o, _) => o.SiteFormat)),
                static (spc, pair) => EmitSchema(spc, pair.Left.Left, pair.Left.Right, pair.Right));

            // The files of the content folder that are not guides, as the build read them (the generator opens none).
            var assetTable = files
                .Select(static (pair, cancellationToken) => Paths.ContentRoot.SamePath(pair.Left.Path, pair.Right.AssetManifest) ? Assets.AssetFactsReader.Read(pair.Left.GetText(cancellationToken)) : null)
                .WithTrackingName(TrackingNames.AssetFacts)
                .Collect()
                .Select(static (tables, _) => First(tables) ?? AssetTable.Empty)
                .WithTrackingName(TrackingNames.AssetTable);
            var assetSetup = assetTable
                .Combine(options.Select(static (o, _) => (o.AssetSettings, o.ContentFolder)))
                .WithTrackingName(TrackingNames.AssetSetup);

            // Each file learns from the catalog only whether it is left out and whether its property is the guide's;
            // its diagnostics are reported with it, left out or not.
            // The whole-library inputs are combined first, so that each guide goes through one Combine, not three.
            var jobSetup = catalogAndSettings
                .Combine(fieldsSetup)
                .Combine(assetSetup);
            var guides = parsed
                .Combine(jobSetup)
                .Select((pair, _) => Job(pair.Left, pair.Right.Left.Left.Left, pair.Right.Left.Left.Right, pair.Right.Left.Right, pair.Right.Right, memo))
                .WithTrackingName(TrackingNames.GuideJobs);

            // GUIDE046: files of the content folder that no guide uses (they are shipped all the same).
            var unused = parsed
                .Select(static (result, _) => result is null || result.IsLeftOutDraft ? EquatableArray<string>.Empty : Assets.AssetFactsReader.PathsUsed(result))
                .WithTrackingName(TrackingNames.AssetsUsed)
                .Collect()
                .Combine(assetTable)
                .Combine(options.Select(static (o, _) => o.Shard is null))
                // A shard sees files that other shards' guides use: it cannot tell which are unused.
                .Select(static (pair, _) => pair.Right ? Assets.AssetFactsReader.Unused(pair.Left.Left, pair.Left.Right) : EquatableArray<DiagnosticInfo>.Empty)
                .WithTrackingName(TrackingNames.AssetsUnused);
            context.RegisterSourceOutput(unused, static (spc, diagnostics) => Report(spc, diagnostics));

            context.RegisterSourceOutput(guides, static (spc, job) => ReportGuideDiagnostics(spc, job));

            // Each guide's code is emitted when the guide changes. Guides are written several to a file (GuideFileLayout
            // says why), each file put together from the code of its guides: editing one guide rewrites its file alone.
            var code = guides
                .Select((job, _) => job?.Emission is { } emission ? memo.Emit(emission, job.Settings, static (e, s) => EmitGuide(e, s)) : null)
                .WithTrackingName(TrackingNames.GuideCode)
                .Collect()
                .Combine(settings);

            var guideFiles = code
                .SelectMany(static (pair, _) => GuideFileLayout.Split(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.GuideSourceFiles);

            context.RegisterSourceOutput(guideFiles, static (spc, file) => EmitGuides(spc, file));

            // The guides' records, outside a hot-reload build, are written for the build's output alone (an implementation
            // output, which the IDE does not run): typing in a guide never writes or packs its record.
            // The library's preset dictionary, from its guides' words: every guide's data depends on it.
            var dictionary = guides
                .Select(static (job, _) => job?.Emission)
                .Collect()
                .Combine(settings)
                .Select(static (pair, _) => LibraryDictionary.For(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.PackingDictionary);
            context.RegisterImplementationSourceOutput(dictionary.Combine(settings), static (spc, pair) => EmitDictionary(spc, pair.Left, pair.Right));
            var guideData = guides
                .Combine(dictionary)
                .Select(static (pair, _) => pair.Left?.Emission is { } emission ? EmitGuideData(emission, pair.Left.Settings, pair.Right) : null)
                .WithTrackingName(TrackingNames.GuideData)
                .Collect()
                .Combine(settings)
                .SelectMany(static (pair, _) => GuideFileLayout.Split(pair.Left, pair.Right, "Data"))
                .WithTrackingName(TrackingNames.GuideDataFiles);
            context.RegisterImplementationSourceOutput(guideData, static (spc, file) => EmitGuides(spc, file));

            // The catalog's class needs its groups and folders, not the pages' anchors and backlinks: typing in a heading
            // changes those, and leaves the catalog's file as it was.
            var catalogToEmit = catalog
                .Select(static (model, _) => model with { Placements = EquatableArray<CatalogPlacement>.Empty, Pages = EquatableArray<CatalogPage>.Empty })
                .WithTrackingName(TrackingNames.CatalogToEmit);
            context.RegisterSourceOutput(catalogToEmit.Combine(settings), static (spc, pair) => EmitCatalog(spc, pair.Left, pair.Right));

            // The search index, from every guide as emitted: built for the build's output alone (an implementation output,
            // which the IDE does not run), so that typing in a guide never rebuilds it.
            var searchIndex = guides
                .Select(static (job, _) => job?.Emission?.Guide)
                .WithTrackingName(TrackingNames.SearchSources)
                .Collect()
                .Combine(catalog)
                .Select(static (pair, _) => BuildSearchIndex(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.SearchIndex);
            context.RegisterImplementationSourceOutput(searchIndex.Combine(settings), static (spc, pair) => EmitSearchIndex(spc, pair.Left, pair.Right));

            // A shard writes into its assembly its guide files and its links to other shards' guides (Shards.ShardManifest),
            // for the library project over the shards; an implementation output, which the IDE does not run.
            var shardData = parsed
                .Combine(options.Select(static (o, _) => (o.Shard, o.DefaultLanguage)))
                .Select(static (pair, _) => Shards.ShardLinks.Of(pair.Left, pair.Right.Shard, pair.Right.DefaultLanguage))
                .WithTrackingName(TrackingNames.ShardLinks)
                .Collect()
                .Combine(catalog)
                .Combine(options)
                .Select(static (pair, _) => pair.Right.Shard is null ? null : Shards.ShardLinks.Output(pair.Right, pair.Left.Right, pair.Left.Left))
                .WithTrackingName(TrackingNames.ShardData);
            context.RegisterImplementationSourceOutput(shardData, static (spc, data) => EmitShardData(spc, data));

            // A library project over shards: its catalog is one library over the shards it references, whose links to each
            // other are checked here.
            var shardLibrary = context.CompilationProvider
                .Combine(options.Select(static (o, _) => o.IsShardLibrary))
                .Select(static (pair, _) => Shards.ShardLibrary.Read(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ShardReferences)
                .Combine(options)
                .Select(static (pair, _) => pair.Right.IsShardLibrary ? Shards.ShardLibrary.Build(pair.Left, pair.Right.DefaultLanguage, pair.Right.AssetSettings) : null)
                .WithTrackingName(TrackingNames.ShardLibrary);
            context.RegisterSourceOutput(shardLibrary.Combine(settings), static (spc, pair) => EmitShardLibrary(spc, pair.Left, pair.Right));

            // GUIDE023: with string literals (C# < 11), the library's strings near the compiler's 16 MiB heap. Each guide's
            // bytes are counted with its code, and only then.
            var literalBytes = code
                .Select(static (pair, _) => pair.Right.Utf8Records ? default : LiteralBudget(pair.Left))
                .WithTrackingName(TrackingNames.LiteralBytes);
            context.RegisterSourceOutput(literalBytes, static (spc, budget) => ReportLiteralBudget(spc, budget));
        }

        /// <summary>A guide file's job: its place in the catalog, its own fields checked, its diagnostics.</summary>
        private static GuideJob? Job(
            GuideParseResult? result, CatalogModel catalog, EmitSettings settings, Fields.GuideFieldsSetup fields,
            (AssetTable Table, (AssetSettings Settings, string ContentFolder) Options) assets, WorkMemo memo)
        {
            if (result is null || result.IsLeftOutDraft)
            {
                return null;
            }

            Fields.GuideFieldsCode checkedFields;
            try
            {
                checkedFields = Fields.GuideFieldsCheck.For(result, fields, settings.Features);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                checkedFields = new Fields.GuideFieldsCode(null, null, new EquatableArray<DiagnosticInfo>(new[]
                {
                    DiagnosticInfo.Create(GuideDiagnostics.InternalError, LocationInfo.FileStart(result.FilePath), "checking the front matter's own fields: " + e.GetType().Name + ": " + e.Message),
                }));
            }

            var resolved = ResolveAssets(result, catalog, assets.Table, assets.Options.Settings, assets.Options.ContentFolder, settings.Options.Shard, memo);
            var diagnostics = result.Diagnostics;
            if (checkedFields.Diagnostics.Count > 0 || resolved.Diagnostics.Count > 0)
            {
                diagnostics = result.Diagnostics.Concat(checkedFields.Diagnostics).Concat(resolved.Diagnostics).ToEquatableArray();
            }

            return new GuideJob(
                catalog.Placement(result.FilePath) is { } placement
                    ? new GuideToEmit(resolved.Guide, placement.IsPrimary, placement.MemberPath, checkedFields.FieldsCode, checkedFields.ExtraFieldsCode, placement.LinkedFrom)
                    : null,
                diagnostics,
                settings);
        }

        /// <summary>The guide with its files' URLs and sizes, and the diagnostics at its links; taken from the memo while its files' facts are the same.</summary>
        private static Assets.ResolvedAssets ResolveAssets(
            GuideParseResult result, CatalogModel catalog, AssetTable table, AssetSettings settings, string contentFolder, Shards.ShardSelection? shard, WorkMemo memo)
        {
            if (result.Assets.Count == 0)
            {
                return new Assets.ResolvedAssets(result.Guide, EquatableArray<DiagnosticInfo>.Empty);
            }

            var facts = Assets.AssetResolver.FactsFor(result, table);
            var targets = Assets.AssetResolver.TargetsFor(result, catalog, shard);
            return memo.Resolve(result, (facts, targets, settings, contentFolder), key =>
            {
                try
                {
                    var display = new ContentSettings(string.Empty, string.Empty, key.Item4);
                    return Assets.AssetResolver.Resolve(result, key.Item1, key.Item2, key.Item3, display.DisplayPath, table.FindIgnoringCase);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return new Assets.ResolvedAssets(result.Guide, new EquatableArray<DiagnosticInfo>(new[]
                    {
                        DiagnosticInfo.Create(GuideDiagnostics.InternalError, LocationInfo.FileStart(result.FilePath), "checking the guide's images and files: " + e.GetType().Name + ": " + e.Message),
                    }));
                }
            });
        }

        /// <summary>The metadata name of a type (<c>Ns.Outer+Inner</c>), to find it again in a later compilation.</summary>
        private static string MetadataName(INamedTypeSymbol type)
        {
            if (type.ContainingType is { } outer)
            {
                return MetadataName(outer) + "+" + type.MetadataName;
            }

            return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
        }

        /// <summary>The [GuideFields] class of the compilation, read into plain values, and the diagnostics of its properties.</summary>
        private static Fields.FieldsShapeResult ReadFieldsClasses(System.Collections.Immutable.ImmutableArray<string> names, Compilation compilation, CancellationToken cancellationToken)
        {
            if (names.IsEmpty)
            {
                return s_noFields;
            }

            var results = new System.Collections.Generic.List<Fields.FieldsShapeResult>();
            foreach (var name in names.Distinct())
            {
                if (compilation.GetTypeByMetadataName(name) is not { } type)
                {
                    continue;
                }

                try
                {
                    results.Add(Fields.FieldsShapeReader.Read(type, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var at = type.Locations.FirstOrDefault() is { } location ? LocationInfo.From(location) : LocationInfo.FileStart(string.Empty);
                    return s_noFields with
                    {
                        Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(GuideDiagnostics.InternalError, at, "reading " + name + ": " + e.GetType().Name + ": " + e.Message) }),
                    };
                }
            }

            var (chosen, duplicates) = Fields.FieldsShapeReader.Choose(results);
            return chosen is null ? s_noFields : chosen with { Diagnostics = chosen.Diagnostics.Concat(duplicates).ToEquatableArray() };
        }

        private static readonly Fields.FieldsShapeResult s_noFields = new(null, string.Empty, LocationInfo.FileStart(string.Empty), EquatableArray<DiagnosticInfo>.Empty);

        /// <summary>The bytes of the guides' string literals, and the number of guides.</summary>
        private static (long Bytes, int Guides) LiteralBudget(System.Collections.Immutable.ImmutableArray<EmittedGuide?> guides)
        {
            long bytes = 0;
            var count = 0;
            foreach (var guide in guides)
            {
                if (guide is not null)
                {
                    bytes += guide.LiteralBytes;
                    count++;
                }
            }

            return (bytes, count);
        }

        private static void ReportLiteralBudget(SourceProductionContext context, (long Bytes, int Guides) budget)
        {
            if (budget.Guides > 0 && StringHeapBudget.Warning(budget.Bytes, budget.Guides) is { } message)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.LibraryNearLimit, Location.None, message));
            }
        }

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
        {
            // The package's build files hand settings that may hold ';' or '#' escaped (an analyzer config value ends at
            // either): _{name}ForCompiler, with {semicolon} and {hash}. A setting given as it is (tests, other hosts) is read too.
            string? Get(string name) =>
                options.TryGetValue("build_property._" + name + "ForCompiler", out var escaped) && !string.IsNullOrWhiteSpace(escaped)
                    ? escaped.Replace("{semicolon}", ";").Replace("{hash}", "#").Trim()
                    : options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

            var problems = new System.Collections.Generic.List<SettingProblem>();
            var site = SiteFormat.Parse(Get("GuidesFieldNames"), Get("GuidesDateFormats"), Get("GuidesRequiredFields"), Get("GuidesSitePath"), Get("GuidesShortcodes"), problems);
            var brokenLinks = Get("GuidesBrokenLinks")?.ToLowerInvariant();
            if (brokenLinks is not null and not "error" and not "warning")
            {
                problems.Add(new SettingProblem("GuidesBrokenLinks", brokenLinks, "write 'error' (the default) or 'warning'"));
            }

            return new GeneratorOptions(
                Get("GuidesNamespace") ?? Get("RootNamespace") ?? GeneratorOptions.DefaultNamespace,
                Get("GuidesCatalogName") ?? GeneratorOptions.DefaultCatalogName,
                !string.Equals(Get("GuidesVisibility"), "internal", StringComparison.OrdinalIgnoreCase),
                LanguageTag.Normalize(Get("GuidesDefaultLanguage") ?? string.Empty) ?? GeneratorOptions.DefaultDefaultLanguage,
                Get("GuidesContentFolder") ?? GeneratorOptions.DefaultContentFolder,
                string.Equals(Get("GuidesIncludeDrafts"), "true", StringComparison.OrdinalIgnoreCase),
                Paths.ContentFilter.Parse(Get("GuidesExclude")),
                Get("GuidesUndeclaredFields")?.ToLowerInvariant() switch
                {
                    "ignore" => UndeclaredFields.Ignore,
                    "error" => UndeclaredFields.Error,
                    _ => UndeclaredFields.Warn,
                },
                new AssetSettings(
                    Get("GuidesAssetBaseUrl") ?? AssetSettings.DefaultBaseUrl,
                    long.TryParse(Get("GuidesMaxFileSize"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) && max > 0
                        ? max
                        : AssetSettings.DefaultMaxLength,
                    Get("GuidesLinkFormat") ?? Assets.PageLinks.DefaultFormat,
                    brokenLinks == "warning"),
                ReadingSpeed.Parse(Get("GuidesWordsPerMinute")),
                Get("GuidesCompressText")?.ToLowerInvariant() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => null,
                },
                site == SiteFormat.Default ? null : site,
                problems.ToEquatableArray(),
                Paths.ContentRoot.Normalize(Get("GuidesContentRoot")),
                Get("GuidesAssetManifest"),
                Shards.ShardSelection.Parse(Get("GuidesShardFolders"), Get("GuidesShardLanguages")),
                string.Equals(Get("GuidesShardLibrary"), "true", StringComparison.OrdinalIgnoreCase));
        }

        private static LanguageFeatures ReadFeatures(ParseOptions parseOptions, Compilation compilation)
        {
            var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            var spanDecoding = encoding is not null && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m =>
                m.Parameters.Length == 1 && m.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", Arity: 1 });
            // Hot reload: a Debug build (Edit and Continue needs unoptimized code) that can name a metadata update handler.
            var handler = compilation.GetTypeByMetadataName("System.Reflection.Metadata.MetadataUpdateHandlerAttribute");
            return new LanguageFeatures(
                NullableAnnotations: version >= LanguageVersion.CSharp8,
                Utf8Literals: version >= LanguageVersion.CSharp11 && spanDecoding,
                Optimized: compilation.Options.OptimizationLevel == OptimizationLevel.Release,
                HotReload: compilation.Options.OptimizationLevel == OptimizationLevel.Debug && handler is not null && compilation.IsSymbolAccessibleWithin(handler, compilation.Assembly),
                SpanRecords: compilation.GetTypeByMetadataName("Guides.GuideRecord") is { DeclaredAccessibility: Accessibility.Public } record && !record.GetMembers("Data").IsEmpty);
        }

        private static AssetTable? First(System.Collections.Immutable.ImmutableArray<AssetTable?> tables)
        {
            foreach (var table in tables)
            {
                if (table is not null)
                {
                    return table;
                }
            }

            return null;
        }

        private static GuideParseResult Parse(AdditionalText file, string relativePath, ContentSettings settings, CancellationToken cancellationToken)
        {
            SourceText? text;
            try
            {
                text = file.GetText(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                text = null;
            }

            return GuideParser.Parse(file.Path, relativePath, text, settings, cancellationToken);
        }

        private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static System.Collections.Immutable.ImmutableArray<CatalogEntry> WithoutNulls(System.Collections.Immutable.ImmutableArray<CatalogEntry?> entries)
        {
            var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<CatalogEntry>(entries.Length);
            foreach (var entry in entries)
            {
                if (entry is not null)
                {
                    builder.Add(entry);
                }
            }

            return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
        }

        private static void ReportGuideDiagnostics(SourceProductionContext context, GuideJob? job)
        {
            if (job is not null)
            {
                Report(context, job.Diagnostics);
            }
        }

        /// <summary>A guide's code; a comment in its place if emitting it failed (GUIDE099 says where).</summary>
        internal static EmittedGuide EmitGuide(GuideToEmit emission, EmitSettings settings)
        {
            var guide = emission.Guide;
            try
            {
                return new EmittedGuide(
                    emission.MemberPath, guide.Language, guide.FilePath, GuideEmitter.Property(emission, settings, guide), GuideEmitter.Guide(emission, settings), Failure: null,
                    settings.Utf8Records ? 0 : StringHeapBudget.Bytes(guide));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var (property, code) = GuideEmitter.Unwritten(emission, settings);
                return new EmittedGuide(
                    emission.MemberPath, guide.Language, guide.FilePath, property, code,
                    DiagnosticInfo.Create(GuideDiagnostics.InternalError, LocationInfo.FileStart(guide.FilePath), e.GetType().Name + ": " + e.Message),
                    LiteralBytes: 0);
            }
        }

        /// <summary>A guide's record in the build's output (<see cref="GuideEmitter.Data"/>); null when it is in the guide's holder.</summary>
        internal static EmittedGuide? EmitGuideData(GuideToEmit emission, EmitSettings settings, LibraryDictionary dictionary)
        {
            var guide = emission.Guide;
            try
            {
                return GuideEmitter.Data(emission, settings, dictionary) is { } code
                    ? new EmittedGuide(emission.MemberPath, guide.Language, guide.FilePath, string.Empty, code, Failure: null, LiteralBytes: 0)
                    : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The record of an empty guide of the same id and language: the guide reads as empty, GUIDE099 says why.
                return new EmittedGuide(
                    emission.MemberPath, guide.Language, guide.FilePath, string.Empty, GuideEmitter.UnwrittenData(emission, settings) ?? string.Empty,
                    DiagnosticInfo.Create(GuideDiagnostics.InternalError, LocationInfo.FileStart(guide.FilePath), "writing the guide's data: " + e.GetType().Name + ": " + e.Message),
                    LiteralBytes: 0);
            }
        }

        private static void EmitDictionary(SourceProductionContext context, LibraryDictionary dictionary, EmitSettings settings)
        {
            if (dictionary.Length == 0)
            {
                return;
            }

            try
            {
                var file = new GuideSourceFile(
                    settings.Options.CatalogName + ".Dictionary.g.cs", EquatableArray<string>.Empty, new EquatableArray<string>(new[] { GuideEmitter.Dictionary(dictionary, settings) }), EquatableArray<DiagnosticInfo>.Empty, settings);
                context.AddSource(file.HintName, GuideEmitter.File(file));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, "writing the guides' dictionary: " + e.GetType().Name + ": " + e.Message));
            }
        }

        private static void EmitGuides(SourceProductionContext context, GuideSourceFile file)
        {
            Report(context, file.Failures);
            try
            {
                context.AddSource(file.HintName, GuideEmitter.File(file));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, e.GetType().Name + ": " + e.Message));
            }
        }

        private static void EmitSchema(SourceProductionContext context, Fields.GuideFieldsSetup setup, LanguageFeatures features, SiteFormat site)
        {
            try
            {
                var schema = Fields.FieldsSchema.For(setup.Shape, setup.Undeclared, site);
                context.AddSource(SchemaEmitter.HintName, SourceText.From(SchemaEmitter.Emit(schema, features), System.Text.Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, "writing the front matter's schema: " + e.GetType().Name + ": " + e.Message));
            }
        }

        private static (EquatableArray<byte> Index, DiagnosticInfo? Failure) BuildSearchIndex(System.Collections.Immutable.ImmutableArray<GuideModel?> guides, CatalogModel catalog)
        {
            try
            {
                return (Search.SearchIndexBuilder.Build(guides, catalog), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (EquatableArray<byte>.Empty, DiagnosticInfo.Create(GuideDiagnostics.InternalError, LocationInfo.FileStart(string.Empty), "building the search index: " + e.GetType().Name + ": " + e.Message));
            }
        }

        private static void EmitShardData(SourceProductionContext context, Shards.ShardOutput? shard)
        {
            if (shard is null)
            {
                return;
            }

            Report(context, shard.Diagnostics);
            var text = "// <auto-generated/>\n[assembly: global::" + Shards.ShardManifest.AttributeName + "(" + CSharpLiteral.Quote(shard.Text) + ")]\n";
            context.AddSource("GuideShard.g.cs", SourceText.From(text, System.Text.Encoding.UTF8));
        }

        private static void EmitShardLibrary(SourceProductionContext context, Shards.ShardLibraryModel? library, EmitSettings settings)
        {
            if (library is null)
            {
                return;
            }

            Report(context, library.Diagnostics);
            try
            {
                context.AddSource(Shards.ShardLibrary.HintName, SourceText.From(Shards.ShardLibrary.Emit(library, settings), System.Text.Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, "writing the library of shards: " + e.GetType().Name + ": " + e.Message));
            }
        }

        private static void EmitSearchIndex(SourceProductionContext context, (EquatableArray<byte> Index, DiagnosticInfo? Failure) search, EmitSettings settings)
        {
            if (settings.Options.IsShardLibrary)
            {
                return;
            }

            if (search.Failure is { } failure)
            {
                context.ReportDiagnostic(failure.ToDiagnostic());
                return;
            }

            try
            {
                foreach (var (hintName, text) in SearchEmitter.EmitFiles(search.Index, settings))
                {
                    context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, "writing the search index: " + e.GetType().Name + ": " + e.Message));
            }
        }

        private static void EmitCatalog(SourceProductionContext context, CatalogModel catalog, EmitSettings settings)
        {
            Report(context, catalog.Diagnostics);
            if (settings.Options.IsShardLibrary)
            {
                // The catalog is the library of shards (EmitShardLibrary).
                return;
            }

            try
            {
                foreach (var (hintName, text) in CatalogEmitter.EmitFiles(catalog, settings))
                {
                    context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GuideDiagnostics.InternalError, Location.None, e.GetType().Name + ": " + e.Message));
            }
        }
    }
}
