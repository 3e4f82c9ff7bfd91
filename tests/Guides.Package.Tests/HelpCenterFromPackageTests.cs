namespace Guides.Package.Tests;

/// <summary>samples/HelpCenter's code as an app outside this repository has it: over the content package from a feed.</summary>
[Collection(PackagesCollection.Name)]
public sealed class HelpCenterFromPackageTests(PackagesFixture packages)
{
    [Fact]
    public void The_HelpCenter_builds_against_the_content_package()
    {
        var sample = Path.Combine(Repository.Root, "samples", "HelpCenter");
        var files = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(sample, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .ToDictionary(f => Path.GetRelativePath(sample, f), File.ReadAllText);
        var folder = packages.NewProject(
            "HelpCenterApp",
            $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- As samples/HelpCenter: Accept-Language is matched through cultures, which invariant globalization cannot create. -->
                <InvariantGlobalization>false</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guides.Generated" Version="{PackagesFixture.Version}" />
              </ItemGroup>
            </Project>
            """,
            files);

        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of the HelpCenter over the Guides.Generated package");

        Assert.Contains("Program.cs", files.Keys);
        Assert.Contains(Path.Combine("Pages", "GuidePage.cs"), files.Keys);
        Assert.Contains("[GuideCatalog.Library]", files["Program.cs"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "bin", "Release", "net10.0", "Guides.Generated.dll")));
    }
}
