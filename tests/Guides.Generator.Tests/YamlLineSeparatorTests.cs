using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// U+0085 (next line), U+2028 (line separator) and U+2029 (paragraph separator) come with text pasted from web pages
/// and word processors. YAML 1.2 reads them as ordinary characters: a value keeps them, and they end no line.
/// </summary>
public sealed class YamlLineSeparatorTests
{
    public static readonly TheoryData<string, string> Separators = new()
    {
        { "next line", "\u0085" },
        { "line separator", "\u2028" },
        { "paragraph separator", "\u2029" },
    };

    [Theory]
    [MemberData(nameof(Separators))]
    public void A_separator_in_a_value_compiles_and_is_kept_exactly(string name, string separator)
    {
        var title = "Avant" + separator + "après";
        var description = "Collé depuis une page" + separator + separator + "web.";
        var platform = "Web" + separator + "mobile";
        var text =
            "---\n"
            + "title: \"" + title + "\"\n"
            + "description: '" + description + "'\n"
            + "category: \"tests\"\n"
            + "platform: " + platform + "\n"
            + "date: \"2026-01-15\"\n"
            + "faq:\n"
            + "  - question: \"Pourquoi" + separator + "?\"\n"
            + "    answer: \"Parce que.\"\n"
            + "---\n\n### Step 1: Only\n\nDo it.\n";

        var output = GeneratorHarness.Run(new GuideInput("en/pasted.md", text));

        Assert.True(output.GeneratorDiagnostics.IsEmpty, name + ": " + string.Join("\n", output.GeneratorDiagnostics));
        Assert.Empty(output.CompilerProblems);
        var guide = output.Find("pasted")!;
        Assert.Equal(title, guide.Title);
        Assert.Equal(description, guide.Description);
        Assert.Equal(platform, guide.Platform);
        Assert.Equal("Pourquoi" + separator + "?", guide.Faq[0].Question);
    }

    [Theory]
    [MemberData(nameof(Separators))]
    public void A_mistake_after_a_separator_is_located_at_the_value(string name, string separator)
    {
        var text =
            "---\n"
            + "title: \"A" + separator + "B\"\n"
            + "description: \"x\"\n"
            + "category: \"tests\"\n"
            + "date: \"2026-01-15\"\n"
            + "difficulty: \"extreme\"\n"
            + "---\n\n### Step 1: Only\n\nDo it.\n";

        var output = GeneratorHarness.Run(new GuideInput("en/pasted.md", text));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE005", diagnostic.Id);
        Assert.Equal("\"extreme\"", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.False(string.IsNullOrEmpty(name));
    }
}
