using System.Collections.Generic;
using System.Linq;
using System.Text;
using Guides.Corpus;

namespace Guides.Testing;

/// <summary>
/// A generated library of guides for the build-equivalence tests (Guides.Generator.Tests' BuildEquivalenceTests and
/// Guides.Package.Tests' NetStandardRuntimeTests): large enough for the library's dictionary with the seed-shaped
/// corpus, with images, a form, links and backlinks, [GuideFields] values, extra fields and two languages. Text only:
/// the files it links to are described by <see cref="Assets"/> (the in-memory harness) or copied (a real build).
/// </summary>
internal static class LibraryCorpus
{
    /// <summary>The seed-shaped corpus's guides (about 6 KB each, four languages): with the library, well above the dictionary's 130 KB.</summary>
    public const int SeedShapedGuides = 28;

    /// <summary>The search queries whose hits the dumps hold.</summary>
    public static readonly string[] Queries = ["ameli", "attestation", "router", "Schritt", "topic"];

    /// <summary>
    /// Half of <see cref="SeedShapedGuides"/> seed-shaped guides (bench/Shared's <see cref="GuideCorpus"/>), half in varied
    /// prose (ids <c>varied-NNNNN</c>): French, English, Spanish and German.
    /// </summary>
    public static IEnumerable<(string RelativePath, string Text)> SeedShaped() =>
        GuideCorpus.Generate(SeedShapedGuides / 2).Select(g => (g.RelativePath, g.Text))
            .Concat(GuideCorpus.GenerateVaried(SeedShapedGuides / 2).Select(g => (g.RelativePath.Replace("guide-", "varied-"), g.Text)));

    /// <summary>The library's topics, each in English and French, each 2 KB or more.</summary>
    public const int Topics = 16;

    private static readonly string[] s_languages = ["en", "fr"];

    /// <summary>The keys of the front matter that the [GuideFields] class does not declare: kept in ExtraFields.</summary>
    public const string UndeclaredFields = "ignore";

    /// <summary>
    /// The [GuideFields] class of the library, in C# that C# 7.3 compiles: with <paramref name="nullableAware"/> (C# 8 and
    /// later), nullable annotations are turned off for this file, which changes nothing the generator reads.
    /// </summary>
    public static string FieldsCode(bool nullableAware) =>
        (nullableAware ? "#nullable disable\n" : string.Empty) + """
        namespace Help
        {
            public enum Audience { Everyone, Staff, Partners }

            public sealed class Owner
            {
                public string Name { get; set; }
                public System.Uri Site { get; set; }
            }

            [Guides.GuideFields]
            public sealed class HelpFields
            {
                public string Audit { get; set; } = "none";
                public string[] Tags { get; set; }
                public int Weight { get; set; } = 10;
                public System.DateTime? Reviewed { get; set; }
                public Audience Audience { get; set; } = Audience.Everyone;
                public Owner Owner { get; set; }
                public decimal Price { get; set; } = 1m;
                public bool Featured { get; set; } = false;
            }
        }
        """;

    /// <summary>
    /// The library: <see cref="Topics"/> topics in English and French, each with fields (declared and extra), an
    /// introduction with an image, steps with images and a form, a link to the next topic (to its step 2) and so a
    /// backlink from the one before, FAQ entries, tips, links and a section of its own.
    /// </summary>
    public static IEnumerable<(string RelativePath, string Text)> Guides()
    {
        for (var i = 0; i < Topics; i++)
        {
            foreach (var language in s_languages)
            {
                var next = (i + 1) % Topics;
                var text = new StringBuilder();
                text.Append("---\n")
                    .Append($"title: \"Topic {i} ({language}): set up the router number {i}\"\n")
                    .Append($"description: \"How to set up router {i}, in {language}.\"\n")
                    .Append($"category: \"network-{i % 3}\"\n")
                    .Append("steps: 3\n")
                    .Append($"difficulty: \"{(i % 3) switch { 0 => "easy", 1 => "medium", _ => "hard" }}\"\n")
                    .Append($"platform: \"{(i % 2 == 0 ? "android" : "all")}\"\n")
                    .Append($"lang: \"{language}\"\n")
                    .Append($"date: \"2026-{1 + (i % 12):D2}-{1 + i:D2}\"\n")
                    .Append("faq:\n")
                    .Append($"  - question: \"Why topic {i}?\"\n    answer: \"Because router {i} needs **it**.\"\n")
                    .Append($"  - question: \"And after?\"\n    answer: \"Read topic {next}.\"\n")
                    .Append($"audit: \"audit-{i}\"\n")
                    .Append($"tags: [net, \"t{i}\", {language}]\n")
                    .Append($"weight: {i * 7}\n")
                    .Append(i % 2 == 0 ? $"reviewed: 2026-03-{1 + i:D2}\n" : string.Empty)
                    .Append($"audience: {(i % 3 == 0 ? "staff" : "partners")}\n")
                    .Append($"owner:\n  name: \"Owner {i}\"\n  site: https://example.org/o{i}\n")
                    .Append($"price: {i}.25\n")
                    .Append($"featured: {(i % 2 == 0 ? "true" : "false")}\n")
                    .Append($"menu: \"main-{i}\"\n")
                    .Append($"rank: {i}\n")
                    .Append("---\n\n")
                    .Append("## What you will learn\n\n")
                    .Append($"![Router {i} from the front](router-{i % 4}.png)\n\n")
                    .Append($"Router {i} is set up in three steps; this text repeats words the library shares so that a dictionary pays: router, network, password, connect, settings, wireless.\n\n")
                    .Append("## What you need\n\n- A router\n- The password on its label\n\n")
                    .Append("## Steps\n\n");
                for (var step = 1; step <= 3; step++)
                {
                    text.Append($"### Step {step}: Do part {step} of topic {i}\n\n")
                        .Append($"Open the settings of router {i}, then the wireless page, and connect the network number {step}. ")
                        .Append($"See ![The page of step {step}](screens/step-{step}.png) and fill [the form](form.pdf).\n\n");
                    if (step == 2)
                    {
                        text.Append($"Then read [the next topic](topic-{next:D2}.md#step-2) and [its start](topic-{next:D2}.md).\n\n");
                    }
                }

                text.Append("## Tips\n\n- Keep the password safe.\n- Restart the router after a change.\n\n")
                    .Append("## Useful links\n\n- [The maker](https://example.org/router)\n\n")
                    .Append($"## Good to know about router {i}\n\n![The back](router-{(i + 1) % 4}.png)\n\nNothing more about topic {i}.\n");
                yield return ($"{language}/library/topic-{i:D2}.md", text.ToString());
            }
        }
    }

    /// <summary>The library's files: path, length, content type, width and height (0 for a form) and a hash, as the in-memory harness gives them.</summary>
    public static IEnumerable<(string RelativePath, long Length, string ContentType, int Width, int Height, string Hash)> Assets()
    {
        foreach (var language in s_languages)
        {
            for (var r = 0; r < 4; r++)
            {
                yield return ($"{language}/library/router-{r}.png", 1000 + r, "image/png", 300 + r, 200 + (r * 70000 / 4), $"r{r}{language}abcdefg"[..10]);
            }

            for (var step = 1; step <= 3; step++)
            {
                yield return ($"{language}/library/screens/step-{step}.png", 5000 + step, "image/png", 1080, 1920 + step, $"s{step}{language}hijklmn"[..10]);
            }

            yield return ($"{language}/library/form.pdf", 77777, "application/pdf", 0, 0, $"f{language}opqrstuv"[..10]);
        }
    }
}
