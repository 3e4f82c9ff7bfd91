using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests.Hostile;

/// <summary>A diagnostic a hostile guide must raise: its ID and where it stands, 1-based, as an editor shows it.</summary>
public sealed record ExpectedDiagnostic(string Id, int Line, int Column)
{
    public static ExpectedDiagnostic Of(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return new(diagnostic.Id, start.Line + 1, start.Character + 1);
    }

    public override string ToString() => $"{Id} at {Line}:{Column}";
}

/// <summary>
/// One hostile guide: a name, its path under content/, a generator of its text (some are megabytes), the
/// diagnostics it must raise (all of them, in any order), and an optional check of the guide it still gives.
/// </summary>
public sealed record HostileCase(string Name, string RelativePath, Func<SourceText> Text, ExpectedDiagnostic[] Expected, Action<Guide>? Check = null)
{
    public HostileCase(string name, string text, params ExpectedDiagnostic[] expected)
        : this(name, "en/" + name + ".md", () => SourceText.From(text, System.Text.Encoding.UTF8), expected)
    {
    }

    /// <summary>When set, the id and the property the guide must have in the compiled catalog.</summary>
    public CatalogEntryExpected? Entry { get; init; }

    public override string ToString() => Name;
}

/// <summary>A guide's id and the name of its property on the catalog class.</summary>
public sealed record CatalogEntryExpected(string Id, string Property);
