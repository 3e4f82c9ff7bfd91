using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Guides.Package.Tests;

/// <summary>What a user expects of a published package: a README and description, symbols, the right markers.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageMetadataTests(PackagesFixture packages)
{
    public static TheoryData<string> Ids => ["Guides.Runtime", "Guides.Generator", "Guides.Generated"];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_package_has_a_readme_a_description_a_licence_and_the_one_version(string id)
    {
        var nuspec = packages.Nuspec(id);

        Assert.Contains("README.md", packages.Entries(id));
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Matches("<description>.{40,}</description>", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains($"<version>{PackagesFixture.Version}</version>", nuspec, StringComparison.Ordinal);
        Assert.StartsWith("# " + id, packages.Text(id, "README.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Guides.Runtime", "lib/netstandard2.0/Guides.Runtime.pdb")]
    [InlineData("Guides.Runtime", "lib/net8.0/Guides.Runtime.pdb")]
    [InlineData("Guides.Generated", "lib/net8.0/Guides.Generated.pdb")]
    public void The_libraries_have_a_symbol_package(string id, string pdb)
    {
        using var zip = ZipFile.OpenRead(Path.ChangeExtension(packages.PackagePath(id), ".snupkg"));

        Assert.Contains(pdb, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_generator_carries_its_symbols_inside_its_assembly_and_ships_the_front_matter_schema()
    {
        using var reader = new PEReader(new MemoryStream(packages.Bytes("Guides.Generator", "analyzers/dotnet/cs/Guides.Generator.dll")));

        Assert.Contains(reader.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.Contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"", packages.Text("Guides.Generator", "schema/guide-frontmatter.schema.json"), StringComparison.Ordinal);
        Assert.Contains("GuidesFrontMatterSchema", packages.Text("Guides.Generator", "build/Guides.Generator.targets"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The trimmer reads this marker (IsTrimmable). IsAotCompatible leaves no marker in the assembly: it turns the AOT
    /// analyzers on for the library's own build, and the NativeAOT publish of GuideViewer proves it on both libraries.
    /// </summary>
    [Theory]
    [InlineData("Guides.Runtime", "lib/net8.0/Guides.Runtime.dll")]
    [InlineData("Guides.Generated", "lib/net8.0/Guides.Generated.dll")]
    public void The_libraries_are_marked_trimmable(string id, string assembly)
    {
        using var pe = new PEReader(new MemoryStream(packages.Bytes(id, assembly)));
        var metadata = pe.GetMetadataReader();
        var markers = new Dictionary<string, string>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) == "AssemblyMetadataAttribute")
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                markers[blob.ReadSerializedString()!] = blob.ReadSerializedString()!;
            }
        }

        Assert.Equal("True", markers.GetValueOrDefault("IsTrimmable"));
    }
}
