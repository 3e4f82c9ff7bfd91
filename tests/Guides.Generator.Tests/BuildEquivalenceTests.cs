using System.Globalization;
using System.Text.RegularExpressions;
using Guides.Generator.Tests.Infrastructure;
using Guides.Testing;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// The same content reads identically in every build a user can make (issue 21): Debug (hot reload), Release (packed, with
/// the library's dictionary), Release unpacked and C# 7.3 give the same dump of every catalog lookup and of every public
/// property of every guide, recursively (<see cref="GuideDump"/>). The dumps are checked against values read from the
/// Markdown by this test, so that four builds agreeing on a wrong value fail too.
/// </summary>
public sealed partial class BuildEquivalenceTests(Xunit.Abstractions.ITestOutputHelper log)
{
    /// <summary>The Release build, whose dump the others are compared with; built once for the class.</summary>
    private static readonly Lazy<(GeneratorOutput Output, string Dump)> s_release = new(() => Build(EveryBuild.Release));

    private static (GeneratorOutput Output, string Dump) Build(BuildKind build)
    {
        var output = EveryBuild.Run(build);
        Assert.Null(output.Result.Exception);
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(output.CompilerProblems);
        return (output, EveryBuild.Dump(output));
    }

    [Theory]
    [InlineData("Debug")]
    [InlineData("ReleaseUnpacked")]
    [InlineData("CSharp73")]
    public void Every_build_reads_as_the_Release_build(string name)
    {
        var (_, release) = s_release.Value;
        var (output, dump) = Build(EveryBuild.Named(name));

        log.WriteLine($"{EveryBuild.Guides.Count} guides, dump of {release.Length:N0} characters.");
        AssertSameDump(release, dump, name);
        var sources = string.Concat(output.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
        switch (name)
        {
            case "Debug":
                // The hot-reload shape, and no packing.
                Assert.Contains("Catalog_HotReload", sources, StringComparison.Ordinal);
                Assert.DoesNotContain("Catalog_Dictionary", sources, StringComparison.Ordinal);
                break;
            case "ReleaseUnpacked":
                Assert.DoesNotContain("Catalog_HotReload", sources, StringComparison.Ordinal);
                Assert.DoesNotContain("Catalog_Dictionary", sources, StringComparison.Ordinal);
                break;
            case "CSharp73":
                Assert.DoesNotContain("u8", sources.Split('"').Where((_, i) => i % 2 == 0).Select(s => s.Length > 2 ? s[..2] : s), StringComparer.Ordinal);
                break;
        }
    }

    [Fact]
    public void The_Release_build_is_packed_with_the_library_dictionary()
    {
        var (output, _) = s_release.Value;
        var sources = string.Concat(output.Result.GeneratedSources.Select(s => s.SourceText.ToString()));

        Assert.Contains("Catalog_Dictionary", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("Catalog_HotReload", sources, StringComparison.Ordinal);
        Assert.Contains("protected override global::System.ReadOnlySpan<byte> Data => \"", sources, StringComparison.Ordinal);
    }

    /// <summary>The dump holds what the Markdown says, read here with regular expressions, not by the generator.</summary>
    [Fact]
    public void The_dump_holds_the_seed_guide_as_its_Markdown_says()
    {
        var (_, dump) = s_release.Value;
        var markdown = File.ReadAllText(Repository.File("content/fr/ameli.md"));
        var guide = Section(dump, "Guide ameli/fr");

        var date = DateTime.ParseExact(FrontMatter().Match(markdown) is { Success: true } m ? Field(m.Value, "date") : throw new InvalidOperationException("no front matter"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains("\n  Date = DateTime " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.0000000 Unspecified\n", guide, StringComparison.Ordinal);
        Assert.Equal("facile", Field(FrontMatter().Match(markdown).Value, "difficulty"));
        Assert.Contains("\n  Difficulty = GuideDifficulty.Easy (", guide, StringComparison.Ordinal);

        var steps = StepHeading().Matches(markdown).Select(s => (Number: int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture), Title: s.Groups[2].Value.Trim())).ToList();
        Assert.Equal(7, steps.Count);
        var numbers = NumberLine().Matches(Section(guide, "  Steps = ", "\n  Tips = ")).Select(n => int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(steps.Select(s => s.Number), numbers);
        foreach (var (number, title) in steps)
        {
            Assert.Contains("Anchor = \"step-" + number + "\"", guide, StringComparison.Ordinal);
            Assert.Contains("Title = \"" + Escape(title) + "\"", guide, StringComparison.Ordinal);
        }

        // The English translation is listed by its key, not dumped again inside the French guide.
        Assert.Contains("Guide ameli/en", Section(guide, "  Translations = ", "\n  WordCount = "), StringComparison.Ordinal);
    }

    /// <summary>A library guide's fields, image sizes, files, links and backlinks, as <see cref="EveryBuild.Library"/> wrote them for topic 3.</summary>
    [Fact]
    public void The_dump_holds_the_library_guides_fields_images_files_and_links()
    {
        var (_, dump) = s_release.Value;
        var guide = Section(dump, "Guide library/topic-03/fr");

        Assert.Contains("\n    Audience = Audience.Staff (1)\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n    Price = decimal 3.25\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n    Weight = System.Int32 21\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n      Site = Uri \"https://example.org/o3\" absolute\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n    [\"menu\"] = \"main-3\"\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n  Date = DateTime 2026-04-04T00:00:00.0000000 Unspecified\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n  Difficulty = GuideDifficulty.Easy (", guide, StringComparison.Ordinal);
        Assert.Contains("\n      Height = System.Int32 52700\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n      Height = System.Int32 1922\n", guide, StringComparison.Ordinal);
        Assert.Contains("\n      Length = System.Int64 77777\n", guide, StringComparison.Ordinal);
        Assert.Contains("ContentType = \"application/pdf\"", guide, StringComparison.Ordinal);
        Assert.Contains("Guide library/topic-04/fr", Section(guide, "  LinksTo = ", "\n  Outline = "), StringComparison.Ordinal);
        Assert.Contains("Guide library/topic-02/fr", Section(guide, "  LinkedFrom = ", "\n  LinksTo = "), StringComparison.Ordinal);
    }

    private static void AssertSameDump(string expected, string actual, string build)
    {
        if (DumpDifference.Of("Release", expected, build, actual) is { } difference)
        {
            Assert.Fail(difference);
        }
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> (by default, the next guide).</summary>
    private static string Section(string text, string start, string end = "\n# ")
    {
        var from = text.IndexOf(start.StartsWith("Guide ", StringComparison.Ordinal) ? "# " + start + "\n" : start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No '{start}' in the dump.");
        var to = text.IndexOf(end, from + 1, StringComparison.Ordinal);
        return text[from..(to < 0 ? text.Length : to)];
    }

    private static string Field(string frontMatter, string key) =>
        Regex.Match(frontMatter, "^" + key + ": \"?([^\"\\n]*)\"?$", RegexOptions.Multiline).Groups[1].Value;

    private static string Escape(string s) => string.Concat(s.Select(c => c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c is '"' or '\\' ? "\\" + c : c.ToString()));

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^### Étape (\d+) : (.*)$", RegexOptions.Multiline)]
    private static partial Regex StepHeading();

    [GeneratedRegex(@"\n      Number = System.Int32 (\d+)\n")]
    private static partial Regex NumberLine();
}
