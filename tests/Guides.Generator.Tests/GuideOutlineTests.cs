using Guides.Generator.Parsing;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// Computed at compile time: a guide's outline (its headings in the order of the file, with anchors, for a table of
/// contents), its word count and its reading time at a rate per language (<c>GuidesWordsPerMinute</c>, 238 unless set).
/// </summary>
public sealed class GuideOutlineTests
{
    // Words, counted by hand: title "Hostile guide" 2, description "A guide that tries to break the generator." 8,
    // headings "What you will learn" 4, "What you need" 3, "Steps" 1, "Open settings" 2, "Type it twice" 3,
    // "Good to know" 3, "Tips" 1, "Useful links" 2 (19), introduction 5, requirements 2 + 3, steps "Click the gear icon." 4
    // and "Then press Save — done." 4 (the dash is no word), section 4, tip 3, link 2: 56 in all.
    private const string Body = """
        ## What you will learn

        How to change your password.

        ## What you need

        - A computer
        - Your old password

        ## Steps

        ### Step 1: Open settings

        Click **the gear** icon.

        ### Step 2: Type it twice

        Then press *Save* — done.

        ## Good to know

        Passwords expire every year.

        ## Tips

        - Use a manager.

        ## Useful links

        - [Help centre](https://example.com/help)
        """;

    [Fact]
    public void The_outline_lists_the_headings_in_the_order_of_the_file_with_their_anchors_and_parts()
    {
        var guide = GeneratorHarness.Run(new GuideInput("en/password.md", Guide(Body))).Find("password")!;

        Assert.Equal(
            [
                "2 Introduction What you will learn #what-you-will-learn",
                "2 Requirements What you need #what-you-need",
                "2 Steps Steps #steps",
                "3 Step Open settings #step-1",
                "3 Step Type it twice #step-2",
                "2 Section Good to know #good-to-know",
                "2 Tips Tips #tips",
                "2 Links Useful links #useful-links",
            ],
            guide.Outline.Select(h => $"{h.Level} {h.Kind} {h.Title} #{h.Anchor}"));
        Assert.Same(guide.Introduction, guide.Outline[0].Section);
        Assert.Same(guide.Steps[0], guide.Outline[3].Step);
        Assert.Same(guide.Steps[1], guide.Outline[4].Step);
        Assert.Same(guide.Sections[0], guide.Outline[5].Section);
        Assert.All(guide.Outline.Where(h => h.Kind is not (GuideHeadingKind.Step or GuideHeadingKind.Introduction or GuideHeadingKind.Section)), h =>
        {
            Assert.Null(h.Step);
            Assert.Null(h.Section);
        });
    }

    [Fact]
    public void The_outline_of_a_French_guide_has_its_own_headings_and_the_same_step_anchors()
    {
        var body = "## Ce dont vous avez besoin\n\n- Un ordinateur\n\n## Les étapes\n\n### Étape 1 : Ouvrir les réglages\n\nCliquez.\n\n## Conseils\n\n- Notez-le.\n";

        var guide = GeneratorHarness.Run(new GuideInput("fr/motdepasse.md", Guide(body))).Find("motdepasse")!;

        Assert.Equal(
            ["Ce dont vous avez besoin #ce-dont-vous-avez-besoin", "Les étapes #les-étapes", "Ouvrir les réglages #step-1", "Conseils #conseils"],
            guide.Outline.Select(h => h.Title + " #" + h.Anchor));
    }

    [Fact]
    public void A_guide_without_headings_has_an_empty_outline() =>
        Assert.Empty(GeneratorHarness.Run(new GuideInput("en/bare.md", Guide("Just a paragraph.\n"))).Find("bare")!.Outline);

    [Fact]
    public void The_word_count_is_every_word_a_reader_reads_on_the_page()
    {
        var guide = GeneratorHarness.Run(new GuideInput("en/password.md", Guide(Body))).Find("password")!;

        Assert.Equal(56, guide.WordCount);
    }

    [Fact]
    public void The_word_count_includes_the_faq_questions_and_answers()
    {
        var faq = "faq:\n  - question: \"Is it free?\"\n    answer: \"Yes, **always** & everywhere.\"\n";

        var with = GeneratorHarness.Run(new GuideInput("en/faq.md", Guide(extraFront: faq))).Find("faq")!;
        var without = GeneratorHarness.Run(new GuideInput("en/faq.md", Guide())).Find("faq")!;

        // "Is it free?" 3, "Yes, always & everywhere." 3 (the ampersand is no word).
        Assert.Equal(6, with.WordCount - without.WordCount);
    }

    [Theory]
    [InlineData("l'assurance maladie sur ameli.fr", 4)]
    [InlineData("13 chiffres : voilà — fini.", 4)]
    [InlineData("  ", 0)]
    [InlineData("日本語のテキスト", 8)]
    [InlineData("東京 Tokyo", 3)]
    public void Words_are_runs_between_spaces_with_a_letter_or_digit_and_each_ideograph_is_one(string text, int words) =>
        Assert.Equal(words, WordCounter.Count(text));

    [Theory]
    [InlineData("<p>un <strong>deux</strong></p><p>trois</p>", 3)]
    [InlineData("<p><strong>in</strong>line</p>", 1)]
    [InlineData("<p>a &amp; b&nbsp;c</p>", 3)]
    [InlineData("<ul>\n<li>one</li><li>two</li>\n</ul>", 2)]
    public void In_html_tags_and_entities_are_not_words_and_block_tags_separate_them(string html, int words) =>
        Assert.Equal(words, WordCounter.Count(html, html: true));

    [Fact]
    public void Reading_time_is_the_word_count_at_238_words_a_minute_rounded_up_to_the_second()
    {
        var guide = GeneratorHarness.Run(new GuideInput("en/password.md", Guide(Body))).Find("password")!;

        // 56 words at 238 a minute: 14.1 s, so 15 s.
        Assert.Equal(TimeSpan.FromSeconds(15), guide.ReadingTime);
    }

    [Fact]
    public void GuidesWordsPerMinute_sets_a_rate_for_every_language_and_one_per_language()
    {
        GuideInput[] guides =
        [
            new("en/password.md", Guide(Body)),
            new("fr/password.md", Guide(Body)),
            new("fr-CA/password.md", Guide(Body)),
            new("de/password.md", Guide(Body)),
        ];

        var output = GeneratorHarness.Run(guides, properties: new Dictionary<string, string> { ["GuidesWordsPerMinute"] = "60; fr=120; de-AT=30" });

        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        var translations = output.Find("password")!.Translations.ToDictionary(g => g.Language, g => g.ReadingTime.TotalSeconds);
        // 56 words: at 60 a minute 56 s; at 120 a minute 28 s; fr-CA takes fr's rate; de-AT's rate is not de's.
        Assert.Equal(56, translations["en"]);
        Assert.Equal(28, translations["fr"]);
        Assert.Equal(28, translations["fr-CA"]);
        Assert.Equal(56, translations["de"]);
    }

    [Fact]
    public void The_seed_guide_reads_in_about_four_minutes()
    {
        var seed = File.ReadAllText(Path.Combine(Repository.Root, "content", "fr", "ameli.md"));

        var guide = GeneratorHarness.Run(new GuideInput("fr/ameli.md", seed)).Find("ameli")!;

        // Counted apart (a script that strips the Markdown marks, the step words and the links' URLs from the body, reads
        // the title, description and FAQ from the YAML, and counts the space-separated runs with a letter or digit): 730.
        Assert.Equal(730, guide.WordCount);
        Assert.Equal(Math.Ceiling(guide.WordCount * 60 / 238.0), guide.ReadingTime.TotalSeconds);
        Assert.Equal(["Ce que vous allez apprendre", "Ce dont vous avez besoin", "Les étapes"], guide.Outline.Take(3).Select(h => h.Title));
        Assert.Equal(Enumerable.Range(1, 7).Select(n => "step-" + n), guide.Outline.Where(h => h.Kind == GuideHeadingKind.Step).Select(h => h.Anchor));
    }
}
