namespace Guides.Package.Tests;

/// <summary>
/// The generator's settings (MSBuild properties that its build files make visible to it), each as the README shows
/// it, through the package from a local feed and through a ProjectReference inside the repository.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class OptionsTests(PackagesFixture packages)
{
    // GuidesDefaultLanguage (the language of a guide whose path and front matter give none) is read by the
    // generator in the translations work; its test belongs here, beside the others, once the generator reads it.

    [Theory]
    [InlineData(GeneratorReference.Package)]
    [InlineData(GeneratorReference.ProjectReference)]
    public void The_namespace_catalog_name_visibility_and_content_folder_are_settings(GeneratorReference via)
    {
        var folder = GeneratorApp.Create(
            packages,
            via,
            "OptionsApp",
            """
            <GuidesNamespace>Contoso.Help</GuidesNamespace>
            <GuidesCatalogName>HelpGuides</GuidesCatalogName>
            <GuidesVisibility>internal</GuidesVisibility>
            <GuidesContentFolder>docs/guides</GuidesContentFolder>
            """,
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using Contoso.Help;
                    Console.WriteLine("Title: " + HelpGuides.ResetPassword.Title);
                    Console.WriteLine("Count: " + HelpGuides.Count);
                    Console.WriteLine("Public: " + typeof(HelpGuides).IsPublic);
                    Console.WriteLine("Default catalog: " + (Type.GetType("$(App).GuideCatalog") is not null));
                    """,
                ["docs/guides/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide,
                // Not under the content folder: not a guide (it would be an error if it were read).
                ["content/not-a-guide.md"] = "# Notes\n\nNo front matter here.\n",
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed($"dotnet run of an app with settings ({via})");

        Assert.Contains("Title: Reset your password", run.Output, StringComparison.Ordinal);
        Assert.Contains("Count: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Public: False", run.Output, StringComparison.Ordinal);
        Assert.Contains("Default catalog: False", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_with_semicolons_and_hashes_reach_the_generator_whole()
    {
        // The compiler hands settings over in an analyzer config file, where ';' and '#' start a comment: before the
        // build files escaped them, only the first glob of GuidesExclude, the first rate and the link format up to its
        // '#' reached the generator.
        var folder = GeneratorApp.Create(
            packages,
            GeneratorReference.Package,
            "SeparatorsApp",
            """
            <GuidesExclude>en/_TEMPLATE.md;en/drafts/**</GuidesExclude>
            <GuidesLinkFormat>/help/{id}?from=app#{anchor}</GuidesLinkFormat>
            <GuidesWordsPerMinute>60;fr=120</GuidesWordsPerMinute>
            """,
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using $(App);
                    Console.WriteLine("Count: " + GuideCatalog.Count);
                    Console.WriteLine("Html: " + GuideCatalog.Find("start")!.Steps[0].Html);
                    Console.WriteLine("French: " + GuideCatalog.Find("start", "fr")!.ReadingTime.TotalSeconds + " s for " + GuideCatalog.Find("start", "fr")!.WordCount + " words");
                    """,
                ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide,
                ["content/en/start.md"] = "---\ntitle: \"Start\"\ndescription: \"Begin.\"\ncategory: \"start\"\ndate: \"2026-05-01\"\n---\n\n### Step 1: Begin\n\nSee [the link step](reset-password.md#step-1).\n",
                ["content/fr/start.md"] = "---\ntitle: \"Commencer\"\ndescription: \"Le début.\"\ncategory: \"start\"\ndate: \"2026-05-01\"\n---\n\n### Étape 1 : Commencer\n\nUn deux trois quatre cinq six.\n",
                ["content/en/_TEMPLATE.md"] = "# Not a guide\n",
                ["content/en/drafts/later.md"] = "# Not a guide either\n",
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("dotnet run of an app whose settings hold ';' and '#'");

        Assert.Contains("Count: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/help/reset-password?from=app#step-1\">the link step</a>", run.Output, StringComparison.Ordinal);
        // "Commencer", "Le début.", the step's title and its six words: 10 words, at fr's 120 a minute (not 60) 5 s.
        Assert.Contains("French: 5 s for 10 words", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GeneratorReference.Package)]
    [InlineData(GeneratorReference.ProjectReference)]
    public void With_no_setting_the_catalog_is_public_in_the_root_namespace_from_content(GeneratorReference via)
    {
        var folder = GeneratorApp.Create(
            packages,
            via,
            "DefaultsApp",
            string.Empty,
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    Console.WriteLine("Title: " + $(App).GuideCatalog.ResetPassword.Title);
                    Console.WriteLine("Public: " + typeof($(App).GuideCatalog).IsPublic);
                    """,
                ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide,
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed($"dotnet run of an app with no setting ({via})");

        Assert.Contains("Title: Reset your password", run.Output, StringComparison.Ordinal);
        Assert.Contains("Public: True", run.Output, StringComparison.Ordinal);
        // The build files also say where the front matter's schema is, for editors (see the README).
        var schema = DotNet.Run(folder, "msbuild", "-getProperty:GuidesFrontMatterSchema").ShouldSucceed("reading GuidesFrontMatterSchema").Output.Trim();
        Assert.EndsWith("guide-frontmatter.schema.json", schema, StringComparison.Ordinal);
        Assert.True(File.Exists(schema), $"GuidesFrontMatterSchema names '{schema}', which does not exist.");
        // Without a [GuideFields] class, the schema the build writes is the guide format's, as shipped.
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "src", "Guides.Generator", "schema", "guide-frontmatter.schema.json")), File.ReadAllText(schema));
    }

    [Theory]
    [InlineData(GeneratorReference.Package)]
    [InlineData(GeneratorReference.ProjectReference)]
    public void GuidesEnabled_false_leaves_the_content_folder_alone(GeneratorReference via)
    {
        var folder = GeneratorApp.Create(
            packages,
            via,
            "DisabledApp",
            "<GuidesEnabled>false</GuidesEnabled>",
            new Dictionary<string, string>
            {
                // The catalog is still generated, empty: code that uses it keeps building.
                ["Program.cs"] = """Console.WriteLine("Count: " + $(App).GuideCatalog.Count);""",
                // Broken on purpose: read, it would fail the build.
                ["content/broken.md"] = "---\ntitle: \"Broken\"\ndate: \"2026-13-45\"\n---\n",
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed($"dotnet run of an app with GuidesEnabled=false ({via})");

        Assert.Contains("Count: 0", run.Output, StringComparison.Ordinal);
    }
}
