namespace Guides.Generator.Tests.Infrastructure;

/// <summary>Guides for the tests: the seed guide of content/, and the small ones of Guides/.</summary>
public static class TestGuides
{
    private static readonly string s_root = AppContext.BaseDirectory;

    /// <summary>The seed guide, byte for byte as in content/fr/ameli.md.</summary>
    public static GuideInput Ameli => new("fr/ameli.md", System.IO.File.ReadAllText(Path.Combine(s_root, "Content", "fr", "ameli.md")));

    /// <summary>A guide of tests/Guides.Generator.Tests/Guides, by file name.</summary>
    public static GuideInput File(string relativePath) =>
        new(relativePath, System.IO.File.ReadAllText(Path.Combine(s_root, "Guides", relativePath)));

    /// <summary>A small valid guide, in English, with the given body; front matter fields may be replaced.</summary>
    public static string English(string body = "### Step 1: Do it\n\nJust do it.\n", string steps = "1", string extraFields = "") =>
        $"""
        ---
        title: "A small guide"
        description: "A guide for tests."
        category: "tests"
        steps: {steps}
        difficulty: "easy"
        platform: "all"
        lang: "en"
        date: "2026-01-15"
        {extraFields}
        ---

        {body}
        """;
}
