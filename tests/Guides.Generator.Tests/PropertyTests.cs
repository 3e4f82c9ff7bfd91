using System.Globalization;
using System.Text;
using CsCheck;
using Guides.Generator.Emit;
using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>
/// Properties checked on random input (CsCheck). By default 24 iterations (about 20 seconds on two cores); set
/// GUIDES_PROPERTY_ITERATIONS for more (GUIDES_PROPERTY_ITERATIONS=2000 dotnet test --filter PropertyTests). A failure prints its seed: run again
/// with GUIDES_PROPERTY_SEED set to it to reproduce it.
/// </summary>
public sealed class PropertyTests
{
    private static readonly int s_iterations =
        int.TryParse(Environment.GetEnvironmentVariable("GUIDES_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 24;

    private static readonly string? s_seed = Environment.GetEnvironmentVariable("GUIDES_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Characters that break code and text formats, often; anything else, sometimes.</summary>
    private static readonly Gen<char> s_hardChar = Gen.Frequency(
        (3, Gen.Char["\"\\{}*/#@$'`\n\r\t\0\u0085\u2028\u2029\ufeff\ufffd\u202e"]),
        (2, Gen.Char['\0', '\u001f']),
        (2, Gen.Char['\ud800', '\udfff']),
        (3, Gen.Char));

    /// <summary>Runs of quotes, as raw strings and verbatim strings would need them.</summary>
    private static readonly Gen<string> s_hardString = Gen.Frequency(
        (4, s_hardChar.Array[0, 30].Select(chars => new string(chars))),
        (1, Gen.Int[1, 12].Select(count => new string('"', count))));

    /// <summary>Well-formed Unicode only (a UTF-8 file cannot hold a lone surrogate): any scalar value, the hard ones often.</summary>
    private static readonly Gen<string> s_scalarString = Gen.Frequency(
            (3, Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF)),
            (3, Gen.Char["\"\\{}*/#@$'`\n\r\t\0\u0085\u2028\u2029\ufeff\ufffd\u202e"].Select(c => (int)c)),
            (1, Gen.Int[0, 0x1F]))
        .Array[0, 30]
        .Select(values => string.Concat(values.Select(char.ConvertFromUtf32)));

    [Fact]
    public void Any_string_round_trips_through_a_compiled_literal()
    {
        s_hardString.Array[1, 20].Sample(
            values =>
            {
                var code = new StringBuilder("public static class Holder { public static string[] Values => new string[] {");
                foreach (var value in values)
                {
                    code.Append(CSharpLiteral.Quote(value)).Append(", ");
                }

                code.Append("}; }");
                var output = Compile(code.ToString());

                Assert.Equal(values, (string[])output.Load().GetType("Holder")!.GetProperty("Values")!.GetValue(null)!);
            },
            seed: s_seed,
            iter: s_iterations,
            threads: 1);
    }

    [Fact]
    public void Any_well_formed_string_in_every_field_round_trips_through_the_generated_code()
    {
        s_scalarString.Array[5].Sample(
            values =>
            {
                // Guarded by letters: fields are trimmed, and an empty one is an error.
                var expected = values.Select(v => "<" + v + ">").ToArray();
                var guide = HostileText.Guide(extraFront: $"platform: {Yaml(expected[3])}\nfaq:\n  - question: {Yaml(expected[4])}\n    answer: \"A.\"\n")
                    .Replace("\"Hostile guide\"", Yaml(expected[0]), StringComparison.Ordinal)
                    .Replace("\"A guide that tries to break the generator.\"", Yaml(expected[1]), StringComparison.Ordinal)
                    .Replace("\"tests\"", Yaml(expected[2]), StringComparison.Ordinal);

                var output = GeneratorHarness.Run([new GuideInput("en/random.md", guide)], GeneratorHarness.Latest);

                Assert.Empty(output.GeneratorDiagnostics);
                Assert.Empty(output.CompilerProblems);
                var loaded = output.Find("random")!;
                Assert.Equal(expected, new[] { loaded.Title, loaded.Description, loaded.Category, loaded.Platform, loaded.Faq[0].Question });
            },
            seed: s_seed,
            iter: s_iterations,
            threads: 1,
            print: values => string.Join(" | ", values.Select(v => string.Concat(v.Select(c => $"\\u{(int)c:X4}")))));
    }

    /// <summary>Pieces of text that Markdown reads, or nearly reads, as more than words; and words.</summary>
    private static readonly string[] s_markdownPieces =
    [
        "-", "- ", "+ ", "* ", "#", "# ", "## ", "1.", "1. ", "12) ", "1234567890.", "2)", "0", "7", ".", ")", "(", "=", "===", "---", ">", "> ",
        "&", "& ", "&amp;", "&#65;", "&#x41;", "&copy;", "&nope;", "&;", "&é", "<", "<b>", "</a>", "<!-- c -->", "\"", "'", "\u2019", "«", "»",
        "www.", "WWW.", "www.example.org", "http://", "HTTP://x.y", "https://a.b/c?d=e", "ftp://f.g", "mailto:a@b.c", "MailTo:", "tel:", "Tel:+33",
        "a@b.c", ":", " : ", "://", "*", "**", "_", "__", "`", "``", "~", "~~~", "|", "[", "]", "[a](b)", "![i](j)", "!", "\\", "\\*", "{", "}",
        " ", "  ", "   ", "    ", "\t", "\n", "\r", "\r\n", "\n\n", "\u00a0", "\u2028", "\u0085", "\ufeff", "\u0000", "\u007f", "\u200b",
        "\ud83d\ude00", "\ud800", "é", "ü", "ß", "İ", "x", "Word", "word", "lorem ipsum", "l'assurance", "qu'est-ce", "3 à 7 jours", "5 %", "€", "$", "@", "?", ",", ";", "/",
    ];

    [Fact]
    public void A_plain_faq_answer_renders_as_markdig_renders_it_where_the_fast_path_applies()
    {
        var piece = Gen.Frequency(
            (3, Gen.OneOfConst(s_markdownPieces)),
            (4, Gen.OneOfConst("Word", "word", " lorem ipsum ", "l'assurance", "é", "x", "7", " ")),
            (1, s_hardChar.Select(c => c.ToString())));
        var applied = 0;
        var samples = 0;
        piece.Array[1, 12].Select(string.Concat).Sample(
            text =>
            {
                samples++;
                if (!Parsing.PlainParagraph.Applies(text))
                {
                    return;
                }

                applied++;
                var document = Parsing.MarkdownRendering.Parse(text);
                var findings = Parsing.MarkdownRendering.Sanitize(document);
                Assert.Empty(findings.UnsafeLinks);
                Assert.Empty(findings.RawHtml);
                Assert.Null(Parsing.NestingGuard.Check(text));
                Assert.Equal(Parsing.MarkdownRendering.ToHtml(document), Parsing.PlainParagraph.ToHtml(text));
                Assert.Equal(Parsing.MarkdownRendering.ToText(document), text);
            },
            seed: s_seed,
            iter: s_iterations * 1000,
            threads: 1,
            print: text => string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:X4}")));

        // Not a property of nothing: the fast path took a good share of the samples.
        Assert.True(applied > samples / 10, $"{applied} of {samples} samples took the fast path.");
    }

    [Theory]
    [InlineData("Ameli is the online platform of the French Health Insurance (Assurance Maladie). It lets you check your reimbursements.")]
    [InlineData("Oui : ouvrez l'application, puis « Mon compte » ; 3 à 7 jours, 5 % & plus !")]
    [InlineData("2026 est l'année où \"tout\" change > avant")]
    public void A_faq_answer_of_plain_words_takes_the_fast_path(string answer) =>
        Assert.True(Parsing.PlainParagraph.Applies(answer));

    [Fact]
    public void Any_mutation_of_a_valid_guide_gives_a_guide_or_located_diagnostics_and_compiles()
    {
        var originals = new[] { TestGuides.Ameli, TestGuides.File("en/wifi-setup.md") }
            .Select(g => Encoding.UTF8.GetBytes(g.Text.ToString())).ToArray();
        var mutation = Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Byte);
        Gen.Select(Gen.Int[0, originals.Length - 1], mutation.Array[1, 6]).Sample(
            sample =>
            {
                var (which, mutations) = sample;
                var bytes = mutations.Aggregate(originals[which], Mutate);
                var input = new GuideInput("en/mutant.md", EncodingCases.FromBytes(bytes));

                var output = GeneratorHarness.Run([input], null);

                Assert.Null(output.Result.Exception);
                Assert.All(output.GeneratorDiagnostics, d =>
                {
                    Assert.Equal(input.FullPath, d.Location.GetLineSpan().Path);
                    Assert.InRange(d.Location.SourceSpan.End, 0, input.Text.Length);
                });
                Assert.Contains(output.Result.GeneratedSources, s => s.SourceText.ToString().Contains("Guide Mutant => ", StringComparison.Ordinal));
                Assert.Empty(output.CompilerProblems);
            },
            seed: s_seed,
            iter: s_iterations * 3,
            threads: 1,
            print: sample => $"guide {sample.Item1}, mutations {string.Join("; ", sample.Item2)}");
    }

    /// <summary>One mutation of the file's bytes: flip a byte, truncate, duplicate a line, swap two lines, or delete a line.</summary>
    private static byte[] Mutate(byte[] bytes, (int Kind, double Where, double Other, byte Value) mutation)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = (int)(mutation.Where * (bytes.Length - 1));
        switch (mutation.Kind)
        {
            case 0:
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= mutation.Value == 0 ? (byte)0x80 : mutation.Value;
                return flipped;
            case 1:
                return bytes[..at];
        }

        var lines = SplitLines(bytes);
        var i = (int)(mutation.Where * (lines.Count - 1));
        var j = (int)(mutation.Other * (lines.Count - 1));
        switch (mutation.Kind)
        {
            case 2:
                lines.Insert(i, lines[i]);
                break;
            case 3:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            default:
                lines.RemoveAt(i);
                break;
        }

        return [.. lines.SelectMany(line => line)];
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var k = 0; k < bytes.Length; k++)
        {
            if (bytes[k] == (byte)'\n')
            {
                lines.Add(bytes[start..(k + 1)]);
                start = k + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    /// <summary>
    /// A YAML double-quoted scalar holding exactly <paramref name="value"/>, as a person would write it: letters of every
    /// script, symbols and emoji as they are (raw UTF-8 in the file); escaped only what YAML does not allow there or
    /// would read as something else: the quote, the backslash, control characters (C0, DEL, C1), line breaks (NEL, LS, PS),
    /// the byte order mark, the non-characters U+FFFE and U+FFFF, and U+FFFD, which the generator takes raw for the mark
    /// of bytes that were not UTF-8 (GUIDE013).
    /// </summary>
    private static string Yaml(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\' or < 0x20 or (>= 0x7F and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF or 0xFFFD or 0xFFFE or 0xFFFF)
            {
                builder.Append($"\\u{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.Append('"').ToString();
    }

    [Fact]
    public void The_yaml_writer_keeps_letters_of_every_script_and_escapes_what_yaml_cannot_hold()
    {
        Assert.Equal("\"Caf\u00e9 \u6f22\u5b57 \ud83d\ude00 \u0648\u0631\u062f \u202e\"", Yaml("Caf\u00e9 \u6f22\u5b57 \ud83d\ude00 \u0648\u0631\u062f \u202e"));
        Assert.Equal("\"\\u0022\\u005C\\u000A\\u0009\\u007F\\u0085\\u2028\\u2029\\uFEFF\\uFFFD\\uFFFF\"", Yaml("\"\\\n\t\u007f\u0085\u2028\u2029\ufeff\ufffd\uffff"));
    }

    private static GeneratorOutput Compile(string code) =>
        new(GeneratorHarness.CreateDriver([]), GeneratorHarness.CreateCompilation(new CSharpParseOptions(LanguageVersion.CSharp7_3), code), default, []);
}
