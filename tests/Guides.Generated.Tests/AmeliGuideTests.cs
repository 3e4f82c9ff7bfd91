namespace Guides.Generated.Tests;

/// <summary>The seed guide content/fr/ameli.md, read through the content library exactly as an app reads it.</summary>
public sealed class AmeliGuideTests
{
    private static readonly Guide s_guide = GuideCatalog.Ameli;

    [Fact]
    public void Front_matter_fields_are_typed()
    {
        Assert.Equal("ameli", s_guide.Id);
        Assert.Equal("Comment utiliser Ameli pour l'assurance maladie et les remboursements", s_guide.Title);
        Assert.StartsWith("Apprenez à accéder à votre compte Ameli", s_guide.Description, StringComparison.Ordinal);
        Assert.Equal("government", s_guide.Category);
        Assert.Equal(GuideDifficulty.Easy, s_guide.Difficulty);
        Assert.Equal("all", s_guide.Platform);
        Assert.Equal("fr", s_guide.Language);
        Assert.Equal(new DateTime(2026, 2, 22), s_guide.Date);
    }

    [Fact]
    public void Seven_steps_with_their_titles_in_order()
    {
        Assert.Equal(
            [
                "Télécharger l'application Ameli ou ouvrir le site",
                "Se connecter à votre compte",
                "Vérifier vos remboursements",
                "Télécharger une attestation",
                "Mettre à jour vos informations personnelles",
                "Commander une nouvelle carte Vitale",
                "Contacter votre caisse d'assurance maladie",
            ],
            s_guide.Steps.Select(s => s.Title));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], s_guide.Steps.Select(s => s.Number));
    }

    [Fact]
    public void Step_bodies_come_as_markdown_html_and_text()
    {
        var step = s_guide.Steps[1];

        Assert.Contains("**Mon compte**", step.Markdown, StringComparison.Ordinal);
        Assert.Contains("<strong>Mon compte</strong>", step.Html, StringComparison.Ordinal);
        Assert.StartsWith("<p>Appuyez sur", step.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("**", step.Text, StringComparison.Ordinal);
        Assert.StartsWith("Appuyez sur Mon compte en haut de l'écran.", step.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_steps_are_rendered()
    {
        var step = s_guide.Steps[0];

        Assert.Contains("<a href=\"https://www.ameli.fr\">ameli.fr</a>", step.Html, StringComparison.Ordinal);
        Assert.EndsWith("aller sur ameli.fr.", step.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_faq_entries_with_plain_and_html_answers()
    {
        Assert.Equal(5, s_guide.Faq.Count);
        Assert.Equal("Qu'est-ce qu'Ameli ?", s_guide.Faq[0].Question);
        Assert.StartsWith("Ameli est la plateforme en ligne", s_guide.Faq[0].Answer, StringComparison.Ordinal);
        Assert.Equal("<p>" + s_guide.Faq[0].Answer + "</p>", s_guide.Faq[0].AnswerHtml);
        Assert.Equal("Qu'est-ce qu'une attestation de droits ?", s_guide.Faq[4].Question);
    }

    [Fact]
    public void Introduction_is_the_what_you_will_learn_section()
    {
        var introduction = Assert.IsType<GuideSection>(s_guide.Introduction);

        Assert.Equal("Ce que vous allez apprendre", introduction.Heading);
        Assert.StartsWith("Dans ce guide, vous apprendrez", introduction.Text, StringComparison.Ordinal);
        Assert.StartsWith("<p>Dans ce guide", introduction.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_requirements()
    {
        Assert.Equal(
            [
                "Votre numéro de sécurité sociale",
                "Un téléphone, une tablette ou un ordinateur avec un accès internet",
                "Une adresse email associée à votre compte Ameli",
                "Votre mot de passe Ameli (ou vos identifiants FranceConnect)",
            ],
            s_guide.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void Four_tips()
    {
        Assert.Equal(4, s_guide.Tips.Count);
        Assert.StartsWith("Vérifiez vos remboursements environ 5 jours", s_guide.Tips[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Vous pouvez activer les notifications", s_guide.Tips[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_useful_links_with_absolute_urls()
    {
        Assert.Equal(
            [
                ("Site officiel Ameli", "https://www.ameli.fr/"),
                ("Télécharger Ameli sur iPhone", "https://apps.apple.com/app/ameli-lassurance-maladie/id620447173"),
                ("Télécharger Ameli sur Android", "https://play.google.com/store/apps/details?id=fr.cnamts.it.activity"),
                ("FranceConnect - se connecter aux services publics", "https://franceconnect.gouv.fr/"),
            ],
            s_guide.Links.Select(l => (l.Text, l.Url.AbsoluteUri)));
        Assert.All(s_guide.Links, l => Assert.True(l.Url.IsAbsoluteUri));
    }

    [Fact]
    public void The_steps_section_and_known_sections_are_not_repeated_as_other_sections()
    {
        Assert.Empty(s_guide.Sections);
    }
}
