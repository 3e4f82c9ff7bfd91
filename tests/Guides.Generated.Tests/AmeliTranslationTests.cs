using System.Globalization;

namespace Guides.Generated.Tests;

/// <summary>content/fr/ameli.md and its English translation content/en/ameli.md: one guide, two languages.</summary>
public sealed class AmeliTranslationTests
{
    private static readonly Guide s_french = GuideCatalog.Find("ameli", "fr")!;
    private static readonly Guide s_english = GuideCatalog.Find("ameli", "en")!;

    [Fact]
    public void The_property_is_the_guide_in_the_library_default_language()
    {
        Assert.Equal("fr", GuideCatalog.DefaultLanguage);
        Assert.Same(s_french, GuideCatalog.Ameli);
        Assert.Equal("fr", GuideCatalog.Ameli.Language);
    }

    [Fact]
    public void Both_translations_are_listed_ordered_by_language()
    {
        Assert.Equal([s_english, s_french], GuideCatalog.Ameli.Translations);
        Assert.Equal(GuideCatalog.Ameli.Translations, s_english.Translations);
    }

    [Fact]
    public void All_lists_the_guide_once()
    {
        Assert.Single(GuideCatalog.All, g => g.Id == "ameli");
        Assert.Equal(["en", "fr"], GuideCatalog.Languages);
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("de-DE", "fr")]
    [InlineData("", "fr")]
    public void Find_by_culture_falls_back_to_the_parent_culture_then_the_default_language(string culture, string language)
    {
        Assert.Equal(language, GuideCatalog.Find("ameli", CultureInfo.GetCultureInfo(culture))!.Language);
    }

    [Fact]
    public void InLanguage_lists_the_guides_written_in_one_language()
    {
        Assert.Contains(s_english, GuideCatalog.InLanguage("en"));
        Assert.DoesNotContain(s_french, GuideCatalog.InLanguage("en"));
        Assert.Empty(GuideCatalog.InLanguage("de"));
    }

    [Fact]
    public void The_english_translation_has_the_same_structure_field_by_field()
    {
        Assert.Equal("How to use Ameli for health insurance and reimbursements", s_english.Title);
        Assert.Equal("ameli", s_english.Id);
        Assert.Equal("en", s_english.Language);
        Assert.Equal(s_french.Category, s_english.Category);
        Assert.Equal(s_french.Difficulty, s_english.Difficulty);
        Assert.Equal(s_french.Platform, s_english.Platform);
        Assert.Equal(s_french.Date, s_english.Date);
        Assert.Equal(s_french.Steps.Select(s => s.Number), s_english.Steps.Select(s => s.Number));
        Assert.Equal(s_french.Faq.Count, s_english.Faq.Count);
        Assert.Equal(s_french.Requirements.Count, s_english.Requirements.Count);
        Assert.Equal(s_french.Tips.Count, s_english.Tips.Count);
        Assert.Equal(s_french.Links.Select(l => l.Url), s_english.Links.Select(l => l.Url));
        Assert.Equal(s_french.Sections.Count, s_english.Sections.Count);
        Assert.Equal("What you will learn", s_english.Introduction!.Heading);
    }

    [Fact]
    public void The_english_steps_keep_the_french_interface_words_in_bold()
    {
        // Both translations name the same buttons of the (French-only) Ameli app.
        for (var i = 0; i < s_french.Steps.Count; i++)
        {
            var frenchBold = Bold(s_french.Steps[i].Html).Where(b => b is "Mon compte" or "Mes paiements" or "Mes démarches" or "Mon profil" or "Mes messages" or "Mon organisme");
            Assert.All(frenchBold, word => Assert.Contains("<strong>" + word + "</strong>", s_english.Steps[i].Html, StringComparison.Ordinal));
        }

        Assert.Equal("Sign in to your account", s_english.Steps[1].Title);
        Assert.Equal("Is Ameli available in English?", s_english.Faq[1].Question);
    }

    private static IEnumerable<string> Bold(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<strong>([^<]*)</strong>").Select(m => m.Groups[1].Value);
}
