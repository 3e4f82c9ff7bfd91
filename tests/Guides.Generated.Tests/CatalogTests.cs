namespace Guides.Generated.Tests;

/// <summary>The catalog of the content library.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Find_returns_the_same_guide_as_its_property()
    {
        Assert.Same(GuideCatalog.Ameli, GuideCatalog.Find("ameli"));
    }

    [Fact]
    public void Find_ignores_case()
    {
        Assert.Same(GuideCatalog.Ameli, GuideCatalog.Find("Ameli"));
        Assert.Same(GuideCatalog.Ameli, GuideCatalog.Find("AMELI"));
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_id()
    {
        Assert.Null(GuideCatalog.Find("no-such-guide"));
        Assert.Null(GuideCatalog.Find(string.Empty));
    }

    [Fact]
    public void Find_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => GuideCatalog.Find(null!));
    }

    [Fact]
    public void All_lists_every_guide_once_with_its_id()
    {
        // Ordered by id; Guides.Generator.Tests' CatalogOrderTests checks the order on many ids.
        Assert.Equal(2, GuideCatalog.Count);
        Assert.Equal(["ameli", "help-center"], GuideCatalog.Ids);
        Assert.Equal([GuideCatalog.Ameli, GuideCatalog.HelpCenter], GuideCatalog.All);
    }

    [Fact]
    public void Lists_are_read_only()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<GuideStep>)GuideCatalog.Ameli.Steps).Add(GuideCatalog.Ameli.Steps[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<Guide>)GuideCatalog.All).Clear());
    }
}
