using System.Globalization;
using Guides.Generated;

namespace Guides.Generated.Tests;

/// <summary>
/// GuideCatalog.Search over the content library: the index the compiler built with the guides, searched offline, in the
/// reader's language first.
/// </summary>
public sealed class SearchTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Carte_vitale_finds_step_6_of_the_French_Ameli_guide()
    {
        var hit = GuideCatalog.Search("carte vitale", French)[0];

        Assert.Equal(("ameli", "fr"), (hit.Guide.Id, hit.Guide.Language));
        Assert.Equal(6, hit.Step!.Number);
        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Accents_case_and_word_endings_do_not_matter_and_the_last_word_is_a_prefix()
    {
        Assert.Equal("ameli", GuideCatalog.Search("REMBOURSEMENTS", French)[0].Guide.Id);
        Assert.Equal("ameli", GuideCatalog.Search("securite sociale", French)[0].Guide.Id);
        Assert.Equal("ameli", GuideCatalog.Search("rembour", French)[0].Guide.Id);
    }

    [Fact]
    public void The_readers_language_is_searched_first()
    {
        Assert.All(GuideCatalog.Search("guide", French), h => Assert.Equal("fr", h.Guide.Language));
        Assert.All(GuideCatalog.Search("guide", English), h => Assert.Equal("en", h.Guide.Language));
        Assert.Equal("help-center", GuideCatalog.Search("printable checklist", English)[0].Guide.Id);
        Assert.Equal(5, GuideCatalog.Search("printable checklist", English)[0].Step!.Number);
    }

    [Fact]
    public void The_library_searches_as_its_catalog_does_and_nothing_matches_nothing()
    {
        Assert.Equal(
            GuideCatalog.Search("carte vitale", French).Select(h => (h.Guide.Id, h.Step?.Number)),
            GuideCatalog.Library.Search("carte vitale", French).Select(h => (h.Guide.Id, h.Step?.Number)));
        Assert.Empty(GuideCatalog.Search("xylophone zebra", French));
        Assert.Empty(GuideCatalog.Search("   ", French));
    }

    [Fact]
    public void A_misspelt_word_finds_its_guide_and_the_result_says_what_it_was_read_as()
    {
        // "remboursement" with its "r" missing: the stemmer makes another stem of it; the word as written is one edit away.
        var result = GuideSearchResult.Of(GuideCatalog.Search("rembousement ", French));
        Assert.Equal("ameli", result[0].Guide.Id);
        Assert.Equal("remboursement ", result.CorrectedQuery);
        Assert.Equal("remboursement ", GuideSearchResult.Of(GuideCatalog.Library.Search("rembousement ", French)).CorrectedQuery);
        Assert.Null(GuideSearchResult.Of(GuideCatalog.Search("carte vitale", French)).CorrectedQuery);
    }

    [Fact]
    public void The_library_completes_titles_from_its_compiled_index()
    {
        // content/fr/ameli.md, steps 4 and 1: the shorter title first.
        Assert.Equal(
            ["Télécharger une attestation", "Télécharger l'application Ameli ou ouvrir le site"],
            GuideCatalog.Library.Suggest("télé", French).Select(s => s.Text));
        var step = GuideCatalog.Library.Suggest("carte vi", French).Single();
        Assert.Equal(("ameli", 6), (step.Guide.Id, step.Step!.Number));
        Assert.Equal("Print the checklist", GuideCatalog.Library.Suggest("checkl", English).Single().Text);
        Assert.Empty(GuideCatalog.Library.Suggest("xylo", French));
        // Suggesting searched nothing: the next search is a search.
        Assert.Equal("ameli", GuideCatalog.Search("carte vitale", French)[0].Guide.Id);
    }
}
