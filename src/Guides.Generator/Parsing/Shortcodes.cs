using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Guides.Generator.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Hugo shortcodes (<c>{{&lt; name … &gt;}}</c>, <c>{{% name … %}}</c>, their closing <c>{{&lt; /name &gt;}}</c>): macros
    /// of the site a guide comes from, which only Hugo expands. Each one outside code is found in the body, and put out of
    /// Markdig's way by an HTML comment of the same length (every offset after it stays the same, so diagnostics keep their
    /// places and a part's Markdown is sliced from the body as written). The comments are then read back
    /// (<see cref="MarkdownRendering.Sanitize"/>): a shortcode that <c>GuidesShortcodes</c> maps becomes its element (named
    /// parameters as <c>data-</c> attributes, escaped), one it drops or does not know is left out, the latter reported (GUIDE051).
    /// </summary>
    internal sealed class Shortcodes
    {
        private static readonly Regex s_tag = new(
            @"\{\{(?<delimiter><|%)[ \t\r\n]*(?<close>/)?[ \t]*(?<name>[A-Za-z0-9_.][A-Za-z0-9_./-]*)(?<parameters>(?:[^<>%{}]|\{(?!\{))*?)[ \t\r\n]*(?<self>/)?[ \t\r\n]*(?:>|%)\}\}",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_parameter = new(
            @"(?:(?<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*=[ \t]*)?(?:""(?<value>(?:[^""\\]|\\.)*)""|`(?<value>[^`]*)`|(?<value>[^\s""`=]+))",
            RegexOptions.CultureInvariant);

        private readonly Dictionary<int, Use> _byOffset = new();

        private Shortcodes(List<Use> uses)
        {
            Uses = uses;
            foreach (var use in uses)
            {
                _byOffset[use.Offset] = use;
            }
        }

        /// <summary>One shortcode tag of the body: where it is, its name, whether it closes, and its element's HTML (empty when left out).</summary>
        internal sealed class Use
        {
            public Use(int offset, int length, string name, bool isClosing)
            {
                Offset = offset;
                Length = length;
                Name = name;
                IsClosing = isClosing;
            }

            public int Offset { get; }

            public int Length { get; }

            public string Name { get; }

            public bool IsClosing { get; }

            public string Html { get; set; } = string.Empty;
        }

        /// <summary>The shortcodes, in the order of the body.</summary>
        public List<Use> Uses { get; }

        /// <summary>The shortcode whose placeholder starts at this offset of the body, or null.</summary>
        public Use? At(int offset) => _byOffset.TryGetValue(offset, out var use) ? use : null;

        /// <summary>
        /// The shortcodes of a body outside its code (blocks and spans of <paramref name="document"/>, the body as parsed),
        /// with their elements as <paramref name="format"/> maps them; null when it has none.
        /// </summary>
        public static Shortcodes? Find(string body, MarkdownDocument document, SiteFormat format)
        {
            if (body.IndexOf("{{", StringComparison.Ordinal) < 0)
            {
                return null;
            }

            var code = new List<(int Start, int End)>();
            CollectCode(document, code);
            var uses = new List<Use>();
            var parameters = new List<string>();
            foreach (Match match in s_tag.Matches(body))
            {
                if (InCode(match.Index, code))
                {
                    continue;
                }

                var use = new Use(match.Index, match.Length, match.Groups["name"].Value, match.Groups["close"].Success);
                uses.Add(use);
                parameters.Add(match.Groups["parameters"].Value);
            }

            if (uses.Count == 0)
            {
                return null;
            }

            for (var i = 0; i < uses.Count; i++)
            {
                var use = uses[i];
                if (format.ElementOf(use.Name) is not { Length: > 0 } element)
                {
                    continue;
                }

                if (use.IsClosing)
                {
                    use.Html = "</" + element + ">";
                    continue;
                }

                var open = Open(element, parameters[i]);
                use.Html = ClosedLater(uses, i) ? open : open + "</" + element + ">";
            }

            return new Shortcodes(uses);
        }

        /// <summary>The body with each shortcode an HTML comment of its length (its line breaks kept), for Markdig.</summary>
        public string Hide(string body)
        {
            var builder = new StringBuilder(body);
            foreach (var use in Uses)
            {
                for (var k = 0; k < use.Length; k++)
                {
                    var at = use.Offset + k;
                    if (body[at] is '\n' or '\r')
                    {
                        continue;
                    }

                    builder[at] = k < 4 ? "<!--"[k] : k >= use.Length - 3 ? "-->"[k - (use.Length - 3)] : 'x';
                }
            }

            return builder.ToString();
        }

        /// <summary>GUIDE051's arguments: each shortcode name neither mapped nor dropped, its first use's offset, and its count.</summary>
        public IEnumerable<(string Name, int Offset, int Count)> Unknown(SiteFormat format)
        {
            var seen = new List<(string Name, int Offset, int Count)>();
            foreach (var use in Uses)
            {
                if (use.IsClosing || format.ElementOf(use.Name) is not null)
                {
                    continue;
                }

                var index = seen.FindIndex(s => s.Name == use.Name);
                if (index < 0)
                {
                    seen.Add((use.Name, use.Offset, 1));
                }
                else
                {
                    seen[index] = (use.Name, seen[index].Offset, seen[index].Count + 1);
                }
            }

            return seen;
        }

        /// <summary>
        /// The HTML of a placeholder block (a shortcode on lines of its own, perhaps with text after it on its line): each
        /// shortcode's element, the text between escaped. Null when the block is not made of placeholders.
        /// </summary>
        public SafeHtmlBlock? Block(HtmlBlock block, string hidden)
        {
            var start = block.Span.Start;
            var end = Math.Min(block.Span.End + 1, hidden.Length);
            if (At(start) is null)
            {
                return null;
            }

            var html = new StringBuilder();
            var text = new StringBuilder();
            var at = start;
            while (at < end)
            {
                if (At(at) is { } use)
                {
                    html.Append(use.Html);
                    at += use.Length;
                    continue;
                }

                var next = at;
                while (next < end && At(next) is null)
                {
                    next++;
                }

                var between = hidden.Substring(at, next - at);
                html.Append(between.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"));
                text.Append(between);
                at = next;
            }

            return new SafeHtmlBlock(html.ToString().Trim(), text.ToString().Trim());
        }

        private static string Open(string element, string parameters)
        {
            var builder = new StringBuilder("<").Append(element);
            var position = 0;
            foreach (Match parameter in s_parameter.Matches(parameters))
            {
                var key = parameter.Groups["key"].Success ? DataName(parameter.Groups["key"].Value) : position++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var value = parameter.Groups["value"].Value;
                builder.Append(" data-").Append(key).Append("=\"")
                    .Append(value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;").Replace(">", "&gt;")).Append('"');
            }

            return builder.Append('>').ToString();
        }

        /// <summary>A parameter's name as a <c>data-</c> attribute's: lower case, letters, digits and <c>-</c>.</summary>
        private static string DataName(string key)
        {
            var builder = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
            }

            return builder.ToString();
        }

        private static bool ClosedLater(List<Use> uses, int index)
        {
            var depth = 0;
            for (var i = index + 1; i < uses.Count; i++)
            {
                if (uses[i].Name != uses[index].Name)
                {
                    continue;
                }

                if (!uses[i].IsClosing)
                {
                    depth++;
                }
                else if (depth-- == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InCode(int offset, List<(int Start, int End)> code)
        {
            foreach (var (start, end) in code)
            {
                if (offset >= start && offset <= end)
                {
                    return true;
                }
            }

            return false;
        }

        private static void CollectCode(ContainerBlock container, List<(int Start, int End)> code)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case CodeBlock codeBlock:
                        code.Add((codeBlock.Span.Start, codeBlock.Span.End));
                        break;
                    case ContainerBlock child:
                        CollectCode(child, code);
                        break;
                    case LeafBlock { Inline: { } inline }:
                        CollectCode(inline, code);
                        break;
                }
            }
        }

        private static void CollectCode(ContainerInline container, List<(int Start, int End)> code)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is CodeInline codeInline)
                {
                    code.Add((codeInline.Span.Start, codeInline.Span.End));
                }
                else if (child is ContainerInline nested)
                {
                    CollectCode(nested, code);
                }
            }
        }
    }
}
