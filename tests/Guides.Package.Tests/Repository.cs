namespace Guides.Package.Tests;

/// <summary>The repository the tests run from, and copies of parts of it (so that a test builds apart from the others).</summary>
public static class Repository
{
    /// <summary>The folder that holds Guides.Generated.sln, above the test's output.</summary>
    public static string Root { get; } = Find();

    /// <summary>Copies files and folders (relative to the root) into <paramref name="destination"/>, leaving out bin/ and obj/.</summary>
    public static void CopyTo(string destination, params string[] items)
    {
        foreach (var item in items)
        {
            Copy(Path.Combine(Root, item), Path.Combine(destination, item));
        }
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guides.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Guides.Generated.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
