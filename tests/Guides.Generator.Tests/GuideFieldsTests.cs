using System.Collections;
using System.Reflection;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests;

/// <summary>
/// A team's own front-matter fields, declared as a C# class marked [GuideFields]: each guide's values are checked at
/// compile time, at the value, and the generated code builds the typed object; undeclared keys follow
/// GuidesUndeclaredFields and stay reachable in Guide.ExtraFields.
/// </summary>
public sealed class GuideFieldsTests
{
    private const string HelpFields = """
        using System;
        using System.Collections.Generic;
        using Guides;

        namespace Help
        {
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
                public int Weight { get; init; } = 10;
                public DateOnly? Reviewed { get; init; }
                public Audience Audience { get; init; } = Audience.Everyone;
                public Author? Author { get; init; }
                public decimal Price { get; init; } = 1m;
            }
        }
        """;

    private static string Guide(string fields, string lang = "") =>
        "---\ntitle: \"Wi-Fi\"\ndescription: \"d\"\ncategory: \"c\"\ndate: \"2026-01-15\"\n" + lang + fields + "---\n\n### Step 1: Only\n\nDo it.\n";

    private static readonly string s_full = "status: published\ntags: [network, home]\nweight: 3\nreviewed: 2026-02-01\naudience: staff\nauthor:\n  name: \"Ana\"\n  site: https://example.org/ana\nprice: 1.50\nmenu: main\n";

    [Fact]
    public void Each_guide_gets_its_typed_fields_object_and_keeps_undeclared_keys_untyped()
    {
        var output = GeneratorHarness.Run([new GuideInput("en/wifi.md", Guide(s_full)), new GuideInput("fr/wifi.md", Guide("status: draft\nprice: 2\n"))], null, null, HelpFields);

        Assert.Equal(["GUIDE017"], output.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(output.CompilerProblems);
        var english = output.Find("wifi")!;
        var fields = english.Fields()!;
        Assert.Equal("Help.HelpFields", fields.GetType().FullName);
        Assert.Equal("published", Get(fields, "Status"));
        Assert.Equal(["network", "home"], ((IEnumerable<string>)Get(fields, "Tags")!).ToArray());
        Assert.Equal(3, Get(fields, "Weight"));
        Assert.Equal(new DateOnly(2026, 2, 1), Get(fields, "Reviewed"));
        Assert.Equal("Staff", Get(fields, "Audience")!.ToString());
        Assert.Equal(1.50m, Get(fields, "Price"));
        var author = Get(fields, "Author")!;
        Assert.Equal(("Ana", new Uri("https://example.org/ana")), ((string)Get(author, "Name")!, (Uri)Get(author, "Site")!));
        Assert.Equal("main", english.ExtraFields["menu"]);

        // Each translation's values are its own; what it leaves out keeps the class's initializer.
        var french = english.Translations.Single(t => t.Language == "fr").Fields()!;
        Assert.Equal(("draft", 10, 2m, "Everyone"), ((string)Get(french, "Status")!, (int)Get(french, "Weight")!, (decimal)Get(french, "Price")!, Get(french, "Audience")!.ToString()));
        Assert.Empty((IEnumerable<string>)Get(french, "Tags")!);
    }

    [Theory]
    [InlineData("status: ok\nweight: heavy\n", "GUIDE030", "heavy")]
    [InlineData("status: ok\ntags: solo\n", "GUIDE030", "solo")]
    [InlineData("status: [a, b]\n", "GUIDE030", "[a, b")]
    [InlineData("status: ok\naudience: aliens\n", "GUIDE032", "aliens")]
    [InlineData("status: ok\nreviewed: 2026-13-01\n", "GUIDE030", "2026-13-01")]
    [InlineData("status: ok\nauthor:\n  site: https://example.org\n", "GUIDE031", "site: https://example.org")]
    [InlineData("weight: 1\n", "GUIDE031", "---")]
    public void A_mistake_in_a_value_is_an_error_at_the_value_in_the_guide(string fields, string id, string at)
    {
        var guide = new GuideInput("en/wifi.md", Guide(fields));

        var output = GeneratorHarness.Run([guide], null, null, HelpFields);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(guide.FullPath, diagnostic.Location.GetLineSpan().Path);
        var text = guide.Text.ToString();
        Assert.StartsWith(at, text[diagnostic.Location.SourceSpan.Start..], StringComparison.Ordinal);
        Assert.Empty(output.CompilerProblems);
    }

    [Theory]
    [InlineData(null, "GUIDE017", true)]
    [InlineData("warn", "GUIDE017", true)]
    [InlineData("ignore", null, true)]
    [InlineData("error", "GUIDE036", false)]
    public void Undeclared_keys_follow_GuidesUndeclaredFields(string? policy, string? id, bool kept)
    {
        var properties = policy is null ? null : new Dictionary<string, string> { ["GuidesUndeclaredFields"] = policy };

        var output = GeneratorHarness.Run([new GuideInput("en/wifi.md", Guide("status: ok\nweight: 2\nlegacy_id: 42\nkeywords: [a, b]\n"))], null, properties, HelpFields);

        Assert.Equal(id is null ? [] : [id, id], output.GeneratorDiagnostics.Select(d => d.Id));
        Assert.DoesNotContain(output.CompilerProblems, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
        // GUIDE036 is an error of the guide, not of the compilation: the library is still built, without the values.
        var guide = output.Find("wifi")!;
        Assert.Equal(kept, guide.ExtraFields.ContainsKey("legacy_id"));
        Assert.Equal(kept, guide.ExtraFields.ContainsKey("keywords"));
        if (kept)
        {
            Assert.Equal("42", guide.ExtraFields["legacy_id"]);
            Assert.Equal(["a", "b"], ((IEnumerable)guide.ExtraFields["keywords"]!).Cast<object>());
        }
    }

    [Fact]
    public void Without_a_fields_class_undeclared_keys_are_warnings_and_extra_fields()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/wifi.md", Guide("tags: [a]\nweight: 3\n")));

        Assert.Equal(["GUIDE017", "GUIDE017"], output.GeneratorDiagnostics.Select(d => d.Id));
        var guide = output.Find("wifi")!;
        Assert.Null(guide.Fields());
        Assert.Equal("3", guide.ExtraFields["weight"]);
        Assert.Contains("no [GuideFields] class", Assert.Throws<InvalidOperationException>(() => guide.Fields<object>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_the_generator_cannot_fill_is_an_error_at_the_property_in_the_csharp_file()
    {
        var code = HelpFields.Replace("public decimal Price { get; init; } = 1m;", "public System.IO.Stream? Data { get; init; }", StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/wifi.md", Guide("status: ok\n"))], null, null, code);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE033", diagnostic.Id);
        var line = code.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.Contains("Stream? Data", StringComparison.Ordinal)).index;
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Data", code.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void CSharp_7_3_builds_the_fields_of_a_class_without_required_members()
    {
        const string code = """
            namespace Help
            {
                [Guides.GuideFields]
                public sealed class Legacy
                {
                    public string Status { get; set; }
                    public int[] Sizes { get; set; }
                    public System.DateTime? Reviewed { get; set; }
                    public bool Featured { get; set; }
                }
            }
            """;

        var output = GeneratorHarness.Run([new GuideInput("en/wifi.md", Guide("status: ok\nsizes: [1, 2]\nfeatured: true\nsizes-extra: 1\n"))], GeneratorHarness.CSharp73, new Dictionary<string, string> { ["GuidesUndeclaredFields"] = "ignore" }, code);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        var fields = output.Find("wifi")!.Fields()!;
        Assert.Equal(("ok", true), ((string)Get(fields, "Status")!, (bool)Get(fields, "Featured")!));
        Assert.Equal([1, 2], (int[])Get(fields, "Sizes")!);
    }

    [Fact]
    public void Editing_other_csharp_leaves_every_guide_cached_and_editing_the_class_checks_every_guide_again()
    {
        var guides = new[] { new GuideInput("en/a.md", Guide("status: ok\n")), new GuideInput("en/b.md", Guide("status: ok\nweight: 2\n")) };
        var fieldsTree = CSharpSyntaxTree.ParseText(HelpFields, GeneratorHarness.Latest);
        var otherTree = CSharpSyntaxTree.ParseText("class Other { }", GeneratorHarness.Latest);
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest).AddSyntaxTrees(fieldsTree, otherTree);
        var driver = GeneratorHarness.CreateDriver(guides, trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(otherTree, CSharpSyntaxTree.ParseText("class Other { int x; }", GeneratorHarness.Latest)));
        var result = driver.GetRunResult().Results.Single();
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.FieldsSetup), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.GuideJobs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.GuideCode), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // An initializer's value is the class's business: the guides' checks do not depend on it.
        var initializer = fieldsTree.WithChangedText(SourceText.From(HelpFields.Replace("Weight { get; init; } = 10;", "Weight { get; init; } = 20;", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(fieldsTree, initializer));
        result = driver.GetRunResult().Results.Single();
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.GuideJobs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // A property's type is: every guide is checked again, and the guide that sets it is written again.
        var type = fieldsTree.WithChangedText(SourceText.From(HelpFields.Replace("public int Weight", "public long Weight", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(fieldsTree, type));
        result = driver.GetRunResult().Results.Single();
        Assert.All(PipelineInspector.Reasons(result, TrackingNames.FieldsSetup), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], PipelineInspector.Reasons(result, TrackingNames.GuideJobs));
    }

    private static object? Get(object target, string property) =>
        target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target);
}
