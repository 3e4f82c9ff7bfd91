namespace Guides.Generator.Tests.Infrastructure;

/// <summary>The repository the tests run from: the folder that holds Guides.Generated.sln, above the tests' output.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A file of the repository, by its path from the root (<c>docs/diagnostics.md</c>).</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The guides of the repository's <c>content/</c> folder, by their paths in it.</summary>
    public static GuideInput[] ContentGuides()
    {
        var content = Path.Combine(Root, "content");
        return [.. Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new GuideInput(Path.GetRelativePath(content, path).Replace('\\', '/'), System.IO.File.ReadAllText(path)))];
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Guides.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Guides.Generated.sln) was not found above " + AppContext.BaseDirectory);
    }
}
