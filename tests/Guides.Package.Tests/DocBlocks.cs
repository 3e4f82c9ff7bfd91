namespace Guides.Package.Tests;

/// <summary>The code blocks of the repository's docs, as a new user copies them.</summary>
internal static class DocBlocks
{
    /// <summary>
    /// The body of the first block of <paramref name="doc"/> (a path under the repository) whose fence line starts with
    /// <paramref name="fence"/> and, when given, whose first line starts with <paramref name="firstLine"/>.
    /// </summary>
    public static string Read(string doc, string fence, string? firstLine = null)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, doc));
        for (var start = 0; start < lines.Length - 1; start++)
        {
            if (lines[start].StartsWith(fence, StringComparison.Ordinal)
                && (firstLine is null || lines[start + 1].StartsWith(firstLine, StringComparison.Ordinal)))
            {
                var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                return string.Join("\n", lines[(start + 1)..end]) + "\n";
            }
        }

        throw new InvalidOperationException(doc + " has no block " + fence + (firstLine is null ? string.Empty : " starting " + firstLine));
    }
}
