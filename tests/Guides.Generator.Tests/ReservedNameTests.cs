using System.Reflection;
using System.Text.RegularExpressions;
using Guides.Generator.Model;
using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// A guide may be named like any member of the catalog (<c>languages.md</c>, <c>find.md</c>): its property takes the
/// <c>Guide</c> prefix, and the library compiles with warnings as errors, in every build a user can make
/// (<see cref="EveryBuild"/>: Debug, Release packed and unpacked, C# 7.3).
/// </summary>
public sealed partial class ReservedNameTests
{
    [Theory]
    [MemberData(nameof(EveryBuild.Names), MemberType = typeof(EveryBuild))]
    public void A_guide_named_after_each_reserved_member_compiles_and_is_listed(string build)
    {
        var ids = CatalogMembers.Reserved.Select(KebabCase).ToList();
        var output = EveryBuild.Named(build).Run(ids.Select(id => new GuideInput($"en/{id}.md", Guide())).ToList());

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        var listed = (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!;
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed);
        foreach (var id in ids)
        {
            var property = catalog.GetProperty("Guide" + PascalCase(id), BindingFlags.Public | BindingFlags.Static);
            Assert.True(property is not null, $"{id}.md has no property Guide{PascalCase(id)}");
            Assert.Equal(id, ((Guide)property.GetValue(null)!).Id);
        }
    }

    /// <summary>
    /// The list of reserved names is the catalog's real members: every member a compiled catalog declares is either a
    /// guide's property, a name no property can take (it holds '_'), or in <see cref="CatalogMembers.Reserved"/>. A
    /// member added to the emitter without reserving its name fails here, whichever build declares it.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryBuild.Names), MemberType = typeof(EveryBuild))]
    public void Every_member_the_catalog_declares_is_reserved_or_cannot_be_a_guide_property(string build)
    {
        var output = EveryBuild.Named(build).Run([new GuideInput("en/wifi.md", Guide()), new GuideInput("fr/wifi.md", Guide())]);
        Assert.Empty(output.CompilerProblems);
        var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;

        var members = catalog.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not ConstructorInfo)
            .Select(m => m.Name)
            .Where(name => !name.Contains('_', StringComparison.Ordinal) && !name.StartsWith('<') && name != "Wifi")
            .Distinct()
            .ToList();

        Assert.NotEmpty(members);
        Assert.All(members, name => Assert.Contains(name, CatalogMembers.Reserved));
    }

    [Theory]
    [InlineData("languages", "GuideLanguages")]
    [InlineData("default-language", "GuideDefaultLanguage")]
    [InlineData("in_language", "GuideInLanguage")]
    [InlineData("COUNT", "GuideCOUNT")]
    [InlineData("to-string", "GuideToString")]
    [InlineData("guide-catalog", "GuideGuideCatalog")]
    [InlineData("create", "Create")]
    [InlineData("index-of", "IndexOf")]
    public void A_reserved_name_takes_the_prefix_and_an_ordinary_one_does_not(string id, string property) =>
        Assert.Equal(property, Paths.MemberNames.ToPropertyName(id, "GuideCatalog"));

    private static string KebabCase(string name) => UpperCase().Replace(name, "-$0").TrimStart('-').ToLowerInvariant();

    private static string PascalCase(string id) => string.Concat(id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();
}
