using System.Globalization;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// A docs site comes in as it is, with settings only (docs/bring-a-site.md): its own field names, date formats and
/// required fields, the title from the first '# Heading', links from the site's root, and broken links as warnings.
/// </summary>
public sealed class SiteSettingsTests
{
    /// <summary>A page of an editor's docs, as written there: no title, category or date key of the guide format.</summary>
    private const string EditorPage = """
        ---
        ContentId: 1d2a9b4c
        DateApproved: 5/28/2026
        MetaDescription: Learn how to edit files.
        PageTitle: Basic editing in the editor
        ---

        # Basic editing

        Text under the title.

        ## Multiple selections

        Hold Alt.
        """;

    private static readonly Dictionary<string, string> s_editor = new()
    {
        ["GuidesFieldNames"] = "title=PageTitle;description=MetaDescription;date=DateApproved",
        ["GuidesDateFormats"] = "M/d/yyyy;yyyy-MM-dd",
        ["GuidesRequiredFields"] = "title;description",
        ["GuidesUndeclaredFields"] = "ignore",
    };

    private static string[] Problems(GeneratorOutput output) =>
        [.. output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info && d.Id != "GUIDE012").Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))];

    /// <summary>The generator's diagnostics with their own severities: the harness's compilation makes every warning an error.</summary>
    private static IReadOnlyList<Diagnostic> RunWithoutWarningsAsErrors(IEnumerable<GuideInput> guides, IReadOnlyDictionary<string, string>? properties)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest);
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var driver = GeneratorHarness.CreateDriver(guides, properties: properties).RunGenerators(compilation);
        return driver.GetRunResult().Diagnostics;
    }

    private static string At(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().StartLinePosition;
        return diagnostic.Id + " " + (span.Line + 1) + ":" + (span.Character + 1);
    }

    [Fact]
    public void A_sites_own_keys_are_read_as_the_guide_formats_fields()
    {
        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", EditorPage)], properties: s_editor);

        Assert.Empty(Problems(output));
        var guide = output.Find("editing")!;
        Assert.Equal("Basic editing in the editor", guide.Title);
        Assert.Equal("Learn how to edit files.", guide.Description);
        Assert.Equal(new DateTime(2026, 5, 28), guide.Date);

        // An absent optional category reads as empty.
        Assert.Equal(string.Empty, guide.Category);

        // A site's key is read as its field, then not an undeclared field; ContentId is one.
        Assert.False(guide.ExtraFields.ContainsKey("PageTitle"));
        Assert.True(guide.ExtraFields.ContainsKey("ContentId"));
    }

    [Fact]
    public void Without_the_settings_the_same_page_misses_its_fields_as_today()
    {
        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", EditorPage)]);

        Assert.Equal(
            ["GUIDE004 1:1", "GUIDE004 1:1", "GUIDE004 1:1"],
            output.GeneratorDiagnostics.Where(d => d.Id == "GUIDE004").Select(At));
        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "GUIDE017" && d.GetMessage(CultureInfo.InvariantCulture).Contains("PageTitle", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5/28/2026", 2026, 5, 28)]
    [InlineData("08/01/2024", 2024, 8, 1)]
    [InlineData("2024-08-01", 2024, 8, 1)]
    public void Dates_are_read_in_the_sites_formats_in_order(string written, int year, int month, int day)
    {
        var page = EditorPage.Replace("5/28/2026", written, StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", page)], properties: s_editor);

        Assert.Empty(Problems(output));
        Assert.Equal(new DateTime(year, month, day), output.Find("editing")!.Date);
    }

    [Fact]
    public void A_date_that_fits_no_format_is_a_located_error_naming_the_formats()
    {
        var page = EditorPage.Replace("5/28/2026", "28.05.2026", StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", page)], properties: s_editor);

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("GUIDE005 3:15", At(error));
        Assert.Equal("'date' is not valid here: write a date in one of the formats of GuidesDateFormats: 'M/d/yyyy', 'yyyy-MM-dd'", error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_absent_optional_date_is_no_date_in_every_build()
    {
        var page = EditorPage.Replace("DateApproved: 5/28/2026\n", string.Empty, StringComparison.Ordinal);

        foreach (var output in GeneratorHarness.RunEveryRecordForm([new GuideInput("en/editing.md", page)], s_editor))
        {
            Assert.Empty(Problems(output));
            Assert.Null(output.Find("editing")!.Date);
        }
    }

    [Fact]
    public void A_required_field_of_the_setting_is_still_reported_when_absent()
    {
        var page = EditorPage.Replace("MetaDescription: Learn how to edit files.\n", string.Empty, StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", page)], properties: s_editor);

        Assert.Equal(["GUIDE004 1:1"], output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(At));
        Assert.Contains("'description'", output.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_comes_from_the_first_heading_when_the_front_matter_has_none_and_is_not_a_section()
    {
        var page = EditorPage.Replace("PageTitle: Basic editing in the editor\n", string.Empty, StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", page)], properties: s_editor);

        Assert.Empty(Problems(output));
        var guide = output.Find("editing")!;
        Assert.Equal("Basic editing", guide.Title);
        Assert.Equal(["", "Multiple selections"], guide.Sections.Select(s => s.Heading));
        Assert.Equal("<p>Text under the title.</p>", guide.Sections[0].Html);
        Assert.Equal(["Multiple selections"], guide.Outline.Select(h => h.Title));
    }

    [Fact]
    public void A_guide_format_title_keeps_the_first_heading_a_section()
    {
        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", EditorPage)], properties: s_editor);

        Assert.Equal(["Basic editing", "Multiple selections"], output.Find("editing")!.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Without_a_title_or_a_heading_the_title_is_missing_at_the_opening_fence()
    {
        var page = EditorPage.Replace("PageTitle: Basic editing in the editor\n", string.Empty, StringComparison.Ordinal).Replace("# Basic editing\n", string.Empty, StringComparison.Ordinal);

        var output = GeneratorHarness.Run([new GuideInput("en/editing.md", page)], properties: s_editor);

        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("GUIDE004 1:1", At(error));
        Assert.Contains("'title'", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_front_matter_is_read_whole_when_only_the_title_is_required()
    {
        var readme = new GuideInput("en/setup.md", "# Set up\n\nInstall it.\n\n## Configure\n\nEdit the file.\n");

        var output = GeneratorHarness.Run([readme], properties: new Dictionary<string, string> { ["GuidesRequiredFields"] = "title" });

        Assert.Empty(Problems(output));
        var guide = output.Find("setup")!;
        Assert.Equal("Set up", guide.Title);
        Assert.Equal(["", "Configure"], guide.Sections.Select(s => s.Heading));

        var strict = GeneratorHarness.Run([readme]);
        Assert.Contains(strict.GeneratorDiagnostics, d => d.Id == "GUIDE001");
    }

    [Fact]
    public void Links_from_the_sites_root_are_resolved_checked_and_rewritten_like_relative_links()
    {
        var setup = new GuideInput("en/setup.md", "---\ntitle: Setup\n---\n\nSee [editing](/docs/en/editing.md#multiple-selections), [the form](/docs/en/files/form.pdf#page=2), [missing](/docs/en/gone.md) and [elsewhere](/blog/post.md).\n");
        var editing = new GuideInput("en/editing.md", EditorPage);
        var properties = new Dictionary<string, string>(s_editor) { ["GuidesSitePath"] = "/docs", ["GuidesRequiredFields"] = "title" };

        var output = GeneratorHarness.Run([setup, editing], properties: properties, assets: [new AssetInput("en/files/form.pdf", ContentType: "application/pdf", Image: false, WebImage: false, Width: 0, Height: 0)]);

        var missing = Assert.Single(output.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Equal("GUIDE047 5:111", At(missing));
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal(
            "<p>See <a href=\"/guides/editing#multiple-selections\">editing</a>, <a href=\"/guide-files/en/files/form.0123456789.pdf#page=2\">the form</a>, <a href=\"/docs/en/gone.md\">missing</a> and <a href=\"/blog/post.md\">elsewhere</a>.</p>",
            output.Find("setup")!.Sections[0].Html);
    }

    [Fact]
    public void A_relative_link_into_a_file_keeps_its_fragment()
    {
        var guide = new GuideInput("en/forms.md", Hostile.HostileText.Guide("### Step 1: Fill\n\nFill [the form](form.pdf#page=2&x=\"y\").\n"));

        var output = GeneratorHarness.Run([guide], assets: [new AssetInput("en/form.pdf", ContentType: "application/pdf", Image: false, WebImage: false, Width: 0, Height: 0)]);

        Assert.Empty(Problems(output));
        Assert.Equal("<p>Fill <a href=\"/guide-files/en/form.0123456789.pdf#page=2&amp;x=&quot;y&quot;\">the form</a>.</p>", output.Find("forms")!.Steps[0].Html);
    }

    [Theory]
    [InlineData(null, DiagnosticSeverity.Error)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public void Broken_links_are_errors_or_warnings_as_GuidesBrokenLinks_says(string? setting, DiagnosticSeverity severity)
    {
        var help = new GuideInput("en/help.md", Hostile.HostileText.Guide("### Step 1: Read\n\n[Gone](gone.md) and [nowhere](other.md#nowhere).\n"));
        var other = new GuideInput("en/other.md", Hostile.HostileText.Guide());
        var properties = setting is null ? null : new Dictionary<string, string> { ["GuidesBrokenLinks"] = setting };

        var output = RunWithoutWarningsAsErrors([help, other], properties);

        Assert.Equal(["GUIDE047", "GUIDE048"], output.Select(d => d.Id));
        Assert.All(output, d => Assert.Equal(severity, d.Severity));
    }

    [Theory]
    [InlineData("GuidesFieldNames", "titel=PageTitle", "'titel=PageTitle' in GuidesFieldNames is not understood and is left out")]
    [InlineData("GuidesDateFormats", "dd.MM", "'dd.MM' in GuidesDateFormats is not understood and is left out")]
    [InlineData("GuidesRequiredFields", "title;summary", "'summary' in GuidesRequiredFields is not understood and is left out")]
    [InlineData("GuidesSitePath", "docs/", "'docs/' in GuidesSitePath is not understood and is left out")]
    [InlineData("GuidesBrokenLinks", "loud", "'loud' in GuidesBrokenLinks is not understood and is left out")]
    [InlineData("GuidesShortcodes", "note=script", "'note=script' in GuidesShortcodes is not understood and is left out")]
    public void GUIDE050_a_setting_entry_that_cannot_be_read_is_a_warning(string setting, string value, string message)
    {
        var output = RunWithoutWarningsAsErrors([new GuideInput("en/other.md", Hostile.HostileText.Guide())], new Dictionary<string, string> { [setting] = value });

        var warning = Assert.Single(output);
        Assert.Equal("GUIDE050", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith(message, warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
