using Guides.Testing;

namespace Guides.Package.Tests;

/// <summary>
/// The runtime's netstandard2.0 build, which .NET Framework, .NET 6 and .NET 7 apps get, reads the same content as the
/// net8.0 build does (issue 21). A <c>net6.0</c> console app (C# 10: string literals, no UTF-8) gets Guides.Runtime's
/// netstandard2.0 asset from the packed packages, builds the content with the generator through real MSBuild, runs on
/// today's runtime with <c>DOTNET_ROLL_FORWARD=Major</c> and writes GuideDump's dump (tests/Shared/GuideDump.cs) of its catalog; a
/// <c>net10.0</c> Release app (packed, with the library's dictionary) does the same from the same folder. The two dumps
/// are identical. Guides.Generator.Tests' BuildEquivalenceTests compares the in-memory builds (Debug, Release packed
/// and unpacked, C# 7.3) on the same content, plus the hostile corpus's valid guides, which take file names that no
/// file system here keeps.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class NetStandardRuntimeTests(PackagesFixture packages)
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{0}</TargetFramework>
            <RootNamespace>Dump</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <UseAppHost>false</UseAppHost>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <GuidesUndeclaredFields>{2}</GuidesUndeclaredFields>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Guides.Generator" Version="{1}" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        using System.Reflection;
        using System.Runtime.Versioning;

        var runtime = typeof(Guides.Guide).Assembly;
        Console.WriteLine("runtime: " + runtime.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
        Console.WriteLine("framework: " + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        File.WriteAllText(args[0], Guides.Testing.GuideDump.Catalog(typeof(Dump.GuideCatalog), args.Skip(1).ToArray()));
        """;

    [Fact]
    public void A_net6_app_on_the_netstandard2_0_runtime_reads_the_content_as_a_net10_Release_app()
    {
        var (net10, net10Run, net10Code) = BuildAndDump("DumpNet10", "net10.0");
        var (net6, net6Run, net6Code) = BuildAndDump("DumpNet6", "net6.0");

        // The apps took the paths they are here for.
        Assert.Contains("runtime: .NETStandard,Version=v2.0", net6Run, StringComparison.Ordinal);
        Assert.Contains("framework: .NET 10.", net6Run, StringComparison.Ordinal);
        Assert.Contains("runtime: .NETCoreApp,Version=v8.0", net10Run, StringComparison.Ordinal);
        Assert.Contains("Catalog_Dictionary", net10Code, StringComparison.Ordinal); // packed, with the library's dictionary
        Assert.DoesNotContain("\"u8", net6Code, StringComparison.Ordinal); // C# 10: no UTF-8 literals
        Assert.Contains(" Chars => \"", net6Code, StringComparison.Ordinal); // the records as string literals of their bytes
        // The dump holds what the Markdown says (content/fr/ameli.md: 7 steps, 2026-02-22, "facile").
        Assert.Contains("# Guide ameli/fr\n", net10, StringComparison.Ordinal);
        Assert.Contains("\n  Date = DateTime 2026-02-22T00:00:00.0000000 Unspecified\n", net10, StringComparison.Ordinal);
        Assert.Contains("\n  Difficulty = GuideDifficulty.Easy (", net10, StringComparison.Ordinal);
        Assert.Contains("\n  Steps = [7 items]\n", net10, StringComparison.Ordinal);
        Assert.Contains("\n    Audience = Audience.Staff (1)\n", net10, StringComparison.Ordinal);

        if (DumpDifference.Of("net10.0", net10, "net6.0", net6) is { } difference)
        {
            Assert.Fail(difference);
        }
    }

    /// <summary>Makes the app, builds it in Release with real MSBuild and runs it: its dump, what it printed, and the generated code.</summary>
    private (string Dump, string Output, string Code) BuildAndDump(string name, string framework)
    {
        var files = new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["GuideDump.cs"] = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Shared", "GuideDump.cs")),
            ["HelpFields.cs"] = LibraryCorpus.FieldsCode(nullableAware: true),
        };
        foreach (var (path, text) in LibraryCorpus.SeedShaped().Concat(LibraryCorpus.Guides()))
        {
            files["content/" + path] = text;
        }

        var folder = packages.NewProject(name, string.Format(Project, framework, PackagesFixture.Version, LibraryCorpus.UndeclaredFields), files);
        Repository.CopyTo(folder, "content");
        // The library's files, real ones (the build's task reads their sizes): both apps read the same bytes.
        var image = Path.Combine(Repository.Root, "content", "en", "help-center", "images", "home.png");
        var form = Path.Combine(Repository.Root, "content", "en", "help-center", "checklist-en.pdf");
        foreach (var asset in LibraryCorpus.Assets())
        {
            var target = Path.Combine(folder, "content", asset.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(asset.Width > 0 ? image : form, target, overwrite: true);
        }

        // The net6.0 targeting pack comes from nuget.org (the project's feed holds this repository's packages only).
        var config = Path.Combine(folder, "NuGet.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace("</packageSources>", "  <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n  </packageSources>", StringComparison.Ordinal));

        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build -c Release of a " + framework + " app");
        var dump = Path.Combine(folder, "dump.txt");
        var run = DotNet.Run(
            folder,
            new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" },
            ["exec", Path.Combine(folder, "bin", "Release", framework, name + ".dll"), dump, .. LibraryCorpus.Queries]).ShouldSucceed("the " + framework + " app");
        Assert.True(File.Exists(dump), $"The {framework} app wrote no dump:\n{run.Output}");
        var generated = Path.Combine(folder, "obj", "Release", framework, "generated");
        var code = string.Concat(Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        return (File.ReadAllText(dump), run.Output, code);
    }
}
