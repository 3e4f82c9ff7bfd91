using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers.Html;
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
        /// <summary>
        /// CommonMark, pipe tables and bare http(s)/www links, and what docs sites write: strikethrough, task lists,
        /// footnotes, definition lists, emoji shortcodes, <c>:::</c> containers, and attributes (<c>{#id .class}</c>, last,
        /// as Markdig requires; <see cref="Sanitize"/> keeps an id and classes only); precise spans for diagnostics.
        /// </summary>
        public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript)
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseEmojiAndSmiley(enableSmileys: false)
            .UseCustomContainers()
            .UseGenericAttributes()
            .UsePreciseSourceLocation()
            .Build();

        public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

        /// <summary>What <see cref="Sanitize"/> found and changed, with spans in the parsed text.</summary>
        public sealed class Findings
        {
            public List<(string Url, SourceSpan Span)> UnsafeLinks { get; } = new();

            public List<(string Html, SourceSpan Span)> RawHtml { get; } = new();

            /// <summary>The attributes of <c>{…}</c> blocks other than an id and classes, taken out (GUIDE052).</summary>
            public List<(string Attribute, SourceSpan Span)> LeftOutAttributes { get; } = new();

            /// <summary>The body's shortcodes, hidden in <see cref="Hidden"/> (the text parsed) as comments to read back.</summary>
            internal Shortcodes? Shortcodes { get; set; }

            internal string Hidden { get; set; } = string.Empty;

            /// <summary>The allowed HTML tags (<see cref="HtmlAllowList"/>) to write again once the walk is over.</summary>
            internal List<(HtmlInline Html, string Safe)>? Allowed { get; set; }

            /// <summary>The links and autolinks to take out of the tree once the walk is over, in document order.</summary>
            internal List<Inline>? Refused { get; set; }
        }

        /// <summary>
        /// Removes refused link and image targets (keeping their text) and records raw HTML, in document order.
        /// One walk collects (the tree is not changed while it is walked), then the refused links are taken out.
        /// The walk recurses as deep as the tree, as the renderers that follow it do.
        /// </summary>
        /// <param name="shortcodes">The shortcodes <paramref name="hidden"/> (the text parsed) hides as comments: they become their elements, or nothing.</param>
        public static Findings Sanitize(MarkdownDocument document, Shortcodes? shortcodes = null, string hidden = "")
        {
            var findings = new Findings { Shortcodes = shortcodes, Hidden = hidden };
            CollectInBlocks(document, findings);
            if (findings.Refused is { } refused)
            {
                foreach (var inline in refused)
                {
                    TakeOut(inline);
                }
            }

            if (findings.Allowed is { } allowed)
            {
                foreach (var (html, safe) in allowed)
                {
                    html.ReplaceBy(new SafeHtmlInline(safe, safe == "<br />") { Span = html.Span });
                }
            }

            return findings;
        }

        private static void CollectInBlocks(ContainerBlock container, Findings findings)
        {
            for (var i = 0; i < container.Count; i++)
            {
                KeepIdAndClasses(container[i], findings);
                switch (container[i])
                {
                    case ContainerBlock child:
                        CollectInBlocks(child, findings);
                        break;
                    case HtmlBlock block when findings.Shortcodes?.Block(block, findings.Hidden) is { } placeholder:
                        placeholder.Span = block.Span;
                        placeholder.Line = block.Line;
                        container[i] = placeholder;
                        break;
                    case HtmlBlock block when HtmlAllowList.Block(block.Lines.ToString()) is { } safe:
                        safe.Span = block.Span;
                        safe.Line = block.Line;
                        container[i] = safe;
                        break;
                    case HtmlBlock block:
                        findings.RawHtml.Add((block.Lines.ToString(), block.Span));
                        break;
                    case LeafBlock leaf:
                        if (leaf.Inline is { } inline)
                        {
                            CollectInInlines(inline, findings);
                        }

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
                    case HtmlInline html when findings.Shortcodes?.At(html.Span.Start) is { } use:
                        (findings.Allowed ??= new List<(HtmlInline, string)>()).Add((html, use.Html));
                        break;
                    case HtmlInline html when HtmlAllowList.Tag(html.Tag) is { } safe:
                        (findings.Allowed ??= new List<(HtmlInline, string)>()).Add((html, safe));
                        break;
                    case HtmlInline html:
                        findings.RawHtml.Add((html.Tag, html.Span));
                        break;
                }

                KeepIdAndClasses(child, findings);

                if (child is ContainerInline nested)
                {
                    CollectInInlines(nested, findings);
                }
            }
        }

        /// <summary>
        /// Of the attributes a <c>{…}</c> block gives an element, keeps its id and classes: any other (<c>onclick</c>,
        /// <c>style</c>) is taken out and recorded, so that no guide adds a script or a style to a page.
        /// </summary>
        private static void KeepIdAndClasses(MarkdownObject node, Findings findings)
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                foreach (var property in properties)
                {
                    findings.LeftOutAttributes.Add((property.Key, node.Span));
                }

                properties.Clear();
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
