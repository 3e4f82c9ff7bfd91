namespace Guides.Package.Tests;

/// <summary>
/// One content folder compiled as two shard projects and read through a library project, built by <c>dotnet build</c>
/// as docs/settings.md ("One library in several assemblies") lays it out: the settings reach the generator through the
/// build files, the shards build (in parallel, each its own assembly), and the app over the library finds every guide,
/// a translation in the other shard, links both ways, and searches all of them.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ShardsBuildTests(PackagesFixture packages)
{
    private static string Shard(string properties) => GeneratorApp.InRepository(properties);

    private static string Page(string title, string body) =>
        $"---\ntitle: \"{title}\"\ndescription: \"{title}.\"\ncategory: \"help\"\ndate: \"2026-05-01\"\n---\n\n{body}";

    [Fact]
    public void Two_shards_and_a_library_project_build_and_read_as_one_library()
    {
        // The content folder lives beside the shard projects; both read it.
        packages.NewProjectInRepository("ShardsApi", Shard("<GuidesContentFolder>../ShardsContent</GuidesContentFolder><GuidesShardFolders>api</GuidesShardFolders><GuidesNamespace>Help.Api</GuidesNamespace>"), new Dictionary<string, string>());
        packages.NewProjectInRepository("ShardsCli", Shard("<GuidesContentFolder>../ShardsContent</GuidesContentFolder><GuidesShardFolders>cli</GuidesShardFolders><GuidesNamespace>Help.Cli</GuidesNamespace>"), new Dictionary<string, string>());
        packages.NewProjectInRepository("ShardsContent", "<Project />", new Dictionary<string, string>
        {
            ["en/api/keys.md"] = Page("Create an API key", "### Step 1: Create a key\n\nOpen the console, then [install the tool](../cli/install.md#step-1).\n"),
            ["en/cli/install.md"] = Page("Install the command line", "### Step 1: Download the installer\n\nYou need [a key](../api/keys.md).\n"),
            ["fr/cli/install.md"] = Page("Installer la ligne de commande", "### Étape 1 : Télécharger l'installeur\n\nIl faut [une clé](../../en/api/keys.md).\n"),
        });
        var app = packages.NewProjectInRepository(
            "ShardsApp",
            GeneratorApp.InRepository(
                "<OutputType>Exe</OutputType><ImplicitUsings>enable</ImplicitUsings><GuidesShardLibrary>true</GuidesShardLibrary><GuidesNamespace>Help</GuidesNamespace>",
                "<ProjectReference Include=\"..\\ShardsApi\\ShardsApi.csproj\" /><ProjectReference Include=\"..\\ShardsCli\\ShardsCli.csproj\" />"),
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using System.Globalization;
                    var guides = Help.GuideCatalog.Library;
                    Console.WriteLine("Ids: " + string.Join(",", guides.Ids));
                    Console.WriteLine("Languages: " + string.Join(",", guides.Languages));
                    Console.WriteLine("French: " + guides.Find("cli/install", new CultureInfo("fr-CA"))!.Title);
                    Console.WriteLine("Keys links to: " + string.Join(",", guides.Find("api/keys")!.LinksTo.Select(g => g.Id + "/" + g.Language)));
                    Console.WriteLine("Keys linked from: " + string.Join(",", guides.Find("api/keys")!.LinkedFrom.Select(g => g.Id + "/" + g.Language)));
                    Console.WriteLine("Search: " + string.Join(",", guides.Search("installer").Select(h => h.Guide.Id + "/" + h.Guide.Language)));
                    Console.WriteLine("Typed: " + Help.Api.GuideCatalog.Api.Keys.Title);
                    """,
            });

        var run = DotNet.Run(app, "run", "-c", "Release").ShouldSucceed("dotnet run of an app over a library of two shards");

        Assert.Contains("Ids: api/keys,cli/install", run.Output, StringComparison.Ordinal);
        Assert.Contains("Languages: en,fr", run.Output, StringComparison.Ordinal);
        Assert.Contains("French: Installer la ligne de commande", run.Output, StringComparison.Ordinal);
        Assert.Contains("Keys links to: cli/install/en", run.Output, StringComparison.Ordinal);
        Assert.Contains("Keys linked from: cli/install/en,cli/install/fr", run.Output, StringComparison.Ordinal);
        Assert.Contains("Search: cli/install/en", run.Output, StringComparison.Ordinal);
        Assert.Contains("Typed: Create an API key", run.Output, StringComparison.Ordinal);
    }
}
