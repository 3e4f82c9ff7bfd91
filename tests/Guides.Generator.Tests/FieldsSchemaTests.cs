using System.Text.Json;
using System.Text.RegularExpressions;
using Guides.Generator.Fields;
using Guides.Generator.Model;
using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Infrastructure.FieldsKit;

namespace Guides.Generator.Tests;

/// <summary>
/// FieldsSchema: the project's front-matter schema is the shipped one, with the [GuideFields] class's keys offered as
/// their suggested names and accepted under every spelling the generator maps to them. (Tests/Guides.Package.Tests
/// checks guides against the schema a build writes.)
/// </summary>
public sealed class FieldsSchemaTests
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "Guides.Generator", "schema", "guide-frontmatter.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Without_a_fields_class_the_schema_is_the_shipped_file()
    {
        Assert.Equal(Shipped, FieldsSchema.For(null, UndeclaredFields.Warn));
        Assert.Equal(Shipped, FieldsSchema.For(null, UndeclaredFields.Error));
    }

    [Fact]
    public void Ignored_undeclared_keys_are_allowed_by_the_schema()
    {
        using var document = JsonDocument.Parse(FieldsSchema.For(null, UndeclaredFields.Ignore));

        Assert.True(document.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.False(JsonDocument.Parse(Shipped).RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Declared_fields_are_offered_by_their_suggested_keys_and_required_ones_are_required()
    {
        using var document = JsonDocument.Parse(FieldsSchema.For(Shape(FieldsSamples.Help), UndeclaredFields.Warn));
        var root = document.RootElement;

        var properties = root.GetProperty("properties");
        foreach (var key in new[] { "title", "faq", "status", "tags", "weight", "reviewed", "audience", "author", "reviewedOn", "audiences" })
        {
            Assert.True(properties.TryGetProperty(key, out _), "No property '" + key + "'.");
        }

        var requiredStatus = root.GetProperty("allOf")[0].GetProperty("anyOf").EnumerateArray().Select(r => r.GetProperty("required")[0].GetString()!).ToArray();
        Assert.Equal(["status", "Status"], requiredStatus);
        Assert.True(root.GetProperty("definitions").TryGetProperty("Help.Author", out var author));
        Assert.Equal("#/definitions/Help.Author", properties.GetProperty("author").GetProperty("allOf")[0].GetProperty("anyOf")[0].GetProperty("$ref").GetString());
        Assert.Equal(["Everyone", "everyone", "Staff", "staff", "class"], properties.GetProperty("audience").GetProperty("allOf")[0].GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.True(author.GetProperty("properties").TryGetProperty("mentor", out _));
    }

    [Theory]
    [InlineData("reviewedOn", true)]
    [InlineData("reviewed_on", true)]
    [InlineData("REVIEWED-ON", true)]
    [InlineData("_reviewed__on_", true)]
    [InlineData("reviewed", false)]
    [InlineData("reviewed on", false)]
    [InlineData("reviewedOnce", false)]
    public void A_key_pattern_matches_what_the_generator_maps_to_the_property(string key, bool matches)
    {
        Assert.Equal(matches, Regex.IsMatch(key, FieldsSchema.KeyPattern("ReviewedOn")));
        Assert.Equal(matches, FieldsShape.NormalizeKey(key) == FieldsShape.NormalizeKey("ReviewedOn"));
    }

    [Fact]
    public void A_required_key_is_required_under_its_usual_spellings()
    {
        Assert.Equal(["reviewedOn", "reviewed_on", "reviewed-on", "ReviewedOn", "reviewedon"], FieldsSchema.Spellings("ReviewedOn"));
        Assert.Equal(["urlPath", "url_path", "url-path", "URLPath", "urlpath"], FieldsSchema.Spellings("URLPath"));
    }
}
