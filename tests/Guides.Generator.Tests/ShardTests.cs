using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Guides.Corpus;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>
/// One content set in several assemblies: shard projects each compile a part of the content folder
/// (<c>GuidesShardFolders</c>, <c>GuidesShardLanguages</c>), and a library project that references them
/// (<c>GuidesShardLibrary</c>) reads them as one <see cref="GuideLibrary"/>: lookups, translations, links and backlinks
/// across shards (links checked when the library project compiles, at the guide's own file, line and column), and one
/// search that ranks as the same guides built as one project.
/// </summary>
public sealed class ShardTests
{
    /// <summary>A compiled project: its generator run, and its assembly's bytes.</summary>
    internal sealed record Project(GeneratorOutput Output, byte[] Image)
    {
        public IEnumerable<string> Problems =>
            Output.GeneratorDiagnostics.Concat(Output.CompilerProblems).Where(d => d.Severity > DiagnosticSeverity.Info)
                .Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture));
    }

    private static Project Compile(string assembly, IEnumerable<GuideInput> guides, Dictionary<string, string> properties, params byte[][] references)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest)
            .WithAssemblyName(assembly)
            .AddReferences(references.Select(r => MetadataReference.CreateFromImage(r)));
        var driver = GeneratorHarness.CreateDriver(guides, properties: properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = new GeneratorOutput(driver, output, driver.GetRunResult().Results.Single(), output.GetDiagnostics());
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        return new Project(result, emit.Success ? stream.ToArray() : []);
    }

    internal static Project Shard(string name, IEnumerable<GuideInput> guides, string? folders = null, string? languages = null)
    {
        var properties = new Dictionary<string, string> { ["GuidesNamespace"] = "Help." + name };
        if (folders is not null) properties["GuidesShardFolders"] = folders;
        if (languages is not null) properties["GuidesShardLanguages"] = languages;
        return Compile("Help." + name, guides, properties);
    }

    internal static Project LibraryOver(params Project[] shards) => LibraryOverAssemblies([.. shards.Select(s => s.Image)]);

    /// <summary>A library project over these assemblies' bytes (shards, or assemblies made by hand).</summary>
    internal static Project LibraryOverAssemblies(params byte[][] assemblies) =>
        Compile("Help", [], new Dictionary<string, string> { ["GuidesShardLibrary"] = "true", ["GuidesNamespace"] = "Help" }, assemblies);

    /// <summary>Loads the shards and the library project into one context (sharing Guides.Runtime with the tests); the library's <c>GuideCatalog.Library</c>.</summary>
    private static GuideLibrary Load(Project library, params Project[] shards)
    {
        Assert.NotEmpty(library.Image);
        var context = new AssemblyLoadContext("shards-" + Guid.NewGuid(), isCollectible: true);
        foreach (var shard in shards)
        {
            context.LoadFromStream(new MemoryStream(shard.Image));
        }

        var assembly = context.LoadFromStream(new MemoryStream(library.Image));
        return (GuideLibrary)assembly.GetType("Help.GuideCatalog", throwOnError: true)!.GetProperty("Library")!.GetValue(null)!;
    }

    internal static GuideLibrary LoadOne(Project project, string catalog)
    {
        Assert.NotEmpty(project.Image);
        var assembly = new AssemblyLoadContext("one-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(new MemoryStream(project.Image));
        return (GuideLibrary)assembly.GetType(catalog, throwOnError: true)!.GetProperty("Library")!.GetValue(null)!;
    }

    // The content folder: api and cli guides, in English and French, linking to each other both ways.
    internal static readonly GuideInput[] Content =
    [
        new("en/api/keys.md", Page("Create an API key", "### Step 1: Create a key\n\nOpen the console. Then [install the tool](../cli/install.md#step-2).\n\n### Step 2: Store it\n\nKeep it safe.\n")),
        new("fr/api/keys.md", Page("Créer une clé d'API", "### Étape 1 : Créer une clé\n\nOuvrez la console.\n\n### Étape 2 : La ranger\n\nGardez-la.\n")),
        new("en/cli/install.md", Page("Install the command line", "### Step 1: Download\n\nGet the archive. You need [a key](../api/keys.md) first.\n\n### Step 2: Run the installer\n\nRun it.\n")),
        new("en/cli/update.md", Page("Update the command line", "### Step 1: Update\n\nRun the update.\n")),
    ];

    [Fact]
    public void A_shard_compiles_the_guides_of_its_folders_and_languages_alone()
    {
        var api = Shard("Api", Content, folders: "api");
        var french = Shard("French", Content, languages: "fr");

        Assert.Empty(api.Problems);
        Assert.Empty(french.Problems);
        var apiLibrary = LoadOne(api, "Help.Api.GuideCatalog");
        Assert.Equal(["api/keys"], apiLibrary.Ids);
        Assert.Equal(["en", "fr"], apiLibrary.Languages);
        var frenchLibrary = LoadOne(french, "Help.French.GuideCatalog");
        Assert.Equal(["api/keys"], frenchLibrary.Ids);
        Assert.Equal(["fr"], frenchLibrary.Languages);
    }

    [Fact]
    public void The_library_over_shards_finds_every_guide_and_its_translations_in_other_shards()
    {
        // By language: the English translation of api/keys in one shard, the French one in the other.
        var english = Shard("English", Content, languages: "en");
        var french = Shard("French", Content, languages: "fr");
        var library = LibraryOver(english, french);
        Assert.Empty(english.Problems.Concat(french.Problems).Concat(library.Problems));

        var guides = Load(library, english, french);

        Assert.Equal(3, guides.Count);
        Assert.Equal(["api/keys", "cli/install", "cli/update"], guides.Ids);
        Assert.Equal(["en", "fr"], guides.Languages);
        Assert.Equal(["api/keys", "cli/install", "cli/update"], guides.All.Select(g => g.Id));
        Assert.All(guides.All, g => Assert.Equal("en", g.Language));
        Assert.Equal("Créer une clé d'API", guides.Find("api/keys", "fr")!.Title);
        Assert.Equal("Créer une clé d'API", guides.Find("API/Keys", new CultureInfo("fr-CA"))!.Title);
        Assert.Equal("Install the command line", guides.Find("cli/install", new CultureInfo("fr-CA"))!.Title);
        Assert.Null(guides.Find("cli/install", "fr"));
        Assert.Null(guides.Find("nothing"));
        Assert.Equal(["api/keys"], guides.InLanguage("fr").Select(g => g.Id));
        Assert.Equal(["api/keys", "cli/install", "cli/update"], guides.InLanguage("EN").Select(g => g.Id));

        // A guide read through the library sees its translation in the other shard, and the same guide objects.
        var keys = guides.Find("api/keys")!;
        Assert.Equal(["en", "fr"], keys.Translations.Select(t => t.Language));
        Assert.Same(guides.Find("api/keys", "fr"), keys.Translations[1]);
        Assert.Equal(["en", "fr"], guides.Find("api/keys", "fr")!.Translations.Select(t => t.Language));
    }

    [Fact]
    public void GuideLibrary_Combine_reads_several_libraries_as_one_and_leaves_their_guides_as_they_are()
    {
        var english = Shard("English", Content, languages: "en");
        var french = Shard("French", Content, languages: "fr");
        var englishLibrary = LoadOne(english, "Help.English.GuideCatalog");
        var frenchLibrary = LoadOne(french, "Help.French.GuideCatalog");

        var guides = GuideLibrary.Combine(frenchLibrary, englishLibrary);

        // The default language is the first library's (its GuidesDefaultLanguage, en here too); lookups as one library.
        Assert.Equal("en", guides.DefaultLanguage);
        Assert.Equal(["api/keys", "cli/install", "cli/update"], guides.Ids);
        Assert.Equal("en", guides.Find("api/keys")!.Language);
        Assert.Equal("fr", guides.Find("api/keys", new CultureInfo("fr-BE"))!.Language);
        Assert.Equal(["api/keys en"], guides.Search("console").Select(h => h.Guide.Id + " " + h.Guide.Language).Distinct());
        Assert.Equal(["api/keys fr"], guides.Search("console", new CultureInfo("fr")).Select(h => h.Guide.Id + " " + h.Guide.Language).Distinct());
        // Not a library of shards: each library's guides keep their own library's translations.
        Assert.Equal(["en"], guides.Find("api/keys")!.Translations.Select(t => t.Language));
        Assert.Throws<ArgumentException>(() => GuideLibrary.Combine());
    }

    [Fact]
    public void Links_between_shards_are_checked_by_the_library_and_known_both_ways()
    {
        var api = Shard("Api", Content, folders: "api");
        var cli = Shard("Cli", Content, folders: "cli");
        var library = LibraryOver(api, cli);
        // Neither shard can see the other: neither reports the links; the library finds them good.
        Assert.Empty(api.Problems.Concat(cli.Problems).Concat(library.Problems));

        var guides = Load(library, api, cli);
        var keys = guides.Find("api/keys")!;
        var install = guides.Find("cli/install")!;
        Assert.Contains("<a href=\"/guides/cli/install#step-2\">install the tool</a>", keys.Steps[0].Html, StringComparison.Ordinal);
        Assert.Equal(["cli/install"], keys.LinksTo.Select(g => g.Id));
        Assert.Equal(["api/keys"], install.LinksTo.Select(g => g.Id));
        Assert.Equal(["cli/install"], keys.LinkedFrom.Select(g => g.Id));
        Assert.Equal(["api/keys"], install.LinkedFrom.Select(g => g.Id));
        Assert.Empty(guides.Find("cli/update")!.LinkedFrom);
    }

    [Fact]
    public void A_broken_link_to_another_shard_is_reported_by_the_library_at_the_guides_file_line_and_column()
    {
        const string Keys = "### Step 1: Create a key\n\nOpen it. See [the tool](../cli/instal.md) and [step nine](../cli/install.md#step-9).\n\n### Step 2: Store it\n\nKeep it safe.\n";
        var content = Content.Where(g => g.RelativePath != "en/api/keys.md").Append(new GuideInput("en/api/keys.md", Page("Create an API key", Keys))).ToArray();
        var api = Shard("Api", content, folders: "api");
        var cli = Shard("Cli", content, folders: "cli");
        Assert.Empty(api.Problems.Concat(cli.Problems));

        var library = LibraryOver(api, cli);

        var text = content.Single(g => g.RelativePath == "en/api/keys.md").Text.ToString();
        var reported = library.Output.GeneratorDiagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {d.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.GetMessage(CultureInfo.InvariantCulture)}";
        }).ToArray();
        var missing = Position(text, "../cli/instal.md)");
        var step = Position(text, "../cli/install.md#step-9");
        Assert.Equal(
            string.Join("\n", [
                $"GUIDE047 Error /project/content/en/api/keys.md({missing.Line},{missing.Column}) '../cli/instal.md' is not a guide of the content folder (looked for en/cli/instal.md) in any shard",
                $"GUIDE048 Error /project/content/en/api/keys.md({step.Line},{step.Column}) '#step-9' is not a step or section of the guide 'cli/install': its anchors are step-1 to step-2",
            ]),
            string.Join("\n", reported));
    }

    private static string Page(string title, string body) =>
        "---\ntitle: \"" + title + "\"\ndescription: \"" + title + ".\"\ncategory: \"tests\"\ndate: \"2026-01-15\"\n---\n\n" + body;

    /// <summary>Where a link's destination starts in a guide's text (link diagnostics stand there), 1-based, as an editor shows it.</summary>
    private static (int Line, int Column) Position(string text, string link)
    {
        var at = text.IndexOf(link, StringComparison.Ordinal);
        var before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Fact]
    public void The_library_of_shards_searches_as_one_project_of_the_same_guides()
    {
        // 60 guides in ten languages (each translation its own varied prose), as one project and as three shards by language.
        var guides = Enumerable.Range(0, 600).Select(i => GuideCorpus.Translation(i, varied: true)).Select(g => new GuideInput(g.RelativePath, g.Text)).ToArray();
        var one = Compile("Help.One", guides, new Dictionary<string, string> { ["GuidesNamespace"] = "Help.One" });
        var a = Shard("A", guides, languages: "fr;en;es");
        var b = Shard("B", guides, languages: "de;it;pt");
        var c = Shard("C", guides, languages: "nl;pl;sv;da");
        var library = LibraryOver(a, b, c);
        var oneLibrary = LoadOne(one, "Help.One.GuideCatalog");
        var sharded = Load(library, a, b, c);
        Assert.Equal(oneLibrary.Ids, sharded.Ids);

        var words = oneLibrary.All.SelectMany(g => g.Translations).SelectMany(g => (g.Title + " " + g.Steps[0].Title).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ':', '?', '!', '"')).Where(w => w.Length > 1).Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = new Random(2301);
        var cultures = new CultureInfo?[] { null, new("fr"), new("de-CH"), new("pl"), new("da"), new("ja") };
        int compared = 0, found = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => words[random.Next(words.Length)]));
            if (random.Next(2) == 0) query += " ";
            var culture = cultures[random.Next(cultures.Length)];
            var expected = oneLibrary.Search(query, culture);
            var actual = sharded.Search(query, culture);
            if (GuideSearchResult.Of(expected).CorrectedQuery is not null)
            {
                continue; // A word found nowhere is looked up for typos in each shard's own dictionary (ShardedSearch's remarks).
            }

            compared++;
            if (expected.Count > 0) found++;
            Assert.True(
                Hits(expected).SequenceEqual(Hits(actual)),
                $"\"{query}\" in {culture?.Name ?? "(default)"}:\none project:\n{string.Join("\n", Hits(expected))}\nshards:\n{string.Join("\n", Hits(actual))}");
        }

        Assert.True(found > compared * 3 / 4, $"{found} of {compared} queries find something");
        Assert.Equal(
            oneLibrary.Suggest("cr", new CultureInfo("fr")).Select(s => (s.Guide.Id, s.Guide.Language, s.Text)),
            sharded.Suggest("cr", new CultureInfo("fr")).Select(s => (s.Guide.Id, s.Guide.Language, s.Text)));
    }

    private static IEnumerable<string> Hits(IReadOnlyList<GuideSearchHit> hits) =>
        hits.Select(h => $"{h.Guide.Id} {h.Guide.Language} step {h.Step?.Number} faq {h.FaqEntry?.Question} {BitConverter.DoubleToInt64Bits(h.Score):X16}");
}
