using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>File names that are not C# identifiers, or that name a member of the catalog.</summary>
public static class FileNameCases
{
    private static readonly string[] s_names =
    [
        "123.md", "class.md", "a b-c!.md", "\u00fcn\u00efc\u00f6d\u00e9.md", "-.md", "all.md", "find.md", "guide-catalog.md", "guidecatalog.md",
        "x.y.z.md", "@@.md", "\u0130stanbul.md", "\u0648\u0631\u062f.md", "emoji-\ud83d\ude00.md", "tab\tname.md", "\"quoted\".md", "new\u2028line.md",
    ];

    public static IEnumerable<HostileCase> All =>
        s_names.Select(name => new HostileCase(
            "file-name " + name.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal),
            "en/" + name,
            () => Microsoft.CodeAnalysis.Text.SourceText.From(Guide(), System.Text.Encoding.UTF8),
            []));
}
