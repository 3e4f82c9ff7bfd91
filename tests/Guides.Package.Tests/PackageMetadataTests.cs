using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Guides.Package.Tests;

/// <summary>What a user expects of a published package: a README and description, symbols, the right markers.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageMetadataTests(PackagesFixture packages)
{
    public static TheoryData<string> Ids => ["Guides.Runtime", "Guides.Generator", "Guides.Generated", "Guides.AspNetCore", "Guides.Components"];

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
    [MemberData(nameof(Ids))]
    public void Every_package_has_an_icon_a_project_url_a_repository_and_release_notes(string id)
    {
        var nuspec = packages.Nuspec(id);
        var icon = packages.Bytes(id, "icon.png");

        Assert.Contains("<icon>icon.png</icon>", nuspec, StringComparison.Ordinal);
        // A PNG (its signature, then the IHDR chunk) of 128 by 128 pixels, as galleries show it.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
        Assert.Equal("IHDR"u8.ToArray(), icon[12..16]);
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16)));
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20)));
        Assert.Contains("<projectUrl>https://github.com/guides-dotnet/guides</projectUrl>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/guides-dotnet/guides\"", nuspec, StringComparison.Ordinal);
        Assert.Matches("<releaseNotes>1\\.0\\.0: .{40,}</releaseNotes>", nuspec);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_package_carries_the_licence_text_with_its_copyright_holder(string id)
    {
        var licence = packages.Text(id, "LICENSE");

        Assert.StartsWith("MIT License", licence, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2026 Guides contributors", licence, StringComparison.Ordinal);
        Assert.Contains("<copyright>Copyright (c) 2026 Guides contributors</copyright>", packages.Nuspec(id), StringComparison.Ordinal);
    }

    /// <summary>
    /// Markdig's BSD-2-Clause asks a binary redistribution to reproduce its notice; YamlDotNet's MIT, its copyright and
    /// permission notice. The versions come from Directory.Packages.props, so that a version bump without the notices fails.
    /// </summary>
    [Fact]
    public void The_generator_package_carries_the_notices_of_the_libraries_it_redistributes_at_the_versions_it_ships()
    {
        var notices = packages.Text("Guides.Generator", "THIRD-PARTY-NOTICES.txt");
        var versions = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);

        Assert.Contains("Markdig " + versions["Markdig"] + "\n", notices.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("License: BSD-2-Clause", notices, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2016-2026, Alexandre Mutel", notices, StringComparison.Ordinal);
        Assert.Contains("2. Redistributions in binary form must reproduce the above copyright notice,", notices, StringComparison.Ordinal);
        Assert.Contains("YamlDotNet " + versions["YamlDotNet"] + "\n", notices.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Antoine Aubry and contributors", notices, StringComparison.Ordinal);
        Assert.Contains("The above copyright notice and this permission notice shall be included in all", notices, StringComparison.Ordinal);
    }

    /// <summary>The runtime and the content package contain no third-party code: no notices to carry.</summary>
    [Theory]
    [InlineData("Guides.Runtime")]
    [InlineData("Guides.Generated")]
    [InlineData("Guides.AspNetCore")]
    [InlineData("Guides.Components")]
    public void The_packages_without_third_party_code_carry_no_notices(string id)
    {
        Assert.DoesNotContain("THIRD-PARTY-NOTICES.txt", packages.Entries(id));
    }

    [Theory]
    [InlineData("Guides.Runtime", "lib/netstandard2.0/Guides.Runtime.pdb")]
    [InlineData("Guides.Runtime", "lib/net8.0/Guides.Runtime.pdb")]
    [InlineData("Guides.Generated", "lib/net8.0/Guides.Generated.pdb")]
    [InlineData("Guides.Generated", "lib/netstandard2.0/Guides.Generated.pdb")]
    [InlineData("Guides.AspNetCore", "lib/net8.0/Guides.AspNetCore.pdb")]
    [InlineData("Guides.Components", "lib/net8.0/Guides.Components.pdb")]
    public void The_libraries_have_a_symbol_package(string id, string pdb)
    {
        using var zip = ZipFile.OpenRead(Path.ChangeExtension(packages.PackagePath(id), ".snupkg"));

        Assert.Contains(pdb, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_generator_carries_its_symbols_inside_its_assembly_and_ships_the_front_matter_schema()
    {
        using var reader = new PEReader(new MemoryStream(packages.Bytes("Guides.Generator", "analyzers/dotnet/roslyn4.8/cs/Guides.Generator.dll")));

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
