using System.Reflection;
using Guides.Generator.Tests.Infrastructure;
using Guides.Package.Tests;
using Json.Schema;

namespace Guides.Generator.Tests;

/// <summary>
/// The front-matter schema a build writes knows the site's settings (docs/bring-a-site.md): a key of
/// <c>GuidesFieldNames</c> is its field (offered, and checked as the field is), a date is checked against
/// <c>GuidesDateFormats</c>, and the fields of <c>GuidesRequiredFields</c> are the required ones. The front matters are
/// checked by JsonSchema.Net, as an editor checks them, and each verdict is the generator's own.
/// </summary>
public sealed class SiteSchemaTests
{
    private static readonly Dictionary<string, string> s_editor = new()
    {
        ["GuidesFieldNames"] = "title=PageTitle;description=MetaDescription;date=DateApproved",
        ["GuidesDateFormats"] = "M/d/yyyy;yyyy-MM-dd",
        ["GuidesRequiredFields"] = "title;description",
    };

    private static readonly Lazy<JsonSchema> s_schema = new(() =>
    {
        var output = GeneratorHarness.Run([new GuideInput("en/x.md", "---\nPageTitle: X\nMetaDescription: Y\n---\n\nText.\n")], properties: s_editor);
        var schema = output.Load().GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Guides.FrontMatterSchema").Value!;
        return JsonSchema.FromText(schema);
    });

    [Theory]
    [InlineData("PageTitle: Basic editing\nMetaDescription: Learn how to edit files.\nDateApproved: 5/28/2026")]
    [InlineData("PageTitle: Basic editing\nMetaDescription: Learn how to edit files.\nDateApproved: 08/01/2024")]
    [InlineData("PageTitle: Basic editing\nMetaDescription: Learn how to edit files.\nDateApproved: \"2024-08-01\"")]
    [InlineData("pagetitle: Basic editing\nmetadescription: Learn how to edit files.")]
    [InlineData("MetaDescription: Learn how to edit files.")]
    [InlineData("title: Basic editing\ndescription: Learn how to edit files.\ndate: 5/28/2026")]
    public void A_front_matter_the_generator_reads_without_error_matches_the_schema(string yaml)
    {
        Assert.Empty(GeneratorErrors(yaml));
        var result = Evaluate(yaml);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }

    [Theory]
    [InlineData("PageTitle: Basic editing\nDateApproved: 5/28/2026")]
    [InlineData("PageTitle: Basic editing\nMetaDescription: Learn how to edit files.\nDateApproved: 28.05.2026")]
    [InlineData("PageTitle: Basic editing\nMetaDescription: Learn how to edit files.\nContentId: 1d2a9b4c")]
    [InlineData("PageTitle: Basic editing\nMetaDescription: \"\"")]
    public void A_front_matter_the_generator_refuses_does_not_match_the_schema(string yaml)
    {
        Assert.NotEmpty(GeneratorErrors(yaml));
        Assert.False(Evaluate(yaml).IsValid, yaml);
    }

    /// <summary>The generator's errors and warnings for a guide of this front matter, as the editor's settings read it.</summary>
    private static string[] GeneratorErrors(string yaml)
    {
        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", "---\n" + yaml + "\n---\n\n# Basic editing\n\nText.\n")], properties: s_editor);
        return [.. output.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.Id != "GUIDE012").Select(d => d.Id)];
    }

    private static EvaluationResults Evaluate(string yaml) =>
        s_schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(FrontMatterJson.FromYaml(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });
}
