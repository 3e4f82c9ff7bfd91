using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// What a message says: a second file is named as the project names it (<c>content/en/same.md</c>), never by an
/// absolute path of the build machine; a guide without a language gets the library's, rather than an error that
/// guesses one.
/// </summary>
public sealed class MessageTests
{
    [Fact]
    public void GUIDE009_names_the_other_file_from_the_project()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/same.md", Guide()), new GuideInput("same.en.md", Guide()));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE009");
        Assert.Equal(
            "The guide 'same' in the language 'en' is also 'content/en/same.md': keep one file per guide and language, or rename one (the id is the path under the content folder without its language or extension, or its translationKey)",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GUIDE024_names_the_other_file_from_the_project_with_its_content_folder()
    {
        var properties = new Dictionary<string, string> { ["GuidesContentFolder"] = "docs/help" };
        var output = GeneratorHarness.Run([new GuideInput("en/a-b.md", Guide()), new GuideInput("en/ab.md", Guide())], null, properties);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE024");
        Assert.Contains("like 'docs/help/en/a-b.md'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("/project/", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void GUIDE026_names_the_default_language_file_from_the_project()
    {
        var output = GeneratorHarness.Run(
            new GuideInput("en/wifi.md", Guide("### Step 1: One\n\nA.\n\n### Step 2: Two\n\nB.\n")),
            new GuideInput("fr/wifi.md", Guide()));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE026");
        Assert.Contains("('content/en/wifi.md')", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("fr", "fr")]
    [InlineData("pt-BR", "pt-BR")]
    public void A_guide_whose_path_and_front_matter_name_no_language_is_in_the_default_language(string? defaultLanguage, string expected)
    {
        var properties = defaultLanguage is null ? null : new Dictionary<string, string> { ["GuidesDefaultLanguage"] = defaultLanguage };

        var output = GeneratorHarness.Run([new GuideInput("guides/wifi.md", Guide())], null, properties);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(expected, output.Find("guides/wifi")!.Language);
    }

    [Fact]
    public void Two_guides_without_a_language_at_one_id_name_the_default_language()
    {
        var output = GeneratorHarness.Run(new GuideInput("wifi.md", Guide()), new GuideInput("en/wifi.md", Guide()));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE009");
        Assert.Contains("in the language 'en'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
