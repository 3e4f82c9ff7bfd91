using System;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>An allowed HTML tag, written again from what was read (<see cref="HtmlAllowList"/>).</summary>
    internal sealed class SafeHtmlInline : LeafInline
    {
        public SafeHtmlInline(string html, bool isLineBreak)
        {
            Html = html;
            IsLineBreak = isLineBreak;
        }

        public string Html { get; }

        /// <summary><c>&lt;br&gt;</c>: a line end in plain text.</summary>
        public bool IsLineBreak { get; }
    }

    /// <summary>An HTML block of allowed tags and text only (<c>&lt;details&gt;</c>, <c>&lt;summary&gt;…&lt;/summary&gt;</c>), written again from what was read.</summary>
    internal sealed class SafeHtmlBlock : LeafBlock
    {
        public SafeHtmlBlock(string html, string text)
            : base(null)
        {
            Html = html;
            Text = text;
        }

        public string Html { get; }

        /// <summary>The block's text without its tags, for plain text.</summary>
        public string Text { get; }
    }

    /// <summary>
    /// The few HTML elements a guide may write as HTML, harmless and common in docs: <c>kbd</c>, <c>details</c>,
    /// <c>summary</c>, <c>sup</c>, <c>sub</c>, <c>mark</c>, <c>abbr</c>, <c>br</c>. A tag of one of them is written again
    /// from its name, never copied: attributes are dropped but for <c>abbr</c>'s <c>title</c> (escaped) and
    /// <c>details</c>' <c>open</c>. Any other HTML stays escaped text, with GUIDE011.
    /// </summary>
    internal static class HtmlAllowList
    {
        private static readonly string[] s_elements = { "kbd", "details", "summary", "sup", "sub", "mark", "abbr", "br" };

        /// <summary>One tag: its name, its attributes (names and values), a self-closing slash.</summary>
        private static readonly Regex s_tag = new(
            @"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*(?<self>/)?>$",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_attribute = new(
            @"(?<name>[A-Za-z_:][A-Za-z0-9_.:-]*)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'=<>`]+)))?",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_anyTag = new(@"<[^<>]*>", RegexOptions.CultureInvariant);

        /// <summary>The tag written again when it is allowed; null when it is not (a comment, another element, a broken tag).</summary>
        public static string? Tag(string tag)
        {
            var match = s_tag.Match(tag.Trim());
            if (!match.Success)
            {
                return null;
            }

            var name = match.Groups["name"].Value.ToLowerInvariant();
            if (Array.IndexOf(s_elements, name) < 0)
            {
                return null;
            }

            if (match.Groups["close"].Success)
            {
                return name == "br" || match.Groups["attributes"].Length > 0 ? null : "</" + name + ">";
            }

            if (name == "br")
            {
                return "<br />";
            }

            var builder = new StringBuilder("<").Append(name);
            foreach (Match attribute in s_attribute.Matches(match.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                if (name == "abbr" && attributeName == "title" && attribute.Groups["value"].Success)
                {
                    builder.Append(" title=\"").Append(Escape(Markdig.Helpers.HtmlHelper.Unescape(attribute.Groups["value"].Value))).Append('"');
                }
                else if (name == "details" && attributeName == "open")
                {
                    builder.Append(" open");
                }
            }

            return builder.Append('>').ToString();
        }

        /// <summary>An HTML block written again when its every tag is allowed (its text escaped); null when one is not.</summary>
        public static SafeHtmlBlock? Block(string html)
        {
            var written = new StringBuilder(html.Length + 16);
            var text = new StringBuilder(html.Length);
            var at = 0;
            foreach (Match tag in s_anyTag.Matches(html))
            {
                if (Tag(tag.Value) is not { } safe)
                {
                    return null;
                }

                var between = html.Substring(at, tag.Index - at);
                if (between.IndexOf('<') >= 0)
                {
                    return null;
                }

                written.Append(Escape(between)).Append(safe);
                text.Append(between);
                if (safe == "<br />")
                {
                    text.Append('\n');
                }

                at = tag.Index + tag.Length;
            }

            var rest = html.Substring(at);
            if (rest.IndexOf('<') >= 0 || rest.IndexOf('>') >= 0)
            {
                return null;
            }

            written.Append(Escape(rest));
            text.Append(rest);
            return new SafeHtmlBlock(written.ToString().Trim(), text.ToString().Trim());
        }

        private static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

        /// <summary>Writes an allowed tag in HTML; nothing in plain text (a line end for <c>&lt;br&gt;</c>).</summary>
        internal sealed class InlineRenderer : HtmlObjectRenderer<SafeHtmlInline>
        {
            protected override void Write(HtmlRenderer renderer, SafeHtmlInline obj)
            {
                if (renderer.EnableHtmlForInline)
                {
                    renderer.Write(obj.Html);
                }
                else if (obj.IsLineBreak)
                {
                    renderer.WriteLine();
                }
            }
        }

        /// <summary>Writes an allowed block in HTML; its text in plain text.</summary>
        internal sealed class BlockRenderer : HtmlObjectRenderer<SafeHtmlBlock>
        {
            protected override void Write(HtmlRenderer renderer, SafeHtmlBlock obj)
            {
                renderer.EnsureLine();
                renderer.Write(renderer.EnableHtmlForBlock ? obj.Html : obj.Text);
                renderer.WriteLine();
            }
        }
    }
}
