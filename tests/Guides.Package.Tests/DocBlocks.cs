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

    /// <summary>
    /// Runs the commands of a shell block as a user types them, from <paramref name="folder"/>: <c>cd</c> moves on,
    /// every other line is a <c>dotnet</c> command (its <c># comment</c> left out), given <paramref name="extra"/>'s
    /// arguments when it returns some (the version of a package on the local feed). Returns the last folder.
    /// </summary>
    public static string RunShell(string block, string folder, Func<string[], string[]> extra)
    {
        foreach (var raw in block.Split('\n'))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var words = (hash >= 0 ? raw[..hash] : raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (words is ["cd", var into])
            {
                folder = Path.Combine(folder, into);
                continue;
            }

            Assert.True(words[0] == "dotnet", "Not a dotnet command: " + raw);
            DotNet.Run(folder, words[1..].Concat(extra(words)).ToArray()).ShouldSucceed(raw);
        }

        return folder;
    }
}
