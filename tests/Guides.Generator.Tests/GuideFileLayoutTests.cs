using System.Collections.Immutable;
using Guides.Generator.Emit;
using Guides.Generator.Model;

namespace Guides.Generator.Tests;

/// <summary>
/// Guides are written 8 to 16 to a file, in at most 256 files: few enough files that the compiler's per-file cost stays
/// small (and the catalog class, which each file declares again, is declared a bounded number of times), files small
/// enough that an edit rewrites little, and a guide stays in its file as the library grows.
/// </summary>
public sealed class GuideFileLayoutTests
{
    private static readonly EmitSettings s_settings = new(
        new GeneratorOptions(GeneratorOptions.DefaultNamespace, GeneratorOptions.DefaultCatalogName, true, GeneratorOptions.DefaultDefaultLanguage),
        LanguageFeatures.Latest);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(16, 1)]
    [InlineData(17, 2)]
    [InlineData(1_000, 64)]
    [InlineData(4_096, 256)]
    [InlineData(4_097, 256)]
    [InlineData(10_000, 256)]
    [InlineData(100_000, 256)]
    public void The_number_of_files_is_the_smallest_power_of_two_at_least_a_sixteenth_of_the_guides_and_at_most_256(int guides, int files)
    {
        Assert.Equal(files, GuideFileLayout.FileCount(guides));
    }

    [Fact]
    public void A_thousand_guides_fill_every_file_with_a_few_guides_and_no_file_with_many()
    {
        var files = GuideFileLayout.Split(Guides(1_000), s_settings);

        Assert.Equal(64, files.Length);
        Assert.Equal(1_000, files.Sum(f => f.Code.Count));
        Assert.All(files, f => Assert.InRange(f.Code.Count, 4, 32));
        Assert.Equal(files.Length, files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Past_4096_guides_files_hold_more_and_the_catalog_class_is_declared_in_256_files_at_most()
    {
        var files = GuideFileLayout.Split(Guides(20_000), s_settings);

        Assert.Equal(256, files.Length);
        Assert.Equal(20_000, files.Sum(f => f.Code.Count));
        Assert.All(files, f => Assert.InRange(f.Code.Count, 40, 120));
    }

    [Fact]
    public void A_guide_keeps_its_file_when_another_is_added()
    {
        var before = FileOf(GuideFileLayout.Split(Guides(100), s_settings));
        var after = FileOf(GuideFileLayout.Split(Guides(101), s_settings));

        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void Translations_of_a_guide_share_its_file()
    {
        // 200 guides in one to three languages: 399 translations, over 32 files.
        string[] languages = ["en", "fr", "de"];
        var translations = Enumerable.Range(0, 200)
            .SelectMany(i => languages.Take(1 + (i % 3)).Select(language => Guide("Guide" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), language)))
            .ToList();

        var files = GuideFileLayout.Split([.. translations], s_settings);

        Assert.True(files.Length > 1, $"{files.Length} file(s).");
        var fileOf = FileOf(files);
        Assert.Equal(translations.Select(t => t.Code).Order(StringComparer.Ordinal), fileOf.Keys.Order(StringComparer.Ordinal));
        Assert.All(translations.GroupBy(t => t.MemberPath), guide =>
            Assert.Single(guide.Select(t => fileOf[t.Code]).Distinct(StringComparer.Ordinal)));
        Assert.True(translations.Select(t => fileOf[t.Code]).Distinct(StringComparer.Ordinal).Count() > 1, "Every guide is in one file.");
    }

    [Fact]
    public void A_missing_guide_takes_no_place()
    {
        var guides = ImmutableArray.Create<EmittedGuide?>(Guide("Wifi", "en"), null, Guide("Ameli", "fr"));

        var files = GuideFileLayout.Split(guides, s_settings);

        Assert.Equal(["code of Ameli fr", "code of Wifi en"], files.SelectMany(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_order_guides_come_in_changes_nothing()
    {
        var guides = Guides(300);

        var forward = GuideFileLayout.Split(guides, s_settings);
        var backward = GuideFileLayout.Split([.. guides.Reverse()], s_settings);

        Assert.Equal(forward.Select(f => f.HintName + ": " + string.Join(", ", f.Code)), backward.Select(f => f.HintName + ": " + string.Join(", ", f.Code)));
        // As the pipeline compares them (EqualityComparer<T>.Default): equal files are not written again.
        Assert.True(forward.SequenceEqual(backward, EqualityComparer<GuideSourceFile>.Default));
    }

    private static ImmutableArray<EmittedGuide?> Guides(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Guide("Guide" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "en"))];

    private static EmittedGuide Guide(string property, string language) =>
        new(property, language, "/content/" + language + "/" + property + ".md", "property " + property + " " + language, "code of " + property + " " + language, Failure: null, LiteralBytes: 0);

    private static Dictionary<string, string> FileOf(ImmutableArray<GuideSourceFile> files) =>
        files.SelectMany(f => f.Code.Select(code => (code, f.HintName))).ToDictionary(p => p.code, p => p.HintName);
}
