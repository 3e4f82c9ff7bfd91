using System;
using System.IO;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// The pipeline's HTML renderer, raw HTML escaped, writing to a builder that is emptied, not replaced, between
    /// uses. Building one (a writer, the pipeline's setup, the escaped-HTML renderers) costs more than most of what it
    /// renders, so each thread keeps one for HTML and one for plain text (HTML disabled): the generator may parse
    /// files in parallel, and rendering never calls back into itself.
    /// </summary>
    internal sealed class ReusableRenderer : HtmlRenderer
    {
        [ThreadStatic]
        private static ReusableRenderer? t_html;

        [ThreadStatic]
        private static ReusableRenderer? t_text;

        private ReusableRenderer(bool plainText)
            : base(new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            Written = ((StringWriter)Writer).GetStringBuilder();
            MarkdownRendering.Pipeline.Setup(this);
            ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
            ObjectRenderers.Add(new Callouts.Renderer());
            ObjectRenderers.Add(new HtmlAllowList.InlineRenderer());
            ObjectRenderers.Add(new HtmlAllowList.BlockRenderer());

            // GitHub's strikethrough: ~one~ as ~~two~~ (Markdig reads one tilde as a subscript).
            if (ObjectRenderers.FindExact<EmphasisInlineRenderer>() is { } emphasis)
            {
                var tagOf = emphasis.GetTag;
                emphasis.GetTag = inline => inline.DelimiterChar == '~' ? "del" : tagOf(inline);
            }

            if (plainText)
            {
                PlainTextRenderers.Use(this);
                EnableHtmlForBlock = false;
                EnableHtmlForInline = false;
                EnableHtmlEscape = false;
            }
        }

        /// <summary>What has been rendered since <see cref="ForHtml"/> or <see cref="ForText"/> returned this renderer.</summary>
        public StringBuilder Written { get; }

        /// <summary>This thread's HTML renderer, empty and at the start of a line.</summary>
        public static ReusableRenderer ForHtml() => Cleared(t_html ??= new ReusableRenderer(plainText: false));

        /// <summary>This thread's plain-text renderer, empty and at the start of a line.</summary>
        public static ReusableRenderer ForText() => Cleared(t_text ??= new ReusableRenderer(plainText: true));

        private static ReusableRenderer Cleared(ReusableRenderer renderer)
        {
            renderer.Reset();
            return renderer;
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
