using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Guides.Package.Tests;

/// <summary>samples/HelpCenter's code as an app outside this repository has it: over the content package from a feed.</summary>
[Collection(PackagesCollection.Name)]
public sealed class HelpCenterFromPackageTests(PackagesFixture packages)
{
    [Fact]
    public void The_HelpCenter_builds_against_the_content_package()
    {
        var files = SampleFiles();
        // The machine's feeds too: the Web SDK adds a package of its own to a Razor components app (the framework's assets).
        var folder = packages.NewProject("HelpCenterApp", Project("Guides.Generated"), files, machineFeeds: true);

        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of the HelpCenter over the Guides.Generated, Guides.AspNetCore and Guides.Components packages");

        Assert.Contains("Program.cs", files.Keys);
        Assert.Contains(Path.Combine("Pages", "GuidePage.razor"), files.Keys);
        Assert.Contains(Path.Combine("Resources", "Words.fr.resx"), files.Keys);
        Assert.Contains("[GuideCatalog.Library]", files["Program.cs"], StringComparison.Ordinal);
        var bin = Path.Combine(folder, "bin", "Release", "net10.0");
        foreach (var assembly in new[] { "Guides.Generated.dll", "Guides.AspNetCore.dll", "Guides.Components.dll", Path.Combine("fr", "HelpCenterApp.resources.dll") })
        {
            Assert.True(File.Exists(Path.Combine(bin, assembly)), assembly + " is not in " + bin);
        }

        // The components' scoped CSS, from the package, in the app's stylesheet bundle.
        var manifest = File.ReadAllText(Path.Combine(bin, "HelpCenterApp.staticwebassets.endpoints.json"));
        Assert.Contains("_content/Guides.Components/Guides.Components", manifest, StringComparison.Ordinal);
    }

    /// <summary>samples/HelpCenter's source files (C#, Razor, scoped CSS, resources), by path in the sample.</summary>
    public static Dictionary<string, string> SampleFiles()
    {
        var sample = Path.Combine(Repository.Root, "samples", "HelpCenter");
        return Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".razor" or ".css" or ".resx")
            .Where(f => !Path.GetRelativePath(sample, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .ToDictionary(f => Path.GetRelativePath(sample, f), File.ReadAllText);
    }

    /// <summary>
    /// A web project for the HelpCenter's files, with <paramref name="package"/> (the content or the generator),
    /// Guides.AspNetCore and Guides.Components from the feed, and <paramref name="properties"/>.
    /// </summary>
    public static string Project(string package, string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <!-- As samples/HelpCenter: Accept-Language is matched through cultures, which invariant globalization cannot create. -->
            <InvariantGlobalization>false</InvariantGlobalization>
            <!-- As samples/HelpCenter: its resources (Resources/Words.resx) are named in its namespace. -->
            <RootNamespace>HelpCenter</RootNamespace>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{package}" Version="{PackagesFixture.Version}" />
            <PackageReference Include="Guides.AspNetCore" Version="{PackagesFixture.Version}" />
            <PackageReference Include="Guides.Components" Version="{PackagesFixture.Version}" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void The_content_package_carries_every_image_and_file_of_content_with_its_bytes()
    {
        var content = Path.Combine(Repository.Root, "content");
        var expected = Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(f => "Guides.Assets/" + Path.GetRelativePath(content, f).Replace('\\', '/'), f => f);
        Assert.True(expected.Count >= 10, $"{expected.Count} files in content/");

        using var pe = new PEReader(new MemoryStream(packages.Bytes("Guides.Generated", "lib/net8.0/Guides.Generated.dll")));
        var metadata = pe.GetMetadataReader();
        var resources = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress;
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            // An embedded resource: its bytes in the resources block, after their length (ECMA-335 II.24.2.4).
            var block = pe.GetSectionData(resources + (int)resource.Offset).GetReader();
            found[metadata.GetString(resource.Name)] = block.ReadBytes(block.ReadInt32());
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), found.Keys.Where(k => k.StartsWith("Guides.Assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var (name, file) in expected)
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(found[name]), name + " differs from " + file);
        }
    }
}
