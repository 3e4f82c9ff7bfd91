using System.Globalization;
using System.Text;
using Guides.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// One build a user can make of a content library, as the harness runs it: its name, C# version, optimization and the
/// project's properties. <see cref="EveryBuild.All"/> lists them.
/// </summary>
public sealed record BuildKind(string Name, CSharpParseOptions ParseOptions, OptimizationLevel Optimization, IReadOnlyDictionary<string, string> Properties)
{
    public GeneratorOutput Run(IEnumerable<GuideInput> guides, IEnumerable<AssetInput>? assets = null, string? code = null, IReadOnlyDictionary<string, string>? properties = null) =>
        GeneratorHarness.Run(
            guides,
            ParseOptions,
            properties is null ? Properties : Properties.Concat(properties).ToDictionary(p => p.Key, p => p.Value),
            code,
            assets,
            Optimization);

    public override string ToString() => Name;
}

/// <summary>
/// The builds of one content library that must read the same (issue 21): Debug (not optimized: the hot-reload shape),
/// Release (optimized, text packed, as packages ship it), Release with packing off (<c>GuidesCompressText=false</c>), and
/// C# 7.3 (Release: string literals, no UTF-8). Beside them, the content they are tested on: the repository's content/
/// folder, the hostile corpus's valid guides, and a generated library large enough for the library's dictionary, with
/// images, files, links, backlinks, [GuideFields] objects, extra fields and several languages.
/// </summary>
public static class EveryBuild
{
    /// <summary>The library's languages (declared first: the content below is made when the class is).</summary>
    private static readonly string[] s_languages = ["en", "fr"];

    public static readonly BuildKind Debug = new("Debug", GeneratorHarness.Latest, OptimizationLevel.Debug, new Dictionary<string, string>());

    public static readonly BuildKind Release = new("Release", GeneratorHarness.Latest, OptimizationLevel.Release, new Dictionary<string, string> { ["GuidesCompressText"] = "true" });

    public static readonly BuildKind ReleaseUnpacked = new("ReleaseUnpacked", GeneratorHarness.Latest, OptimizationLevel.Release, new Dictionary<string, string> { ["GuidesCompressText"] = "false" });

    public static readonly BuildKind CSharp73 = new("CSharp73", GeneratorHarness.CSharp73, OptimizationLevel.Release, new Dictionary<string, string>());

    public static IReadOnlyList<BuildKind> All { get; } = [Debug, Release, ReleaseUnpacked, CSharp73];

    public static TheoryData<string> Names => [.. All.Select(b => b.Name)];

    public static BuildKind Named(string name) => All.Single(b => b.Name == name);

    /// <summary>The generated library's guides: topics in English and French, each 2 KB or more.</summary>
    public const int LibraryTopics = 16;

    /// <summary>The seed-shaped corpus's guides (about 6 KB each, four languages): with the library, well above the dictionary's 130 KB.</summary>
    public const int CorpusGuides = 28;

    /// <summary>The search queries whose hits the dumps hold.</summary>
    public static readonly string[] Queries = ["ameli", "attestation", "router", "Schritt", "topic"];

    /// <summary>
    /// The [GuideFields] class of the content, in C# every build compiles (7.3 has no nullable annotations: a build with
    /// them turns them off for this file, which changes nothing the generator reads).
    /// </summary>
    public static string FieldsCode(CSharpParseOptions options) =>
        (options.LanguageVersion >= LanguageVersion.CSharp8 ? "#nullable disable\n" : string.Empty) + """
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

    /// <summary>Undeclared front-matter keys are kept in ExtraFields without a warning, so every build is warning-free.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentProperties = new Dictionary<string, string> { ["GuidesUndeclaredFields"] = "ignore" };

    /// <summary>Every guide of the content: content/, the hostile corpus's valid guides, the seed-shaped corpus and the library.</summary>
    public static IReadOnlyList<GuideInput> Guides { get; } = [.. ContentGuides(), .. HostileGuides(), .. CorpusGuidesInput(), .. Library()];

    /// <summary>The files beside the guides: content/'s real files and the library's images and forms.</summary>
    public static IReadOnlyList<AssetInput> Assets { get; } = [.. ContentAssets(), .. LibraryAssets()];

    public static GuideInput[] ContentGuides() => Repository.ContentGuides();

    /// <summary>
    /// The hostile guides that must give no diagnostic at all, short enough to build four times, each in a folder of its
    /// own (two of them, <c>-.md</c> and <c>@@.md</c>, would otherwise take the same property).
    /// </summary>
    public static IEnumerable<GuideInput> HostileGuides() =>
        Hostile.HostileCorpus.All
            .Where(c => c.Expected.Length == 0)
            .Select((c, i) => new GuideInput(InFolder(c.RelativePath, $"hostile-{i:D3}"), c.Text()))
            .Where(g => g.Text.Length < 100_000);

    private static string InFolder(string relativePath, string folder)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return relativePath[..(slash + 1)] + folder + "/" + relativePath[(slash + 1)..];
    }

    private static IEnumerable<GuideInput> CorpusGuidesInput() =>
        GuideCorpus.Generate(CorpusGuides / 2).Concat(GuideCorpus.GenerateVaried(CorpusGuides / 2).Select(g => g with { RelativePath = g.RelativePath.Replace("guide-", "varied-", StringComparison.Ordinal) }))
            .Select(g => new GuideInput(g.RelativePath, g.Text));

    /// <summary>content/'s files that are not guides, as the ReadGuideAssets task describes them (lengths are the real ones).</summary>
    private static IEnumerable<AssetInput> ContentAssets()
    {
        var content = Path.Combine(Repository.Root, "content");
        foreach (var path in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
            var length = new FileInfo(path).Length;
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(relative)))[..10];
            yield return Path.GetExtension(path) switch
            {
                ".pdf" => new AssetInput(relative, length, "application/pdf", 0, 0, hash, Image: false, WebImage: false),
                ".svg" => new AssetInput(relative, length, "image/svg+xml", 120, 80, hash),
                ".webp" => new AssetInput(relative, length, "image/webp", 640, 400, hash),
                ".jpg" => new AssetInput(relative, length, "image/jpeg", 1024, 768, hash),
                _ => new AssetInput(relative, length, "image/png", 800, 600, hash),
            };
        }
    }

    /// <summary>
    /// The library: <see cref="LibraryTopics"/> topics in English and French, each with fields (declared and extra), an
    /// introduction with an image, steps with images and a form, a link to the next topic (to its step 2) and so a
    /// backlink from the one before, FAQ entries, tips, links and a section of its own.
    /// </summary>
    public static IEnumerable<GuideInput> Library()
    {
        for (var i = 0; i < LibraryTopics; i++)
        {
            foreach (var language in s_languages)
            {
                var next = (i + 1) % LibraryTopics;
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
                yield return new GuideInput($"{language}/library/topic-{i:D2}.md", text.ToString());
            }
        }
    }

    private static IEnumerable<AssetInput> LibraryAssets()
    {
        foreach (var language in s_languages)
        {
            for (var r = 0; r < 4; r++)
            {
                yield return new AssetInput($"{language}/library/router-{r}.png", 1000 + r, "image/png", 300 + r, 200 + (r * 70000 / 4), $"r{r}{language}abcdefg"[..10]);
            }

            for (var step = 1; step <= 3; step++)
            {
                yield return new AssetInput($"{language}/library/screens/step-{step}.png", 5000 + step, "image/png", 1080, 1920 + step, $"s{step}{language}hijklmn"[..10]);
            }

            yield return new AssetInput($"{language}/library/form.pdf", 77777, "application/pdf", 0, 0, $"f{language}opqrstuv"[..10], Image: false, WebImage: false);
        }
    }

    /// <summary>Builds the content in <paramref name="build"/>: no generator or compiler diagnostic above info.</summary>
    public static GeneratorOutput Run(BuildKind build) =>
        build.Run(Guides, Assets, FieldsCode(build.ParseOptions), ContentProperties);

    /// <summary>The dump of the built catalog: every catalog lookup and every guide, every public property.</summary>
    public static string Dump(GeneratorOutput output) =>
        global::Guides.Testing.GuideDump.Catalog(output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!, Queries);
}
