using System;
using System.Collections.Generic;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guides.Generator.Parsing
{
    /// <summary>The typed parts of a guide's body.</summary>
    internal sealed class GuideBody
    {
        /// <summary>The text of the body's first <c>#</c> heading, when it was taken as the guide's title; else null.</summary>
        public string? Title { get; set; }

        public SectionModel? Introduction { get; set; }

        public List<TextModel> Requirements { get; } = new();

        public List<TextModel> Tips { get; } = new();

        public List<LinkModel> Links { get; } = new();

        public List<SectionModel> Sections { get; } = new();

        public List<StepModel> Steps { get; } = new();

        /// <summary>The headings, in the order of the file.</summary>
        public List<OutlineModel> Outline { get; } = new();

        /// <summary>The fenced code blocks of the steps and sections, in the order of the file.</summary>
        public List<CodeBlockModel> CodeBlocks { get; } = new();

        /// <summary>The callouts of the steps and sections, in the order of the file, then those of the FAQ answers.</summary>
        public List<CalloutModel> Callouts { get; } = new();

        /// <summary>The index of each fenced code block and callout read so far in <see cref="CodeBlocks"/> or <see cref="Callouts"/>: a procedure's items find theirs.</summary>
        public Dictionary<Block, int> PartIndexes { get; } = new();

        /// <summary>Where each step's heading stands in the file, for diagnostics.</summary>
        public List<Microsoft.CodeAnalysis.Text.TextSpan> StepHeadingSpans { get; } = new();
    }

    /// <summary>
    /// Reads a guide's Markdown body: <c>##</c> sections, known by their heading in any language of
    /// <see cref="Vocabulary"/>, and <c>### Step N: Title</c> steps, each with its Markdown, HTML and text.
    /// </summary>
    internal static class BodyReader
    {
        /// <summary>A run of blocks under one heading.</summary>
        private sealed class Part
        {
            public Part(HeadingBlock? heading, string title, SectionKind kind, int stepNumber)
            {
                Heading = heading;
                Title = title;
                Kind = kind;
                StepNumber = stepNumber;
            }

            public HeadingBlock? Heading { get; }

            public string Title { get; }

            public SectionKind Kind { get; }

            /// <summary>The step's number, for a step; 0 for a section.</summary>
            public int StepNumber { get; }

            public List<Block> Blocks { get; } = new();

            /// <summary>The same part, read as an ordinary section.</summary>
            public Part AsSection()
            {
                var section = new Part(Heading, Title, SectionKind.Other, 0) { IsNamedSection = true };
                section.Blocks.AddRange(Blocks);
                return section;
            }

            /// <summary>A known list section's name written as prose: an ordinary section, not an unknown one.</summary>
            public bool IsNamedSection { get; private set; }
        }

        /// <summary>
        /// A list section (What you need, Tips, Useful links) is read as its list when it holds one. One written as prose,
        /// with no list or with sub-headings of its own (a docs site's "## Links" that explains links), is a section.
        /// </summary>
        private static bool IsProse(Part part)
        {
            if (part.StepNumber > 0 || part.Blocks.Count == 0 || part.Kind is not (SectionKind.Requirements or SectionKind.Tips or SectionKind.Links))
            {
                return false;
            }

            var lists = false;
            foreach (var block in part.Blocks)
            {
                if (block is HeadingBlock)
                {
                    return true;
                }

                lists |= block is ListBlock;
            }

            return !lists;
        }

        /// <summary>Markdig's own limit: past it, it throws rather than overflow the stack.</summary>
        public const int MarkdigMaxDepth = 128;

        /// <param name="titleFromHeading">The front matter has no title: a <c>#</c> heading before any other is the guide's title, not a section.</param>
        /// <param name="format">How the site writes its pages (site links, shortcodes).</param>
        /// <param name="language">The guide's language: callouts' labels are in it.</param>
        public static GuideBody Read(GuideSource source, string body, bool titleFromHeading = false, SiteFormat? format = null, string language = "en")
        {
            try
            {
                return ReadParts(source, body, titleFromHeading, format ?? SiteFormat.Default, language);
            }
            catch (ArgumentException e) when (e.Message.IndexOf("too deeply nested", StringComparison.Ordinal) >= 0)
            {
                // NestingGuard stops what a reader would write; this is the net under it.
                source.Report(GuideDiagnostics.NestingTooDeep, source.BodySpan(default), "Markdown elements", "over " + MarkdigMaxDepth, MarkdigMaxDepth);
                return new GuideBody();
            }
        }

        private static GuideBody ReadParts(GuideSource source, string body, bool titleFromHeading, SiteFormat format, string language)
        {
            var result = new GuideBody();
            var document = MarkdownRendering.Parse(body);
            var shortcodes = Shortcodes.Find(body, document, format);
            var hidden = body;
            if (shortcodes is not null)
            {
                // Parsed again with each shortcode hidden (same offsets): they are read back as elements, or left out.
                hidden = shortcodes.Hide(body);
                document = MarkdownRendering.Parse(hidden);
                foreach (var (name, offset, count) in shortcodes.Unknown(format))
                {
                    source.Report(GuideDiagnostics.Shortcode, source.BodySpan(new SourceSpan(offset, offset + name.Length + 3)), name, count);
                }
            }

            if (DefinitionColons.Widen(document, hidden) is { } widened)
            {
                // Hugo's "Term" then ": Definition": parsed again with each such colon's space a tab (same offsets).
                hidden = widened;
                document = MarkdownRendering.Parse(hidden);
            }

            var findings = MarkdownRendering.Sanitize(document, shortcodes, hidden);
            Callouts.Transform(document, language);
            Report(source, findings, source.BodySpan);

            foreach (var part in Split(source, document, titleFromHeading ? result : null))
            {
                if (part.Kind != SectionKind.Links)
                {
                    // "Useful links" are absolute URLs, checked by ReadLinks; everywhere else a link may name a file.
                    source.Assets?.Mark(part.Blocks, source, source.BodySpan);
                }

                AddHeading(result, part);
                if (part.StepNumber > 0)
                {
                    result.StepHeadingSpans.Add(source.BodySpan(part.Heading!.Span));
                    result.Steps.Add(new StepModel(
                        part.StepNumber, part.Title, Markdown(body, part.Blocks), MarkdownRendering.ToHtml(part.Blocks), MarkdownRendering.ToText(part.Blocks),
                        CodeBlocks: CodeBlocks(result, part.Blocks), Callouts: CalloutsOf(result, part.Blocks)));
                    continue;
                }

                switch (part.Kind)
                {
                    case SectionKind.Introduction when result.Introduction is null:
                        result.Introduction = Section(result, body, part);
                        break;
                    case SectionKind.Requirements:
                        ReadItems(source, body, part, result.Requirements);
                        break;
                    case SectionKind.Tips:
                        ReadItems(source, body, part, result.Tips);
                        break;
                    case SectionKind.Links:
                        ReadLinks(source, part, result.Links);
                        break;
                    case SectionKind.Steps:
                        foreach (var block in part.Blocks)
                        {
                            source.Report(GuideDiagnostics.IgnoredContent, source.BodySpan(block.Span), "only steps ('### Step N: Title') are read in the section '" + part.Title + "'");
                        }

                        break;
                    default:
                        if (part.Heading is not null || part.Blocks.Count > 0)
                        {
                            if (part.Heading is not null && !part.IsNamedSection)
                            {
                                source.Report(GuideDiagnostics.UnknownSection, source.BodySpan(part.Heading.Span), part.Title);
                            }

                            result.Sections.Add(Section(result, body, part));
                        }

                        break;
                }
            }

            return result;
        }

        /// <summary>The part's heading in the outline, before the part itself is read: its index is where it will go.</summary>
        private static void AddHeading(GuideBody result, Part part)
        {
            if (part.Heading is not { } heading)
            {
                return;
            }

            var (kind, index) = part.StepNumber > 0
                ? (OutlineKind.Step, result.Steps.Count)
                : part.Kind switch
                {
                    SectionKind.Introduction when result.Introduction is null => (OutlineKind.Introduction, 0),
                    SectionKind.Requirements => (OutlineKind.Requirements, -1),
                    SectionKind.Tips => (OutlineKind.Tips, -1),
                    SectionKind.Links => (OutlineKind.Links, -1),
                    SectionKind.Steps => (OutlineKind.Steps, -1),
                    _ => (OutlineKind.Section, result.Sections.Count),
                };
            result.Outline.Add(new OutlineModel(heading.Level, kind, part.Title, index));
        }

        /// <summary>
        /// Cuts the document into parts: one per <c>#</c>/<c>##</c> heading and one per step heading. With
        /// <paramref name="titled"/>, a <c>#</c> heading before any other heading is the guide's title (its text goes to
        /// <see cref="GuideBody.Title"/>) and what follows it stays in the untitled part.
        /// </summary>
        private static List<Part> Split(GuideSource source, MarkdownDocument document, GuideBody? titled)
        {
            var parts = new List<Part>();
            var current = new Part(null, string.Empty, SectionKind.Other, 0);
            parts.Add(current);
            var inSteps = false;
            foreach (var block in document)
            {
                if (block is LinkReferenceDefinitionGroup || block is BlankLineBlock)
                {
                    continue;
                }

                if (block is HeadingBlock heading)
                {
                    var title = MarkdownRendering.InlinesToText(heading.Inline);
                    if (titled is { Title: null } && heading.Level == 1 && parts.Count == 1 && title.Length > 0)
                    {
                        titled.Title = title;
                        continue;
                    }

                    if (heading.Level <= 2)
                    {
                        var kind = Vocabulary.SectionOf(title);
                        inSteps = kind == SectionKind.Steps;
                        current = new Part(heading, title, kind, 0);
                        parts.Add(current);
                        continue;
                    }

                    if (heading.Level == 3)
                    {
                        if (StepHeading.TryRead(title, out var number, out var stepTitle))
                        {
                            current = new Part(heading, stepTitle, SectionKind.Steps, Math.Max(1, number));
                            parts.Add(current);
                            continue;
                        }

                        if (StepHeading.StartingWord(title) is { } word && (inSteps || current.StepNumber > 0))
                        {
                            source.Report(GuideDiagnostics.MalformedStepHeading, source.BodySpan(heading.Span), title, Capitalize(word));
                        }
                    }
                }

                current.Blocks.Add(block);
            }

            // A body that starts with a heading has no untitled part.
            if (parts[0].Blocks.Count == 0)
            {
                parts.RemoveAt(0);
            }

            for (var i = 0; i < parts.Count; i++)
            {
                if (IsProse(parts[i]))
                {
                    parts[i] = parts[i].AsSection();
                }
            }

            return parts;
        }

        /// <summary>
        /// The fenced code blocks of a part, added to the guide's (<see cref="GuideBody.CodeBlocks"/>): their indexes there.
        /// The language is the info string's first word; the title, its <c>title="…"</c>.
        /// </summary>
        private static EquatableArray<int> CodeBlocks(GuideBody result, List<Block> blocks)
        {
            List<int>? indexes = null;
            foreach (var block in blocks)
            {
                var fenced = block is FencedCodeBlock self ? new[] { self } : block is ContainerBlock container ? System.Linq.Enumerable.ToArray(container.Descendants<FencedCodeBlock>()) : Array.Empty<FencedCodeBlock>();
                foreach (var code in fenced)
                {
                    (indexes ??= new List<int>()).Add(result.CodeBlocks.Count);
                    result.PartIndexes[code] = result.CodeBlocks.Count;
                    result.CodeBlocks.Add(new CodeBlockModel(code.Info ?? string.Empty, CodeTitle(code.Arguments), code.Lines.ToString()));
                }
            }

            return indexes is null ? EquatableArray<int>.Empty : indexes.ToEquatableArray();
        }

        /// <summary>The callouts of a part (or of a FAQ answer), anywhere in it, added to the guide's (<see cref="GuideBody.Callouts"/>): their indexes there.</summary>
        internal static EquatableArray<int> CalloutsOf(GuideBody result, List<Block> blocks)
        {
            List<int>? indexes = null;
            foreach (var block in blocks)
            {
                var found = block is CalloutBlock self ? new[] { self } : block is ContainerBlock container ? System.Linq.Enumerable.ToArray(container.Descendants<CalloutBlock>()) : Array.Empty<CalloutBlock>();
                foreach (var callout in found)
                {
                    var inside = new List<Block>(callout);
                    (indexes ??= new List<int>()).Add(result.Callouts.Count);
                    result.PartIndexes[callout] = result.Callouts.Count;
                    result.Callouts.Add(new CalloutModel(callout.Kind, callout.Label, MarkdownRendering.ToHtml(inside), MarkdownRendering.ToText(inside)));
                }
            }

            return indexes is null ? EquatableArray<int>.Empty : indexes.ToEquatableArray();
        }

        /// <summary>The indexes, in the guide's list, of the code blocks or callouts (<typeparamref name="T"/>) inside a list item, read with its section.</summary>
        private static EquatableArray<int> IndexesOf<T>(GuideBody result, ListItemBlock item)
            where T : Block
        {
            List<int>? indexes = null;
            foreach (var block in item.Descendants<T>())
            {
                if (result.PartIndexes.TryGetValue(block, out var index))
                {
                    (indexes ??= new List<int>()).Add(index);
                }
            }

            return indexes is null ? EquatableArray<int>.Empty : indexes.ToEquatableArray();
        }

        /// <summary>The value of <c>title="…"</c> (or <c>title='…'</c>) in a fenced block's arguments; empty when there is none.</summary>
        private static string CodeTitle(string? arguments)
        {
            var at = arguments?.IndexOf("title=", StringComparison.Ordinal) ?? -1;
            if (at < 0 || at + 7 > arguments!.Length)
            {
                return string.Empty;
            }

            var quote = arguments[at + 6];
            if (quote != '"' && quote != '\'')
            {
                var end = arguments.IndexOf(' ', at + 6);
                return arguments.Substring(at + 6, (end < 0 ? arguments.Length : end) - at - 6);
            }

            var close = arguments.IndexOf(quote, at + 7);
            return close < 0 ? string.Empty : arguments.Substring(at + 7, close - at - 7);
        }

        /// <summary>A section: its code blocks and callouts added to the guide's first, then its procedure, whose items find theirs.</summary>
        private static SectionModel Section(GuideBody result, string body, Part part)
        {
            var codeBlocks = CodeBlocks(result, part.Blocks);
            var callouts = CalloutsOf(result, part.Blocks);
            return new(
                part.Title, Markdown(body, part.Blocks), MarkdownRendering.ToHtml(part.Blocks), MarkdownRendering.ToText(part.Blocks),
                Id: part.Heading?.TryGetAttributes()?.Id ?? string.Empty, CodeBlocks: codeBlocks, Callouts: callouts, Steps: Procedure(result, body, part.Blocks));
        }

        /// <summary>
        /// A section's procedure: the items of the numbered lists among its own blocks (not those in a list, quote or
        /// callout), each numbered as shown (its list's start, then on) and with the heading its list stands under in the section.
        /// </summary>
        private static EquatableArray<ProcedureStepModel> Procedure(GuideBody result, string body, List<Block> blocks)
        {
            List<ProcedureStepModel>? steps = null;
            var heading = string.Empty;
            foreach (var block in blocks)
            {
                if (block is HeadingBlock subheading)
                {
                    heading = MarkdownRendering.InlinesToText(subheading.Inline);
                    continue;
                }

                if (block is not ListBlock { IsOrdered: true } list)
                {
                    continue;
                }

                // CommonMark allows at most nine digits: the start and the items after it fit an int.
                var number = int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var child in list)
                {
                    if (child is ListItemBlock item)
                    {
                        (steps ??= new List<ProcedureStepModel>()).Add(new ProcedureStepModel(
                            number++, heading, Item(body, item), IndexesOf<FencedCodeBlock>(result, item), IndexesOf<CalloutBlock>(result, item)));
                    }
                }
            }

            return steps is null ? EquatableArray<ProcedureStepModel>.Empty : steps.ToEquatableArray();
        }

        /// <summary>
        /// A list item: its Markdown as written, its HTML (with a task item's disabled check box), its text (without a task
        /// item's <c>[ ]</c> or <c>[x]</c>) and whether it is a task item, checked.
        /// </summary>
        private static TextModel Item(string body, ListItemBlock item)
        {
            var task = item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList box } ? (box.Checked ? TaskMark.Checked : TaskMark.Unchecked) : TaskMark.None;
            var text = MarkdownRendering.ItemToText(item);
            if (task != TaskMark.None && text.Length >= 3 && text[0] == '[' && text[2] == ']')
            {
                // Markdig writes the box as "[ ]" or "[x]" in text: the typed item says it in Task instead.
                text = text.Substring(3).TrimStart();
            }

            return new TextModel(Markdown(body, item), MarkdownRendering.ItemToHtml(item), text, task);
        }

        private static void ReadItems(GuideSource source, string body, Part part, List<TextModel> items)
        {
            foreach (var block in part.Blocks)
            {
                if (block is not ListBlock list)
                {
                    source.Report(GuideDiagnostics.IgnoredContent, source.BodySpan(block.Span), "only a bulleted list is read in the section '" + part.Title + "'");
                    continue;
                }

                foreach (var child in list)
                {
                    if (child is ListItemBlock item)
                    {
                        items.Add(Item(body, item));
                    }
                }
            }
        }

        private static void ReadLinks(GuideSource source, Part part, List<LinkModel> links)
        {
            foreach (var block in part.Blocks)
            {
                if (block is not ListBlock list)
                {
                    source.Report(GuideDiagnostics.IgnoredContent, source.BodySpan(block.Span), "only a bulleted list of links is read in the section '" + part.Title + "'");
                    continue;
                }

                foreach (var child in list)
                {
                    if (child is not ListItemBlock item)
                    {
                        continue;
                    }

                    var link = MarkdownTree.FirstLink(item);
                    if (link is null || !UrlPolicy.IsAbsoluteWebUrl(link.Url))
                    {
                        source.Report(GuideDiagnostics.InvalidUsefulLink, source.BodySpan(item.Span), part.Title);
                        continue;
                    }

                    links.Add(new LinkModel(MarkdownRendering.InlinesToText(link), link.Url!.Trim()));
                }
            }
        }

        /// <summary>The source of blocks, as written, in whole lines: from the first one's line to the last one's end.</summary>
        private static string Markdown(string body, IReadOnlyList<Block> blocks)
        {
            if (blocks.Count == 0)
            {
                return string.Empty;
            }

            // Some blocks (tables) start their span after the first characters of their line.
            var start = blocks[0].Span.Start;
            start = start <= 0 ? 0 : body.LastIndexOf('\n', start - 1) + 1;
            return Slice(body, start, blocks[blocks.Count - 1].Span.End);
        }

        /// <summary>The source of a list item's content, without its marker.</summary>
        private static string Markdown(string body, ContainerBlock item) =>
            item.Count == 0 ? string.Empty : Slice(body, item[0].Span.Start, item[item.Count - 1].Span.End);

        /// <summary>
        /// The source from <paramref name="start"/> to <paramref name="endInclusive"/>, without the line breaks before it and
        /// the white space after it, with <c>\r\n</c> made <c>\n</c>: the bounds are found first, so that the common
        /// case allocates the one substring.
        /// </summary>
        private static string Slice(string body, int start, int endInclusive)
        {
            if (start < 0 || endInclusive < start || start >= body.Length)
            {
                return string.Empty;
            }

            var end = Math.Min(endInclusive + 1, body.Length);
            while (start < end && body[start] is '\n' or '\r')
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(body[end - 1]))
            {
                end--;
            }

            var slice = body.Substring(start, end - start);
            return slice.IndexOf('\r') < 0 ? slice : slice.Replace("\r\n", "\n");
        }

        /// <summary>What <see cref="MarkdownRendering.Sanitize"/> found, each at its place; <paramref name="locate"/> gives a Markdig span's place in the file.</summary>
        internal static void Report(GuideSource source, MarkdownRendering.Findings findings, Func<SourceSpan, Microsoft.CodeAnalysis.Text.TextSpan> locate)
        {
            foreach (var (url, span) in findings.UnsafeLinks)
            {
                source.Report(GuideDiagnostics.UnsafeLink, locate(span), Shorten(url));
            }

            foreach (var (html, span) in findings.RawHtml)
            {
                source.Report(GuideDiagnostics.RawHtml, locate(span), Shorten(html));
            }

            foreach (var (attribute, span) in findings.LeftOutAttributes)
            {
                source.Report(GuideDiagnostics.AttributeLeftOut, locate(span), Shorten(attribute));
            }
        }

        private static string Capitalize(string word) =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();

        private static string Shorten(string value)
        {
            var line = value.Replace('\r', ' ').Replace('\n', ' ').Trim();
            return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
        }
    }
}
