using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace Guides.Components.Tests;

/// <summary>A guide as <c>GuideView</c> shows it: one h1, the steps' anchors as ids, the FAQ, the languages marked, everything but the generator's HTML encoded.</summary>
public sealed class GuideViewTests : BunitContext
{
    [Fact]
    public void The_French_Ameli_guide_has_one_h1_its_seven_steps_with_their_anchors_and_its_FAQ_as_details()
    {
        var guide = GuideCatalog.Ameli;
        var view = Render<GuideView>(p => p.Add(v => v.Guide, guide));

        var article = view.Find("article");
        Assert.Equal("fr", article.GetAttribute("lang"));
        Assert.Equal("ltr", article.GetAttribute("dir"));
        Assert.Equal("guide-title", article.GetAttribute("aria-labelledby"));
        var h1 = Assert.Single(view.FindAll("h1"));
        Assert.Equal("Comment utiliser Ameli pour l'assurance maladie et les remboursements", h1.TextContent);

        // The titles as written in content/fr/ameli.md ("### Étape 6 : Commander une nouvelle carte Vitale").
        var steps = view.FindAll("ol.guides-steps > li");
        Assert.Equal(["step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7"], steps.Select(s => s.Id));
        Assert.Equal("Commander une nouvelle carte Vitale", steps[5].QuerySelector("h3")!.TextContent);
        Assert.Equal("Contacter votre caisse d'assurance maladie", steps[6].QuerySelector("h3")!.TextContent);

        var questions = view.FindAll("section.guides-faq details > summary");
        Assert.Equal(5, questions.Count);
        Assert.Equal("Qu'est-ce qu'Ameli ?", questions[0].TextContent);
        Assert.StartsWith("Ameli est la plateforme en ligne de l'Assurance Maladie française.", view.Find("section.guides-faq details .guides-answer").TextContent.Trim(), StringComparison.Ordinal);
        // French words, in French: no lang of their own.
        Assert.Equal("Questions fréquentes", view.Find("#faq").TextContent);
        Assert.Null(view.Find("#faq").GetAttribute("lang"));
    }

    [Fact]
    public void Every_link_of_the_outline_leads_to_an_id_of_the_page()
    {
        var view = Render<GuideView>(p => p.Add(v => v.Guide, GuideCatalog.Ameli));

        var links = view.FindAll("nav.guides-outline a");
        Assert.Equal(
            ["Ce que vous allez apprendre", "Ce dont vous avez besoin", "Les étapes", "Conseils", "Liens utiles", "Questions fréquentes"],
            links.Select(a => a.TextContent));
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")![1..];
            Assert.NotNull(view.Nodes.QuerySelector("[id='" + id + "']"));
        }

        Assert.Equal("Sur cette page", view.Find("nav.guides-outline h2").TextContent);
    }

    [Fact]
    public void A_hostile_guide_is_encoded_but_its_compiled_html_is_written_as_it_is()
    {
        var guide = Hostile("en");
        var view = Render<GuideView>(p => p.Add(v => v.Guide, guide));
        var markup = view.Markup;

        Assert.DoesNotContain("<script>", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<script>alert('title')</script>", view.Find("h1").TextContent);
        Assert.Equal("Tom & Jerry <b>", view.Find(".guides-description").TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", view.Find("#step-1 h3").TextContent);
        // The step's HTML from the generator: an element, not text.
        Assert.Equal("html", view.Find("#step-1 p strong").TextContent);
        Assert.Equal("Q <i>?", view.Find("details summary").TextContent);
        var link = view.Find(".guides-links a");
        Assert.Equal("https://example.org/a?b=1&c=2", link.GetAttribute("href"));
        Assert.Equal("link \"text\"", link.TextContent);
        // A scheme the generator would refuse (a library written by hand): text, not a link.
        Assert.Contains("javascript link", view.Find(".guides-links li:last-child").TextContent, StringComparison.Ordinal);
        Assert.Single(view.FindAll(".guides-links a"));
    }

    [Fact]
    public void The_words_around_a_guide_in_a_language_without_them_are_English_marked_lang_en()
    {
        var view = Render<GuideView>(p => p.Add(v => v.Guide, Hostile("ja")));

        Assert.Equal("ja", view.Find("article").GetAttribute("lang"));
        var steps = view.Find("#steps");
        Assert.Equal("Steps", steps.TextContent);
        Assert.Equal("en", steps.GetAttribute("lang"));
        Assert.Equal("en", view.Find("#faq").GetAttribute("lang"));
        Assert.Equal("Frequently asked questions", view.Find("#faq").TextContent);
    }

    [Fact]
    public void A_right_to_left_guide_is_marked_dir_rtl()
    {
        var view = Render<GuideView>(p => p.Add(v => v.Guide, Hostile("ar")));

        Assert.Equal("rtl", view.Find("article").GetAttribute("dir"));
        Assert.Equal("ar", view.Find("article").GetAttribute("lang"));
    }

    [Fact]
    public void The_language_switch_names_each_translation_in_itself_and_marks_the_current_one()
    {
        var view = Render<GuideLanguageSwitch>(p => p.Add(v => v.Guide, GuideCatalog.Ameli));

        var nav = view.Find("nav");
        Assert.Equal("Langues", nav.GetAttribute("aria-label"));
        var links = view.FindAll("a");
        Assert.Equal(["English", "Français"], links.Select(a => a.TextContent));
        Assert.Equal(["en", "fr"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["en", "fr"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["/help/en/ameli", "/help/fr/ameli"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal([null, "page"], links.Select(a => a.GetAttribute("aria-current")));
    }

    [Fact]
    public void The_links_follow_the_cascading_GuideLinks_and_escape_each_segment_of_an_id()
    {
        var library = new Guides.Samples.Tests.TestLibrary("en", ("a b/x\"y", [("en", "One"), ("de", "Eins")]));
        var guide = library.Find("a b/x\"y", "en")!;
        var links = new GuideLinks("/{lang}/guides/{id}", "/search");

        var view = Render<CascadingValue<GuideLinks>>(p => p
            .Add(c => c.Value, links)
            .Add(c => c.IsFixed, true)
            .AddChildContent<GuideLanguageSwitch>(s => s.Add(v => v.Guide, guide)));

        Assert.Equal(["/de/guides/a%20b/x%22y", "/en/guides/a%20b/x%22y"], view.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Deutsch", "English"], view.FindAll("a").Select(a => a.TextContent));
        Assert.Equal("/en/guides/a%20b/x%22y#step-1", links.Of(guide, "step-1"));
        Assert.Equal("/search?q=caf%C3%A9%20%26%20th%C3%A9&lang=fr", links.Search("café & thé", "fr"));
    }

    [Fact]
    public void A_guide_in_one_language_has_no_language_switch()
    {
        var view = Render<GuideView>(p => p.Add(v => v.Guide, Hostile("en")));

        Assert.Empty(view.FindAll("nav.guides-languages"));
    }

    [Fact]
    public void An_image_is_shown_at_the_size_read_from_its_file_with_its_alternative_text()
    {
        var image = GuideCatalog.HelpCenter.Images[0];
        var view = Render<GuideImageView>(p => p.Add(v => v.Image, image));

        var img = view.Find("img");
        Assert.Equal(image.Url, img.GetAttribute("src"));
        Assert.Equal(image.Alt, img.GetAttribute("alt"));
        Assert.Equal(image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), img.GetAttribute("width"));
        Assert.Equal(image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture), img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.True(image.Width > 0 && image.Height > 0);
    }

    private static Guide Hostile(string language) => Guides.Samples.Tests.TestLibrary.Hostile(language);
}
