using System.Globalization;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// Pages of three real docs sites, as they are (Sites/README.md: a Hugo site, a Docusaurus site, a GitHub docs folder),
/// build with settings only: no error, and no part's HTML shows the sites' own markup raw.
/// </summary>
public sealed class SitesTests
{
    /// <summary>What a site's markup looks like when it reaches a page unread.</summary>
    private static readonly string[] s_rawMarkup = ["[!NOTE]", "[!TIP]", "[!WARNING]", "[!IMPORTANT]", "[!CAUTION]", "{{<", "{{%", ":::", "{#"];

    public static TheoryData<string, Dictionary<string, string>> Sites => new()
    {
        {
            "Hugo", new()
            {
                ["GuidesRequiredFields"] = "title;description",
                ["GuidesUndeclaredFields"] = "ignore",
                ["GuidesShortcodes"] = "code-toggle=guide-code-toggle;new-in=",
            }
        },
        {
            "Docusaurus", new()
            {
                ["GuidesRequiredFields"] = "title",
                ["GuidesUndeclaredFields"] = "ignore",
            }
        },
        {
            "GitHubDocs", new()
            {
                ["GuidesRequiredFields"] = "title",
            }
        },
    };

    private static List<GuideInput> Pages(string site)
    {
        var content = Path.Combine(AppContext.BaseDirectory, "Sites", site, "content");
        return [.. Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new GuideInput(Path.GetRelativePath(content, file).Replace('\\', '/'), File.ReadAllText(file)))];
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void A_site_builds_with_settings_only_and_its_pages_show_no_raw_markup(string site, Dictionary<string, string> settings)
    {
        var pages = Pages(site);

        var output = GeneratorHarness.Run(pages, properties: settings);

        Assert.True(pages.Count >= 3, pages.Count + " pages.");
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.DoesNotContain(output.CompilerProblems, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
        var assembly = output.Load();
        var catalog = assembly.GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        var all = (IEnumerable<Guide>)catalog.GetProperty("All")!.GetValue(null)!;
        var guides = all.ToList();
        Assert.Equal(pages.Count, guides.Count);
        foreach (var guide in guides)
        {
            Assert.False(string.IsNullOrWhiteSpace(guide.Title), guide.Id + " has no title.");
            var parts = guide.Steps.Select(s => ("step " + s.Number, s.Html))
                .Concat(guide.Sections.Select(s => ("section '" + s.Heading + "'", s.Html)))
                .Concat(guide.Introduction is { } introduction ? [("introduction", introduction.Html)] : []);
            foreach (var (part, written) in parts)
            {
                // Code shows markup as text, on purpose (Hugo's docs show {{< … >}} in code).
                var html = System.Text.RegularExpressions.Regex.Replace(written, "<code[^>]*>.*?</code>", "<code/>", System.Text.RegularExpressions.RegexOptions.Singleline);
                foreach (var raw in s_rawMarkup)
                {
                    Assert.False(html.Contains(raw, StringComparison.Ordinal), $"{guide.Id}, {part}: '{raw}' in\n{html}");
                }
            }
        }
    }
}
