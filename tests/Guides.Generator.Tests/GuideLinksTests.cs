using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// Links between guides: a relative link to another guide's Markdown file, with a step's or a section's anchor, is
/// checked at compile time and becomes the URL <c>GuidesLinkFormat</c> gives, in the linking guide's language when the
/// target has it; guides know what they link to and what links to them; steps and sections have stable anchors.
/// </summary>
public sealed class GuideLinksTests
{
    private const string Reset = """
        ### Step 1: Ask for a link

        Click it.

        ### Step 2: Choose a password

        Type it twice.

        ## Good to know

        Passwords expire.
        """;

    private static readonly GuideInput EnglishReset = new("en/accounts/reset.md", Guide(Reset));
    private static readonly GuideInput FrenchReset = new("fr/accounts/reset.md", Guide(Reset.Replace("Step 1: Ask for a link", "Étape 1 : Demander un lien", StringComparison.Ordinal).Replace("Step 2: Choose a password", "Étape 2 : Choisir un mot de passe", StringComparison.Ordinal)));

    [Fact]
    public void A_link_to_a_step_of_another_guide_becomes_its_url_with_the_steps_anchor()
    {
        var help = new GuideInput("en/help.md", Guide("### Step 1: Start\n\nFirst [reset your password](accounts/reset.md#step-2), then [read this](accounts/reset.md#good-to-know) or [start over](./accounts/reset.md).\n"));

        var output = GeneratorHarness.Run([help, EnglishReset]);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            "<p>First <a href=\"/guides/accounts/reset#step-2\">reset your password</a>, then <a href=\"/guides/accounts/reset#good-to-know\">read this</a> or <a href=\"/guides/accounts/reset\">start over</a>.</p>",
            output.Find("help")!.Steps[0].Html);
    }

    [Fact]
    public void A_step_anchor_may_be_written_with_the_step_word_of_any_language()
    {
        var aide = new GuideInput("fr/aide.md", Guide("### Étape 1 : Commencer\n\n[Changer le mot de passe](accounts/reset.md#étape-2) ou [ici](accounts/reset.md#Etape-1).\n"));

        var output = GeneratorHarness.Run([aide, FrenchReset], properties: new Dictionary<string, string> { ["GuidesLinkFormat"] = "/{lang}/guides/{id}?from=help#{anchor}" });

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            "<p><a href=\"/fr/guides/accounts/reset?from=help#step-2\">Changer le mot de passe</a> ou <a href=\"/fr/guides/accounts/reset?from=help#step-1\">ici</a>.</p>",
            output.Find("aide")!.Steps[0].Html);
    }

    [Fact]
    public void A_link_leads_to_the_linking_guides_language_when_the_target_has_it()
    {
        // The French guide links to the English file; the target has a French translation: the link leads to it.
        var aide = new GuideInput("fr/aide.md", Guide("### Étape 1 : Commencer\n\n[Lien](../en/accounts/reset.md) [Seul](../en/only.md)\n"));
        var only = new GuideInput("en/only.md", Guide());

        var output = GeneratorHarness.Run([aide, EnglishReset, FrenchReset, only], properties: new Dictionary<string, string> { ["GuidesLinkFormat"] = "/{lang}/{id}" });

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("<p><a href=\"/fr/accounts/reset\">Lien</a> <a href=\"/en/only\">Seul</a></p>", output.Find("aide")!.Steps[0].Html);
    }

    [Fact]
    public void Guides_know_what_they_link_to_and_what_links_to_them()
    {
        var help = new GuideInput("en/help.md", Guide("### Step 1: Start\n\n[Reset](accounts/reset.md#step-2) and [again](accounts/reset.md).\n"));
        var faq = new GuideInput("en/faq.md", Guide("### Step 1: Read\n\n[Reset](accounts/reset.md) [Help](help.md)\n"));

        var output = GeneratorHarness.Run([help, faq, EnglishReset]);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        var assembly = output.Load();
        Guide Find(string id) => (Guide)assembly.GetType("Guides.Generated.GuideCatalog")!.GetMethod("Find", [typeof(string)])!.Invoke(null, [id])!;
        Assert.Equal(["accounts/reset"], Find("help").LinksTo.Select(g => g.Id));
        Assert.Equal(["accounts/reset", "help"], Find("faq").LinksTo.Select(g => g.Id));
        Assert.Equal(["faq", "help"], Find("accounts/reset").LinkedFrom.Select(g => g.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["faq"], Find("help").LinkedFrom.Select(g => g.Id));
        Assert.Empty(Find("faq").LinkedFrom);
        Assert.Same(Find("accounts/reset"), Find("help").LinksTo[0]);
    }

    [Fact]
    public void Steps_and_sections_have_stable_anchors()
    {
        var guide = GeneratorHarness.Run([FrenchReset]).Find("accounts/reset")!;

        Assert.Equal(["step-1", "step-2"], guide.Steps.Select(s => s.Anchor));
        Assert.Equal("good-to-know", Assert.Single(guide.Sections).Anchor);
    }

    [Fact]
    public void A_link_may_name_every_heading_the_page_shows_with_an_id_as_its_outline_gives_them()
    {
        // What you need, the steps' heading, Tips and Useful links are headings of the page too (GuidePages and GuideView
        // give each the id of its outline entry): a link may name them, as the reader's browser will find them.
        var billing = new GuideInput("en/billing.md", Guide("## What you need\n\n- An account\n\n## Steps\n\n### Step 1: Open billing\n\nGo.\n\n## Tips\n\n- Keep invoices.\n\n## Useful links\n\n- [Help](https://example.com/help)\n"));
        var help = new GuideInput("en/help.md", Guide("### Step 1: Start\n\nSee [a](billing.md#what-you-need), [b](billing.md#steps), [c](billing.md#tips) and [d](billing.md#useful-links).\n"));

        var output = GeneratorHarness.Run([help, billing]);

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        var outline = output.Find("billing")!.Outline.Where(h => h.Kind != GuideHeadingKind.Step).Select(h => h.Anchor);
        Assert.Equal(["what-you-need", "steps", "tips", "useful-links"], outline);
        Assert.Contains("href=\"/guides/billing#useful-links\"", output.Find("help")!.Steps[0].Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](nowhere.md)", "GUIDE047", "'nowhere.md' is not a guide of the content folder (looked for content/en/nowhere.md)")]
    [InlineData("[x](accounts/reset.md#step-3)", "GUIDE048", "'#step-3' is not a step or section of the guide 'accounts/reset': its anchors are step-1 to step-2, good-to-know")]
    [InlineData("[x](accounts/reset.md#bad-news)", "GUIDE048", "'#bad-news' is not a step or section of the guide 'accounts/reset': its anchors are step-1 to step-2, good-to-know")]
    [InlineData("[x](../../outside.md)", "GUIDE041", "'../../outside.md' leaves the content folder")]
    [InlineData("[x](draft.md)", "GUIDE047", "'draft.md' is not a guide of the content folder (looked for content/en/draft.md): it is a draft, left out of this build")]
    public void A_link_to_a_guide_step_or_section_that_is_not_there_is_an_error_at_the_link(string link, string id, string message)
    {
        var help = new GuideInput("en/help.md", Guide("### Step 1: Start\n\nSee " + link + ".\n"));
        var draft = new GuideInput("en/draft.md", Guide(extraFront: "draft: true\n"));

        var output = GeneratorHarness.Run([help, EnglishReset, draft], properties: new Dictionary<string, string> { ["GuidesIncludeDrafts"] = "false" });

        var found = Assert.Single(output.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Equal(id, found.Id);
        Assert.StartsWith(message, found.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var at = found.Location.GetLineSpan();
        Assert.Equal(help.FullPath, at.Path);
        Assert.Equal((BodyLine + 2, 9), (at.StartLinePosition.Line + 1, at.StartLinePosition.Character + 1));
        Assert.Empty(output.CompilerProblems);
    }

    [Fact]
    public void Changing_a_guides_links_emits_that_guide_and_the_guides_whose_backlinks_change_alone()
    {
        GuideInput[] guides =
        [
            new("en/a.md", Guide("### Step 1: A\n\nNo link yet.\n")),
            new("en/b.md", Guide("### Step 1: B\n\nText.\n")),
            new("en/c.md", Guide("### Step 1: C\n\nText.\n")),
        ];
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        var texts = GeneratorHarness.Texts(guides);
        var generator = new GuideGenerator();
        var driver = GeneratorHarness.CreateDriver(guides, texts: texts, generator: generator).RunGenerators(compilation);
        Assert.Equal(3, generator.Work.Emits);

        // a.md now links to b.md: a (its HTML and LinksTo) and b (its LinkedFrom) change; c does not.
        var linked = new InMemoryAdditionalText(guides[0].FullPath, SourceText.From(Guide("### Step 1: A\n\nSee [B](b.md).\n"), System.Text.Encoding.UTF8));
        driver = driver.ReplaceAdditionalText(texts[0], linked).RunGenerators(compilation);
        Assert.Equal(5, generator.Work.Emits);

        // Its text changes, not its links: a alone.
        var edited = new InMemoryAdditionalText(guides[0].FullPath, SourceText.From(Guide("### Step 1: A\n\nNow see [B](b.md).\n"), System.Text.Encoding.UTF8));
        driver.ReplaceAdditionalText(linked, edited).RunGenerators(compilation);
        Assert.Equal(6, generator.Work.Emits);
    }
}
