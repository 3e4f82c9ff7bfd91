using Guides.Generator.Fields;
using Guides.Generator.Model;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Guides.Generator.Tests.Infrastructure.FieldsKit;

namespace Guides.Generator.Tests;

/// <summary>FieldsShapeReader: a [GuideFields] class of a compilation read into plain values.</summary>
public sealed class FieldsShapeReaderTests
{
    [Fact]
    public void Every_supported_type_is_described_with_its_key_and_whether_it_is_required()
    {
        var shape = Shape(FieldsSamples.Help);

        Assert.Equal("global::Help.HelpFields", shape.TypeName);
        Assert.Equal(
            [
                "Status status String required",
                "Tags tags IReadOnlyList<String> initializer",
                "Weight weight Int32",
                "Reviewed reviewed DateOnly?",
                "Audience audience Enum(Everyone|Staff|class) initializer",
                "Author author Class(global::Help.Author)?",
                "Featured featured Bool initializer",
                "Views views Int64 initializer",
                "Score score Double initializer",
                "Price price Decimal initializer",
                "ReviewedOn reviewedon DateTime initializer",
                "Home home Uri?",
                "Sizes sizes Array<Int32> initializer",
                "Audiences audiences IReadOnlyList<Enum(Everyone|Staff|class)>?",
                "Authors authors IReadOnlyList<Class(global::Help.Author)> initializer",
                "Note note String? initializer",
                "Rank rank Int32? initializer",
                "Maybe maybe IReadOnlyList<String?> initializer",
            ],
            shape.Root.Properties.Select(Describe));
    }

    [Fact]
    public void Classes_reached_from_the_fields_are_described_once_even_when_they_reach_themselves()
    {
        var shape = Shape(FieldsSamples.Help);

        Assert.Equal(["global::Help.HelpFields", "global::Help.Author"], shape.Classes.Select(c => c.TypeName));
        Assert.Equal(
            ["Name name String required", "Site site Uri?", "Mentor mentor Class(global::Help.Author)?"],
            shape.Class("global::Help.Author").Properties.Select(Describe));
    }

    [Fact]
    public void Type_names_are_written_as_generated_code_writes_them()
    {
        var shape = Shape(FieldsSamples.Help);
        string Name(string property) => shape.Root.Properties.Single(p => p.Name == property).Type.TypeName;

        Assert.Equal("string", Name("Status"));
        Assert.Equal("global::System.DateOnly?", Name("Reviewed"));
        Assert.Equal("global::System.Collections.Generic.IReadOnlyList<string>", Name("Maybe"));
        Assert.Equal("string", shape.Root.Properties.Single(p => p.Name == "Maybe").Type.Element!.TypeName);
        Assert.Equal("global::Help.Author", Name("Author"));
        Assert.Equal("global::System.Uri", Name("Home"));
        Assert.Equal("int[]", Name("Sizes"));
    }

    [Fact]
    public void Get_only_computed_private_setter_and_static_properties_are_left_alone()
    {
        var shape = Shape(FieldsSamples.Help);

        Assert.DoesNotContain(shape.Root.Properties, p => p.Name is "Computed" or "Hidden" or "Shared");
    }

    [Fact]
    public void Base_class_properties_come_first_and_an_override_takes_the_place_of_what_it_overrides()
    {
        var shape = Shape("""
            namespace Help
            {
                public class Base { public virtual string Kind { get; set; } = "base"; public int Order { get; set; } = 1; }
                [Guides.GuideFields]
                public sealed class HelpFields : Base { public string Own { get; set; } = ""; public override string Kind { get; set; } = "derived"; }
            }
            """);

        Assert.Equal(["Kind", "Order", "Own"], shape.Root.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Keys_ignore_case_dashes_and_underscores()
    {
        Assert.Equal("reviewedon", FieldsShape.NormalizeKey("reviewed_on"));
        Assert.Equal("reviewedon", FieldsShape.NormalizeKey("Reviewed-On"));
        Assert.Equal("reviewedon", FieldsShape.NormalizeKey("REVIEWEDON"));
    }

    [Fact]
    public void Under_CSharp_7_3_reference_types_take_null_and_value_types_without_initializer_keep_their_default_so_none_is_required()
    {
        var shape = Shape("""
            using System;
            using System.Collections.Generic;
            namespace Help
            {
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public string Status { get; set; }
                    public IReadOnlyList<string> Tags { get; set; }
                    public int Weight { get; set; }
                    public int Order { get; set; } = 2;
                    public Uri Home { get; set; }
                }
            }
            """, options: GeneratorHarness.CSharp73);

        Assert.Equal(
            ["Status status String?", "Tags tags IReadOnlyList<String?>?", "Weight weight Int32", "Order order Int32 initializer", "Home home Uri?"],
            shape.Root.Properties.Select(Describe));
    }

    [Fact]
    public void Required_is_read_as_CSharp_reads_it_the_keyword_or_a_non_nullable_reference_without_initializer()
    {
        var shape = Shape("""
            using System;
            #pragma warning disable CS8618 // Owner: what the compiler says of a non-nullable property without initializer
            namespace Help
            {
                public enum Audience { Everyone, Staff }
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public required int Order { get; init; }
                    public string Owner { get; init; }
                    public string? Reviewer { get; init; }
                    public string Team { get; init; } = "docs";
                    public int Weight { get; init; }
                    public bool Featured { get; init; }
                    public Audience Audience { get; init; }
                    public DateTime Reviewed { get; init; }
                    public required string? Editor { get; init; }
                }
            }
            """);

        Assert.Equal(
            ["Order order Int32 required", "Owner owner String required", "Reviewer reviewer String?", "Team team String initializer", "Weight weight Int32",
             "Featured featured Bool", "Audience audience Enum(Everyone|Staff)", "Reviewed reviewed DateTime", "Editor editor String? required"],
            shape.Root.Properties.Select(Describe));
    }

    [Fact]
    public void The_shape_is_equal_across_compilations_and_differs_when_the_class_changes()
    {
        var first = Shape(FieldsSamples.Help);
        var second = Shape(FieldsSamples.Help);
        var changed = Shape(FieldsSamples.Help.Replace("public int Weight { get; init; }", "public long Weight { get; init; }", StringComparison.Ordinal));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void Lists_of_every_interface_an_array_implements_are_filled()
    {
        var shape = Shape("""
            using System.Collections.Generic;
            namespace Help
            {
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public IEnumerable<string>? A { get; set; }
                    public IReadOnlyCollection<string>? B { get; set; }
                    public IList<string>? C { get; set; }
                    public ICollection<string>? D { get; set; }
                    public IReadOnlyList<int?>? E { get; set; }
                }
            }
            """);

        Assert.Equal(
            ["A a IEnumerable<String>?", "B b IReadOnlyCollection<String>?", "C c IList<String>?", "D d ICollection<String>?", "E e IReadOnlyList<Int32?>?"],
            shape.Root.Properties.Select(Describe));
    }

    public static readonly TheoryData<string, string, string> Unfillable = new()
    {
        { "public System.Collections.Generic.Dictionary<string, string>? Map { get; set; }", "HelpFields.Map", "its type 'Dictionary<string, string>?' is not one the front matter can fill" },
        { "public System.Collections.Generic.List<string>? Items { get; set; }", "HelpFields.Items", "an array or IReadOnlyList<T>" },
        { "public System.Collections.Generic.IReadOnlyList<string[]>? Nested { get; set; }", "HelpFields.Nested", "list of lists" },
        { "public int[,]? Grid { get; set; }", "HelpFields.Grid", "several dimensions" },
        { "public Point Where { get; set; }", "HelpFields.Where", "its type 'Point' is not one" },
        { "public NoDefault? Other { get; set; }", "HelpFields.Other", "has no public or internal constructor without parameters" },
        { "public Hidden? Secret { get; set; }", "HelpFields.Secret", "the class Hidden is private or protected" },
        { "public Shape? Outline { get; set; }", "HelpFields.Outline", "the class Shape is abstract" },
        { "public System.TimeSpan Span { get; set; }", "HelpFields.Span", "'TimeSpan' is not one" },
        { "public object? Anything { get; set; }", "HelpFields.Anything", "'object?' is not one" },
    };

    [Theory]
    [MemberData(nameof(Unfillable))]
    public void A_property_the_front_matter_cannot_fill_is_GUIDE033_at_the_property_and_left_out(string property, string name, string reason)
    {
        var code = """
            namespace Help
            {
                public struct Point { public int X { get; set; } }
                public sealed class NoDefault { public NoDefault(int x) { } }
                public abstract class Shape { }
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public string Status { get; set; } = "";
                    private sealed class Hidden { }
                    PROPERTY
                }
            }
            """.Replace("PROPERTY", property, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest, code);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0053");

        var result = FieldsKit.Read(compilation, "Help.HelpFields");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GUIDE033", diagnostic.Id);
        Assert.StartsWith(name + " cannot be filled from front matter: ", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains(reason, Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal("11:" + (property.IndexOf(name.Split('.')[1] + " {", StringComparison.Ordinal) + 9), $"{diagnostic.Location.LineSpan.Start.Line + 1}:{diagnostic.Location.LineSpan.Start.Character + 1}");
        Assert.Equal(["Status"], result.Shape!.Root.Properties.Select(p => p.Name));
    }

    [Fact]
    public void DateOnly_where_the_target_framework_has_none_is_GUIDE033_at_the_property()
    {
        // Without 'using System;' DateOnly does not bind, as in a netstandard2.0 project: the compiler's CS0246 comes with
        // the generator's reason.
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest, """
            namespace Help
            {
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public DateOnly Reviewed { get; set; }
                    public Missing? Other { get; set; }
                }
            }
            """);

        var result = FieldsKit.Read(compilation, "Help.HelpFields");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(["GUIDE033 6:25"], Located(result.Diagnostics));
        Assert.Contains("DateOnly is not available in this project's target framework", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(result.Shape!.Root.Properties);
    }

    [Fact]
    public void Two_properties_with_the_same_key_are_GUIDE033_at_the_second()
    {
        var result = Read("""
            namespace Help
            {
                [Guides.GuideFields]
                public sealed class HelpFields
                {
                    public string? ReviewedOn { get; set; }
                    public string? Reviewed_On { get; set; }
                }
            }
            """);

        Assert.Equal(["GUIDE033 7:24"], Located(result.Diagnostics));
        Assert.Contains("it has the key 'reviewedon' of HelpFields.ReviewedOn", Message(result.Diagnostics[0]), StringComparison.Ordinal);
        Assert.Equal(["ReviewedOn"], result.Shape!.Root.Properties.Select(p => p.Name));
    }

    [Theory]
    [InlineData("public abstract class HelpFields { }", "abstract")]
    [InlineData("public sealed class HelpFields { public HelpFields(int x) { } }", "no public or internal constructor without parameters")]
    [InlineData("public static class HelpFields { }", "static")]
    public void A_fields_class_that_cannot_be_created_is_GUIDE033_at_the_class_and_has_no_shape(string declaration, string reason)
    {
        var result = Read("namespace Help\n{\n    [Guides.GuideFields]\n    " + declaration + "\n}\n");

        Assert.Null(result.Shape);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GUIDE033", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.LineSpan.Start.Line + 1);
        Assert.Contains(reason, Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_fields_class_is_GUIDE033()
    {
        var result = Read("namespace Help { [Guides.GuideFields] public sealed class HelpFields<T> { } }", "Help.HelpFields`1");

        Assert.Null(result.Shape);
        Assert.Contains("generic", Message(Assert.Single(result.Diagnostics)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_location_of_a_diagnostic_in_C_sharp_is_the_files_path_and_span()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace Help { [Guides.GuideFields] public sealed class HelpFields { public object? X { get; set; } } }", GeneratorHarness.Latest, path: "/src/HelpFields.cs");
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(tree);

        var location = FieldsKit.Read(compilation, "Help.HelpFields").Diagnostics.Single().Location;

        Assert.Equal("/src/HelpFields.cs", location.FilePath);
        Assert.Equal("X", tree.GetText().ToString(location.Span));
        Assert.Equal(location.Span, location.ToLocation().SourceSpan);
    }

    private static string Describe(FieldProperty property) =>
        $"{property.Name} {property.Key} {Describe(property.Type)}" + (property.IsRequired ? " required" : string.Empty) + (property.HasInitializer ? " initializer" : string.Empty);

    internal static string Describe(FieldType type) => type.Kind switch
    {
        FieldTypeKind.Nullable => Describe(type.Element!) + "?",
        FieldTypeKind.List => (type.IsArray ? "Array" : type.TypeName.Split('<')[0].Split('.')[^1]) + "<" + Describe(type.Element!) + ">",
        FieldTypeKind.Enum => "Enum(" + string.Join("|", type.Members) + ")",
        FieldTypeKind.Class => "Class(" + type.TypeName + ")",
        _ => type.Kind.ToString(),
    };
}
