using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// What a real site's content folder gets wrong, or gets right by accident, beside the Hugo-shaped corpus that
/// tests/Guides.Package.Tests builds through the package (HugoSiteTests): one guide twice in one language by two
/// layouts, paths whose names are the catalog's own members, and an excluded file that would not build.
/// </summary>
public sealed class HugoSiteMistakesTests
{
    [Fact]
    public void A_language_folder_and_a_language_suffix_for_one_guide_and_language_are_GUIDE009_naming_both_files()
    {
        var folder = new GuideInput("en/x.md", Guide());
        var suffix = new GuideInput("x.en.md", Guide());

        var output = GeneratorHarness.Run(folder, suffix);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE009", diagnostic.Id);
        // The first by ordinal order of path (en/x.md) is kept; the diagnostic is at the other and names the first.
        Assert.Equal(suffix.FullPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'x'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'en'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("content/en/x.md", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(output.CompilerProblems);
        var guide = output.Find("x")!;
        Assert.Equal(["en"], guide.Translations.Select(t => t.Language));
    }

    [Theory]
    [InlineData("en/find/all.md", "find/all", "GuideFind.All")]
    [InlineData("en/library.md", "library", "GuideLibrary")]
    [InlineData("en/guide.md", "guide", "Guide")]
    [InlineData("en/all/_index.md", "all", "GuideAll")]
    [InlineData("en/count/index.md", "count", "GuideCount")]
    [InlineData("en/help/guide.md", "help/guide", "Help.Guide")]
    [InlineData("en/help/find.md", "help/find", "Help.Find")]
    [InlineData("en/languages/fr.md", "languages/fr", "GuideLanguages.Fr")]
    public void A_path_that_names_a_member_of_the_catalog_gets_a_prefixed_member_and_compiles(string path, string id, string memberPath)
    {
        // Used from code, with the catalog's own members beside it: both bind.
        var code = $$"""
            namespace App
            {
                public static class Use
                {
                    public static string Id() => global::Guides.Generated.GuideCatalog.{{memberPath}}.Id;
                    public static int Count() => global::Guides.Generated.GuideCatalog.Count + global::Guides.Generated.GuideCatalog.Library.Count;
                    public static global::Guides.Guide? Found() => global::Guides.Generated.GuideCatalog.Find("{{id}}");
                }
            }
            """;

        var output = GeneratorHarness.Run([new GuideInput(path, Guide()), new GuideInput("en/other.md", Guide())], code: code);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        var use = output.Load().GetType("App.Use", throwOnError: true)!;
        Assert.Equal(id, use.GetMethod("Id")!.Invoke(null, null));
        Assert.Equal(4, use.GetMethod("Count")!.Invoke(null, null));
        Assert.Equal(id, ((Guide)use.GetMethod("Found")!.Invoke(null, null)!).Id);
    }

    [Fact]
    public void An_excluded_file_that_would_be_invalid_gives_no_diagnostic()
    {
        var properties = new Dictionary<string, string> { ["GuidesExclude"] = "**/_TEMPLATE.md" };
        // Each would be an error as a guide: no front matter, empty required fields, a malformed step, a bad language.
        var template = "---\ntitle:\ndescription: \"\"\ndate: \"YYYY-MM-DD\"\nlang: \"english\"\nfaq:\n  - question: \"?\"\n---\n\n### Step one - write it\n";

        var output = GeneratorHarness.Run(
            [
                new GuideInput("_TEMPLATE.md", template),
                new GuideInput("en/accounts/security/_TEMPLATE.md", template),
                new GuideInput("ja/_template.md", "no front matter at all\n"),
                new GuideInput("en/accounts/reset-password.md", Guide()),
            ],
            null,
            properties);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        Assert.Equal(["accounts/reset-password"], (IReadOnlyList<string>)output.Load().GetType("Guides.Generated.GuideCatalog")!.GetProperty("Ids")!.GetValue(null)!);
    }
}
