using System.Text;
using Guides.Corpus;
using Guides.Generator.Emit;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>
/// Release builds pack each guide's text (Deflate, 7 bits a byte inside a UTF-8 literal) to make the assembly small, and
/// unpack it on the first read of a packed string: every string reads the same as in a Debug build, which keeps it as it is.
/// </summary>
public sealed class PackedTextTests
{
    [Fact]
    public void A_UTF8_literal_of_every_ASCII_value_compiles_without_a_diagnostic_to_exactly_those_bytes()
    {
        var all = new string(Enumerable.Range(0, 128).Select(i => (char)i).ToArray());
        var written = CSharpLiteral.AsciiBody(all);
        // Only the characters C# does not allow in a literal, and NUL, are escaped; every other control is itself.
        Assert.Equal(128 + 5, written.Length);
        // NUL itself would do too: the compiler takes it as it takes any other control character.
        var rawNul = written.Replace("\\0", "\0", StringComparison.Ordinal);
        Assert.Equal(128 + 4, rawNul.Length);

        foreach (var body in new[] { written, rawNul })
        {
            var compilation = GeneratorHarness.CreateCompilation(
                GeneratorHarness.Latest,
                "public static class Holder { public static byte[] Bytes() => System.Linq.Enumerable.ToArray(Data()); private static System.Collections.Generic.IEnumerable<byte> Data() { var a = new byte[128]; Literal.CopyTo(a); return a; } private static System.ReadOnlySpan<byte> Literal => \"" + body + "\"u8; }");

            Assert.Empty(compilation.GetDiagnostics());
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            Assert.Empty(emit.Diagnostics);
            var assembly = new System.Runtime.Loader.AssemblyLoadContext("ascii-literal", isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
            var bytes = (byte[])assembly.GetType("Holder")!.GetMethod("Bytes")!.Invoke(null, null)!;
            Assert.Equal(Enumerable.Range(0, 128).Select(i => (byte)i), bytes);
        }
    }

    [Fact]
    public void Packed_text_is_7_bits_a_byte_and_8_bytes_for_7()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(GuideCorpus.GenerateVaried(2).Select(g => g.Text)));

        var packed = PackedText.Pack(bytes, 0, bytes.Length);

        Assert.All(packed, c => Assert.True(c < 0x80));
        // The generator's own encoder (the same bytes on every machine), 8 characters for 7 of its bytes; DeflateStream reads them.
        var deflated = new MemoryStream(Guides.Generator.Emit.DeflateEncoder.Compress(bytes));
        using var inflated = new MemoryStream();
        using (var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(deflated.ToArray()), System.IO.Compression.CompressionMode.Decompress))
        {
            inflate.CopyTo(inflated);
        }

        Assert.Equal(bytes, inflated.ToArray());
        Assert.Equal((deflated.Length * 8 + 6) / 7, packed.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(1000)]
    [InlineData(300_000)]
    public void Packed_bytes_unpack_to_the_same_bytes(int length)
    {
        var random = new Random(length);
        var bytes = new byte[length];
        // Half random bytes (which Deflate cannot shrink), half text (which it can).
        random.NextBytes(bytes.AsSpan(0, length / 2));
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("étape ", length)).Substring(0, length - (length / 2)), 0, length - (length / 2), bytes, length / 2);

        var packed = PackedText.Pack(bytes, 0, length);

        Assert.All(packed, c => Assert.True(c < 0x80));
        Assert.Equal(bytes, PackedText.Unpack(Encoding.ASCII.GetBytes(packed), length));
    }

    [Theory]
    [InlineData("Hello\"orld")]
    [InlineData("HelloWorl")]
    [InlineData("%%%%%")]
    [InlineData("")]
    [InlineData("\u00ff")]
    public void Damaged_packed_text_is_an_error_not_a_wrong_string(string text) =>
        Assert.Throws<InvalidDataException>(() => PackedText.Unpack(Encoding.Latin1.GetBytes(text), 8));

    [Theory]
    [InlineData(OptimizationLevel.Release)]
    [InlineData(OptimizationLevel.Debug)] // packed on request, in the code shaped for hot reload
    public void A_packed_library_reads_every_string_as_an_unpacked_one(OptimizationLevel optimization)
    {
        var guides = Repository.ContentGuides()
            .Concat(GuideCorpus.Generate(20).Select(g => new GuideInput(g.RelativePath, g.Text)))
            .Append(new GuideInput("en/odd.md", Hostile.HostileText.Guide("### Step 1: Odd\n\nA lone surrogate \ud800 and \"quotes\" \\ and 日本語.\n")))
            .ToArray();

        var packed = GeneratorHarness.Run(guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "true" }, optimization: optimization);
        var plain = GeneratorHarness.Run(guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "false" }, optimization: optimization);

        Assert.Contains(packed.Result.GeneratedSources, s => IsPacked(s.SourceText.ToString()));
        Assert.DoesNotContain(plain.Result.GeneratedSources, s => IsPacked(s.SourceText.ToString()));
        if (optimization == OptimizationLevel.Release)
        {
            // A Release build writes each guide's record in its own output; a library this size packs with a dictionary of its
            // words, which its guides' packed strings reach back into.
            Assert.Contains(packed.Result.GeneratedSources, s => s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal));
            Assert.Contains("Catalog_Dictionary", packed.Source("GuideCatalog.Dictionary.g.cs"), StringComparison.Ordinal);
            Assert.Contains(packed.Result.GeneratedSources, s => s.SourceText.ToString().Contains("Dictionary => Catalog_Dictionary.Bytes;", StringComparison.Ordinal));
        }

        var expected = AllStrings(plain);
        Assert.Equal(expected, AllStrings(packed));
        Assert.True(expected.Count > 2_000, expected.Count + " strings");
    }

    [Fact]
    public void Release_builds_pack_and_Debug_builds_do_not_unless_GuidesCompressText_says()
    {
        GuideInput[] guides = [new("en/one.md", Hostile.HostileText.Guide("### Step 1: One\n\n" + string.Concat(Enumerable.Repeat("Some words to pack. ", 50)) + "\n"))];

        Assert.True(Packs(guides, OptimizationLevel.Release, null));
        Assert.False(Packs(guides, OptimizationLevel.Debug, null));
        Assert.True(Packs(guides, OptimizationLevel.Debug, "true"));
        Assert.False(Packs(guides, OptimizationLevel.Release, "false"));
        // C# 10 has no UTF-8 literals: the record is a string literal of its bytes, packed all the same.
        Assert.True(Packs(guides, OptimizationLevel.Release, null, LanguageVersion.CSharp10));
        Assert.False(Packs(guides, OptimizationLevel.Release, "false", LanguageVersion.CSharp10));
    }

    private static bool Packs(GuideInput[] guides, OptimizationLevel level, string? setting, LanguageVersion version = LanguageVersion.Latest)
    {
        var parseOptions = new CSharpParseOptions(version);
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        compilation = compilation.WithOptions(compilation.Options.WithOptimizationLevel(level));
        // An empty value is no setting: the generator decides by the build.
        var properties = new Dictionary<string, string> { ["GuidesCompressText"] = setting ?? string.Empty };
        GeneratorHarness.CreateDriver(guides, parseOptions, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return output.SyntaxTrees.Any(t => IsPacked(t.ToString()));
    }

    /// <summary>Whether generated code holds packed text: a guide's record with packed strings.</summary>
    private static bool IsPacked(string source) => source.Contains(", those past the first packed.", StringComparison.Ordinal);

    /// <summary>Every string of every guide of the library, each labelled with where it is read from.</summary>
    internal static List<string> AllStrings(GeneratorOutput output)
    {
        var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        var all = (IReadOnlyList<Guide>)catalog.GetProperty("All")!.GetValue(null)!;
        var strings = new List<string>();
        foreach (var guide in all.SelectMany(g => g.Translations))
        {
            var key = guide.Id + "/" + guide.Language + " ";
            strings.AddRange([key + guide.Title, key + guide.Description, key + guide.Category, key + guide.Platform]);
            foreach (var step in guide.Steps)
            {
                strings.AddRange([key + step.Title, key + step.Markdown, key + step.Html, key + step.Text]);
            }

            foreach (var entry in guide.Faq)
            {
                strings.AddRange([key + entry.Question, key + entry.Answer, key + entry.AnswerHtml]);
            }

            foreach (var section in guide.Sections.Concat(guide.Introduction is null ? [] : [guide.Introduction]))
            {
                strings.AddRange([key + section.Heading, key + section.Markdown, key + section.Html, key + section.Text]);
            }

            foreach (var text in guide.Requirements.Concat(guide.Tips))
            {
                strings.AddRange([key + text.Markdown, key + text.Html, key + text.Text]);
            }

            strings.AddRange(guide.Links.Select(l => key + l.Text + " " + l.Url));
            strings.AddRange(guide.Outline.Select(h => key + h.Title + " #" + h.Anchor));
            strings.Add(key + guide.WordCount + " " + guide.ReadingTime);
        }

        return strings;
    }
}
