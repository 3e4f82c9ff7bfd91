using System.Globalization;
using Guides.Generator.Emit;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>Every string from a guide goes through <see cref="CSharpLiteral"/>: nothing can break out of the literal, and the value round-trips exactly.</summary>
public sealed class EscapingTests
{
    public static readonly TheoryData<string> HardStrings =
    [
        "plain",
        "\"quoted\" and \"\"\"raw\"\"\"",
        "back\\slash\\",
        "{0} {{braces}} }",
        "*/ /* // comment",
        "\n#error injected\n#line 1 \"x\"",
        "nul\0inside",
        "next line\u0085here",
        "line\u2028separator and paragraph\u2029separator",
        "lone high \ud800 and lone low \udc00",
        "pair 😀 and reversed \udc00\ud800",
        "bidi \u202e override \u2066",
        "tab\tcr\rlf\nbell\a",
        "\u007f\u0080\u009f",
        "\"; System.Environment.Exit(1); var s = \"",
        "",
    ];

    [Theory]
    [MemberData(nameof(HardStrings))]
    public void Quote_round_trips_through_the_compiler(string value)
    {
        var literal = CSharpLiteral.Quote(value);

        var compiled = CompileConstant(literal, LanguageVersion.CSharp7_3);

        Assert.Equal(value, compiled);
    }

    [Theory]
    [MemberData(nameof(HardStrings))]
    public void Quote_keeps_the_literal_on_one_line(string value)
    {
        var literal = CSharpLiteral.Quote(value);

        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\0');
        Assert.True(CSharpSyntaxTree.ParseText("class C { string s = " + literal + "; }").GetDiagnostics().All(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Quote_escapes_a_character_alike_wherever_it_stands()
    {
        // Plain text is looked at a block of characters at a time: a hard character is escaped at any offset in a block.
        foreach (var hard in new[] { '"', '\\', '\n', '\0', '\u007f', '\u0085', 'é', '\u202e', '\ud800', '\ue000', '~', ' ' })
        {
            var escaped = CSharpLiteral.Quote(hard.ToString())[1..^1];
            for (var before = 0; before <= 70; before++)
            {
                var prefix = new string('a', before);
                var suffix = new string('z', 70 - before);

                Assert.Equal("\"" + prefix + escaped + suffix + "\"", CSharpLiteral.Quote(prefix + hard + suffix));
            }
        }
    }

    [Theory]
    [MemberData(nameof(HardStrings))]
    public void Xml_doc_text_stays_on_its_comment_line(string value)
    {
        var doc = CSharpLiteral.XmlDoc(value);
        var tree = CSharpSyntaxTree.ParseText("/// <summary>" + doc + "</summary>\npublic class C { }", new CSharpParseOptions(documentationMode: Microsoft.CodeAnalysis.DocumentationMode.Diagnose));

        Assert.DoesNotContain(doc, c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '<' or '>');
        Assert.Empty(tree.GetDiagnostics());
        Assert.Single(tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>());
    }

    [Theory]
    [InlineData("lang", "Latest")]
    [InlineData("lang", "CSharp7_3")]
    public void Hard_strings_in_every_field_round_trip_through_generated_code(string _, string version)
    {
        var parseOptions = version == "Latest" ? GeneratorHarness.Latest : GeneratorHarness.CSharp73;
        // YAML double-quoted escapes put every hard character into the front matter.
        const string yamlValue = "q\\\" b\\\\ {0} */ \\\"\\\"\\\" #error \\0 \\N \\L \\P \\u202e é 😀";
        var expected = "q\" b\\ {0} */ \"\"\" #error \0 \u0085 \u2028 \u2029 \u202e é 😀";
        var guide = $"""
            ---
            title: "{yamlValue}"
            description: "{yamlValue}"
            category: "{yamlValue}"
            platform: "{yamlValue}"
            lang: "en"
            date: "2026-01-15"
            steps: 1
            faq:
              - question: "{yamlValue}"
                answer: "plain answer"
            ---

            ### Step 1: Title
            
            Body.
            """;

        var output = GeneratorHarness.Run([new GuideInput("hard.md", guide)], parseOptions);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        var loaded = output.Find("hard")!;
        Assert.Equal(expected, loaded.Title);
        Assert.Equal(expected, loaded.Description);
        Assert.Equal(expected, loaded.Category);
        Assert.Equal(expected, loaded.Platform);
        Assert.Equal(expected, loaded.Faq[0].Question);
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_a_replacement_character_and_equal_strings_share_an_index()
    {
        var table = new StringTable();

        var indexes = (table.IndexOf("valid é"), table.IndexOf("lone \ud800 surrogate"), table.IndexOf("valid é"), table.IndexOf("z"));

        Assert.Equal((0, 1, 0, 2), indexes);
        Assert.Equal(3, table.Count);
        Assert.Equal("lone \uFFFD surrogate", table[1]);
        // UTF-8 lengths: "valid " and two bytes for é; "lone ", three bytes for U+FFFD, " surrogate"; "z".
        Assert.Equal((8, 18, 1), (table.ByteLength(0), table.ByteLength(1), table.ByteLength(2)));
    }

    [Fact]
    public void A_record_as_a_string_literal_is_its_bytes_each_past_ascii_escaped()
    {
        byte[] bytes = [(byte)'a', 0xC3, 0xA9, (byte)'"', (byte)'\\', 0, (byte)'\n', (byte)'\r', 0x85, 0xFF];

        var body = Emit.Records.RecordLiteral.CharsOf(bytes);

        Assert.Equal("a\\u00C3\\u00A9\\\"\\\\\\0\\n\\r\\u0085\\u00FF", body);
        // The compiler reads the literal back as the same bytes, one character each.
        var output = GeneratorHarness.CreateCompilation(GeneratorHarness.CSharp73, "static class C { public const string S = \"" + body + "\"; }");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var field = output.GetTypeByMetadataName("C")!.GetMembers("S").OfType<Microsoft.CodeAnalysis.IFieldSymbol>().Single();
        Assert.Equal(bytes, ((string)field.ConstantValue!).Select(c => (byte)c).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(1234567890)]
    [InlineData(int.MaxValue)]
    [InlineData(-42)]
    [InlineData(int.MinValue)]
    public void Numbers_are_written_as_invariant_culture_digits(int value) =>
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Written(w => w.AppendNumber(value)));

    [Fact]
    public void Yaml_refuses_lone_surrogates_with_a_located_error()
    {
        var guide = TestGuides.English().Replace("title: \"A small guide\"", "title: \"lone \\uD800 surrogate\"", StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("lone.md", guide)]);

        var error = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE003", error.Id);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(output.CompilerProblems);
    }

    private static string Written(Action<SourceWriter> write)
    {
        var writer = new SourceWriter();
        write(writer);
        return writer.ToString();
    }

    private static string CompileConstant(string literal, LanguageVersion version)
    {
        var code = "public static class Holder { public static string Value => " + literal + "; }";
        var output = new GeneratorOutput(
            GeneratorHarness.CreateDriver([]),
            GeneratorHarness.CreateCompilation(new CSharpParseOptions(version), code),
            default,
            []);
        return (string)output.Load().GetType("Holder")!.GetProperty("Value")!.GetValue(null)!;
    }
}
