using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Guides.Package.Tests;

/// <summary>
/// The front matter's JSON Schema (src/Guides.Generator/schema, shipped in the generator package): it accepts the
/// repository's guides, refuses what the generator refuses, and names the fields and words the generator reads.
/// </summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(Repository.Root, "src", "Guides.Generator", "schema", "guide-frontmatter.schema.json");

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    private const string Valid = """
        title: "Reset your password"
        description: "Get back into your account."
        category: "accounts"
        steps: 2
        difficulty: "easy"
        platform: "all"
        lang: "pt-BR"
        date: "2026-05-01"
        translationKey: "reset-password"
        faq:
          - question: "What if I have no email?"
            answer: "Call support."
        """;

    [Fact]
    public void The_seed_guide_matches_the_schema()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "content", "fr", "ameli.md"));

        AssertValid(FrontMatterJson.FromGuide(guide));
    }

    [Fact]
    public void Every_guide_of_the_content_folder_matches_the_schema()
    {
        var guides = Directory.GetFiles(Path.Combine(Repository.Root, "content"), "*.md", SearchOption.AllDirectories);

        Assert.NotEmpty(guides);
        foreach (var guide in guides)
        {
            AssertValid(FrontMatterJson.FromGuide(File.ReadAllText(guide)), guide);
        }
    }

    [Fact]
    public void A_front_matter_with_every_field_matches_the_schema() => AssertValid(FrontMatterJson.FromYaml(Valid));

    [Theory]
    [InlineData("date: \"2026-05-01\"", "date: \"2026-13-45\"")]
    [InlineData("date: \"2026-05-01\"", "date: \"01/05/2026\"")]
    [InlineData("difficulty: \"easy\"", "difficulty: \"trivial\"")]
    [InlineData("steps: 2", "steps: \"two\"")]
    [InlineData("steps: 2", "steps: -1")]
    [InlineData("lang: \"pt-BR\"", "lang: \"Portuguese (Brazil)\"")]
    [InlineData("title: \"Reset your password\"\n", "")]
    [InlineData("platform: \"all\"", "platfrom: \"all\"")]
    [InlineData("    answer: \"Call support.\"", "    reply: \"Call support.\"")]
    [InlineData("  - question: \"What if I have no email?\"\n    answer: \"Call support.\"", "  - \"What if I have no email?\"")]
    public void A_mistake_the_generator_refuses_is_refused_by_the_schema(string field, string mistake)
    {
        Assert.Contains(field, Valid, StringComparison.Ordinal);
        var results = Evaluate(FrontMatterJson.FromYaml(Valid.Replace(field, mistake, StringComparison.Ordinal)));

        Assert.False(results.IsValid, $"The schema accepts '{mistake}'.");
    }

    [Fact]
    public void The_schema_names_every_field_the_generator_reads()
    {
        var reader = File.ReadAllText(Path.Combine(Repository.Root, "src", "Guides.Generator", "Parsing", "FrontMatterReader.cs"));
        var fields = Regex.Match(reader, @"Fields\s*=\s*\{([^}]*)\}").Groups[1].Value;
        var names = Regex.Matches(fields, "\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(names);
        Assert.Subset(SchemaProperties().ToHashSet(), names.ToHashSet());
    }

    [Fact]
    public void The_schema_knows_every_difficulty_word_of_the_generator()
    {
        var vocabulary = File.ReadAllText(Path.Combine(Repository.Root, "src", "Guides.Generator", "Parsing", "Vocabulary.cs"));
        var words = Regex.Matches(vocabulary, @"\(Difficulty\.\w+, new\[\] \{([^}]*)\}\)")
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, "\"([^\"]+)\"").Select(w => w.Groups[1].Value))
            .ToHashSet();
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var allowed = schema["properties"]!["difficulty"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet();

        Assert.True(words.Count >= 18, $"Found only {words.Count} difficulty words in Vocabulary.cs.");
        Assert.Equal(words.Order(StringComparer.Ordinal), allowed.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> SchemaProperties() =>
        JsonNode.Parse(File.ReadAllText(SchemaPath))!["properties"]!.AsObject().Select(p => p.Key);

    private static EvaluationResults Evaluate(JsonNode? instance) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static void AssertValid(JsonNode? instance, string what = "the front matter")
    {
        var results = Evaluate(instance);
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(results.IsValid, $"{what} does not match the schema:\n{string.Join("\n", errors)}\n{instance}");
    }
}
