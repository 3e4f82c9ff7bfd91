using BenchmarkDotNet.Attributes;
using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// Unpacking one guide's text, side by side in one run: Z85 then <c>DeflateStream</c> (the packing before), and 7 bits a
/// byte read by the runtime's own inflater (<c>GuideSearch.Unpack</c>, the runtime's net8.0 build). The text is a real
/// packed literal: the seed guide's (content/fr/ameli.md), or the varied corpus guide whose packed text is nearest
/// 12.5 KB, compiled in process by this generator, or the search index of 1,000 varied guides; the Z85 form is made
/// from the same bytes.
/// </summary>
[Config(typeof(SteadierConfig))]
public class UnpackBenchmarks
{
    private byte[] _sevenBit = null!;
    private byte[] _z85 = null!;
    private byte[] _deflate = null!;
    private int _length;

    [Params("seed guide", "varied guide", "search index, 1,000 varied guides")]
    public string Text { get; set; } = "seed guide";

    [GlobalSetup]
    public void Setup()
    {
        PackedLiteral? index = null;
        var literal = Text switch
        {
            "seed guide" => PackedLiterals.OfGuides([new CorpusGuide("fr/ameli.md", "ameli", File.ReadAllText(Path.Combine(PackedTextBenchmarks.RepositoryRoot(), "content", "fr", "ameli.md")))], out _).Single(),
            "varied guide" => PackedLiterals.OfGuides(GuideCorpus.GenerateVaried(12), out _).OrderBy(l => Math.Abs(l.Length - 12_500)).First(),
            _ => PackedLiterals.OfGuides(GuideCorpus.GenerateVaried(1_000), out index) is var _ ? index! : null!,
        };
        _sevenBit = literal.Packed;
        _length = literal.Length;
        var utf8 = GuideSearch.Unpack(_sevenBit, _length);
        _z85 = Z85Baseline.Pack(utf8);
        _deflate = Z85Baseline.FromZ85(_z85);
        if (!Z85Baseline.Unpack(_z85, _length).AsSpan().SequenceEqual(utf8))
        {
            throw new InvalidOperationException("The two packings differ.");
        }

        Console.WriteLine($"// {Text}: {_length:N0} bytes; Deflate {_deflate.Length:N0}; Z85 {_z85.Length:N0}; 7-bit {_sevenBit.Length:N0} ({literal.SourceCharacters:N0} characters in the source)");
    }

    [Benchmark(Baseline = true, Description = "Before: Z85, then DeflateStream")]
    public byte[] Z85AndDeflateStream() => Z85Baseline.Unpack(_z85, _length);

    [Benchmark(Description = "  of which DeflateStream alone")]
    public byte[] DeflateStreamAlone()
    {
        var utf8 = new byte[_length];
        using var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(_deflate), System.IO.Compression.CompressionMode.Decompress);
        inflate.ReadExactly(utf8);
        return utf8;
    }

    [Benchmark(Description = "After: 7 bits a byte, own inflater")]
    public byte[] SevenBitAndInflater() => GuideSearch.Unpack(_sevenBit, _length);
}
