using System;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// A callout: a GitHub alert (<c>&gt; [!NOTE]</c>, the five kinds, an optional title after the marker as Obsidian writes
    /// it) or a Docusaurus/VitePress container (<c>:::tip Title</c>), with its kind, its visible label (the title, else the
    /// kind's name in the guide's language) and its blocks.
    /// </summary>
    internal sealed class CalloutBlock : ContainerBlock
    {
        public CalloutBlock(string kind, string label)
            : base(null)
        {
            Kind = kind;
            Label = label;
        }

        /// <summary><c>note</c>, <c>tip</c>, <c>important</c>, <c>warning</c>, <c>caution</c>, <c>info</c> or <c>danger</c>.</summary>
        public string Kind { get; }

        public string Label { get; }
    }

    /// <summary>
    /// Finds the callouts of a parsed guide, anywhere (in steps, sections, list items, quotes, FAQ answers), and puts a
    /// <see cref="CalloutBlock"/> in the place of each, so that both renderings write it as a callout, not as a quote that
    /// starts with <c>[!NOTE]</c> or a paragraph of <c>:::</c>.
    /// </summary>
    internal static class Callouts
    {
        /// <summary>The first line of a GitHub alert: the marker, then an optional title (Obsidian's custom title).</summary>
        private static readonly Regex s_alert = new(
            @"^\[!(?<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?<title>[^\r\n]*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The kinds a container may name (Docusaurus: note, tip, info, warning, danger; VitePress: tip, info, warning, danger, details; caution and important as GitHub's).</summary>
        private static readonly string[] s_containerKinds = { "note", "tip", "info", "warning", "danger", "caution", "important" };

        /// <summary>Replaces the callouts of the tree by <see cref="CalloutBlock"/>s, labelled in <paramref name="language"/>.</summary>
        public static void Transform(ContainerBlock container, string language)
        {
            for (var i = 0; i < container.Count; i++)
            {
                var block = container[i];
                if (block is QuoteBlock quote && AlertOf(quote) is { } alert)
                {
                    var callout = new CalloutBlock(alert.Kind, alert.Title.Length > 0 ? alert.Title : Label(alert.Kind, language)) { Span = quote.Span, Line = quote.Line, Column = quote.Column };
                    Move(quote, callout);
                    container[i] = callout;
                    block = callout;
                }
                else if (block is CustomContainer custom && KindOf(custom.Info) is { } kind)
                {
                    var title = custom.Arguments?.Trim() ?? string.Empty;
                    var callout = new CalloutBlock(kind, title.Length > 0 ? title : Label(kind, language)) { Span = custom.Span, Line = custom.Line, Column = custom.Column };
                    Move(custom, callout);
                    container[i] = callout;
                    block = callout;
                }

                if (block is ContainerBlock child)
                {
                    Transform(child, language);
                }
            }
        }

        /// <summary>A kind's visible label in a language (its primary subtag: <c>fr-CA</c> is <c>fr</c>); English for any other.</summary>
        public static string Label(string kind, string language)
        {
            var dash = language.IndexOf('-');
            var primary = (dash < 0 ? language : language.Substring(0, dash)).ToLowerInvariant();
            return (primary, kind) switch
            {
                ("fr", "note") => "Remarque",
                ("fr", "tip") => "Astuce",
                ("fr", "important") => "Important",
                ("fr", "warning") => "Avertissement",
                ("fr", "caution") => "Attention",
                ("fr", "info") => "Information",
                ("fr", "danger") => "Danger",
                ("de", "note") => "Hinweis",
                ("de", "tip") => "Tipp",
                ("de", "important") => "Wichtig",
                ("de", "warning") => "Warnung",
                ("de", "caution") => "Vorsicht",
                ("de", "info") => "Info",
                ("de", "danger") => "Gefahr",
                ("es", "note") => "Nota",
                ("es", "tip") => "Consejo",
                ("es", "important") => "Importante",
                ("es", "warning") => "Advertencia",
                ("es", "caution") => "Precaución",
                ("es", "info") => "Información",
                ("es", "danger") => "Peligro",
                (_, "note") => "Note",
                (_, "tip") => "Tip",
                (_, "important") => "Important",
                (_, "warning") => "Warning",
                (_, "caution") => "Caution",
                (_, "info") => "Info",
                _ => "Danger",
            };
        }

        private static string? KindOf(string? info)
        {
            var word = info?.Trim().ToLowerInvariant();
            return word is not null && Array.IndexOf(s_containerKinds, word) >= 0 ? word : null;
        }

        /// <summary>The quote's alert kind and title, its marker line taken out of the tree; null when it is a plain quote.</summary>
        private static (string Kind, string Title)? AlertOf(QuoteBlock quote)
        {
            if (quote.Count == 0 || quote[0] is not ParagraphBlock { Inline: { FirstChild: LiteralInline first } inline } || first.Content.Length == 0 || first.Content[first.Content.Start] != '[')
            {
                return null;
            }

            var match = s_alert.Match(FirstLine(inline).TrimEnd());
            if (!match.Success)
            {
                return null;
            }

            // The marker's line goes: its inlines up to the first line break, or the paragraph when it is that line alone.
            var child = inline.FirstChild;
            var broken = false;
            while (child is not null && !broken)
            {
                var next = child.NextSibling;
                broken = child is LineBreakInline;
                child.Remove();
                child = next;
            }

            if (inline.FirstChild is null)
            {
                quote.RemoveAt(0);
            }

            return (match.Groups["kind"].Value.ToLowerInvariant(), match.Groups["title"].Value.Trim());
        }

        /// <summary>The plain text of a paragraph's first line (its inlines before the first line break).</summary>
        private static string FirstLine(ContainerInline inline)
        {
            var builder = new System.Text.StringBuilder();
            for (var child = inline.FirstChild; child is not null && child is not LineBreakInline; child = child.NextSibling)
            {
                builder.Append(child switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    CodeInline code => code.Content,
                    ContainerInline container => MarkdownRendering.InlinesToText(container),
                    _ => string.Empty,
                });
            }

            return builder.ToString();
        }

                private static void Move(ContainerBlock from, ContainerBlock to)
        {
            while (from.Count > 0)
            {
                var child = from[0];
                from.RemoveAt(0);
                to.Add(child);
            }
        }

        /// <summary>
        /// Writes a callout: in HTML, <c>&lt;div class="callout callout-note" role="note"&gt;</c> with its label as a visible
        /// first paragraph; in plain text, its label and a colon, then its blocks.
        /// </summary>
        internal sealed class Renderer : HtmlObjectRenderer<CalloutBlock>
        {
            protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
            {
                if (renderer.EnableHtmlForBlock)
                {
                    renderer.EnsureLine();
                    renderer.Write("<div class=\"callout callout-").Write(obj.Kind).Write("\" role=\"note\">").WriteLine();
                    renderer.Write("<p class=\"callout-title\">").WriteEscape(obj.Label).Write("</p>").WriteLine();
                    renderer.WriteChildren(obj);
                    renderer.EnsureLine();
                    renderer.Write("</div>").WriteLine();
                }
                else
                {
                    renderer.EnsureLine();
                    renderer.Write(obj.Label).Write(':').WriteLine();
                    renderer.WriteChildren(obj);
                    renderer.EnsureLine();
                }
            }
        }
    }
}
