using Guides.Generator.Parsing;
using Guides.Generator.Tests.Hostile;
using Guides.Generator.Tests.Infrastructure;
using Markdig.Syntax;

namespace Guides.Generator.Tests;

/// <summary>
/// Every example of the CommonMark spec 0.31.2, each the body of step 1 of its own guide, all in one compilation:
/// the generated code compiles, and each step's HTML is the HTML the spec expects for the example (both normalised
/// by <see cref="CommonMarkHtml"/>, as the spec's own test runner does), except where
/// (a) a safety rule changed it (raw HTML escaped, GUIDE011; a link target dropped, GUIDE010), and there the HTML must
/// still be safe; or (b) the example holds a heading of level 1 or 2, which ends a step by the guide format, and there
/// the step holds what the spec's HTML holds before that heading; or (c) Markdig 0.31 with the project's pipeline
/// differs from the spec, for the examples listed in <see cref="KnownMarkdigDifferences"/>, each with its reason.
/// </summary>
public sealed class CommonMarkTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const string StepHeading = "### Step 1: Example\n\n";

    /// <summary>
    /// The examples where Markdig 0.31, with <see cref="MarkdownRendering.Pipeline"/>, does not write the spec's HTML,
    /// and why. The test fails when one of them no longer differs, or differs for one of the other reasons.
    /// </summary>
    private static readonly Dictionary<int, string> KnownMarkdigDifferences = new()
    {
        [354] = "Markdig 0.31 predates spec 0.31, where Unicode symbols (£, €) count as punctuation for emphasis: to Markdig *£* is emphasis.",
        [608] = "The pipeline's UseAutoLinks links a bare https:// URL, which the spec leaves as text (here between '< ' and ' >').",
        [611] = "The pipeline's UseAutoLinks links a bare https:// URL, which the spec leaves as text.",
        [625] = "Markdig 0.31 keeps the older rule that an HTML comment holds no '--', so the comment is text (escaped, not raw HTML).",
    };

    [Fact]
    public void Every_spec_example_in_a_step_compiles_and_renders_as_the_spec_says_but_for_the_safety_rules_the_guide_format_and_known_markdig_differences()
    {
        var examples = CommonMarkSpec.Examples;
        var inputs = examples.Select(e => new GuideInput($"en/example-{e.Number:D3}.md", HostileText.Guide(StepHeading + e.Markdown))).ToList();

        var output = GeneratorHarness.Run(inputs, null);

        Assert.Null(output.Result.Exception);
        Assert.Empty(output.CompilerProblems);
        var find = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!.GetMethod("Find", [typeof(string)])!;
        var diagnostics = output.GeneratorDiagnostics.ToLookup(d => d.Location.GetLineSpan().Path);
        var same = new List<int>();
        var safety = new List<int>();
        var structure = new List<int>();
        var markdig = new List<int>();
        var failures = new List<string>();
        foreach (var (example, input) in examples.Zip(inputs))
        {
            var html = ((Guide)find.Invoke(null, [$"example-{example.Number:D3}"])!).Steps[0].Html;
            var actual = CommonMarkHtml.Normalize(html);
            var expected = CommonMarkHtml.Normalize(example.Html);
            var ids = diagnostics[input.FullPath].Select(d => d.Id).ToHashSet();
            var listed = KnownMarkdigDifferences.ContainsKey(example.Number);
            if (actual == expected)
            {
                same.Add(example.Number);
            }
            else if (ids.Contains("GUIDE010") || ids.Contains("GUIDE011"))
            {
                safety.Add(example.Number);
                SafetyTests.AssertSafe(html);
            }
            else if (actual == CommonMarkHtml.BeforeFirstTopLevel(expected, "h1", "h2"))
            {
                structure.Add(example.Number);
            }
            else if (listed)
            {
                markdig.Add(example.Number);
                continue;
            }
            else
            {
                failures.Add($"Example {example.Number} ({example.Section}) differs from the spec for no known reason:\n  markdown {Show(example.Markdown)}\n  spec     {expected}\n  step     {actual}\n  [{string.Join(", ", ids)}]");
                continue;
            }

            if (listed)
            {
                failures.Add($"Example {example.Number} ({example.Section}) is listed as a Markdig difference ({KnownMarkdigDifferences[example.Number]}) but it is {(actual == expected ? "identical to the spec" : "accounted for by another reason")}: take it off the list.");
            }
        }

        // The list is of Markdig's differences from the spec: each listed example must differ when Markdig alone renders it.
        foreach (var example in examples.Where(e => KnownMarkdigDifferences.ContainsKey(e.Number)))
        {
            var markdigHtml = CommonMarkHtml.Normalize(Markdig.Markdown.ToHtml(example.Markdown, MarkdownRendering.Pipeline));
            if (markdigHtml == CommonMarkHtml.Normalize(example.Html))
            {
                failures.Add($"Example {example.Number} ({example.Section}) is listed as a Markdig difference but Markdig with the project's pipeline writes the spec's HTML.");
            }
        }

        // Markdig alone may differ from the spec where another reason already accounts for the step: shown, not counted.
        var markdigAlone = examples
            .Where(e => CommonMarkHtml.Normalize(Markdig.Markdown.ToHtml(e.Markdown, MarkdownRendering.Pipeline)) != CommonMarkHtml.Normalize(e.Html))
            .Select(e => e.Number)
            .ToList();

        log.WriteLine($"CommonMark {CommonMarkSpec.Version}: {examples.Count} examples run, {same.Count} identical to the spec's HTML, {safety.Count} changed by the safety rules, {structure.Count} rendered up to a heading that ends the step, {markdig.Count} known Markdig differences, {failures.Count} failed.");
        log.WriteLine($"Changed by the safety rules: {string.Join(' ', safety)}");
        log.WriteLine($"Rendered up to a heading that ends the step: {string.Join(' ', structure)}");
        log.WriteLine($"Known Markdig differences: {string.Join(' ', markdig)}");
        log.WriteLine($"Markdig alone, with the project's pipeline, differs from the spec on: {string.Join(' ', markdigAlone)} (of them, changed by the safety rules: {string.Join(' ', markdigAlone.Intersect(safety))}; ending the step: {string.Join(' ', markdigAlone.Intersect(structure))}).");
        foreach (var failure in failures)
        {
            log.WriteLine(failure);
        }

        Assert.Equal(652, examples.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} examples failed:\n{string.Join('\n', failures)}");
        Assert.True(same.Count > 500, $"{same.Count} identical.");
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

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
}
