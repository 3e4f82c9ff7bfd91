using System.Globalization;
using System.Text;
using CsCheck;
using Guides.Corpus;
using Guides.Generator.Parsing;
using Guides.Generator.Tests.Infrastructure;
using YamlDotNet.Core;

namespace Guides.Generator.Tests;

/// <summary>
/// Front matter in its usual shape is read without YamlDotNet (<see cref="SimpleYamlReader"/>). Wherever that reader
/// gives a tree, it must be YamlDotNet's tree, values, styles and marks included; anything else it leaves to YamlDotNet.
/// </summary>
public sealed class SimpleYamlTests
{
    private static readonly int s_iterations =
        int.TryParse(Environment.GetEnvironmentVariable("GUIDES_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n * 100 : 2_000;

    private static readonly string? s_seed = Environment.GetEnvironmentVariable("GUIDES_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    [Fact]
    public void The_seed_guides_front_matter_is_read_without_YamlDotNet_into_the_same_tree()
    {
        var yaml = FrontMatterOf(TestGuides.Ameli.Text.ToString());

        var simple = SimpleYamlReader.TryRead(yaml);

        Assert.NotNull(simple);
        Assert.Equal(Describe(YamlTreeReader.ReadWithYamlDotNet(yaml)), Describe(simple));
    }

    [Fact]
    public void The_benchmark_corpus_front_matter_is_read_without_YamlDotNet_into_the_same_tree()
    {
        foreach (var guide in GuideCorpus.Generate(8))
        {
            var yaml = FrontMatterOf(guide.Text);

            Assert.Equal(Describe(YamlTreeReader.ReadWithYamlDotNet(yaml)), Describe(SimpleYamlReader.TryRead(yaml) ?? throw new Xunit.Sdk.XunitException("not read: " + yaml)));
        }
    }

    [Theory]
    [InlineData("title: \"A\"\nsteps: 7\n")]
    [InlineData("title: 'It''s'\r\nlang: fr\r\n")]
    [InlineData("\n  \ntitle: plain text, with [brackets] and a:colon  \n\n")]
    [InlineData("faq:\n- question: Q\n  answer: \"A\"\n\nlang: en\n")]
    [InlineData("faq:\n    -   question: Q\n        answer: A\n    - just text\ndate: 2026-01-02\n  \n")]
    public void Simple_shapes_are_read_into_YamlDotNets_tree(string yaml)
    {
        var simple = SimpleYamlReader.TryRead(yaml);

        Assert.NotNull(simple);
        Assert.Equal(Describe(YamlTreeReader.ReadWithYamlDotNet(yaml)), Describe(simple));
    }

    [Theory]
    [InlineData("title: \"An \\\"escape\\\"\"\n")]
    [InlineData("title: A # comment\n")]
    [InlineData("# comment\ntitle: A\n")]
    [InlineData("title: two\n  lines\n")]
    [InlineData("title: \"two\n  lines\"\n")]
    [InlineData("title: &anchor A\nlang: *anchor\n")]
    [InlineData("title: !tag A\n")]
    [InlineData("title: |\n  block\n")]
    [InlineData("title: [a, b]\n")]
    [InlineData("title:\tA\n")]
    [InlineData("title: key: value\n")]
    [InlineData("title:\nlang: en\n")]
    [InlineData("faq:\n  - question:\n      nested: A\n")]
    [InlineData("title: A\n---\nlang: en\n")]
    [InlineData("title: \U0001F600\n")]
    [InlineData("title: A\rlang: en\n")]
    [InlineData("title: A\u2028lang: en\n")]
    [InlineData("")]
    [InlineData("title: no line break at the end")]
    [InlineData("just text\n")]
    public void Anything_else_is_left_to_YamlDotNet(string yaml)
    {
        Assert.Null(SimpleYamlReader.TryRead(yaml));
    }

    [Fact]
    public void Random_front_matter_read_by_the_simple_reader_is_the_tree_YamlDotNet_reads()
    {
        var read = 0;
        var total = 0;
        s_document.Sample(
            yaml =>
            {
                var simple = SimpleYamlReader.TryRead(yaml);
                Interlocked.Increment(ref total);
                if (simple is null)
                {
                    return;
                }

                Interlocked.Increment(ref read);
                YamlNode? expected;
                try
                {
                    expected = YamlTreeReader.ReadWithYamlDotNet(yaml);
                }
                catch (YamlReadException e)
                {
                    throw new Xunit.Sdk.XunitException($"YamlDotNet refuses what the simple reader read ({e.Message}):\n{Show(yaml)}");
                }

                Assert.True(Describe(expected) == Describe(simple), $"Trees differ for:\n{Show(yaml)}\nYamlDotNet: {Describe(expected)}\nsimple:     {Describe(simple)}");
            },
            seed: s_seed,
            iter: s_iterations,
            threads: 1);

        // Not vacuous: about a fifth of the documents are of the simple shape, the rest near it.
        Assert.True(read * 7 > total, $"only {read} of {total} random documents were read by the simple reader");
    }

    /// <summary>Text with the characters that end or change YAML scalars, often.</summary>
    private static readonly Gen<string> s_text = Gen.Frequency(
            (40, Gen.Char['a', 'z'].Select(c => c.ToString())),
            (8, Gen.Const(" ")),
            (3, Gen.Char[":#\"'\\-?,[]{}&*!|>%@`~.0"].Select(c => c.ToString())),
            (1, Gen.OneOfConst("\t", "\r", "\u0085", "\u2028", "\u00e9", "\u00ab", "\ufeff", "\U0001F600", ": ", " #")))
        .Array[0, 12]
        .Select(string.Concat);

    private static readonly Gen<string> s_scalar = Gen.Frequency(
        (4, s_text.Select(t => t.Trim().Length == 0 ? "x" + t : t)),
        (3, s_text.Select(t => "\"" + t + "\"")),
        (2, s_text.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'")),
        (1, s_text.Select(t => "'" + t + "'")));

    private static readonly Gen<string> s_key = Gen.Frequency(
        (20, Gen.OneOfConst("title", "description", "steps", "lang", "date", "question", "answer", "translationKey", "x-y", "a_1")),
        (1, s_text));

    private static readonly Gen<string> s_spaces = Gen.Frequency((6, Gen.Const(" ")), (1, Gen.Const("")), (1, Gen.Const("   ")));

    private static readonly Gen<string> s_trailing = Gen.Frequency((12, Gen.Const("")), (2, Gen.Const("  ")), (1, Gen.Const(" # note")));

    /// <summary>A scalar entry: <c>key: value</c>, with some spacing and now and then a comment.</summary>
    private static readonly Gen<string> s_scalarEntry = Gen.Select(s_key, s_spaces, s_scalar, s_trailing, (key, spaces, value, trailing) => key + ":" + spaces + value + trailing);

    /// <summary>A list under a key: items at one indentation, each a scalar or entries whose column sometimes slips.</summary>
    private static readonly Gen<string> s_listEntry = Gen.Select(
        s_key,
        Gen.Int[0, 4],
        Gen.Int[1, 3],
        Gen.Select(Gen.Bool, Gen.Int[1, 3], s_scalarEntry.Array[3], s_scalar, Gen.Frequency((8, Gen.Const(0)), (1, Gen.Const(-1)), (1, Gen.Const(1)))).Array[1, 3],
        (key, indent, gap, items) =>
        {
            var text = new StringBuilder(key).Append(":\n");
            foreach (var (entries, count, fields, scalar, slip) in items)
            {
                text.Append(' ', indent).Append('-').Append(' ', gap);
                if (!entries)
                {
                    text.Append(scalar).Append('\n');
                    continue;
                }

                for (var i = 0; i < count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(' ', Math.Max(0, indent + 1 + gap + (i == count - 1 ? slip : 0)));
                    }

                    text.Append(fields[i]).Append('\n');
                }
            }

            return text.ToString().TrimEnd('\n');
        });

    private static readonly Gen<string> s_document = Gen.Select(
        Gen.Frequency((3, s_scalarEntry), (1, s_listEntry), (1, Gen.Frequency((4, Gen.Const("")), (4, Gen.Const("  ")), (1, Gen.Const("\t"))))).Array[1, 8],
        Gen.Frequency((4, Gen.Const("\n")), (1, Gen.Const("\r\n"))),
        Gen.Frequency((8, Gen.Const(true)), (1, Gen.Const(false))),
        (lines, newline, finalNewline) => string.Join(newline, lines.SelectMany(l => l.Split('\n'))) + (finalNewline ? newline : string.Empty));

    private static string FrontMatterOf(string guide)
    {
        var end = guide.IndexOf("\n---", 4, StringComparison.Ordinal);
        return guide.Substring(4, end - 3);
    }

    private static string Show(string yaml) =>
        yaml.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    /// <summary>A tree as one line: each node's kind, marks (line:column@index), style and value.</summary>
    private static string Describe(YamlNode? node) => node switch
    {
        null => "null",
        YamlScalar scalar => $"S{Marks(scalar)}{(scalar.IsPlain ? "plain" : "quoted")}'{scalar.Value}'",
        YamlSequence sequence => $"L{Marks(sequence)}[{string.Join(", ", sequence.Items.Select(Describe))}]",
        YamlMapping mapping => $"M{Marks(mapping)}{{{string.Join(", ", mapping.Entries.Select(e => Describe(e.Key) + ": " + Describe(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string Marks(YamlNode node) =>
        $"<{node.Start.Line}:{node.Start.Column}@{node.Start.Index}-{node.End.Line}:{node.End.Column}@{node.End.Index}>";
}
