using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// The project's Markdown pipeline and its two renderings: safe HTML and plain text.
    /// Safe means: raw HTML is written as text, and link and image targets that <see cref="UrlPolicy"/>
    /// refuses are removed from the tree by <see cref="Sanitize"/> before anything is rendered.
    /// </summary>
    internal static class MarkdownRendering
    {
        /// <summary>CommonMark, pipe tables and bare http(s)/www links; precise spans for diagnostics.</summary>
        public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UsePreciseSourceLocation()
            .Build();

        public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

        /// <summary>What <see cref="Sanitize"/> found and changed, with spans in the parsed text.</summary>
        public sealed class Findings
        {
            public List<(string Url, SourceSpan Span)> UnsafeLinks { get; } = new();

            public List<(string Html, SourceSpan Span)> RawHtml { get; } = new();

            /// <summary>The links and autolinks to take out of the tree once the walk is over, in document order.</summary>
            internal List<Inline>? Refused { get; set; }
        }

        /// <summary>
        /// Removes refused link and image targets (keeping their text) and records raw HTML, in document order.
        /// One walk collects (the tree is not changed while it is walked), then the refused links are taken out.
        /// The walk recurses as deep as the tree, as the renderers that follow it do.
        /// </summary>
        public static Findings Sanitize(MarkdownDocument document)
        {
            var findings = new Findings();
            CollectInBlocks(document, findings);
            if (findings.Refused is { } refused)
            {
                foreach (var inline in refused)
                {
                    TakeOut(inline);
                }
            }

            return findings;
        }

        private static void CollectInBlocks(ContainerBlock container, Findings findings)
        {
            for (var i = 0; i < container.Count; i++)
            {
                switch (container[i])
                {
                    case ContainerBlock child:
                        CollectInBlocks(child, findings);
                        break;
                    case HtmlBlock block:
                        findings.RawHtml.Add((block.Lines.ToString(), block.Span));
                        break;
                    case LeafBlock { Inline: { } inline }:
                        CollectInInlines(inline, findings);
                        break;
                }
            }
        }

        private static void CollectInInlines(ContainerInline container, Findings findings)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LinkInline link when !UrlPolicy.IsAllowed(link.Url):
                        findings.UnsafeLinks.Add((link.Url ?? string.Empty, link.Span));
                        (findings.Refused ??= new List<Inline>()).Add(link);
                        break;
                    case AutolinkInline autolink when !UrlPolicy.IsAllowed(autolink.Url):
                        findings.UnsafeLinks.Add((autolink.Url, autolink.Span));
                        (findings.Refused ??= new List<Inline>()).Add(autolink);
                        break;
                    case HtmlInline html:
                        findings.RawHtml.Add((html.Tag, html.Span));
                        break;
                }

                if (child is ContainerInline nested)
                {
                    CollectInInlines(nested, findings);
                }
            }
        }

        /// <summary>Takes a refused link out: its text stays (an autolink's text is its URL), its target goes.</summary>
        private static void TakeOut(Inline refused)
        {
            if (refused is AutolinkInline autolink)
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
                return;
            }

            var link = (LinkInline)refused;
            var child = link.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }

            link.Remove();
        }

        /// <summary>Renders blocks to HTML. Call <see cref="Sanitize"/> on their document first.</summary>
        public static string ToHtml(IReadOnlyList<Block> blocks)
        {
            var renderer = ReusableRenderer.ForHtml();
            for (var i = 0; i < blocks.Count; i++)
            {
                renderer.Render(blocks[i]);
            }

            return RenderedOutput.TrimNewlines(renderer.Written);
        }

        /// <summary>Renders blocks to plain text: by <see cref="PlainTextWriter"/> when it knows every node, else by Markdig.</summary>
        public static string ToText(IReadOnlyList<Block> blocks) =>
            RenderedOutput.Tidy(PlainTextWriter.TryBlocks(blocks) ?? MarkdigTextOfBlocks(blocks));

        /// <summary>Renders the content of a list item: its paragraph's inlines alone when it is one paragraph.</summary>
        public static string ItemToHtml(ListItemBlock item)
        {
            if (item.Count == 1 && item[0] is ParagraphBlock paragraph)
            {
                var renderer = ReusableRenderer.ForHtml();
                renderer.WriteLeafInline(paragraph);
                return RenderedOutput.TrimWhiteSpace(renderer.Written);
            }

            return ToHtml(item);
        }

        public static string ItemToText(ListItemBlock item) =>
            item.Count == 1 && item[0] is ParagraphBlock paragraph
                ? RenderedOutput.Collapse(PlainTextWriter.TryInlines(paragraph) ?? MarkdigTextOfInlines(paragraph))
                : ToText(item);

        /// <summary>Renders inlines (a heading's or a link's text) to plain text.</summary>
        public static string InlinesToText(ContainerInline? inline) =>
            inline is null ? string.Empty : RenderedOutput.Collapse(PlainTextWriter.TryChildren(inline) ?? MarkdigTextOfChildren(inline));

        /// <summary>What Markdig's renderer with HTML disabled writes for blocks, each followed by a line break: what <see cref="PlainTextWriter"/> writes.</summary>
        internal static StringBuilder MarkdigTextOfBlocks(IReadOnlyList<Block> blocks)
        {
            var renderer = ReusableRenderer.ForText();
            for (var i = 0; i < blocks.Count; i++)
            {
                renderer.Render(blocks[i]);

                // Blocks are lines of their own in plain text too.
                renderer.Written.Append('\n');
            }

            return renderer.Written;
        }

        /// <summary>What Markdig's renderer with HTML disabled writes for a leaf block's inlines.</summary>
        internal static StringBuilder MarkdigTextOfInlines(LeafBlock leaf)
        {
            var renderer = ReusableRenderer.ForText();
            renderer.WriteLeafInline(leaf);
            return renderer.Written;
        }

        /// <summary>What Markdig's renderer with HTML disabled writes for an inline's children.</summary>
        internal static StringBuilder MarkdigTextOfChildren(ContainerInline inline)
        {
            var renderer = ReusableRenderer.ForText();
            renderer.WriteChildren(inline);
            return renderer.Written;
        }
    }
}
