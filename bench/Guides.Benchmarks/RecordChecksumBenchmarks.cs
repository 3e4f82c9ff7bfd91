using BenchmarkDotNet.Attributes;
using Guides.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guides.Benchmarks;

/// <summary>
/// What the record's checksum costs a guide's first use: the pass <c>RecordText.Open</c> makes over the record's bytes
/// (FNV-1a, <c>RecordFormat.Checksum</c>) before reading it, on the seed guide's record as this generator writes it in
/// Release, unpacked (<c>GuidesCompressText=false</c>) and packed. The record's bytes are read from the generated
/// <c>Data</c> literal, as the compiler reads it; the loop is the runtime's, byte for byte.
/// </summary>
[Config(typeof(SteadierConfig))]
public class RecordChecksumBenchmarks
{
    private byte[] _plain = null!;
    private byte[] _packed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = Record("false");
        _packed = Record("true");
        Console.WriteLine($"// The seed guide's record: {_plain.Length:N0} bytes unpacked, {_packed.Length:N0} bytes packed.");
    }

    [Benchmark(Baseline = true, Description = "Byte-wise checksum (first version), unpacked record")]
    public uint Plain() => Checksum(_plain);

    [Benchmark(Description = "Byte-wise checksum (first version), packed record")]
    public uint Packed() => Checksum(_packed);

    [Benchmark(Description = "Word-wise checksum (RecordFormat.Checksum), unpacked record")]
    public ulong PlainWords() => Words(_plain);

    [Benchmark(Description = "Word-wise checksum (RecordFormat.Checksum), packed record")]
    public ulong PackedWords() => Words(_packed);

    /// <summary>
    /// The runtime's loop now (<c>RecordFormat.Checksum</c>, internal to the runtime, so copied here): FNV-1a over
    /// 64-bit little-endian words, then the last bytes; the finalizer's three steps are left out (constant time).
    /// </summary>
    private static ulong Words(byte[] bytes)
    {
        var hash = 14695981039346656037ul;
        var span = (ReadOnlySpan<byte>)bytes;
        var i = 0;
        for (; i + 8 <= span.Length; i += 8)
        {
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(i))) * 1099511628211ul;
        }

        for (; i < span.Length; i++)
        {
            hash = (hash ^ span[i]) * 1099511628211ul;
        }

        return hash;
    }

    /// <summary>The runtime's first loop (<c>RecordText.Open</c> before): FNV-1a over every byte from the checksum's end.</summary>
    private static uint Checksum(byte[] bytes)
    {
        var hash = 2166136261u;
        for (var i = 0; i < bytes.Length; i++)
        {
            hash = (hash ^ bytes[i]) * 16777619;
        }

        return hash;
    }

    private static byte[] Record(string compress)
    {
        var seed = File.ReadAllText(Path.Combine(PackedTextBenchmarks.RepositoryRoot(), "content", "fr", "ameli.md"));
        var run = new GeneratorRun([new CorpusGuide("fr/ameli.md", "ameli", seed)], properties: new Dictionary<string, string> { ["GuidesCompressText"] = compress });
        var result = run.CreateDriver().RunGenerators(run.Compilation).GetRunResult().Results.Single();
        foreach (var source in result.GeneratedSources)
        {
            var root = CSharpSyntaxTree.ParseText(source.SourceText, run.ParseOptions).GetRoot();
            foreach (var property in root.DescendantNodes().OfType<PropertyDeclarationSyntax>())
            {
                if (property.Identifier.Text == "Data" && property.ExpressionBody?.Expression is LiteralExpressionSyntax literal &&
                    literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) &&
                    property.Ancestors().OfType<ClassDeclarationSyntax>().First().Identifier.Text == "Ameli_fr_Guide")
                {
                    return System.Text.Encoding.UTF8.GetBytes(literal.Token.ValueText);
                }
            }
        }

        throw new InvalidOperationException("No record literal for Ameli_fr_Guide (GuidesCompressText=" + compress + ").");
    }
}
