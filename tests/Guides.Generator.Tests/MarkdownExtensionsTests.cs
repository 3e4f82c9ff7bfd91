using System.Globalization;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// The Markdown docs authors write, rendered as their sites render it: footnotes, definition lists, heading ids, emoji
/// shortcodes, a few harmless HTML elements, GitHub alerts and Docusaurus containers as accessible callouts labelled in
/// the guide's language, Hugo shortcodes mapped, dropped or reported. Expected HTML is written from each syntax's
/// documentation (GitHub's, Docusaurus', PHP Markdown Extra's, Hugo's), not from a run of the generator.
/// </summary>
public sealed class MarkdownExtensionsTests
{
    private static Guide Step(string body, out GeneratorOutput output, string path = "en/x.md", IReadOnlyDictionary<string, string>? properties = null)
    {
        output = GeneratorHarness.Run([new GuideInput(path, Guide("### Step 1: Do\n\n" + body))], properties: properties);
        return output.Find(Path.GetFileNameWithoutExtension(path))!;
    }

    private static string[] Problems(GeneratorOutput output) =>
        [.. output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))];

    [Fact]
    public void Footnotes_are_numbered_per_guide_in_html_and_in_plain_text()
    {
        var guide = Step("Renew it[^renew] before it ends[^2].\n\n[^renew]: Online.\n[^2]: In May.\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal(
            "<p>Renew it<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a> before it ends<a id=\"fnref:2\" href=\"#fn:2\" class=\"footnote-ref\"><sup>2</sup></a>.</p>\n"
            + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>Online.<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n<li id=\"fn:2\">\n<p>In May.<a href=\"#fnref:2\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>",
            guide.Steps[0].Html);
        Assert.Equal("Renew it[1] before it ends[2].\n\n[1] Online.\n[2] In May.", guide.Steps[0].Text);
    }

    [Fact]
    public void Definition_lists_render_as_dl_and_as_lines_of_text()
    {
        var guide = Step("Apple\n:   A fruit.\n:   A company.\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal("<dl>\n<dt>Apple</dt>\n<dd>A fruit.</dd>\n<dd>A company.</dd>\n</dl>", guide.Steps[0].Html);
        Assert.Equal("Apple\nA fruit.\nA company.", guide.Steps[0].Text);
    }

    [Fact]
    public void Hugos_short_definition_form_renders_as_the_long_one_and_code_keeps_its_colons()
    {
        // Hugo (goldmark) and PHP Markdown Extra read ": Definition" with one space as "   Definition" after the colon.
        var guide = Step("Apple\n: A fruit.\n: A *company*.\n\n```\nkey\n: value\n```\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal(
            "<dl>\n<dt>Apple</dt>\n<dd>A fruit.</dd>\n<dd>A <em>company</em>.</dd>\n</dl>\n<pre><code>key\n: value\n</code></pre>",
            guide.Steps[0].Html);
        Assert.Equal("Apple\n: A fruit.\n: A *company*.\n\n```\nkey\n: value\n```", guide.Steps[0].Markdown);
        Assert.Equal("key\n: value", Assert.Single(guide.CodeBlocks).Code);
    }

    [Fact]
    public void A_Hugo_page_s_short_definitions_are_definitions()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sites", "Hugo", "content", "en", "content-management", "build-options.md"));
        // The terms as the page writes them, read here with a regular expression: a line of code, then ": " on the next line.
        var terms = System.Text.RegularExpressions.Regex.Matches(markdown, "^`([^`\n]+)`\n: ", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["list", "publishResources", "render"], terms);

        var output = GeneratorHarness.Run(
            [new GuideInput("en/build-options.md", markdown)],
            properties: new Dictionary<string, string> { ["GuidesRequiredFields"] = "title;description", ["GuidesUndeclaredFields"] = "ignore", ["GuidesShortcodes"] = "code-toggle=guide-code-toggle" });

        var html = output.Find("build-options")!.Sections[0].Html;
        Assert.Equal(terms.Select(t => "<dt><code>" + t + "</code></dt>"), System.Text.RegularExpressions.Regex.Matches(html, "<dt>.*?</dt>").Select(m => m.Value));
        Assert.DoesNotContain("<p>: ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikethrough_task_lists_and_emoji_shortcodes_render()
    {
        var guide = Step("~~Old~~ way :tada:\n\n- [ ] Open\n- [x] Sign\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal(
            "<p><del>Old</del> way \U0001F389</p>\n<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" /> Open</li>\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> Sign</li>\n</ul>",
            guide.Steps[0].Html);
        Assert.Equal("Old way \U0001F389\n\n[ ] Open\n[x] Sign", guide.Steps[0].Text);
    }

    [Fact]
    public void A_heading_id_is_its_anchor_and_its_braces_do_not_show()
    {
        var guide = Step("#### Set up {#setup .wide}\n\nText.\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal("<h4 id=\"setup\" class=\"wide\">Set up</h4>\n<p>Text.</p>", guide.Steps[0].Html);
    }

    [Theory]
    [InlineData("#### Set up {#setup onclick=\"alert(1)\"}", "onclick", 12)]
    [InlineData("#### Set up {style=\"position:fixed\"}", "style", 12)]
    public void GUIDE052_attributes_other_than_id_and_class_are_left_out_at_their_element(string line, string attribute, int column)
    {
        var guide = Step(line + "\n", out var output);

        var warning = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE052", warning.Id);
        Assert.Equal(BodyLine + 2, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.True(warning.Location.GetLineSpan().StartLinePosition.Character + 1 <= column);
        Assert.StartsWith("'" + attribute + "'", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(attribute + "=", guide.Steps[0].Html, StringComparison.OrdinalIgnoreCase);
        SafetyTests.AssertSafe(guide.Steps[0].Html);
    }

    [Fact]
    public void Allowed_html_elements_pass_rewritten_without_their_attributes_and_others_stay_escaped()
    {
        var guide = Step(
            "Press <kbd class=\"k\" onclick=\"x()\">Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<SUP>2</SUP>, <mark>new</mark>, <abbr title=\"Caisse &amp; co\" style=\"x\">CPAM</abbr><br> <b>bold</b> <script>alert(1)</script>\n\n"
            + "<details open onToggle=\"x()\">\n<summary>More</summary>\n\nHidden.\n\n</details>\n",
            out var output);

        Assert.Equal(
            "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>new</mark>, <abbr title=\"Caisse &amp; co\">CPAM</abbr><br /> &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
            + "<details open>\n<summary>More</summary>\n<p>Hidden.</p>\n</details>",
            guide.Steps[0].Html);
        Assert.Equal(["GUIDE011", "GUIDE011", "GUIDE011", "GUIDE011"], output.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(BodyLine + 2, output.GeneratorDiagnostics[0].Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            "Press Ctrl+C, H2O, x2, new, CPAM\n <b>bold</b> <script>alert(1)</script>\n\nMore\n\nHidden.",
            guide.Steps[0].Text);
        SafetyTests.AssertSafe(guide.Steps[0].Html);
    }

    [Fact]
    public void A_block_of_html_with_one_element_outside_the_list_stays_escaped()
    {
        var guide = Step("<details>\n<summary><img src=x onerror=alert(1)></summary>\n</details>\n", out var output);

        Assert.Equal("GUIDE011", Assert.Single(output.GeneratorDiagnostics).Id);
        Assert.StartsWith("<p>&lt;details&gt;", guide.Steps[0].Html, StringComparison.Ordinal);
        SafetyTests.AssertSafe(guide.Steps[0].Html);
    }

    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("TIP", "tip", "Tip")]
    [InlineData("IMPORTANT", "important", "Important")]
    [InlineData("WARNING", "warning", "Warning")]
    [InlineData("CAUTION", "caution", "Caution")]
    public void GitHub_alerts_are_callouts_with_a_role_and_a_visible_label(string marker, string kind, string label)
    {
        var guide = Step("> [!" + marker + "]\n> Keep your card.\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal($"<div class=\"callout callout-{kind}\" role=\"note\">\n<p class=\"callout-title\">{label}</p>\n<p>Keep your card.</p>\n</div>", guide.Steps[0].Html);
        Assert.Equal(label + ":\nKeep your card.", guide.Steps[0].Text);
    }

    [Theory]
    [InlineData("fr/x.md", "Remarque", "Avertissement")]
    [InlineData("de/x.md", "Hinweis", "Warnung")]
    [InlineData("es/x.md", "Nota", "Advertencia")]
    [InlineData("it/x.md", "Note", "Warning")]
    public void Callout_labels_are_in_the_guides_language_with_english_for_others(string path, string note, string warning)
    {
        var guide = Step("> [!NOTE]\n> A.\n\n:::warning\nB.\n:::\n", out _, path);

        Assert.Contains("<p class=\"callout-title\">" + note + "</p>", guide.Steps[0].Html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">" + warning + "</p>\n<p>B.</p>\n</div>", guide.Steps[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_and_alerts_take_a_custom_title_and_work_in_list_items()
    {
        var guide = Step(":::tip Save time\nUse the app.\n:::\n\n1. Open it.\n\n   > [!CAUTION] Mind \"this\" & that\n   > It is slow.\n", out var output);

        Assert.Empty(Problems(output));
        Assert.Equal(
            "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Save time</p>\n<p>Use the app.</p>\n</div>\n"
            + "<ol>\n<li><p>Open it.</p>\n<div class=\"callout callout-caution\" role=\"note\">\n<p class=\"callout-title\">Mind &quot;this&quot; &amp; that</p>\n<p>It is slow.</p>\n</div>\n</li>\n</ol>",
            guide.Steps[0].Html);
    }

    [Fact]
    public void A_plain_quote_stays_a_quote()
    {
        var guide = Step("> [!NOTE] is how GitHub writes it\n> and this is a quote.\n\n> Just a quote.\n", out _);

        // A marker followed by text on its line is Obsidian's custom title; a quote without a marker is a quote.
        Assert.EndsWith("<blockquote>\n<p>Just a quote.</p>\n</blockquote>", guide.Steps[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_callout_in_a_faq_answer_is_a_callout()
    {
        var output = GeneratorHarness.Run(new GuideInput("en/x.md", Guide(extraFront: "faq:\n  - question: \"Why?\"\n    answer: |\n      > [!TIP]\n      > Because.\n")));

        var guide = output.Find("x")!;
        Assert.Equal("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>\n<p>Because.</p>\n</div>", guide.Faq[0].AnswerHtml);
    }

    [Fact]
    public void Fenced_code_carries_its_language_class()
    {
        var guide = Step("```csharp title=\"Program.cs\"\nvar x = 1;\n```\n", out _);

        Assert.Equal("<pre><code class=\"language-csharp\">var x = 1;\n</code></pre>", guide.Steps[0].Html);
    }

    [Fact]
    public void GUIDE051_each_unknown_shortcode_is_reported_once_per_file_at_its_first_use_with_its_count()
    {
        var guide = Step("Watch {{< youtube abc >}} or {{< youtube def >}}.\n\n{{% include \"x.md\" %}}\n\nKeep `{{< youtube code >}}`.\n", out var output);

        Assert.Equal(["GUIDE051 10:7", "GUIDE051 12:1"], output.GeneratorDiagnostics.Select(d => d.Id + " " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + (d.Location.GetLineSpan().StartLinePosition.Character + 1)));
        Assert.Contains("'youtube' is used 2 time(s)", output.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'include' is used 1 time(s)", output.GeneratorDiagnostics[1].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("<p>Watch  or .</p>\n\n<p>Keep <code>{{&lt; youtube code &gt;}}</code>.</p>", guide.Steps[0].Html);
    }

    [Fact]
    public void GuidesShortcodes_maps_a_shortcode_to_an_element_with_its_parameters_or_drops_it()
    {
        var properties = new Dictionary<string, string> { ["GuidesShortcodes"] = "code-toggle=guide-code-toggle;include=" };
        var guide = Step("{{< code-toggle file=\"hugo\" Lang=toml x=\"a\\\"b&c\" >}}\nbaseURL = 'https://example.org/'\n{{< /code-toggle >}}\n\nSee {{% include \"x.md\" %}} here.\n", out var output, properties: properties);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(
            "<guide-code-toggle data-file=\"hugo\" data-lang=\"toml\" data-x=\"a\\&quot;b&amp;c\">\n<p>baseURL = 'https://example.org/'</p>\n</guide-code-toggle>\n<p>See  here.</p>",
            guide.Steps[0].Html);
        Assert.DoesNotContain("{{", guide.Steps[0].Text, StringComparison.Ordinal);
    }
}
