using System.Globalization;
using Guides.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guides.Benchmarks;

/// <summary>A packed literal of a library the generator wrote: its bytes, its characters in the source, and what it unpacks to.</summary>
internal sealed record PackedLiteral(string Guide, byte[] Packed, int SourceCharacters, int Length);

/// <summary>
/// The packed literals of libraries compiled in process by this generator (Release, <c>GuidesCompressText=true</c>): each
/// guide's <c>Packed</c> and the search index's parts, read from the generated code as the compiler reads them.
/// </summary>
internal static class PackedLiterals
{
    /// <summary>Every guide's packed text in the library of <paramref name="guides"/>.</summary>
    public static List<PackedLiteral> OfGuides(IEnumerable<CorpusGuide> guides, out PackedLiteral? searchIndex)
    {
        var run = new GeneratorRun(guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "true" });
        var result = run.CreateDriver().RunGenerators(run.Compilation).GetRunResult().Results.Single();
        var literals = new List<PackedLiteral>();
        var indexParts = new List<(string Hint, LiteralExpressionSyntax Literal)>();
        var indexLength = 0;
        foreach (var source in result.GeneratedSources)
        {
            var root = CSharpSyntaxTree.ParseText(source.SourceText, run.ParseOptions).GetRoot();
            foreach (var property in root.DescendantNodes().OfType<PropertyDeclarationSyntax>())
            {
                if (property.ExpressionBody?.Expression is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.Utf8StringLiteralExpression))
                {
                    continue;
                }

                if (property.Identifier.Text == "Packed")
                {
                    var holder = property.Ancestors().OfType<ClassDeclarationSyntax>().First();
                    var call = holder.DescendantNodes().OfType<InvocationExpressionSyntax>().First(i => i.Expression.ToString() == "Unpack");
                    var length = int.Parse(call.ArgumentList.Arguments[1].ToString(), CultureInfo.InvariantCulture);
                    literals.Add(new PackedLiteral(holder.Identifier.Text, Bytes(literal), literal.Token.Text.Length - 3, length));
                }
                else if (property.Identifier.Text.StartsWith("Catalog_SearchPacked", StringComparison.Ordinal))
                {
                    indexParts.Add((source.HintName, literal));
                }
            }

            var unpack = root.DescendantNodes().OfType<InvocationExpressionSyntax>().FirstOrDefault(i => i.Expression.ToString() == "global::Guides.GuideSearch.Unpack");
            if (unpack is not null)
            {
                indexLength = int.Parse(unpack.ArgumentList.Arguments[1].ToString(), CultureInfo.InvariantCulture);
            }
        }

        var parts = indexParts.OrderBy(p => p.Hint.Length).ThenBy(p => p.Hint, StringComparer.Ordinal).ToList();
        searchIndex = parts.Count == 0
            ? null
            : new PackedLiteral("search index", [.. parts.SelectMany(p => Bytes(p.Literal))], parts.Sum(p => p.Literal.Token.Text.Length - 3), indexLength);
        return literals;
    }

    /// <summary>The bytes of a <c>"..."u8</c> literal: its characters, all ASCII.</summary>
    private static byte[] Bytes(LiteralExpressionSyntax literal) => [.. literal.Token.ValueText.Select(c => checked((byte)c))];
}
