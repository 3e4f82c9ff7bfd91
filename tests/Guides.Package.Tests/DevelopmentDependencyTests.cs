using System.Text.Json;

namespace Guides.Package.Tests;

/// <summary>
/// A content library builds its guides with the generator and publishes them as a package; an app that references
/// that package gets the guides and the runtime types, and none of the generator's build steps.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class DevelopmentDependencyTests(PackagesFixture packages)
{
    /// <summary>A class library packed at the fixture's version, with the reset-password guide; {0} its generator reference.</summary>
    private const string LibraryProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <Version>{1}</Version>
            <Description>A content library.</Description>
          </PropertyGroup>
          <ItemGroup>
            {0}
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void The_generator_package_is_a_development_dependency_whose_build_files_do_not_flow_to_consumers()
    {
        var entries = packages.Entries("Guides.Generator");

        Assert.Contains("<developmentDependency>true</developmentDependency>", packages.Nuspec("Guides.Generator"), StringComparison.Ordinal);
        Assert.Contains("build/Guides.Generator.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("buildTransitive/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The reference as a user writes it by hand, without PrivateAssets: the library's package then depends on the
    /// generator's package (for Guides.Runtime), whose build files stay with the library.
    /// </summary>
    [Fact]
    public void A_library_that_references_the_generator_without_PrivateAssets_gives_an_app_its_guides_and_not_the_content_targets()
    {
        var feed = Path.Combine(packages.Root, "plain-library-feed");
        var library = packages.NewProject(
            "PlainLibrary",
            string.Format(LibraryProject, $"""<PackageReference Include="Guides.Generator" Version="{PackagesFixture.Version}" />""", PackagesFixture.Version),
            new Dictionary<string, string> { ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide });
        DotNet.Run(library, "pack", "-c", "Release", "-o", feed).ShouldSucceed("dotnet pack of the content library");

        var app = NewApp("PlainLibraryApp", "PlainLibrary", feed);
        var run = DotNet.Run(app, "run", "-c", "Release").ShouldSucceed("dotnet run of the app that references the content library");

        Assert.Contains("Library guide: Reset your password", run.Output, StringComparison.Ordinal);
        AssertNoGeneratorBuildFiles(app, "PlainLibraryApp");
        // The app's own content/ folder was not handed to anything: no guide of it, no embedded file.
        var compiled = ResourcesAndTypes(app, "PlainLibraryApp");
        Assert.DoesNotContain("app-only", compiled, StringComparison.Ordinal);
        Assert.DoesNotContain("AppOnly", compiled, StringComparison.Ordinal);
        // The SDK still hands the package's analyzers to the app (dotnet/sdk#1212: a dependency's exclude="Analyzers" is
        // not applied to analyzers): with no guide given to it, the generator adds an empty catalog. docs/packaging.md
        // says so, and why the reference `dotnet add package` writes (the next test) is the one to use.
    }

    /// <summary>
    /// The reference as `dotnet add package` writes it for a development dependency (PrivateAssets="all", no compile
    /// assets): the project must reference Guides.Runtime itself, and the build says so (GUIDE901) when it does not.
    /// Then the library's package depends on Guides.Runtime alone, and the app gets neither the build files nor the analyzer.
    /// </summary>
    [Fact]
    public void A_library_that_adds_the_generator_with_dotnet_add_package_keeps_it_to_itself()
    {
        var feed = Path.Combine(packages.Root, "private-library-feed");
        var library = packages.NewProject(
            "PrivateLibrary",
            string.Format(LibraryProject, "", PackagesFixture.Version),
            new Dictionary<string, string> { ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide },
            otherFeed: null);
        DotNet.Run(library, "add", "package", "Guides.Generator", "--version", PackagesFixture.Version).ShouldSucceed("dotnet add package Guides.Generator");
        var written = File.ReadAllText(Path.Combine(library, "PrivateLibrary.csproj"));
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", written, StringComparison.Ordinal);

        var without = DotNet.Run(library, "build", "-c", "Release");

        Assert.NotEqual(0, without.ExitCode);
        Assert.Contains("error GUIDE901: The guides that Guides.Generator generates use the types of Guides.Runtime, which this project does not reference.", without.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", without.Output, StringComparison.Ordinal);

        DotNet.Run(library, "add", "package", "Guides.Runtime", "--version", PackagesFixture.Version).ShouldSucceed("dotnet add package Guides.Runtime");
        DotNet.Run(library, "pack", "-c", "Release", "-o", feed).ShouldSucceed("dotnet pack of the content library");
        var nuspec = PackagesFixture.NuspecOf(Path.Combine(feed, "PrivateLibrary." + PackagesFixture.Version + ".nupkg"));
        Assert.Contains("<dependency id=\"Guides.Runtime\"", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Guides.Generator", nuspec, StringComparison.Ordinal);

        var app = NewApp("PrivateLibraryApp", "PrivateLibrary", feed);
        var run = DotNet.Run(app, "run", "-c", "Release").ShouldSucceed("dotnet run of the app that references the content library");

        Assert.Contains("Library guide: Reset your password", run.Output, StringComparison.Ordinal);
        AssertNoGeneratorBuildFiles(app, "PrivateLibraryApp");
        var analyzers = DotNet.Run(app, "msbuild", "-t:ResolvePackageAssets", "-getItem:ResolvedAnalyzers").ShouldSucceed("dotnet msbuild -getItem:ResolvedAnalyzers").Output;
        Assert.DoesNotContain("Guides.Generator", analyzers, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdig", analyzers, StringComparison.Ordinal);
    }

    /// <summary>An app that references the library's package and has a content/ folder of its own.</summary>
    private string NewApp(string name, string library, string feed) => packages.NewProject(
        name,
        string.Format(PackageTests.ConsoleProject, library, PackagesFixture.Version),
        new Dictionary<string, string>
        {
            ["Program.cs"] = $"""Console.WriteLine("Library guide: " + {library}.GuideCatalog.ResetPassword.Title);""",
            ["content/en/app-only.md"] = GeneratorApp.ResetPasswordGuide.Replace("Reset your password", "App only", StringComparison.Ordinal),
            ["content/en/app-only.png"] = "not read",
        },
        otherFeed: feed);

    /// <summary>NuGet imports no build file of the generator into the app, and no setting of it is defined there.</summary>
    private static void AssertNoGeneratorBuildFiles(string app, string name)
    {
        foreach (var imports in new[] { ".csproj.nuget.g.props", ".csproj.nuget.g.targets" })
        {
            Assert.DoesNotContain("Guides.Generator", File.ReadAllText(Path.Combine(app, "obj", name + imports)), StringComparison.OrdinalIgnoreCase);
        }

        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")));
        foreach (var library in assets.RootElement.GetProperty("targets").EnumerateObject().SelectMany(t => t.Value.EnumerateObject()))
        {
            // NuGet writes an excluded asset group as a placeholder, build/_._.
            if (library.Name.StartsWith("Guides.Generator/", StringComparison.Ordinal) && library.Value.TryGetProperty("build", out var build))
            {
                Assert.All(build.EnumerateObject(), file => Assert.EndsWith("/_._", file.Name, StringComparison.Ordinal));
            }
        }

        var property = DotNet.Run(app, "msbuild", "-getProperty:GuidesContentFolder").ShouldSucceed("dotnet msbuild -getProperty");
        Assert.Equal("", property.Output.Trim());
    }

    /// <summary>The names of the app's embedded resources and types, from its Release assembly.</summary>
    private static string ResourcesAndTypes(string app, string name)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(app, "bin", "Release", "net10.0", name + ".dll")));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var names = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))
            .Concat(metadata.TypeDefinitions.Select(h => metadata.GetString(metadata.GetTypeDefinition(h).Name)));
        return string.Join("\n", names);
    }
}
