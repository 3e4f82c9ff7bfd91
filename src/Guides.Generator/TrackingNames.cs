namespace Guides.Generator
{
    /// <summary>The names of the pipeline's steps, as the caching tests read them.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string Features = nameof(Features);
        public const string Settings = nameof(Settings);
        public const string ParsedGuides = nameof(ParsedGuides);
        public const string CatalogEntries = nameof(CatalogEntries);
        public const string Catalog = nameof(Catalog);
        public const string CatalogToEmit = nameof(CatalogToEmit);
        public const string GuideJobs = nameof(GuideJobs);
        public const string GuideCode = nameof(GuideCode);
        public const string GuideSourceFiles = nameof(GuideSourceFiles);
        public const string GuideData = nameof(GuideData);
        public const string PackingDictionary = nameof(PackingDictionary);
        public const string GuideDataFiles = nameof(GuideDataFiles);
        public const string LiteralBytes = nameof(LiteralBytes);
        public const string FieldsClasses = nameof(FieldsClasses);
        public const string FieldsShape = nameof(FieldsShape);
        public const string FieldsSetup = nameof(FieldsSetup);
        public const string AssetFacts = nameof(AssetFacts);
        public const string SearchSources = nameof(SearchSources);
        public const string SearchIndex = nameof(SearchIndex);
        public const string AssetTable = nameof(AssetTable);
        public const string AssetSetup = nameof(AssetSetup);
        public const string AssetsUsed = nameof(AssetsUsed);
        public const string AssetsUnused = nameof(AssetsUnused);
        public const string ShardLinks = nameof(ShardLinks);
        public const string ShardData = nameof(ShardData);
        public const string ShardReferences = nameof(ShardReferences);
        public const string ShardLibrary = nameof(ShardLibrary);
    }
}
