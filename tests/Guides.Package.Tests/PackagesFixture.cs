using System.IO.Compression;

namespace Guides.Package.Tests;

/// <summary>
/// Packs the five packages once for all the tests, from a copy of the repository (so that nothing the other
/// test projects have loaded is rebuilt under them), into a local feed of its own.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    /// <summary>A version no real release has: with a packages folder of its own, no stale copy can be picked up.</summary>
    public const string Version = "1.0.0-localtest";

    public PackagesFixture()
    {
        Root = Directory.CreateTempSubdirectory("guides-package-tests-").FullName;
        Feed = Path.Combine(Root, "feed");
        Copy = Path.Combine(Root, "repo");
        Repository.CopyTo(Copy, "src", "content", "docs", "Directory.Build.props", "Directory.Packages.props", "LICENSE", "THIRD-PARTY-NOTICES.txt");

        foreach (var project in new[] { "Guides.Runtime", "Guides.Generator", "Guides.Generated", "Guides.AspNetCore", "Guides.Components" })
        {
            DotNet.Run(Copy, "pack", Path.Combine("src", project), "-c", "Release", "-o", Feed, "-p:Version=" + Version)
                .ShouldSucceed("dotnet pack " + project);
        }
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>The copy of the repository the packages were packed from (its projects are built, in Release).</summary>
    public string Copy { get; }

    public string PackagePath(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

    /// <summary>The files of a package, by path inside it.</summary>
    public string[] Entries(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>One file of a package.</summary>
    public byte[] Bytes(string id, string entry)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"{entry} is not in {id}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string Text(string id, string entry) => System.Text.Encoding.UTF8.GetString(Bytes(id, entry));

    public string Nuspec(string id) => NuspecOf(PackagePath(id));

    /// <summary>The .nuspec of any package file (one a test packed itself).</summary>
    public static string NuspecOf(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Makes a new project folder with a NuGet.config that sees the local feed (and <paramref name="otherFeed"/>, a
    /// folder of packages a test packed itself) alone, and a packages folder of its own.
    /// </summary>
    /// <remarks>
    /// With <paramref name="machineFeeds"/>, the machine's own package sources are seen too, for packages that the
    /// SDK adds itself (the .NET Framework reference assemblies); the Guides packages exist on the local feed alone.
    /// </remarks>
    public string NewProject(string name, string csproj, IReadOnlyDictionary<string, string> files, string? otherFeed = null, bool machineFeeds = false) =>
        WriteProject(NewFolder(name, otherFeed, machineFeeds), name, csproj, files);

    /// <summary>
    /// A new, empty folder with the NuGet.config of <see cref="NewProject"/>, for a project that a test makes as a
    /// user does (<c>dotnet new</c>, <c>dotnet add package</c>) in it or below it.
    /// </summary>
    public string NewFolder(string name, string? otherFeed = null, bool machineFeeds = false)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        var other = otherFeed is null ? "" : $"""<add key="other" value="{otherFeed}" />""";
        var clear = machineFeeds ? "" : "<clear />";
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(folder, "packages")}" />
              </config>
              <packageSources>
                {clear}
                <add key="local" value="{Feed}" />
                {other}
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    /// <summary>
    /// Makes a new project inside the copy of the repository, at samples/<paramref name="name"/>, as a project of this
    /// repository is made: it references src/ projects and restores as the repository does.
    /// </summary>
    public string NewProjectInRepository(string name, string csproj, IReadOnlyDictionary<string, string> files) =>
        WriteProject(Path.Combine(Copy, "samples", name), name, csproj, files);

    private static string WriteProject(string folder, string name, string csproj, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), csproj);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packages";
}
