using Guides.Generator.Fields;
using Guides.Generator.Model;
using static Guides.Generator.Tests.Infrastructure.FieldsKit;

namespace Guides.Generator.Tests;

/// <summary>FieldsChecker: a guide's front-matter values checked against the [GuideFields] class, errors at the values.</summary>
public sealed class FieldsCheckerTests
{
    private static readonly FieldsShape s_shape = Shape(FieldsSamples.Help);

    [Fact]
    public void Every_type_is_read_from_its_text()
    {
        var result = Check(s_shape, FieldsSamples.FullYaml);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Undeclared);
        Assert.Equal(
            [
                "Status=published", "Tags=[a, b c]", "Weight=3", "Reviewed=2024-01-02", "Audience=Staff",
                "Author={Name=Ann \"A\" O'Neil, Site=https://example.org/ann, Mentor={Name=Bob}}",
                "Featured=false", "Views=9223372036854775807", "Score=0.1", "Price=1.50", "ReviewedOn=2026-02-22",
                "Home=https://example.org/a?b=c&d=%20", "Sizes=[-2147483648, 7]", "Audiences=[Everyone, class]",
                "Authors=[{Name=Cy}, {Name=Di, Site=mailto:di@example.org}]", "Note=null", "Rank=null", "Maybe=[x, null]",
            ],
            result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void Absent_properties_are_not_assigned_so_that_they_keep_their_initializer()
    {
        var result = Check(s_shape, "status: draft\nweight: 1\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Status", "Weight"], result.Value.Assignments.Select(a => a.Name));
    }

    [Fact]
    public void Keys_ignore_case_dashes_and_underscores()
    {
        var result = Check(s_shape, "STATUS: a\nWeight: 1\nreviewed-on: 2024-05-06\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Status=a", "Weight=1", "ReviewedOn=2024-05-06"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void Entries_that_match_no_property_are_returned_in_order_for_the_guides_extra_fields()
    {
        var result = Check(s_shape, "menu: main\nstatus: a\nweight: 1\nseries: [x]\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["menu", "series"], result.Undeclared.Select(e => e.Key));
    }

    [Fact]
    public void An_enum_member_written_in_its_own_case_wins_over_one_that_differs_only_in_case()
    {
        var shape = Shape("namespace Help { public enum Mode { on, On } [Guides.GuideFields] public sealed class HelpFields { public Mode A { get; set; } public Mode B { get; set; } public Mode C { get; set; } } }");

        var result = Check(shape, "a: On\nb: on\nc: ON\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A=On", "B=on", "C=on"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void An_empty_value_is_null_for_a_nullable_property_and_an_empty_list_for_a_list()
    {
        var result = Check(s_shape, "status: a\nweight: 1\ntags:\nreviewed: null\naudiences: ~\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Status=a", "Tags=[]", "Weight=1", "Reviewed=null", "Audiences=null"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    public static readonly TheoryData<string, string, string> Mistakes = new()
    {
        // The value, the diagnostic at it (line:column of the guide file, the opening --- is line 1), and its message.
        { "weight: heavy", "GUIDE030 4:9", "'heavy' should be a whole number for HelpFields.Weight: write digits, such as 3" },
        { "weight: 2147483648", "GUIDE030 4:9", "'2147483648' should be a whole number for HelpFields.Weight: it is out of range (-2147483648 to 2147483647)" },
        { "weight: 1.5", "GUIDE030 4:9", "'1.5' should be a whole number for HelpFields.Weight: write digits, such as 3" },
        { "views: 9223372036854775808", "GUIDE030 4:8", "'9223372036854775808' should be a whole number for HelpFields.Views: it is out of range (-9223372036854775808 to 9223372036854775807)" },
        { "featured: yes", "GUIDE030 4:11", "'yes' should be true or false for HelpFields.Featured: write true or false" },
        { "score: 1,5", "GUIDE030 4:8", "'1,5' should be a number for HelpFields.Score: write a number with a '.' before its decimals, such as 2.5" },
        { "score: .inf", "GUIDE030 4:8", "'.inf' should be a number for HelpFields.Score" },
        { "score: NaN", "GUIDE030 4:8", "'NaN' should be a number for HelpFields.Score" },
        { "score: 1e999", "GUIDE030 4:8", "'1e999' should be a number for HelpFields.Score: it is out of range" },
        { "price: 1e40", "GUIDE030 4:8", "'1e40' should be a number for HelpFields.Price: it is out of range, or has more than 28 decimals" },
        { "reviewed: 02/01/2024", "GUIDE030 4:11", "'02/01/2024' should be a date (year-month-day) for HelpFields.Reviewed: write a date as year-month-day" },
        { "reviewed_on: 2024-02-30", "GUIDE030 4:14", "'2024-02-30' should be a date (year-month-day) for HelpFields.ReviewedOn" },
        { "reviewed: 2024-01-02Tnoon", "GUIDE030 4:11", "should be a date" },
        { "home: /relative/page", "GUIDE030 4:7", "'/relative/page' should be an absolute URL for HelpFields.Home: write an absolute URL with its scheme" },
        { "home: example.org", "GUIDE030 4:7", "should be an absolute URL" },
        { "audience: nobody", "GUIDE032 4:11", "'nobody' is not a member of Audience for HelpFields.Audience: write one of Everyone, Staff, class" },
        { "audiences: [staff, robots]", "GUIDE032 4:20", "'robots' is not a member of Audience for HelpFields.Audiences" },
        { "tags: solo", "GUIDE030 4:7", "'solo' should be a list for HelpFields.Tags: write a list, such as [solo] or lines '- solo' below the key" },
        { "tags:\n  a: b", "GUIDE030 5:3", "This map should be a list for HelpFields.Tags" },
        { "reviewed: [2024-01-02]", "GUIDE030 4:11", "This list should be a date (year-month-day) for HelpFields.Reviewed: write one value, not a list" },
        { "home:\n  url: https://example.org", "GUIDE030 5:3", "This map should be an absolute URL for HelpFields.Home: write one value, not a map" },
        { "sizes: [1, two, 3]", "GUIDE030 4:12", "'two' should be a whole number for HelpFields.Sizes" },
        { "author: Ann", "GUIDE030 4:9", "'Ann' should be a map of fields for HelpFields.Author: write the fields of Author as 'key: value' lines indented below the key" },
        { "audience:", "GUIDE030 4:10", "This empty value should be one of Everyone, Staff, class for HelpFields.Audience: write a value, or remove the line" },
        { "author:\n  name: Ann\n  nickname: A", "GUIDE035 6:3", "'nickname' is not a property of Author and is ignored: the properties are name, site, mentor" },
        { "Weight: 2\nweight: 3", "GUIDE018 5:1", "'weight' is given twice in the front matter: keep one" },
        { "author:\n  site: https://example.org", "GUIDE031 5:3", "Author.Name is required and this map has no 'name': add a line 'name: ...'" },
        { "authors:\n  - site: https://example.org", "GUIDE031 5:5", "Author.Name is required and this map has no 'name'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_located_at_the_value(string yaml, string located, string message)
    {
        // Line 4 of the file is the first line of yaml; the required fields it does not give are added after it.
        var result = Check(s_shape, "status: a\nrank: 1\n" + yaml + "\n" + (yaml.StartsWith("weight", StringComparison.OrdinalIgnoreCase) ? string.Empty : "weight: 1\n"));

        Assert.Equal([located], Located(result.Diagnostics));
        Assert.Contains(message, Message(result.Diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_located_at_the_opening_fence_and_stands_in_as_a_default()
    {
        var result = Check(s_shape, "tags: [a]\n");

        // Weight, an int without 'required', is optional: absent, it keeps its default (C# and System.Text.Json read it so).
        Assert.Equal(["GUIDE031 1:1"], Located(result.Diagnostics));
        Assert.Equal("HelpFields.Status is required and this front matter has no 'status': add a line 'status: ...'", Message(result.Diagnostics[0]));
        Assert.Equal(["Status=(placeholder)", "Tags=[a]"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void A_wrong_value_of_a_required_property_stands_in_as_a_default_and_a_wrong_optional_one_is_left_out()
    {
        var result = Check(s_shape, "status: [a]\nweight: 1\nrank: x\n");

        Assert.Equal(["GUIDE030 2:9", "GUIDE030 4:7"], Located(result.Diagnostics));
        Assert.Equal(["Status=(placeholder)", "Weight=1"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void Quoted_and_plain_scalars_read_alike_and_booleans_take_any_case()
    {
        var result = Check(s_shape, "status: 42\nweight: \"7\"\nfeatured: True\nviews: '-3'\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Status=42", "Weight=7", "Featured=true", "Views=-3"], result.Value.Assignments.Select(a => a.Name + "=" + Text(a.Value)));
    }

    [Fact]
    public void Maps_nested_deeper_than_the_limit_are_GUIDE015()
    {
        var location = LocationInfo.FileStart(FilePath);
        var value = new FieldValue(FieldValueKind.Mapping, string.Empty, false, EquatableArray<FieldValue>.Empty, new EquatableArray<FieldEntry>([new FieldEntry("name", location, Scalar("x", location))]), location);
        for (var i = 0; i < FieldsChecker.MaxDepth + 2; i++)
        {
            value = new FieldValue(FieldValueKind.Mapping, string.Empty, false, EquatableArray<FieldValue>.Empty, new EquatableArray<FieldEntry>([new FieldEntry("name", location, Scalar("x", location)), new FieldEntry("mentor", location, value)]), location);
        }

        var result = FieldsChecker.Check(s_shape, new EquatableArray<FieldEntry>([new FieldEntry("status", location, Scalar("a", location)), new FieldEntry("weight", location, Scalar("1", location)), new FieldEntry("author", location, value)]), location);

        Assert.Equal("GUIDE015", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Equal_guides_give_equal_results_and_a_changed_value_a_different_one()
    {
        var first = Check(s_shape, FieldsSamples.FullYaml);
        var second = Check(s_shape, FieldsSamples.FullYaml);
        var changed = Check(s_shape, FieldsSamples.FullYaml.Replace("weight: 3", "weight: 4", StringComparison.Ordinal));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first.Value, changed.Value);
    }

    [Fact]
    public void FieldValues_locate_scalars_lists_maps_and_keys_in_the_guide_file()
    {
        var guide = Guide("status: \"a\"\ntags: [x, y]\nauthor:\n  name: Ann\n");

        Assert.Equal(["status", "tags", "author"], guide.Entries.Select(e => e.Key));
        string At(LocationInfo l) => $"{l.LineSpan.Start.Line + 1}:{l.LineSpan.Start.Character + 1} {guide.Text.ToString(l.Span)}";
        Assert.Equal("2:9 \"a\"", At(guide.Entries[0].Value.Location));
        Assert.False(guide.Entries[0].Value.IsPlain);
        Assert.StartsWith("3:7 [x, y", At(guide.Entries[1].Value.Location), StringComparison.Ordinal);
        Assert.Equal("3:8 x", At(guide.Entries[1].Value.Items[0].Location));
        Assert.Equal("4:1 author", At(guide.Entries[2].KeyLocation));
        Assert.Equal(FieldValueKind.Mapping, guide.Entries[2].Value.Kind);
        Assert.Equal("5:3 name", At(guide.Entries[2].Value.Entries[0].KeyLocation));
        Assert.Equal("5:9 Ann", At(guide.Entries[2].Value.Entries[0].Value.Location));
    }

    private static FieldValue Scalar(string text, LocationInfo location) =>
        new(FieldValueKind.Scalar, text, true, EquatableArray<FieldValue>.Empty, EquatableArray<FieldEntry>.Empty, location);

    private static string Text(FieldData data) => data.Kind switch
    {
        FieldDataKind.Null => "null",
        FieldDataKind.Placeholder => "(placeholder)",
        FieldDataKind.List => "[" + string.Join(", ", data.Items.Select(Text)) + "]",
        FieldDataKind.Object => "{" + string.Join(", ", data.Assignments.Select(a => a.Name + "=" + Text(a.Value))) + "}",
        _ => data.Text,
    };
}
