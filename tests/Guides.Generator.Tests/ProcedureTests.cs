using System.Text.RegularExpressions;
using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// A how-to written as an article: a numbered list in a section (often under a <c>### Create a branch</c> heading) is the
/// section's procedure, typed as <see cref="GuideSection.Steps"/>; a task item (<c>- [ ]</c>, <c>- [x]</c>) of a
/// requirement, tip or procedure says whether it is checked, and its text does not start with the marker. The same in every
/// build a user can make.
/// </summary>
public sealed partial class ProcedureTests
{
    [Fact]
    public void A_numbered_list_under_a_heading_is_its_sections_procedure_in_every_build()
    {
        var guide = new GuideInput("en/branches.md", Hostile.HostileText.Guide(
            "### Step 1: Open\n\n1. Not a procedure: a step's list.\n\n" +
            "## Work with branches\n\nBranches keep work apart.\n\n### Create a branch\n\n1. Open the **Branches** menu.\n2. Choose *New branch*.\n\n" +
            "   ```sh\n   git switch -c topic\n   ```\n\n3. Name it.\n\n### Delete a branch\n\n4. Select it.\n5. Press `Delete`.\n\n" +
            "## Good to know\n\n- A bulleted list is no procedure.\n\n> 1. Nor is a list in a quote.\n"));

        foreach (var output in GeneratorHarness.RunEveryRecordForm([guide]))
        {
            Assert.Empty(output.CompilerProblems);
            var read = output.Find("branches")!;
            var branches = read.Sections.Single(s => s.Heading == "Work with branches");
            // What the Markdown above says: each item's number as shown, the heading it stands under, its body.
            Assert.Equal(
                [
                    (1, "Create a branch", "Open the **Branches** menu.", "Open the <strong>Branches</strong> menu.", "Open the Branches menu."),
                    (2, "Create a branch", "Choose *New branch*.\n\n   ```sh\n   git switch -c topic\n   ```",
                        "<p>Choose <em>New branch</em>.</p>\n<pre><code class=\"language-sh\">git switch -c topic\n</code></pre>", "Choose New branch.\n\ngit switch -c topic"),
                    (3, "Create a branch", "Name it.", "Name it.", "Name it."),
                    (4, "Delete a branch", "Select it.", "Select it.", "Select it."),
                    (5, "Delete a branch", "Press `Delete`.", "Press <code>Delete</code>.", "Press Delete."),
                ],
                branches.Steps.Select(s => (s.Number, s.Heading, s.Markdown, s.Html, s.Text)));
            Assert.All(branches.Steps, s => Assert.Null(s.IsChecked));
            Assert.Empty(read.Sections.Single(s => s.Heading == "Good to know").Steps);
        }
    }

    [Fact]
    public void A_procedure_step_lists_its_own_code_blocks_and_callouts_in_every_build()
    {
        var guide = new GuideInput("en/install.md", Hostile.HostileText.Guide(
            "### Step 1: Open\n\n```sh\nopen\n```\n\n## Install\n\n```sh\nbefore\n```\n\n1. Download it.\n\n   ```sh\n   curl -O x\n   ```\n\n" +
            "2. Run it.\n\n   > [!WARNING]\n   > As *root*.\n\n3. Done.\n"));

        foreach (var output in GeneratorHarness.RunEveryRecordForm([guide]))
        {
            Assert.Empty(output.CompilerProblems);
            var read = output.Find("install")!;
            // What the Markdown above says: the step's block, the section's block before its list, then each item's.
            Assert.Equal(["open", "before", "curl -O x"], read.CodeBlocks.Select(b => b.Code));
            var steps = read.Sections[0].Steps;
            Assert.Equal([read.CodeBlocks[2]], steps[0].CodeBlocks);
            Assert.Empty(steps[0].Callouts);
            Assert.Empty(steps[1].CodeBlocks);
            Assert.Equal([("warning", "<p>As <em>root</em>.</p>")], steps[1].Callouts.Select(c => (c.Kind, c.Html)));
            Assert.Same(read.Callouts[0], steps[1].Callouts[0]);
            Assert.Empty(steps[2].CodeBlocks);
            Assert.Empty(steps[2].Callouts);
            Assert.Equal([read.CodeBlocks[1], read.CodeBlocks[2]], read.Sections[0].CodeBlocks);
        }
    }

    [Fact]
    public void Links_in_a_procedure_step_or_a_callout_are_resolved_as_in_their_section()
    {
        GuideInput[] guides =
        [
            new("en/steps.md", Hostile.HostileText.Guide("## Do it\n\n1. Read [the other guide](other.md#step-1) first.\n\n> [!TIP]\n> See [the other](other.md).\n")),
            new("en/other.md", Hostile.HostileText.Guide()),
        ];

        var output = GeneratorHarness.Run(guides);

        Assert.Empty(output.CompilerProblems);
        var guide = output.Find("steps")!;
        // The default GuidesLinkFormat: /guides/{id}, then the anchor.
        Assert.Equal("Read <a href=\"/guides/other#step-1\">the other guide</a> first.", Assert.Single(guide.Sections[0].Steps).Html);
        Assert.Equal("Read the other guide first.", guide.Sections[0].Steps[0].Text);
        Assert.Contains("<a href=\"/guides/other#step-1\">", guide.Sections[0].Html, StringComparison.Ordinal);
        Assert.Equal("<p>See <a href=\"/guides/other\">the other</a>.</p>", Assert.Single(guide.Callouts).Html);
        Assert.Equal("See the other.", guide.Callouts[0].Text);
    }

    [Fact]
    public void A_GitHub_docs_page_procedure_reads_as_its_Markdown_numbers_it()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sites", "GitHubDocs", "content", "source.md"));
        // The procedure as the file writes it, read here with a regular expression: each item's number and first line.
        var expected = ItemLine().Matches(markdown).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.TrimEnd())).ToList();
        Assert.Equal(4, expected.Count);

        foreach (var output in GeneratorHarness.RunEveryRecordForm([new GuideInput("source.md", markdown)], new Dictionary<string, string> { ["GuidesRequiredFields"] = "title" }))
        {
            Assert.Empty(output.CompilerProblems);
            var guide = output.Find("source")!;
            Assert.Equal("Installation from source", guide.Title);
            var procedure = guide.Sections.Single(s => s.Heading.Length == 0);
            Assert.Equal(expected.Select(e => e.Item1), procedure.Steps.Select(s => s.Number));
            Assert.Equal(expected.Select(e => e.Item2), procedure.Steps.Select(s => s.Markdown.Split('\n')[0]));
            Assert.Equal(expected.Select(e => e.Item2.Replace("`", string.Empty, StringComparison.Ordinal)), procedure.Steps.Select(s => s.Text.Split('\n')[0]));
            Assert.All(procedure.Steps, s => Assert.Equal(string.Empty, s.Heading));
            // Step 1's code block and the text after it are its own, not the next step's.
            Assert.Contains("<pre><code class=\"language-sh\">$ go version\n</code></pre>", procedure.Steps[0].Html, StringComparison.Ordinal);
            Assert.EndsWith("If go is not installed, follow instructions on the Go website.", procedure.Steps[0].Text, StringComparison.Ordinal);
            Assert.Empty(guide.Sections.Single(s => s.Heading == "Cross-compiling binaries for different platforms").Steps);
        }
    }

    [Fact]
    public void Task_items_say_whether_they_are_checked_and_their_text_has_no_marker_in_every_build()
    {
        var guide = new GuideInput("en/tasks.md", Hostile.HostileText.Guide(
            "## What you need\n\n- [ ] A phone\n- [x] Its **code**\n- A charger\n\n### Step 1: Go\n\nGo.\n\n" +
            "## Tips\n\n- [X] Keep it charged\n\n## Check\n\n1. [x] Phone on\n2. [ ] Network *chosen*\n3. Done\n"));

        foreach (var output in GeneratorHarness.RunEveryRecordForm([guide]))
        {
            Assert.Empty(output.CompilerProblems);
            var read = output.Find("tasks")!;
            Assert.Equal(
                [(false, "A phone"), (true, "Its code"), ((bool?)null, "A charger")],
                read.Requirements.Select(r => (r.IsChecked, r.Text)));
            Assert.Equal([((bool?)true, "Keep it charged")], read.Tips.Select(t => (t.IsChecked, t.Text)));
            // The HTML shows the box, disabled, as GitHub does; the Markdown is as written.
            Assert.Equal("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> Its <strong>code</strong>", read.Requirements[1].Html);
            Assert.Equal("[x] Its **code**", read.Requirements[1].Markdown);
            Assert.Equal("<input disabled=\"disabled\" type=\"checkbox\" /> A phone", read.Requirements[0].Html);
            Assert.Equal(
                [(1, (bool?)true, "Phone on"), (2, false, "Network chosen"), (3, null, "Done")],
                read.Sections.Single(s => s.Heading == "Check").Steps.Select(s => (s.Number, s.IsChecked, s.Text)));
        }
    }

    [GeneratedRegex(@"^(\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex ItemLine();
}
