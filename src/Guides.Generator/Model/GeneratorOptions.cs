namespace Guides.Generator.Model
{
    /// <summary>The consuming project's settings (MSBuild properties), read once for every guide.</summary>
    internal sealed record GeneratorOptions(
        string Namespace, string CatalogName, bool IsPublic, string DefaultLanguage, string ContentFolder = GeneratorOptions.DefaultContentFolder,
        bool IncludeDrafts = false, Paths.EquatableGlobs Exclude = default, UndeclaredFields UndeclaredFields = UndeclaredFields.Warn,
        AssetSettings? Assets = null, ReadingSpeed? Reading = null, bool? CompressText = null, SiteFormat? Site = null,
        EquatableArray<SettingProblem> SettingProblems = default, string? ContentRoot = null, string? AssetManifest = null,
        Shards.ShardSelection? Shard = null, bool IsShardLibrary = false)
    {
        // Shard: the part of the content folder this project compiles (GuidesShardFolders, GuidesShardLanguages), null for
        // all of it. IsShardLibrary (GuidesShardLibrary): the catalog is one library over the shards the project references.

        // ContentRoot: the content folder's full path, '/' separators and a final '/' (Paths.ContentRoot): which additional
        // files are guides. AssetManifest: the full path of the build's manifest of the content folder's other files
        // (Guides.Build.AssetManifest). Both are machine paths: they choose inputs, and never reach the generated code.

        /// <summary>How the site the guides come from writes its pages (<c>GuidesFieldNames</c> and the like).</summary>
        public SiteFormat SiteFormat => Site ?? SiteFormat.Default;

        /// <summary>The reading rates <c>Guide.ReadingTime</c> is computed with (<c>GuidesWordsPerMinute</c>).</summary>
        public ReadingSpeed ReadingSpeed => Reading ?? ReadingSpeed.Default;

        /// <summary>How the guides' images and files are checked and addressed.</summary>
        public AssetSettings AssetSettings => Assets ?? AssetSettings.Default;

        public const string DefaultContentFolder = "content";

        /// <summary>What reading a guide depends on: a change of anything else leaves every parsed guide cached.</summary>
        public ContentSettings Content => new(CatalogName, DefaultLanguage, ContentFolder, IncludeDrafts, Exclude, Site);

        public const string DefaultNamespace = "Guides.Generated";
        public const string DefaultCatalogName = "GuideCatalog";
        public const string DefaultDefaultLanguage = "en";

        public string Accessibility => IsPublic ? "public" : "internal";

        /// <summary>
        /// The namespace of the catalog's internal classes (each guide's holder, the library, its dictionary):
        /// <c>Guides.Generated.GuideCatalogRecords</c>. Not nested in the catalog class, so that the catalog class is declared
        /// in a few files only however many guides there are.
        /// </summary>
        public string RecordsNamespace => Namespace + "." + CatalogName + "Records";
    }

    /// <summary>
    /// The settings a guide is read with: the catalog's name (no property may take it), the language of a guide whose path
    /// and front matter name none, the content folder as the project names it (messages give paths from it), whether
    /// drafts are guides, the globs of files that are not guides, and how the site the guides come from writes its pages.
    /// </summary>
    internal sealed record ContentSettings(
        string CatalogName, string DefaultLanguage, string ContentFolder, bool IncludeDrafts = false, Paths.EquatableGlobs Exclude = default, SiteFormat? Site = null)
    {
        /// <summary>How the site writes its pages: the guide format's own way unless the project says otherwise.</summary>
        public SiteFormat Format => Site ?? SiteFormat.Default;

        public static readonly ContentSettings Default = new(GeneratorOptions.DefaultCatalogName, GeneratorOptions.DefaultDefaultLanguage, GeneratorOptions.DefaultContentFolder);

        /// <summary>A path under the content folder as the project names it (<c>content/en/ameli.md</c>), for messages.</summary>
        public string DisplayPath(string relativePath) => ContentFolder.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relativePath.Replace('\\', '/');
    }

    /// <summary>What <c>GuidesUndeclaredFields</c> does with a front-matter key that neither the guide format nor the project's <c>[GuideFields]</c> class declares.</summary>
    internal enum UndeclaredFields
    {
        /// <summary>GUIDE017 (a warning); the value is kept in <c>Guide.ExtraFields</c>.</summary>
        Warn = 0,

        /// <summary>No diagnostic; the value is kept in <c>Guide.ExtraFields</c>.</summary>
        Ignore = 1,

        /// <summary>GUIDE036 (an error); the value is not kept.</summary>
        Error = 2,
    }

    /// <summary>
    /// What the consuming compilation's language version and libraries allow the generated code to use, and how it is
    /// built. <paramref name="Optimized"/>: a Release build (guides' text packed unless <c>GuidesCompressText</c> says
    /// otherwise). With <paramref name="HotReload"/> (a Debug build, not optimized, on a framework with
    /// <c>MetadataUpdateHandlerAttribute</c>) the code is shaped for Edit and Continue: an edit of a guide's text changes
    /// method bodies only, and a handler drops the guides created before it. <paramref name="SpanRecords"/>: the runtime reads
    /// records from spans (<c>Guides.GuideRecord.Data</c>, its .NET 8 build), so that a record can be a <c>"..."u8</c> literal.
    /// </summary>
    internal sealed record LanguageFeatures(bool NullableAnnotations, bool Utf8Literals, bool Optimized = false, bool HotReload = false, bool SpanRecords = false)
    {
        /// <summary><c>?</c> after a reference type that may be null, when the language has nullable annotations.</summary>
        public string Nullable => NullableAnnotations ? "?" : string.Empty;

        /// <summary>C# 11 or later on .NET 8 or later.</summary>
        public static readonly LanguageFeatures Latest = new(true, true, SpanRecords: true);
    }

    /// <summary>All the settings an emitted file depends on.</summary>
    internal sealed record EmitSettings(GeneratorOptions Options, LanguageFeatures Features)
    {
        /// <summary>
        /// Whether each guide's text past its title, description, category and platform is packed (Deflate, unpacked on
        /// first read): <c>GuidesCompressText</c>, by default in optimized (Release) builds.
        /// </summary>
        public bool PackText => Options.CompressText ?? Features.Optimized;

        /// <summary>Whether records are <c>"..."u8</c> literals (C# 11 on a runtime that reads spans), not string literals.</summary>
        public bool Utf8Records => Features.Utf8Literals && Features.SpanRecords;
    }
}
