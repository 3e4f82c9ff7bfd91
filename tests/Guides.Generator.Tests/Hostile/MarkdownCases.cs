using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>Markdown built to exhaust the stack or the clock: deep nesting, and constructs that cost time in their square.</summary>
public static class MarkdownCases
{
    public static IEnumerable<HostileCase> All =>
    [
        new("100000-nested-brackets", Guide(Repeat("[", 100_000)), At("GUIDE015", BodyLine, 33)),
        new("100000-nested-block-quotes", Guide(Repeat(">", 100_000)), At("GUIDE015", BodyLine, 33)),
        new("100000-nested-images", Guide(Repeat("![", 100_000)), At("GUIDE015", BodyLine, 66)),
        new("100000-nested-list-markers", Guide(Repeat("- ", 100_000) + "x"), At("GUIDE015", BodyLine, 65)),
        new("quotes-and-lists-mixed", Guide(Repeat("> 1. ", 50_000) + "x"), At("GUIDE015", BodyLine, 68)),
        new("deeply-indented-lists", Guide(string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n"))), At("GUIDE015", BodyLine + 33, 67)),
        new("100000-emphasis-openers", Guide(Repeat("*a ", 100_000) + Repeat("a* ", 100_000)), At("GUIDE015", BodyLine, 97)),
        new("100000-strong-openers", Guide(Repeat("__a ", 100_000)), At("GUIDE015", BodyLine, 65)),
        new("long-backtick-run", Guide(Repeat("`", 100_000)), At("GUIDE027", BodyLine, 1)),
        new("20000-unclosed-link-targets", Guide(Repeat("[a](b", 20_000)), At("GUIDE027", BodyLine, 1)),
        new("20000-bare-links-in-a-paragraph", Guide(Repeat("www.example.com ", 20_000)), At("GUIDE027", BodyLine, 1)),
        new("50000-emphasis-closers", Guide(Repeat("a_ ", 50_000)), At("GUIDE027", BodyLine, 1)),
        new("table-of-50000-rows", Guide("| a | b |\n| - | - |\n" + Repeat("| x | y |\n", 50_000)), At("GUIDE027", BodyLine, 1)),
        // The inline cost is bounded per paragraph (or table), where Markdig's work grows with its square; over a guide it adds up in proportion.
        new("table-of-1000-plain-rows", Guide("### Step 1: Table\n\n| a | b |\n| - | - |\n" + Repeat("| x | y |\n", 1_000)), At("GUIDE027", BodyLine + 2, 1)),
        new("one-paragraph-of-600-emphasis-runs", Guide("### Step 1: Read\n\n" + Repeat("a *b* ", 300) + "\n"), At("GUIDE027", BodyLine + 2, 1)),
        new("table-of-120-plain-rows-within-the-budget", Guide("### Step 1: Table\n\n| a | b |\n| - | - |\n" + Repeat("| x | y |\n", 120))),
        new("table-of-40-rows-with-links-within-the-budget", Guide("### Step 1: Table\n\n| a | b |\n| - | - |\n" + Repeat("| [x](https://example.org) | *y* |\n", 40))),
        // Each paragraph costs 200² (brackets) + 100 links × 700 characters = 110,000, under the bound: 1.4 MB of them is a long guide, not a costly one.
        new("2000-paragraphs-of-100-links-within-the-budget", Guide("### Step 1: Read\n\n" + Repeat(Repeat("[a](b) ", 100) + "\n\n", 2_000))),
        new("1000-steps-of-ordinary-paragraphs-with-20-links-and-40-emphasis-runs", Guide(OrdinarySteps(1_000))),
        new("largest-guide-within-every-limit", Guide("### Step 1: Read\n\n" + Repeat("Some *text* with [a link](https://example.org/page) and `code`, " + Repeat("plain words ", 40) + "\n\n", 3_300))),
        new("1000-steps", Guide(string.Concat(Enumerable.Range(1, 1_000).Select(i => $"### Step {i}: Step {i}\n\nDo {i}.\n\n")))),
        new("one-line-of-a-megabyte", Guide("### Step 1: Read\n\n" + Repeat("lorem ipsum ", 90_000) + "\n")),
        new("many-unclosed-html-comments", Guide("### Step 1: Read\n\nText " + Repeat("<!--", 10_000) + "\n"), At("GUIDE027", BodyLine + 2, 1)),
    ];

    /// <summary>
    /// A large but ordinary guide (1.2 MB): steps of one paragraph of about 1,200 characters, each with 20 links and 40
    /// emphasis runs. Its cost grows with its length alone.
    /// </summary>
    public static string OrdinarySteps(int count)
    {
        var builder = new System.Text.StringBuilder();
        for (var step = 1; step <= count; step++)
        {
            builder.Append("### Step ").Append(step).Append(": Do part ").Append(step).Append("\n\n");
            for (var link = 0; link < 20; link++)
            {
                builder.Append("Open *the* **page** at [p ").Append(link).Append("](https://example.org/").Append(step).Append('/').Append(link).Append("), read. ");
            }

            builder.Append("\n\n");
        }

        return builder.ToString();
    }
}
