namespace Guides.Package.Tests;

/// <summary>
/// A team's own front-matter fields, as the README shows them, in a new app from the packed packages: the values come
/// out typed (every supported type, each translation with its own), a wrong value fails the build at the value, the
/// three GuidesUndeclaredFields policies do what they say, and the app publishes with NativeAOT without a warning.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class GuideFieldsFromPackageTests(PackagesFixture packages)
{
    private const string Fields = """
        using System;
        using System.Collections.Generic;
        using Guides;

        namespace $(App);

        public enum Audience { Everyone, Staff, Partners }

        public sealed class Author
        {
            public required string Name { get; init; }
            public Uri? Site { get; init; }
        }

        [GuideFields]
        public sealed class HelpFields
        {
            public required string Status { get; init; }
            public IReadOnlyList<string> Tags { get; init; } = [];
            public int Weight { get; init; }
            public long Views { get; init; }
            public double Score { get; init; }
            public decimal Price { get; init; }
            public bool Featured { get; init; }
            public DateOnly? Reviewed { get; init; }
            public DateTime Published { get; init; }
            public Uri? Source { get; init; }
            public Audience Audience { get; init; } = Audience.Everyone;
            public int[] Sizes { get; init; } = [];
            public int? Rank { get; init; }
            public Author? Author { get; init; }
        }
        """;

    private const string Program = """
        using System.Globalization;
        using $(App);

        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        foreach (var guide in GuideCatalog.Accounts.ResetPassword.Translations)
        {
            var f = guide.Fields<HelpFields>();
            Console.WriteLine(string.Join("|", guide.Language, f.Status, string.Join(",", f.Tags), f.Weight, f.Views, f.Score.ToString("R", CultureInfo.InvariantCulture),
                f.Price.ToString(CultureInfo.InvariantCulture), f.Featured, f.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                f.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Source?.ToString() ?? "-", f.Audience, string.Join(",", f.Sizes),
                f.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-", f.Author?.Name ?? "-", f.Author?.Site?.ToString() ?? "-",
                guide.ExtraFields.TryGetValue("legacy_id", out var legacy) ? legacy : "-"));
        }
        """;

    private static string Guide(string title, string fields) => $"""
        ---
        title: "{title}"
        description: "Get back into your account."
        category: "accounts"
        date: "2026-05-01"
        {fields}
        ---

        ## Steps

        ### Step 1: Ask for a link

        Click the link.
        """;

    private const string English = """
        status: published
        tags: [accounts, security]
        weight: 3
        views: 12345678901
        score: 4.25
        price: 1.50
        featured: true
        reviewed: 2026-06-01
        published: 2026-05-02T09:30:00+02:00
        source: https://example.org/source
        audience: staff
        sizes:
          - 1
          - 2
        rank: 7
        author:
          name: "Ana"
          site: https://example.org/ana
        legacy_id: 42
        """;

    private const string French = """
        Status: brouillon
        Weight: 4
        Views: 1
        Score: 0.5
        Price: 2
        Featured: false
        Published: 2026-05-03
        Audience: PARTNERS
        """;

    [Fact]
    public void The_values_of_each_translation_come_out_typed_and_the_app_publishes_with_NativeAOT()
    {
        var folder = Create("FieldsApp", string.Empty, English);

        var run = DotNet.Run(folder, "run", "-c", "Release", "-p:WarningsNotAsErrors=GUIDE017").ShouldSucceed("dotnet run of an app with [GuideFields]");

        string[] expected =
        [
            "en|published|accounts,security|3|12345678901|4.25|1.50|True|2026-06-01|2026-05-02|https://example.org/source|Staff|1,2|7|Ana|https://example.org/ana|42",
            "fr|brouillon||4|1|0.5|2|False|-|2026-05-03|-|Partners||-|-|-|-",
        ];
        Assert.Equal(expected, Lines(run.Output));
        Assert.Contains("warning GUIDE017", run.Output, StringComparison.Ordinal);

        // NativeAOT's compiler and runtime packs come from nuget.org (the project's feed holds this repository's packages only).
        var config = Path.Combine(folder, "NuGet.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace("</packageSources>", "  <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n  </packageSources>", StringComparison.Ordinal));
        var publish = DotNet.Run(
            folder, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-p:WarningsNotAsErrors=GUIDE017", "-o", Path.Combine(folder, "aot"));
        publish.ShouldSucceed("dotnet publish -p:PublishAot=true of an app with [GuideFields] (NativeAOT needs clang and zlib1g-dev: scripts/install-prerequisites.sh)");
        Assert.DoesNotMatch(@"warning IL\d{4}", publish.Output);
        var native = DotNet.RunProgram(Path.Combine(folder, "aot", "FieldsApp" + GeneratorReference.Package), folder);
        Assert.Equal(0, native.ExitCode);
        Assert.Equal(expected, Lines(native.Output));
    }

    [Theory]
    [InlineData("warn", "warning GUIDE017", "42")]
    [InlineData("ignore", null, "42")]
    [InlineData("error", "error GUIDE036", null)]
    public void Undeclared_keys_follow_GuidesUndeclaredFields(string policy, string? diagnostic, string? kept)
    {
        var folder = Create("Undeclared" + policy, $"<GuidesUndeclaredFields>{policy}</GuidesUndeclaredFields>", English);

        var run = DotNet.Run(folder, "run", "-c", "Release", "-p:TreatWarningsAsErrors=false");

        if (diagnostic is not null)
        {
            Assert.Contains("content/en/accounts/reset-password.md(24,1): " + diagnostic, run.Output.Replace('\\', '/'), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("GUIDE017", diagnostic is null ? run.Output : string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", run.Output, StringComparison.Ordinal);
        if (kept is null)
        {
            Assert.NotEqual(0, run.ExitCode);
        }
        else
        {
            Assert.Equal(0, run.ExitCode);
            Assert.EndsWith("|" + kept, Lines(run.Output)[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_value_fails_the_build_at_the_value()
    {
        var folder = Create("WrongValue", string.Empty, English.Replace("weight: 3", "weight: heavy", StringComparison.Ordinal));

        var build = DotNet.Run(folder, "build", "-c", "Release", "-p:WarningsNotAsErrors=GUIDE017");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("content/en/accounts/reset-password.md(8,9): error GUIDE030", build.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warn")]
    [InlineData("ignore")]
    public void The_projects_front_matter_schema_checks_the_declared_fields(string policy)
    {
        var folder = Create("Schema" + policy, $"<GuidesUndeclaredFields>{policy}</GuidesUndeclaredFields>", English);
        DotNet.Run(folder, "build", "-c", "Release", "-p:TreatWarningsAsErrors=false").ShouldSucceed("dotnet build of an app with [GuideFields]");
        var path = DotNet.Run(folder, "msbuild", "-getProperty:GuidesFrontMatterSchema").ShouldSucceed("reading GuidesFrontMatterSchema").Output.Trim();
        Assert.StartsWith(Path.Combine(folder, "obj"), path, StringComparison.Ordinal);
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(path));
        bool Valid(string fields) => Problems(schema, fields) is null;

        // Both translations' fields, as the generator accepts them (keys in any case, quoted numbers, enum members in any case).
        var english = English.Replace("\nlegacy_id: 42", string.Empty, StringComparison.Ordinal);
        Assert.Null(Problems(schema, english));
        Assert.Null(Problems(schema, French));
        Assert.True(Valid(english.Replace("weight: 3", "weight: \"3\"", StringComparison.Ordinal)));
        Assert.True(Valid(english.Replace("reviewed: 2026-06-01", "Re-viewed: 2026-06-01", StringComparison.Ordinal)));

        // What the generator refuses, the schema refuses.
        Assert.False(Valid(english.Replace("weight: 3", "weight: heavy", StringComparison.Ordinal)), "weight: heavy");
        Assert.False(Valid(english.Replace("audience: staff", "audience: nobody", StringComparison.Ordinal)), "audience: nobody");
        Assert.False(Valid(english.Replace("status: published\n", string.Empty, StringComparison.Ordinal)), "no status");
        Assert.False(Valid(english.Replace("reviewed: 2026-06-01", "reviewed: 06/01/2026", StringComparison.Ordinal)), "reviewed: 06/01/2026");
        Assert.False(Valid(english.Replace("source: https://example.org/source", "source: example", StringComparison.Ordinal)), "source: example");
        Assert.False(Valid(english.Replace("  name: \"Ana\"\n", string.Empty, StringComparison.Ordinal)), "an author without a name");
        Assert.False(Valid(english.Replace("sizes:\n  - 1\n  - 2", "sizes: 3", StringComparison.Ordinal)), "sizes: 3");

        // Undeclared keys: refused while the generator warns about them, allowed when it ignores them.
        Assert.Equal(policy == "ignore", Valid(English));
    }

    /// <summary>Null when the schema accepts the guide's fields, else what it says, path by path.</summary>
    private static string? Problems(Json.Schema.JsonSchema schema, string fields)
    {
        var results = schema.Evaluate(
            System.Text.Json.JsonSerializer.SerializeToElement(FrontMatterJson.FromGuide(Guide("Reset", fields))),
            new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        return results.IsValid
            ? null
            : string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
    }

    private string Create(string name, string properties, string englishFields) =>
        GeneratorApp.Create(packages, GeneratorReference.Package, name, properties, new Dictionary<string, string>
        {
            ["HelpFields.cs"] = Fields,
            ["Program.cs"] = Program,
            ["content/en/accounts/reset-password.md"] = Guide("Reset your password", englishFields),
            ["content/fr/accounts/reset-password.md"] = Guide("Réinitialiser votre mot de passe", French),
        });

    private static string[] Lines(string output) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("en|", StringComparison.Ordinal) || l.StartsWith("fr|", StringComparison.Ordinal))];
}
