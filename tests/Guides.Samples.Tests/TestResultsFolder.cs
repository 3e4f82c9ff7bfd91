using Guides.Package.Tests;

namespace Guides.Samples.Tests;

/// <summary>
/// Where the tests leave what a person may want to look at (screenshots): $GUIDES_TEST_RESULTS when set (CI sets it
/// to its results folder), else TestResults/ at the repository's root.
/// </summary>
public static class TestResultsFolder
{
    public static string For(string what)
    {
        var root = Environment.GetEnvironmentVariable("GUIDES_TEST_RESULTS") is { Length: > 0 } set
            ? set
            : Path.Combine(Repository.Root, "TestResults");
        var folder = Path.Combine(root, what);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
