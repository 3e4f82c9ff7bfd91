using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>Section headings, step headings and difficulty words in each supported language (Parsing/Vocabulary.cs).</summary>
public sealed class VocabularyTests
{
    public static TheoryData<string, string, string, string, string, string, string, string> Languages => new()
    {
        { "en", "What you will learn", "What you need", "Steps", "Step", "Tips", "Useful links", "hard" },
        { "fr", "Ce que vous allez apprendre", "Ce dont vous avez besoin", "Les étapes", "Étape", "Conseils", "Liens utiles", "difficile" },
        { "es", "Lo que aprenderás", "Lo que necesitas", "Pasos", "Paso", "Consejos", "Enlaces útiles", "difícil" },
        { "de", "Was Sie lernen werden", "Was Sie brauchen", "Schritte", "Schritt", "Tipps", "Nützliche Links", "schwer" },
        { "it", "Cosa imparerai", "Cosa ti serve", "Passaggi", "Passo", "Consigli", "Link utili", "difficile" },
        { "pt", "O que você vai aprender", "O que você precisa", "Passos", "Etapa", "Dicas", "Links úteis", "difícil" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_known_section_is_recognised(string language, string learn, string need, string steps, string step, string tips, string links, string hard)
    {
        var guide = $"""
            ---
            title: "T"
            description: "D"
            category: "c"
            lang: "{language}"
            date: "2026-01-01"
            difficulty: "{hard}"
            steps: 2
            ---

            ## {learn}

            Intro.

            ## {need}

            - One thing

            ## {steps}

            ### {step} 1: First

            One.

            ### {step} 2 : Second

            Two.

            ## {tips}

            - A tip

            ## {links}

            - [Site](https://example.org)
            """;

        var output = GeneratorHarness.Run([new GuideInput("g.md", guide)]);

        Assert.Empty(output.GeneratorDiagnostics);
        var loaded = output.Find("g")!;
        Assert.Equal(learn, loaded.Introduction!.Heading);
        Assert.Equal(["One thing"], loaded.Requirements.Select(r => r.Text));
        Assert.Equal(["First", "Second"], loaded.Steps.Select(s => s.Title));
        Assert.Equal(["A tip"], loaded.Tips.Select(t => t.Text));
        Assert.Equal(["Site"], loaded.Links.Select(l => l.Text));
        Assert.Equal(GuideDifficulty.Hard, loaded.Difficulty);
        Assert.Empty(loaded.Sections);
    }

    [Theory]
    [InlineData("### Step 3: Title", 3, "Title")]
    [InlineData("### Step 3 : Title", 3, "Title")]
    [InlineData("### Étape 3 : Titre", 3, "Titre")]
    [InlineData("### étape 3: Titre", 3, "Titre")]
    [InlineData("### STEP 3:Title with: colon", 3, "Title with: colon")]
    public void Step_headings_are_recognised_with_or_without_a_space_before_the_colon(string heading, int number, string title)
    {
        var body = string.Concat(Enumerable.Range(1, number - 1).Select(i => $"### Step {i}: S{i}\n\nx\n\n")) + heading + "\n\nBody.\n";

        var output = GeneratorHarness.Run([new GuideInput("g.md", TestGuides.English(body, steps: number.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

        Assert.Empty(output.GeneratorDiagnostics);
        var step = output.Find("g")!.Steps[number - 1];
        Assert.Equal((number, title), (step.Number, step.Title));
    }
}
