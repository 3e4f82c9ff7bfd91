using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// The catalog lists its guides by id in ordinal order, whatever order the files come in, and finds each by a binary
/// search over that order.
/// </summary>
public sealed class CatalogOrderTests
{
    /// <summary>
    /// Ids given out of order, whose ordinal order differs from culture order ('-' and '~' against letters, 'é' after
    /// 'z'), from the order of their properties (c~d is CD, before Ca), from numeric order (10 before 9) and from
    /// the order of their upper case (b_c before ba, but B_C after BA).
    /// </summary>
    private static readonly string[] s_ids = ["b", "f", "a", "a-c", "aa", "ab", "\u00e9", "c~d", "ca", "10", "9", "b_c", "ba"];

    /// <summary>The same ids in ordinal order, written out by hand.</summary>
    private static readonly string[] s_ordinal = ["10", "9", "a", "a-c", "aa", "ab", "b", "b_c", "ba", "ca", "c~d", "f", "\u00e9"];

    [Fact]
    public void All_and_Ids_are_in_ordinal_order_of_id()
    {
        var output = GeneratorHarness.Run([.. s_ids.Select(id => new GuideInput("en/" + id + ".md", Guide()))]);

        Assert.Empty(output.GeneratorDiagnostics);
        var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        Assert.Equal(s_ordinal, (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!);
        Assert.Equal(s_ordinal, ((IReadOnlyList<Guide>)catalog.GetProperty("All")!.GetValue(null)!).Select(g => g.Id));
        var find = catalog.GetMethod("Find", [typeof(string)])!.CreateDelegate<Func<string, Guide?>>();
        Assert.All(s_ids, id => Assert.Equal(id, find(id)?.Id));
        Assert.All(s_ids, id => Assert.Equal(id, find(id.ToUpperInvariant())?.Id));
    }
}
