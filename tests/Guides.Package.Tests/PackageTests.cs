namespace Guides.Package.Tests;

/// <summary>
/// The packages, packed by <see cref="PackagesFixture"/>, installed into new projects from a local feed
/// exactly as a user installs them: one PackageReference, nothing else.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackagesFixture packages)
{
    /// <summary>A new console app with one package reference: {0} the id, {1} the version.</summary>
    internal const string ConsoleProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{0}" Version="{1}" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void An_app_that_references_the_content_package_prints_a_guide()
    {
        var folder = packages.NewProject(
            "ContentApp",
            string.Format(ConsoleProject, "Guides.Generated", PackagesFixture.Version),
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using Guides.Generated;
                    Console.WriteLine("Title: " + GuideCatalog.Ameli.Title);
                    Console.WriteLine("Steps: " + GuideCatalog.Ameli.Steps.Count);
                    Console.WriteLine("Found: " + (GuideCatalog.Find("ameli") is not null));
                    """,
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("dotnet run of an app using Guides.Generated");

        Assert.Contains("Title: Comment utiliser Ameli pour l'assurance maladie et les remboursements", run.Output, StringComparison.Ordinal);
        Assert.Contains("Steps: 7", run.Output, StringComparison.Ordinal);
        Assert.Contains("Found: True", run.Output, StringComparison.Ordinal);
        // The app ships the content and the runtime types, never the parsers or the compiler.
        var output = Path.Combine(folder, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "Guides.Generated.dll")));
        Assert.True(File.Exists(Path.Combine(output, "Guides.Runtime.dll")));
        Assert.Empty(Directory.GetFiles(output, "Markdig*.dll"));
        Assert.Empty(Directory.GetFiles(output, "YamlDotNet*.dll"));
        Assert.Empty(Directory.GetFiles(output, "Microsoft.CodeAnalysis*.dll"));
    }

    /// <summary>
    /// The content package's netstandard2.0 build, as a .NET Framework 4.8 app compiles against it, in C# 7.3 (the
    /// default for .NET Framework projects): compiled only, since .NET Framework does not run here. The SDK brings the
    /// reference assemblies (Microsoft.NETFramework.ReferenceAssemblies) from the machine's package sources.
    /// </summary>
    [Fact]
    public void A_dotnet_framework_4_8_app_compiles_against_the_content_package()
    {
        var folder = packages.NewProject(
            "FrameworkApp",
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net48</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guides.Generated" Version="{PackagesFixture.Version}" />
              </ItemGroup>
            </Project>
            """,
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using System;
                    using System.Linq;
                    using Guides;
                    using Guides.Generated;

                    internal static class Program
                    {
                        private static void Main()
                        {
                            Guide guide = GuideCatalog.Ameli;
                            Console.WriteLine(guide.Title + " " + guide.Steps.Count + " " + guide.Steps[0].Html);
                            Console.WriteLine(GuideCatalog.Find("ameli") != null);
                            Console.WriteLine(GuideCatalog.All.Count(g => g.Language == "fr"));
                        }
                    }
                    """,
            },
            machineFeeds: true);

        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of a .NET Framework 4.8 app using Guides.Generated");

        var output = Path.Combine(folder, "bin", "Release", "net48");
        Assert.True(File.Exists(Path.Combine(output, "FrameworkApp.exe")));
        // The netstandard2.0 builds of both libraries, copied beside the app.
        Assert.Equal(packages.Bytes("Guides.Generated", "lib/netstandard2.0/Guides.Generated.dll"), File.ReadAllBytes(Path.Combine(output, "Guides.Generated.dll")));
        Assert.Equal(packages.Bytes("Guides.Runtime", "lib/netstandard2.0/Guides.Runtime.dll"), File.ReadAllBytes(Path.Combine(output, "Guides.Runtime.dll")));
    }

    [Fact]
    public void A_project_that_references_the_generator_gets_typed_guides_from_its_own_content_folder()
    {
        var folder = packages.NewProject(
            "TeamApp",
            string.Format(ConsoleProject, "Guides.Generator", PackagesFixture.Version).Replace("<Nullable>", "<RootNamespace>Team.Help</RootNamespace><Nullable>", StringComparison.Ordinal),
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using Team.Help;
                    var guide = GuideCatalog.ResetPassword;
                    Console.WriteLine("Title: " + guide.Title);
                    Console.WriteLine("Step 1: " + guide.Steps[0].Html);
                    """,
                ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide,
            });

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("dotnet run of an app using Guides.Generator");

        Assert.Contains("Title: Reset your password", run.Output, StringComparison.Ordinal);
        Assert.Contains("Step 1: <p>Click <strong>Forgot password</strong>.</p>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_a_guide_is_a_build_error_at_its_file_line_and_column()
    {
        var folder = packages.NewProject(
            "BrokenApp",
            string.Format(ConsoleProject, "Guides.Generator", PackagesFixture.Version),
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    Console.WriteLine(BrokenApp.GuideCatalog.Broken.Title);
                    Console.WriteLine(BrokenApp.GuideCatalog.Fine.Title);
                    """,
                ["content/broken.md"] = "---\ntitle: \"Broken\"\ndescription: \"d\"\ncategory: \"c\"\nlang: \"en\"\ndate: \"2026-13-45\"\n---\n\nText.\n",
                ["content/fine.md"] = "---\ntitle: \"Fine\"\ndescription: \"d\"\ncategory: \"c\"\nlang: \"en\"\ndate: \"2026-01-01\"\n---\n\nText.\n",
            });

        var build = DotNet.Run(folder, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"content[/\\]broken\.md\(6,7\): error GUIDE005: 'date' is not valid here", build.Output);
        // The guide is still emitted: no cascade of C# errors where the app uses it, no generator crash.
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fine.md", build.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A compiler older than Roslyn 4.8 gets no analyzer from the roslyn4.8 folder: the build says so (GUIDE900) instead
    /// of building without guides. The SDK reports its compiler's version as $(CompilerApiVersion); an older SDK is
    /// played by setting it as a global property, as that SDK would have computed it. The same project builds its guides
    /// with the real compiler, so the error comes from the version alone.
    /// </summary>
    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_is_told_the_version_it_needs_rather_than_left_without_guides()
    {
        var folder = packages.NewProject(
            "OldCompilerApp",
            string.Format(ConsoleProject, "Guides.Generator", PackagesFixture.Version),
            new Dictionary<string, string>
            {
                ["Program.cs"] = "Console.WriteLine(OldCompilerApp.GuideCatalog.ResetPassword.Title);",
                ["content/en/reset-password.md"] = GeneratorApp.ResetPasswordGuide,
            });

        var old = DotNet.Run(folder, "build", "-p:CompilerApiVersion=roslyn4.4");

        Assert.NotEqual(0, old.ExitCode);
        Assert.Contains("error GUIDE900: Guides.Generator needs the C# compiler of Roslyn 4.8 or newer", old.Output, StringComparison.Ordinal);
        Assert.Contains("this build uses Roslyn 4.4 (roslyn4.4)", old.Output, StringComparison.Ordinal);
        // The build stops there: no cascade of C# errors where the app uses the catalog the generator did not make.
        Assert.DoesNotContain("error CS", old.Output, StringComparison.Ordinal);
        // The SDK did leave the generator out for that compiler: the check speaks for a real omission.
        Assert.DoesNotContain("Guides.Generator.dll", AnalyzersOf(folder, "roslyn4.4"), StringComparison.Ordinal);

        DotNet.Run(folder, "build").ShouldSucceed("dotnet build with the SDK's own compiler");
        Assert.Contains("Guides.Generator.dll", AnalyzersOf(folder, null), StringComparison.Ordinal);
    }

    /// <summary>The analyzers the SDK resolves for the project, with <c>CompilerApiVersion</c> set or as the SDK computes it.</summary>
    private static string AnalyzersOf(string folder, string? compilerApiVersion)
    {
        var arguments = new List<string> { "msbuild", "-t:ResolvePackageAssets", "-getItem:ResolvedAnalyzers" };
        if (compilerApiVersion is not null)
        {
            arguments.Add("-p:CompilerApiVersion=" + compilerApiVersion);
        }

        return DotNet.Run(folder, [.. arguments]).ShouldSucceed("dotnet msbuild -getItem:ResolvedAnalyzers").Output;
    }

    [Fact]
    public void The_generator_package_holds_the_generator_beside_its_parsers()
    {
        var entries = packages.Entries("Guides.Generator");

        // Under the Roslyn version the generator is built against: the SDK hands it to a compiler of 4.8 or newer only.
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Guides.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Markdig.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal));
        Assert.Contains("build/Guides.Generator.props", entries);
        Assert.Contains("build/Guides.Generator.targets", entries);
        // The build task that reads the content folder's images and files, and writes the front matter's schema.
        Assert.Contains("tasks/netstandard2.0/Guides.Build.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        var nuspec = packages.Nuspec("Guides.Generator");
        Assert.Contains("id=\"Guides.Runtime\"", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdig", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("YamlDotNet", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_package_depends_on_the_runtime_library_alone()
    {
        var nuspec = packages.Nuspec("Guides.Generated");
        var dependencies = System.Text.RegularExpressions.Regex.Matches(nuspec, "<dependency id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();

        Assert.Equal(["Guides.Runtime"], dependencies);
        Assert.Contains("lib/net8.0/Guides.Generated.dll", packages.Entries("Guides.Generated"));
        Assert.Contains("lib/netstandard2.0/Guides.Generated.dll", packages.Entries("Guides.Generated"));
        Assert.DoesNotContain(packages.Entries("Guides.Generated"), e => e.Contains("analyzers/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_package_has_no_dependencies()
    {
        var nuspec = packages.Nuspec("Guides.Runtime");

        Assert.DoesNotContain("<dependency ", nuspec, StringComparison.Ordinal);
        Assert.Contains("lib/netstandard2.0/Guides.Runtime.dll", packages.Entries("Guides.Runtime"));
        Assert.Contains("lib/net8.0/Guides.Runtime.dll", packages.Entries("Guides.Runtime"));
    }
}
