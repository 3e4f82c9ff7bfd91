using Guides.Generator.Fields;
using Guides.Generator.Model;
using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Infrastructure.FieldsKit;

namespace Guides.Generator.Tests;

/// <summary>
/// FieldsEmitter: the expression compiled with the class, run, and the object it makes compared, so that the compiler,
/// not the emitter, says what the expression means; from C# 7.3 to the latest version.
/// </summary>
public sealed class FieldsEmitterTests
{
    private static readonly LanguageFeatures s_latest = new(NullableAnnotations: true, Utf8Literals: true);
    private static readonly LanguageFeatures s_csharp73 = new(NullableAnnotations: false, Utf8Literals: false);

    [Fact]
    public void Every_type_makes_the_object_the_front_matter_says()
    {
        var result = Check(Shape(FieldsSamples.Help), FieldsSamples.FullYaml);
        Assert.Empty(result.Diagnostics);

        var expression = FieldsEmitter.Emit(result.Value, s_latest);

        Assert.StartsWith("new global::Help.HelpFields { Status = \"published\", Tags = new string[] { \"a\", \"b c\" }, ", expression, StringComparison.Ordinal);
        Assert.Equal(
            "HelpFields { Status = \"published\", Tags = String[\"a\", \"b c\"], Weight = 3, Reviewed = DateOnly(2024-01-02), Audience = Audience.Staff, " +
            "Author = Author { Name = \"Ann \"A\" O'Neil\", Site = Uri(https://example.org/ann), Mentor = Author { Name = \"Bob\", Site = null, Mentor = null } }, " +
            "Featured = false, Views = 9223372036854775807L, Score = 0.1d, Price = 1.50m, ReviewedOn = DateTime(2026-02-22 00:00:00 Unspecified), " +
            "Home = Uri(https://example.org/a?b=c&d=%20), Sizes = Int32[-2147483648, 7], Audiences = Audience[Audience.Everyone, Audience.class], " +
            "Authors = Author[Author { Name = \"Cy\", Site = null, Mentor = null }, Author { Name = \"Di\", Site = Uri(mailto:di@example.org), Mentor = null }], " +
            "Note = null, Rank = null, Maybe = String[\"x\", null], Computed = \"published!\", Hidden = \"hidden\" }",
            Run(FieldsSamples.Help, expression, GeneratorHarness.Latest));
    }

    [Fact]
    public void Absent_properties_keep_their_initializers()
    {
        var result = Check(Shape(FieldsSamples.Help), "status: s\nweight: 0\n");

        Assert.Equal(
            "HelpFields { Status = \"s\", Tags = String[], Weight = 0, Reviewed = null, Audience = Audience.Everyone, Author = null, Featured = true, " +
            "Views = -1L, Score = 1.5d, Price = 9.99m, ReviewedOn = DateTime(2000-01-01 00:00:00 Unspecified), Home = null, Sizes = Int32[], Audiences = null, " +
            "Authors = Author[], Note = \"none\", Rank = 7, Maybe = String[], Computed = \"s!\", Hidden = \"hidden\" }",
            Run(FieldsSamples.Help, FieldsEmitter.Emit(result.Value, s_latest), GeneratorHarness.Latest));
    }

    private const string CSharp73 = """
        using System;
        using System.Collections.Generic;
        namespace Help
        {
            public enum Audience { Everyone, Staff }
            public sealed class Author { public string Name { get; set; } public Author Mentor { get; set; } }
            [Guides.GuideFields]
            public sealed class HelpFields
            {
                public string Status { get; set; }
                public IReadOnlyList<string> Tags { get; set; }
                public int Weight { get; set; }
                public DateTime? Reviewed { get; set; }
                public Audience Audience { get; set; }
                public Author Author { get; set; }
                public decimal? Price { get; set; }
                public long[] Views { get; set; }
                public double Score { get; set; }
                public bool Featured { get; set; }
                public Uri Home { get; set; }
                public IReadOnlyList<Author> Authors { get; set; }
            }
        }
        """;

    [Fact]
    public void The_expression_compiles_under_CSharp_7_3()
    {
        var shape = Shape(CSharp73, options: GeneratorHarness.CSharp73);
        var result = Check(shape, "status:\ntags: [a, null]\nweight: 2\nreviewed: 2024-03-04\naudience: STAFF\nauthor:\n  name: A\n  mentor:\n    name: B\nprice: -0.5\nviews: [1, -9223372036854775808]\nscore: 1e300\nfeatured: true\nhome: https://x.example\nauthors: []\n");
        Assert.Empty(result.Diagnostics);

        var expression = FieldsEmitter.Emit(result.Value, s_csharp73);

        Assert.Equal(
            "HelpFields { Status = null, Tags = String[\"a\", null], Weight = 2, Reviewed = DateTime(2024-03-04 00:00:00 Unspecified), Audience = Audience.Staff, " +
            "Author = Author { Name = \"A\", Mentor = Author { Name = \"B\", Mentor = null } }, Price = -0.5m, Views = Int64[1L, -9223372036854775808L], " +
            "Score = 1E+300d, Featured = true, Home = Uri(https://x.example), Authors = Author[] }",
            Run(CSharp73, expression, GeneratorHarness.CSharp73));
    }

    [Fact]
    public void Required_members_missing_from_a_guide_stand_in_as_defaults_so_the_initializer_still_compiles()
    {
        // The guide's GUIDE031 is an error; a project that makes it a warning still builds.
        var code = """
            using System.Collections.Generic;
            namespace Help
            {
                public enum Audience { Everyone, Staff }
                public sealed class Author { public required string Name { get; init; } }
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public required string Status { get; init; }
                    public required IReadOnlyList<string> Tags { get; init; }
                    public required Audience Audience { get; init; }
                    public required int? Rank { get; init; }
                    public required Author Author { get; init; }
                }
            }
            """;
        var result = Check(Shape(code), "author:\n  nickname: x\n");
        Assert.Equal(["GUIDE035", "GUIDE031", "GUIDE031", "GUIDE031", "GUIDE031", "GUIDE031"], result.Diagnostics.Select(d => d.Id));

        Assert.Equal(
            "HelpFields { Status = null, Tags = String[], Audience = Audience.Everyone, Rank = null, Author = Author { Name = null } }",
            Run(code, FieldsEmitter.Emit(result.Value, s_latest), GeneratorHarness.Latest));
    }

    [Theory]
    [InlineData("quote \\\" and backslash \\\\ and tab \\t", "quote \" and backslash \\ and tab \t")]
    [InlineData("line\\nbreak \\u2028 and */ // {0}", "line\nbreak \u2028 and */ // {0}")]
    [InlineData("accents é, CJK 漢字, emoji 😀, rtl שלום", "accents é, CJK 漢字, emoji 😀, rtl שלום")]
    public void Strings_come_back_as_written(string yamlText, string expected)
    {
        var code = "namespace Help { [Guides.GuideFields] public sealed class HelpFields { public string Status { get; set; } = \"\"; } }";
        var result = Check(Shape(code), "status: \"" + yamlText + "\"\n");
        Assert.Empty(result.Diagnostics);

        Assert.Equal("HelpFields { Status = \"" + expected + "\" }", Run(code, FieldsEmitter.Emit(result.Value, s_latest), GeneratorHarness.Latest));
    }

    [Theory]
    [InlineData("0.1", "0.1d")]
    [InlineData("-0.0", "-0d")]
    [InlineData("5e-324", "5E-324d")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157E+308d")]
    [InlineData("123456789012345678", "1.2345678901234568E+17d")]
    public void Doubles_round_trip(string text, string expected)
    {
        var code = "namespace Help { [Guides.GuideFields] public sealed class HelpFields { public double Score { get; set; } } }";
        var result = Check(Shape(code), "score: " + text + "\n");
        Assert.Empty(result.Diagnostics);

        Assert.Equal("HelpFields { Score = " + expected + " }", Run(code, FieldsEmitter.Emit(result.Value, s_latest), GeneratorHarness.Latest));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335m")]
    [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001m")]
    [InlineData("2.50", "2.50m")]
    [InlineData("1e3", "1000m")]
    public void Decimals_keep_their_digits(string text, string expected)
    {
        var code = "namespace Help { [Guides.GuideFields] public sealed class HelpFields { public decimal Price { get; set; } } }";
        var result = Check(Shape(code), "price: " + text + "\n");
        Assert.Empty(result.Diagnostics);

        Assert.Equal("HelpFields { Price = " + expected + " }", Run(code, FieldsEmitter.Emit(result.Value, s_latest), GeneratorHarness.Latest));
    }

    [Fact]
    public void Keywords_as_property_and_member_names_are_escaped()
    {
        var code = "namespace Help { public enum Kind { @class, @int } [Guides.GuideFields] public sealed class HelpFields { public Kind @event { get; set; } public string @class { get; set; } = \"\"; } }";
        var result = Check(Shape(code), "event: INT\nclass: c\n");
        Assert.Empty(result.Diagnostics);

        var expression = FieldsEmitter.Emit(result.Value, s_latest);

        Assert.Equal("new global::Help.HelpFields { @event = global::Help.Kind.@int, @class = \"c\" }", expression);
        Assert.Equal("HelpFields { event = Kind.int, class = \"c\" }", Run(code, expression, GeneratorHarness.Latest));
    }

    [Fact]
    public void An_object_with_nothing_set_is_created_with_its_constructor()
    {
        var code = "namespace Help { [Guides.GuideFields] public sealed class HelpFields { public string? Note { get; set; } } }";

        Assert.Equal("new global::Help.HelpFields()", FieldsEmitter.Emit(Check(Shape(code), "other: 1\n").Value, s_latest));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extra_fields_are_a_read_only_dictionary_that_ignores_case(bool nullable)
    {
        var guide = Guide("menu: main\nMenu: again\nseries: [a, ~, [b]]\nparams:\n  x: \"1\"\nempty:\n");
        var expression = FieldsEmitter.EmitExtraFields(guide.Entries, nullable ? s_latest : s_csharp73);

        var dumped = Run(string.Empty, expression, nullable ? GeneratorHarness.Latest : GeneratorHarness.CSharp73);

        Assert.Equal("{menu: \"main\", series: Object[\"a\", null, Object[\"b\"]], params: {x: \"1\"}, empty: null}", dumped);
        Assert.Equal("null", FieldsEmitter.EmitExtraFields(EquatableArray<FieldEntry>.Empty, s_latest));
    }
}
