namespace Guides.Generated.Tests;

/// <summary>
/// The record format (<c>Guides.Records.RecordFormat</c>, one file compiled into the generator and the runtime) writes a
/// guide's difficulty and each heading's kind as numbers: the public enums apps read must have the same values, name by name.
/// </summary>
public sealed class RecordFormatTests
{
    [Fact]
    public void The_record_difficulties_are_the_public_enums_values_name_by_name() =>
        Assert.Equal(Pairs<GuideDifficulty>(), Pairs<Guides.Records.Difficulty>());

    [Fact]
    public void The_record_heading_kinds_are_the_public_enums_values_name_by_name() =>
        Assert.Equal(Pairs<GuideHeadingKind>(), Pairs<Guides.Records.OutlineKind>());

    private static List<(string Name, int Value)> Pairs<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))).OrderBy(p => p.Item2)];
}
