using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// What the packed literals of a library of varied guides take, 7 bits a byte against the Z85 they replaced: the same
/// Deflate bytes (DeflateStream, Optimal, on this machine) in both, and the characters of the source the compiler holds.
/// </summary>
internal static class PackedSize
{
    public static void Run(int count)
    {
        var guides = GuideCorpus.GenerateVaried(count).ToList();
        var markdown = guides.Sum(g => (long)System.Text.Encoding.UTF8.GetByteCount(g.Text));
        var literals = PackedLiterals.OfGuides(guides, out var index);
        Console.WriteLine($"{count:N0} varied guides, {markdown:N0} bytes of Markdown");
        Console.WriteLine("| Packed | UTF-8 | Deflate | Z85 (before) | 7-bit (after) | after / before | source characters, after |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row("Guides' text (" + literals.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " literals)", literals);
        if (index is not null)
        {
            Row("Search index", [index]);
            Row("Both", [.. literals, index]);
        }
    }

    private static void Row(string name, List<PackedLiteral> literals)
    {
        long utf8 = 0, deflate = 0, z85 = 0, sevenBit = 0, source = 0;
        foreach (var literal in literals)
        {
            var bytes = GuideSearch.Unpack(literal.Packed, literal.Length);
            var deflated = Z85Baseline.Deflate(bytes);
            utf8 += bytes.Length;
            deflate += deflated.Length;
            z85 += Z85Baseline.ToZ85(deflated).Length;
            sevenBit += literal.Packed.Length;
            source += literal.SourceCharacters;
        }

        Console.WriteLine($"| {name} | {utf8:N0} | {deflate:N0} | {z85:N0} | {sevenBit:N0} | **{(double)sevenBit / z85:F3}** | {source:N0} ({(double)source / sevenBit:F3} a byte) |");
    }
}
