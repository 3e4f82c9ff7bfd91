using Guides.Generator.Parsing;
using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Guides.Generator.Tests;

/// <summary>
/// Every example of the CommonMark spec 0.31.2, each the body of step 1 of its own guide, all in one compilation:
/// the generated code compiles, and each step's HTML is Markdig's rendering of the example with the project's
/// pipeline, except where a safety rule changed it (raw HTML escaped, GUIDE011; a link target dropped, GUIDE010),
/// and there the HTML must still be safe; or where the example holds a heading of level 1 or 2, which ends a step
/// by the guide format, and there the step holds Markdig's rendering of what comes before it.
/// </summary>
public sealed class CommonMarkTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const string StepHeading = "### Step 1: Example\n\n";

    [Fact]
    public void Every_spec_example_in_a_step_compiles_and_renders_as_markdig_does_but_for_the_safety_rules()
    {
        var examples = CommonMarkSpec.Examples;
        var inputs = examples.Select(e => new GuideInput($"en/example-{e.Number:D3}.md", HostileText.Guide(StepHeading + e.Markdown))).ToList();

        var output = GeneratorHarness.Run(inputs, null);

        Assert.Null(output.Result.Exception);
        Assert.Empty(output.CompilerProblems);
        var find = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!.GetMethod("Find", [typeof(string)])!;
        var diagnostics = output.GeneratorDiagnostics.ToLookup(d => d.Location.GetLineSpan().Path);
        int same = 0, safety = 0, structure = 0;
        var failures = new List<string>();
        foreach (var (example, input) in examples.Zip(inputs))
        {
            var html = ((Guide)find.Invoke(null, [$"example-{example.Number:D3}"])!).Steps[0].Html;
            var expected = Markdig.Markdown.ToHtml(example.Markdown, MarkdownRendering.Pipeline).Trim('\n');
            var ids = diagnostics[input.FullPath].Select(d => d.Id).ToHashSet();
            if (html == expected)
            {
                same++;
            }
            else if (ids.Contains("GUIDE010") || ids.Contains("GUIDE011"))
            {
                safety++;
                SafetyTests.AssertSafe(html);
            }
            else if (html == BeforeTheFirstSectionHeading(example.Markdown))
            {
                structure++;
            }
            else
            {
                failures.Add($"Example {example.Number} ({example.Section}): expected {expected} got {html} [{string.Join(", ", ids)}]");
            }
        }

        log.WriteLine($"CommonMark {CommonMarkSpec.Version}: {examples.Count} examples run, {same} identical, {safety} changed by the safety rules, {structure} rendered up to a heading that ends the step, {failures.Count} failed.");
        Assert.Equal(652, examples.Count);
        Assert.Empty(failures);
        Assert.True(same > 500, $"{same} identical.");
    }

    /// <summary>
    /// The plain text of guides is written by PlainTextWriter, which gives up on nodes it does not know: where it does not
    /// give up, it writes what Markdig's renderer with HTML disabled writes, character for character, for every example's
    /// blocks, every paragraph or heading's inlines, and every inline's children.
    /// </summary>
    [Fact]
    public void Every_spec_example_gets_the_plain_text_markdig_would_write()
    {
        int written = 0, left = 0;
        var failures = new List<string>();
        void Compare(int number, string what, Func<System.Text.StringBuilder?> own, Func<System.Text.StringBuilder> markdig)
        {
            var ours = own()?.ToString();
            if (ours is null)
            {
                left++;
                return;
            }

            written++;
            var theirs = markdig().ToString();
            if (ours != theirs)
            {
                failures.Add($"Example {number}, {what}: Markdig {theirs} PlainTextWriter {ours}");
            }
        }

        foreach (var example in CommonMarkSpec.Examples)
        {
            var document = MarkdownRendering.Parse(example.Markdown);
            MarkdownRendering.Sanitize(document);
            Compare(example.Number, "blocks", () => PlainTextWriter.TryBlocks(document), () => MarkdownRendering.MarkdigTextOfBlocks(document));
            foreach (var node in document.Descendants())
            {
                switch (node)
                {
                    case LeafBlock { Inline: not null } leaf:
                        Compare(example.Number, "inlines of " + leaf.GetType().Name, () => PlainTextWriter.TryInlines(leaf), () => MarkdownRendering.MarkdigTextOfInlines(leaf));
                        break;
                    case Markdig.Syntax.Inlines.ContainerInline inline:
                        Compare(example.Number, "children of " + inline.GetType().Name, () => PlainTextWriter.TryChildren(inline), () => MarkdownRendering.MarkdigTextOfChildren(inline));
                        break;
                }
            }
        }

        log.WriteLine($"PlainTextWriter wrote {written} texts as Markdig does and left {left} to Markdig.");
        Assert.Empty(failures);
        Assert.True(written > 1000, $"{written} written.");
    }

    /// <summary>Markdig's rendering of the example's blocks up to its first heading of level 1 or 2, which by the guide format ends a step.</summary>
    private static string BeforeTheFirstSectionHeading(string markdown)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        MarkdownRendering.Pipeline.Setup(renderer);
        foreach (var block in Markdig.Markdown.Parse(markdown, MarkdownRendering.Pipeline).TakeWhile(b => b is not HeadingBlock { Level: <= 2 }))
        {
            renderer.Render(block);
        }

        return writer.ToString().Trim('\n');
    }
}
