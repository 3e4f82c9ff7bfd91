using System.Text.RegularExpressions;
using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// The examples of GitHub Flavored Markdown's tables, strikethrough and task lists, from cmark-gfm's own test file
/// (Gfm/extensions.txt, the HTML GitHub's reference implementation writes): each the body of step 1 of its own guide,
/// its HTML compared with the file's in <see cref="CommonMarkHtml"/>'s normal form, after two documented differences of
/// form: Markdig marks task lists with classes (<c>contains-task-list</c>, <c>task-list-item</c>) and writes boolean
/// attributes as <c>disabled="disabled"</c>. Markdig 0.31's known differences are listed, each with its reason.
/// </summary>
public sealed class GfmSpecTests
{
    private static readonly string[] s_sections = ["Tables", "Strikethroughs", "Task lists"];

    /// <summary>The examples where Markdig 0.31 differs from cmark-gfm, and why: the test fails when one no longer differs.</summary>
    private static readonly Dictionary<int, string> KnownMarkdigDifferences = new()
    {
        [6] = "Markdig writes a column's alignment as style=\"text-align: left;\", cmark-gfm as align=\"left\": the same rendering.",
        [7] = "Markdig reads a table whose delimiter row has fewer cells than its header row; GFM requires them to match.",
        [8] = "Markdig widens the table to its longest row; GFM cuts the cells past the header's.",
        [9] = "Markdig keeps the backslash of \\| inside a code span in a table cell; GFM removes it.",
        [11] = "Markdig keeps the backslash of \\| inside a code span in a table cell; GFM removes it.",
        [12] = "Safety, not Markdig: <strong> is raw HTML outside the allow-list, escaped with GUIDE011 (<br> is allowed and kept).",
        [16] = "In Markdig a table does not interrupt a paragraph: it needs a blank line before it.",
        [18] = "Markdig reads runs of three or more tildes as nested strikethrough, and unequal runs as one; GFM strikes only runs of one or two of equal length.",
    };

    private sealed record Example(int Number, string Section, string Markdown, string Html);

    private static List<Example> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Gfm", "extensions.txt"));
        var examples = new List<Example>();
        var section = string.Empty;
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = lines[i][3..].Trim();
            }

            if (!lines[i].StartsWith("```````````````````````````````` example", StringComparison.Ordinal))
            {
                continue;
            }

            number++;
            var markdown = new List<string>();
            var html = new List<string>();
            var target = markdown;
            for (i++; i < lines.Length && !lines[i].StartsWith("````````````````````````````````", StringComparison.Ordinal); i++)
            {
                if (lines[i] == ".")
                {
                    target = html;
                    continue;
                }

                target.Add(lines[i]);
            }

            if (s_sections.Contains(section))
            {
                examples.Add(new Example(number, section, Tabs(markdown), Tabs(html)));
            }
        }

        return examples;
    }

    private static string Tabs(List<string> lines) => lines.Count == 0 ? string.Empty : string.Join("\n", lines).Replace('\u2192', '\t') + "\n";

    /// <summary>Markdig's form of the same HTML made cmark-gfm's: its task-list classes gone, boolean attributes written empty.</summary>
    private static string AsGfm(string html) =>
        Regex.Replace(html.Replace(" class=\"contains-task-list\"", string.Empty, StringComparison.Ordinal).Replace(" class=\"task-list-item\"", string.Empty, StringComparison.Ordinal), "(disabled|checked)=\"\\1\"", "$1=\"\"");

    [Fact]
    public void Gfm_examples_of_tables_strikethrough_and_task_lists_render_as_cmark_gfm_writes_them_but_for_known_markdig_differences()
    {
        var examples = Examples();
        var inputs = examples.Select(e => new GuideInput($"en/gfm-{e.Number:D3}.md", HostileText.Guide("### Step 1: Example\n\n" + e.Markdown))).ToList();

        var output = GeneratorHarness.Run(inputs, null);

        Assert.True(examples.Count >= 20, examples.Count + " examples read.");
        Assert.Empty(output.CompilerProblems);
        var find = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!.GetMethod("Find", [typeof(string)])!;
        var failures = new List<string>();
        var same = 0;
        foreach (var example in examples)
        {
            var html = ((Guide)find.Invoke(null, [$"gfm-{example.Number:D3}"])!).Steps[0].Html;
            var actual = CommonMarkHtml.Normalize(AsGfm(html));
            var expected = CommonMarkHtml.Normalize(example.Html);
            var listed = KnownMarkdigDifferences.ContainsKey(example.Number);
            if (actual == expected)
            {
                same++;
                if (listed)
                {
                    failures.Add($"Example {example.Number} is listed as a known difference but renders as cmark-gfm does.");
                }
            }
            else if (!listed)
            {
                failures.Add($"Example {example.Number} ({example.Section}) differs:\n  markdown {example.Markdown.Replace("\n", "\\n", StringComparison.Ordinal)}\n  gfm      {expected}\n  step     {actual}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(examples.Count - KnownMarkdigDifferences.Count, same);
    }
}
