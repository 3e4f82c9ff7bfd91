using System.Collections.ObjectModel;
using System.Reflection;

namespace Guides.Generated.Tests;

/// <summary>
/// <see cref="Guide.Fields{T}"/>, <see cref="Guide.ExtraFields"/> and <see cref="Guide.WithFields"/>, the way generated
/// code attaches a guide's <c>[GuideFields]</c> object: on guides built here, not through the generator.
/// </summary>
public sealed class GuideFieldsRuntimeTests
{
    [Fact]
    public void WithFields_returns_a_copy_that_has_the_fields_and_leaves_the_guide_as_it_was()
    {
        var guide = NewGuide();
        var fields = new HelpFields { Status = "draft" };
        var extra = new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["menu"] = "main" });

        var withFields = guide.WithFields(fields, extra);

        Assert.NotSame(guide, withFields);
        Assert.Same(fields, withFields.Fields<HelpFields>());
        Assert.Same(fields, withFields.Fields());
        Assert.Equal("main", withFields.ExtraFields["menu"]);
        Assert.Null(guide.Fields());
        Assert.Empty(guide.ExtraFields);
    }

    [Fact]
    public void The_copy_keeps_every_value_of_the_guide()
    {
        var strings = new ArrayStrings("Title", "Description", "Category", "Platform");
        var translations = new List<Guide>();
        var guide = new Guide(
            strings, "x", 0, 1, 2, GuideDifficulty.Hard, 3, "fr", new DateTime(2026, 2, 22),
            [new GuideStep(1, "One", "<p>a</p>", "a", "a")], [], null, [], [], [], [], () => translations);

        var copy = guide.WithFields(new HelpFields { Status = "s" }, null);
        translations.Add(copy);

        var expected = typeof(Guide).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not nameof(Guide.ExtraFields))
            .Select(p => (p.Name, Value: p.GetValue(guide)));
        Assert.All(expected, p => Assert.Equal(p.Value, typeof(Guide).GetProperty(p.Name)!.GetValue(copy)));
        Assert.Equal("Title", copy.Title);
        Assert.Equal("Platform", copy.Platform);
        Assert.Same(copy, Assert.Single(copy.Translations));
        Assert.Empty(copy.ExtraFields);
    }

    [Fact]
    public void Fields_of_another_type_names_the_type_to_ask_for()
    {
        var guide = NewGuide().WithFields(new HelpFields { Status = "s" }, null);

        var error = Assert.Throws<InvalidOperationException>(() => guide.Fields<OtherFields>());

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(HelpFields).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(OtherFields).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("Fields<HelpFields>()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_of_a_guide_without_fields_says_that_the_library_declares_none()
    {
        var guide = NewGuide();

        var error = Assert.Throws<InvalidOperationException>(() => guide.Fields<HelpFields>());

        Assert.Contains("has no fields", error.Message, StringComparison.Ordinal);
        Assert.Contains("[GuideFields]", error.Message, StringComparison.Ordinal);
        Assert.Null(guide.Fields());
    }

    [Fact]
    public void A_base_class_of_the_fields_is_returned_too()
    {
        var guide = NewGuide().WithFields(new HelpFields { Status = "s" }, null);

        Assert.Equal("s", guide.Fields<object>().ToString());
    }

    [Fact]
    public void The_seed_library_declares_no_fields()
    {
        Assert.Null(GuideCatalog.Ameli.Fields());
        Assert.Empty(GuideCatalog.Ameli.ExtraFields);
    }

    [Fact]
    public void GuideFieldsAttribute_goes_on_one_class_and_is_not_inherited()
    {
        var usage = typeof(GuideFieldsAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Class, usage.ValidOn);
        Assert.False(usage.Inherited);
        Assert.False(usage.AllowMultiple);
        Assert.True(typeof(GuideFieldsAttribute).IsSealed);
        Assert.Equal("Guides", typeof(GuideFieldsAttribute).Namespace);
    }

    private static Guide NewGuide() =>
        new("x", "Title", "Description", "category", GuideDifficulty.Easy, "all", "en", new DateTime(2026, 1, 1), [], [], null, [], [], [], []);

    [GuideFields]
    private sealed class HelpFields
    {
        public required string Status { get; init; }

        public override string ToString() => Status;
    }

    private sealed class OtherFields
    {
    }

    private sealed class ArrayStrings(params string[] values) : GuideStrings(values.Length)
    {
        protected override string Decode(int index) => values[index];
    }
}
