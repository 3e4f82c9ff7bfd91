using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
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
        }

        /// <summary>Removes refused link and image targets (keeping their text) and records raw HTML.</summary>
        public static Findings Sanitize(MarkdownDocument document)
        {
            var findings = new Findings();
            foreach (var node in document.Descendants().ToList())
            {
                switch (node)
                {
                    case LinkInline link when !UrlPolicy.IsAllowed(link.Url):
                        findings.UnsafeLinks.Add((link.Url ?? string.Empty, link.Span));
                        Unwrap(link);
                        break;
                    case AutolinkInline autolink when !UrlPolicy.IsAllowed(autolink.Url):
                        findings.UnsafeLinks.Add((autolink.Url, autolink.Span));
                        autolink.ReplaceBy(new LiteralInline(autolink.Url));
                        break;
                    case HtmlInline html:
                        findings.RawHtml.Add((html.Tag, html.Span));
                        break;
                    case HtmlBlock block:
                        findings.RawHtml.Add((block.Lines.ToString(), block.Span));
                        break;
                }
            }

            return findings;
        }

        /// <summary>Replaces a link by its children: the text stays, the target goes.</summary>
        private static void Unwrap(LinkInline link)
        {
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
        public static string ToHtml(IEnumerable<Block> blocks) => Render(blocks, plainText: false);

        /// <summary>Renders blocks to plain text.</summary>
        public static string ToText(IEnumerable<Block> blocks) => Render(blocks, plainText: true);

        /// <summary>Renders the content of a list item: its paragraph's inlines alone when it is one paragraph.</summary>
        public static string ItemToHtml(ListItemBlock item) => RenderItem(item, plainText: false);

        public static string ItemToText(ListItemBlock item) => RenderItem(item, plainText: true);

        /// <summary>Renders inlines (a heading's or a link's text) to plain text.</summary>
        public static string InlinesToText(ContainerInline? inline)
        {
            if (inline is null)
            {
                return string.Empty;
            }

            var (renderer, writer) = CreateRenderer(plainText: true);
            renderer.WriteChildren(inline);
            return Collapse(writer.ToString());
        }

        private static string RenderItem(ListItemBlock item, bool plainText)
        {
            if (item.Count == 1 && item[0] is ParagraphBlock paragraph)
            {
                var (renderer, writer) = CreateRenderer(plainText);
                renderer.WriteLeafInline(paragraph);
                return plainText ? Collapse(writer.ToString()) : writer.ToString().Trim();
            }

            return Render(item, plainText);
        }

        private static string Render(IEnumerable<Block> blocks, bool plainText)
        {
            var (renderer, writer) = CreateRenderer(plainText);
            foreach (var block in blocks)
            {
                renderer.Render(block);
                if (plainText)
                {
                    // Blocks are lines of their own in plain text too.
                    writer.Write('\n');
                }
            }

            var result = writer.ToString();
            return plainText ? TidyText(result) : result.Trim('\n');
        }

        /// <summary>
        /// This thread's renderer for HTML or for plain text, reset and empty. Building one (a writer, the pipeline's
        /// setup, the escaped-HTML renderers) cost more than most of what it renders, so each thread keeps one of each:
        /// the generator may parse files in parallel, and rendering never calls back into itself.
        /// </summary>
        private static (HtmlRenderer Renderer, StringWriter Writer) CreateRenderer(bool plainText)
        {
            var renderer = plainText ? (t_textRenderer ??= new ReusableRenderer(plainText: true)) : (t_htmlRenderer ??= new ReusableRenderer(plainText: false));
            renderer.Clear();
            return (renderer, renderer.Output);
        }

        [ThreadStatic]
        private static ReusableRenderer? t_htmlRenderer;

        [ThreadStatic]
        private static ReusableRenderer? t_textRenderer;

        private sealed class ReusableRenderer : HtmlRenderer
        {
            public ReusableRenderer(bool plainText)
                : base(new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
            {
                Output = (StringWriter)Writer;
                Pipeline.Setup(this);
                ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
                ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
                if (plainText)
                {
                    EnableHtmlForBlock = false;
                    EnableHtmlForInline = false;
                    EnableHtmlEscape = false;
                }
            }

            public StringWriter Output { get; }

            /// <summary>Empties the output and returns to the state of a new renderer (at the start of a line, no indent).</summary>
            public void Clear() => Reset();
        }

        /// <summary>Plain text: lines trimmed at the end, at most one blank line in a row, no blank lines around.</summary>
        private static string TidyText(string text)
        {
            var result = new System.Text.StringBuilder(text.Length);
            var blankPending = false;
            var start = 0;
            while (start <= text.Length)
            {
                var newline = text.IndexOf('\n', start);
                var end = newline < 0 ? text.Length : newline;
                var trimmed = end;
                while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
                {
                    trimmed--;
                }

                if (trimmed == start)
                {
                    blankPending = result.Length > 0;
                }
                else
                {
                    if (result.Length > 0)
                    {
                        result.Append(blankPending ? "\n\n" : "\n");
                    }

                    result.Append(text, start, trimmed - start);
                    blankPending = false;
                }

                start = end + 1;
            }

            return result.ToString();
        }

        /// <summary>One line of plain text: every run of white space made one space.</summary>
        private static string Collapse(string text)
        {
            var result = new System.Text.StringBuilder(text.Length);
            var spacePending = false;
            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    spacePending = result.Length > 0;
                    continue;
                }

                if (spacePending)
                {
                    result.Append(' ');
                    spacePending = false;
                }

                result.Append(c);
            }

            return result.ToString();
        }

        /// <summary>Writes an HTML block as escaped text in a paragraph.</summary>
        private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
        {
            protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
            {
                if (renderer.EnableHtmlForBlock)
                {
                    renderer.Write("<p>");
                    renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true, softEscape: false);
                    renderer.Write("</p>");
                    renderer.WriteLine();
                }
                else
                {
                    renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: false);
                }
            }
        }

        /// <summary>Writes an inline HTML tag as escaped text.</summary>
        private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
        {
            protected override void Write(HtmlRenderer renderer, HtmlInline obj)
            {
                if (renderer.EnableHtmlEscape)
                {
                    renderer.WriteEscape(obj.Tag);
                }
                else
                {
                    renderer.Write(obj.Tag);
                }
            }
        }
    }
}
