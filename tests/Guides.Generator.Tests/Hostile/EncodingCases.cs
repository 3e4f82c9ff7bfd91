using System.Text;
using Microsoft.CodeAnalysis.Text;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>Bytes and characters that are not what a text file should hold, and sizes past the limit.</summary>
public static class EncodingCases
{
    /// <summary>The file as the compiler on .NET reads it: decoded from bytes, its BOM dropped, invalid UTF-8 bytes made U+FFFD.</summary>
    public static SourceText FromBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, Encoding.UTF8, throwIfBinaryDetected: false);
    }

    /// <summary>Bytes that are not UTF-8 (Latin-1 "é" and a lone continuation byte): the compiler then falls back to a code page.</summary>
    private static SourceText Latin1() =>
        SourceText.From(Encoding.Latin1.GetString(Encoding.Latin1.GetBytes(Guide("### Step 1: Caf\u00e9\n\nD\u00e9j\u00e0 \u0080.\n"))), Encoding.Latin1);

    private static SourceText BomAndCrlf() =>
        FromBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(
            Guide("### Step 1: Only step\n\nSome <b>bold</b> text.\n", extraFront: "steps: x\n").Replace("\n", "\r\n", StringComparison.Ordinal))]);

    public static IEnumerable<HostileCase> All =>
    [
        new("invalid-utf8", "en/invalid-utf8.md", Latin1, [At("GUIDE013", 1, 1)]),
        new("invalid-utf8-as-dotnet-decodes-it", "en/invalid-utf8-as-dotnet-decodes-it.md",
            () => FromBytes([.. Encoding.UTF8.GetBytes(Guide("### Step 1: Caf")), 0xE9, .. "\n\nText \u0080.\n"u8.ToArray()]), [At("GUIDE013", BodyLine, 16)]),
        new("bom-and-crlf", "en/bom-and-crlf.md", BomAndCrlf, [At("GUIDE005", 6, 8), At("GUIDE011", 11, 6), At("GUIDE011", 11, 13)]),
        new("nul-and-controls-in-the-body", "en/nul-and-controls-in-the-body.md",
            () => SourceText.From(Guide("### Step 1: Nul\0 bell\a escape\u001b\n\nDel\u007f c1\u0085 nul\0 vt\v ff\f end.\n"), Encoding.UTF8),
            [],
            guide => Assert.Equal("Nul\ufffd bell\a escape\u001b", guide.Steps[0].Title)),
        new("five-megabytes", "en/five-megabytes.md", () => SourceText.From(Guide(Repeat("Some text of a guide.\n", 250_000)), Encoding.UTF8), [At("GUIDE014", 1, 1)]),
        new("only-a-bom", "en/only-a-bom.md", () => FromBytes(Encoding.UTF8.GetPreamble()), [At("GUIDE001", 1, 1)]),
    ];
}
