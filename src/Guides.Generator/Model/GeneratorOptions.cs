namespace Guides.Generator.Model
{
    /// <summary>The consuming project's settings (MSBuild properties), read once for every guide.</summary>
    internal sealed record GeneratorOptions(string Namespace, string CatalogName, bool IsPublic, string DefaultLanguage)
    {
        public const string DefaultNamespace = "Guides.Generated";
        public const string DefaultCatalogName = "GuideCatalog";
        public const string DefaultDefaultLanguage = "en";

        public string Accessibility => IsPublic ? "public" : "internal";
    }

    /// <summary>What the consuming compilation's language version and libraries allow the generated code to use.</summary>
    internal sealed record LanguageFeatures(bool NullableAnnotations, bool Utf8Literals)
    {
        /// <summary>C# 11 or later on .NET 8 or later.</summary>
        public static readonly LanguageFeatures Latest = new(true, true);
    }

    /// <summary>All the settings an emitted file depends on.</summary>
    internal sealed record EmitSettings(GeneratorOptions Options, LanguageFeatures Features);
}
