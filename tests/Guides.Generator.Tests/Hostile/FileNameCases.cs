using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>
/// File names that are not C# identifiers, or that name a member of the catalog: each gives a guide whose id is the
/// name in lower case with spaces as '-', under a property named by the README's rule (PascalCase words of letters and digits; a
/// <c>Guide</c> prefix when that starts with a digit, is empty, or takes a member or the catalog's own name).
/// </summary>
public static class FileNameCases
{
    private static readonly (string FileName, string Id, string Property)[] s_names =
    [
        ("123.md", "123", "Guide123"),
        ("class.md", "class", "Class"),
        ("a b-c!.md", "a-b-c!", "ABC"),
        ("\u00fcn\u00efc\u00f6d\u00e9.md", "\u00fcn\u00efc\u00f6d\u00e9", "\u00dcn\u00efc\u00f6d\u00e9"),
        ("-.md", "-", "Guide"),
        ("all.md", "all", "GuideAll"),
        ("find.md", "find", "GuideFind"),
        ("guide-catalog.md", "guide-catalog", "GuideGuideCatalog"),
        ("guidecatalog.md", "guidecatalog", "GuideGuidecatalog"),
        ("x.y.z.md", "x.y.z", "XYZ"),
        ("@@.md", "@@", "Guide"),
        // Invariant casing has no lower case for the dotted capital I (only Turkish casing maps it, to 'i'): it stays.
        ("\u0130stanbul.md", "\u0130stanbul", "\u0130stanbul"),
        ("\u0648\u0631\u062f.md", "\u0648\u0631\u062f", "\u0648\u0631\u062f"),
        ("emoji-\ud83d\ude00.md", "emoji-\ud83d\ude00", "Emoji"),
        ("tab\tname.md", "tab\tname", "TabName"),
        ("\"quoted\".md", "\"quoted\"", "Quoted"),
        ("new\u2028line.md", "new\u2028line", "NewLine"),
    ];

    public static IEnumerable<HostileCase> All =>
        s_names.Select(name => new HostileCase(
            "file-name " + name.FileName.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal),
            "en/" + name.FileName,
            () => Microsoft.CodeAnalysis.Text.SourceText.From(Guide(), System.Text.Encoding.UTF8),
            [])
        {
            Entry = new CatalogEntryExpected(name.Id, name.Property),
        });
}
