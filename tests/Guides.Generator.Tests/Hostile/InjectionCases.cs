using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>Text that would break out of the generated C# if it were not escaped, in every field, and line separators C# and YAML treat as line ends.</summary>
public static class InjectionCases
{
    /// <summary>YAML double-quoted: quotes, a raw string's fence, a comment's end, a directive, a format hole, and \N \L \P (U+0085, U+2028, U+2029).</summary>
    private const string YamlHard = "\\\"\\\"\\\" */ #error no {0} } \\\" + x + \\\" \\N \\L \\P end";

    private const string Hard = "\"\"\" */ #error no {0} } \" + x + \" \u0085 \u2028 \u2029 end";

    private static string Front() =>
        $"platform: \"{YamlHard}\"\nfaq:\n  - question: \"{YamlHard}\"\n    answer: \"{YamlHard}\"\n";

    private static string Everywhere() =>
        Guide(
            $"## What you will learn\n\n\"\"\" */ #error no {{0}}\n\n## Steps\n\n### Step 1: \"\"\" */ \u2028 \u2029 \u0085 #error {{0}}\n\n```\n\"\"\"\n*/\n#error no\n#line 1 \"x\"\n```\n\n## Tips\n\n- \"\"\" */ {{0}}\n",
            Front())
        .Replace("Hostile guide", YamlHard, StringComparison.Ordinal)
        .Replace("A guide that tries to break the generator.", YamlHard, StringComparison.Ordinal)
        .Replace("category: \"tests\"", $"category: \"{YamlHard}\"", StringComparison.Ordinal);

    public static IEnumerable<HostileCase> All =>
    [
        new("code-injection-in-every-field", "en/code-injection-in-every-field.md", () => Microsoft.CodeAnalysis.Text.SourceText.From(Everywhere(), System.Text.Encoding.UTF8), [],
            guide =>
            {
                Assert.Equal(Hard, guide.Title);
                Assert.Equal(Hard, guide.Description);
                Assert.Equal(Hard, guide.Category);
                Assert.Equal(Hard, guide.Platform);
                Assert.Equal(Hard, guide.Faq[0].Question);
                Assert.Equal(Hard, guide.Faq[0].Answer);
                Assert.Equal("\"\"\" */ \u2028 \u2029 \u0085 #error {0}", guide.Steps[0].Title);
                Assert.Contains("#line 1 \"x\"", guide.Steps[0].Markdown, StringComparison.Ordinal);
                Assert.Equal("\"\"\" */ {0}", guide.Tips[0].Text);
            }),
    ];
}
