using System.Globalization;
using Guides.Generated;

namespace Guides.Generated.Tests;

/// <summary>GuideCatalog.Library is the catalog as a value: each member answers as the catalog's static member does.</summary>
public sealed class LibraryTests
{
    private static readonly GuideLibrary s_library = GuideCatalog.Library;

    [Fact]
    public void The_library_answers_as_the_catalog()
    {
        Assert.Equal(GuideCatalog.Count, s_library.Count);
        Assert.Equal(GuideCatalog.DefaultLanguage, s_library.DefaultLanguage);
        Assert.Equal(GuideCatalog.Ids, s_library.Ids);
        Assert.Equal(GuideCatalog.Languages, s_library.Languages);
        Assert.Equal(GuideCatalog.All, s_library.All);
        Assert.Same(GuideCatalog.Ameli, s_library.Find("ameli"));
        Assert.Same(GuideCatalog.Find("ameli", "en"), s_library.Find("AMELI", "en"));
        Assert.Same(GuideCatalog.Find("ameli", CultureInfo.GetCultureInfo("en-GB")), s_library.Find("ameli", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(GuideCatalog.InLanguage("fr"), s_library.InLanguage("fr"));
        Assert.Null(s_library.Find("nothing"));
    }

    [Fact]
    public void The_content_library_is_french_first_with_an_english_translation()
    {
        Assert.Equal(("fr", 2), (s_library.DefaultLanguage, s_library.Count));
        Assert.Equal(["en", "fr"], s_library.Languages);
        Assert.Equal("en", s_library.Find("ameli", "en")!.Language);
    }
}
