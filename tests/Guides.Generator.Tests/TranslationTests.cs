using System.Globalization;
using System.Reflection;
using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>Files with the same id in different languages are one guide with several translations.</summary>
public sealed class TranslationTests
{
    private static string Guide(string language, string title, int steps = 1, int faq = 0, string extra = "")
    {
        var stepText = string.Concat(Enumerable.Range(1, steps).Select(i => $"### Step {i}: Do {i}\n\nText {i}.\n\n"));
        var faqText = faq == 0 ? string.Empty : "faq:\n" + string.Concat(Enumerable.Range(1, faq).Select(i => $"  - question: \"Q{i}?\"\n    answer: \"A{i}.\"\n"));
        return $"---\ntitle: \"{title}\"\ndescription: \"d\"\ncategory: \"c\"\nlang: \"{language}\"\ndate: \"2026-01-01\"\n{extra}{faqText}---\n\n## Steps\n\n{stepText}";
    }

    private static Catalog Run(IReadOnlyDictionary<string, string>? properties, params GuideInput[] guides)
    {
        var output = GeneratorHarness.Run(guides, properties: properties);
        Assert.Empty(output.CompilerProblems);
        return new Catalog(output);
    }

    [Fact]
    public void Folders_give_one_guide_with_a_translation_per_language()
    {
        var catalog = Run(null, new GuideInput("fr/taxes.md", Guide("fr", "Impôts")), new GuideInput("en/taxes.md", Guide("en", "Taxes")));

        Assert.Equal(1, catalog.Count);
        Assert.Equal("Taxes", catalog.Property("Taxes").Title);
        Assert.Equal(["en", "fr"], catalog.Property("Taxes").Translations.Select(t => t.Language));
        Assert.Equal(["Taxes", "Impôts"], catalog.Property("Taxes").Translations.Select(t => t.Title));
        Assert.All(catalog.Property("Taxes").Translations, t => Assert.Equal("taxes", t.Id));
        Assert.Same(catalog.Property("Taxes"), catalog.Property("Taxes").Translations[0]);
        Assert.Single(catalog.All);
        Assert.Equal(["en", "fr"], catalog.Languages);
    }

    [Fact]
    public void The_default_language_is_an_msbuild_property()
    {
        var catalog = Run(
            new Dictionary<string, string> { ["GuidesDefaultLanguage"] = "fr" },
            new GuideInput("fr/taxes.md", Guide("fr", "Impôts")),
            new GuideInput("en/taxes.md", Guide("en", "Taxes")));

        Assert.Equal("Impôts", catalog.Property("Taxes").Title);
        Assert.Equal("Impôts", catalog.Find("taxes")!.Title);
        Assert.Equal("Impôts", Assert.Single(catalog.All).Title);
    }

    [Fact]
    public void Language_suffixes_work_like_folders()
    {
        var catalog = Run(null, new GuideInput("taxes.fr.md", Guide("fr", "Impôts")), new GuideInput("taxes.en-GB.md", Guide("en-GB", "Taxes")));

        Assert.Equal(["en-GB", "fr"], catalog.Property("Taxes").Translations.Select(t => t.Language));
        // No English: the default language's region variant is the guide's default.
        Assert.Equal("en-GB", catalog.Property("Taxes").Language);
    }

    [Fact]
    public void A_translation_key_links_files_whose_names_differ()
    {
        var catalog = Run(
            null,
            new GuideInput("en/income-tax.md", Guide("en", "Income tax", extra: "translationKey: \"taxes\"\n")),
            new GuideInput("fr/impots.md", Guide("fr", "Impôts", extra: "translationKey: \"taxes\"\n")));

        Assert.Equal(1, catalog.Count);
        Assert.Equal(["taxes"], catalog.Ids);
        Assert.Equal(["Income tax", "Impôts"], catalog.Property("Taxes").Translations.Select(t => t.Title));
    }

    [Theory]
    [InlineData("fr-CA", "Impôts")]
    [InlineData("fr-FR", "Impôts")]
    [InlineData("fr", "Impôts")]
    [InlineData("en-GB", "Taxes")]
    [InlineData("de-DE", "Taxes")]
    [InlineData("", "Taxes")]
    public void Find_by_culture_falls_back_as_resource_manager_does(string culture, string expected)
    {
        var catalog = Run(null, new GuideInput("fr/taxes.md", Guide("fr", "Impôts")), new GuideInput("en/taxes.md", Guide("en", "Taxes")));

        Assert.Equal(expected, catalog.Find("taxes", CultureInfo.GetCultureInfo(culture))!.Title);
        Assert.Null(catalog.Find("unknown", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Find_by_culture_uses_any_translation_when_neither_culture_nor_default_exists()
    {
        var catalog = Run(null, new GuideInput("de/steuern.md", Guide("de", "Steuern")), new GuideInput("fr/steuern.md", Guide("fr", "Impôts")));

        Assert.Equal("Steuern", catalog.Find("steuern", CultureInfo.GetCultureInfo("ja-JP"))!.Title);
    }

    [Fact]
    public void The_catalog_lists_the_guides_of_one_language()
    {
        var catalog = Run(
            null,
            new GuideInput("fr/taxes.md", Guide("fr", "Impôts")),
            new GuideInput("en/taxes.md", Guide("en", "Taxes")),
            new GuideInput("fr/vote.md", Guide("fr", "Voter")));

        Assert.Equal(["Impôts", "Voter"], catalog.InLanguage("fr").Select(g => g.Title));
        Assert.Equal(["Taxes"], catalog.InLanguage("EN").Select(g => g.Title));
        Assert.Empty(catalog.InLanguage("de"));
        Assert.Equal(2, catalog.All.Count);
        Assert.Equal("Voter", catalog.Find("vote", "fr")!.Title);
        Assert.Null(catalog.Find("vote", "en"));
    }

    [Fact]
    public void A_translation_with_another_number_of_steps_or_faq_entries_is_a_warning()
    {
        var output = GeneratorHarness.Run([
            new GuideInput("en/taxes.md", Guide("en", "Taxes", steps: 3, faq: 2)),
            new GuideInput("fr/taxes.md", Guide("fr", "Impôts", steps: 2, faq: 1)),
        ]);

        var warnings = output.GeneratorDiagnostics.Where(d => d.Id == "GUIDE026").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.EndsWith("fr/taxes.md", w.Location.GetLineSpan().Path, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.GetMessage(CultureInfo.InvariantCulture).Contains("has 2 steps, but the 'en' translation", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.GetMessage(CultureInfo.InvariantCulture).Contains("has 1 FAQ entries", StringComparison.Ordinal));
        Assert.Empty(output.CompilerProblems);
    }

    [Fact]
    public void A_language_that_is_not_a_culture_name_is_an_error_at_its_value()
    {
        var output = GeneratorHarness.Run([new GuideInput("taxes.md", Guide("klingon", "Taxes"))]);

        var error = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE025", error.Id);
        Assert.Equal((4, 6), (error.Location.GetLineSpan().StartLinePosition.Line, error.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Empty(output.CompilerProblems);
    }

    [Fact]
    public void Two_files_for_the_same_id_and_language_are_an_error_and_the_first_is_kept()
    {
        var output = GeneratorHarness.Run([new GuideInput("fr/taxes.md", Guide("fr", "Un")), new GuideInput("taxes.fr.md", Guide("fr", "Deux"))]);

        var error = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE009", error.Id);
        Assert.Equal("/project/content/taxes.fr.md", error.Location.GetLineSpan().Path);
        Assert.Empty(output.CompilerProblems);
        Assert.Equal("Un", output.Find("taxes")!.Title);
    }

    [Fact]
    public void The_front_matter_language_must_agree_with_the_folder()
    {
        var output = GeneratorHarness.Run([new GuideInput("fr/taxes.md", Guide("en", "Taxes"))]);

        var error = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE022", error.Id);
        Assert.Contains("the file's folder says 'fr'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_with_one_language_lists_itself_as_its_only_translation()
    {
        var catalog = Run(null, new GuideInput("vote.md", Guide("fr", "Voter")));

        Assert.Same(catalog.Property("Vote"), Assert.Single(catalog.Property("Vote").Translations));
    }

    /// <summary>The generated catalog, called through reflection.</summary>
    private sealed class Catalog(GeneratorOutput output)
    {
        private readonly Type _type = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;

        public int Count => (int)_type.GetField("Count")!.GetValue(null)!;

        public IReadOnlyList<string> Ids => (IReadOnlyList<string>)_type.GetProperty("Ids")!.GetValue(null)!;

        public IReadOnlyList<string> Languages => (IReadOnlyList<string>)_type.GetProperty("Languages")!.GetValue(null)!;

        public IReadOnlyList<Guide> All => (IReadOnlyList<Guide>)_type.GetProperty("All")!.GetValue(null)!;

        public Guide Property(string name) => (Guide)_type.GetProperty(name)!.GetValue(null)!;

        public Guide? Find(string id) => (Guide?)Call("Find", [typeof(string)], id);

        public Guide? Find(string id, CultureInfo culture) => (Guide?)Call("Find", [typeof(string), typeof(CultureInfo)], id, culture);

        public Guide? Find(string id, string language) => (Guide?)Call("Find", [typeof(string), typeof(string)], id, language);

        public IReadOnlyList<Guide> InLanguage(string language) => (IReadOnlyList<Guide>)Call("InLanguage", [typeof(string)], language)!;

        private object? Call(string name, Type[] types, params object[] arguments) =>
            _type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, types)!.Invoke(null, arguments);
    }
}
