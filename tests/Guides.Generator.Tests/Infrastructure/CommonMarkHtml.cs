using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// HTML put in a normal form before it is compared with the CommonMark spec's, after the rules of the spec's own test
/// runner (its normalize.py), so that differences that do not change what the HTML means are not counted:
/// <list type="bullet">
/// <item>outside <c>pre</c>, runs of white space become one space, and white space before and after a block tag
/// (<c>p</c>, <c>li</c>, <c>h1</c>, <c>table</c>, ...) goes, as does a line break right after <c>br</c>;</item>
/// <item>tag and attribute names are lower case, attributes are sorted by name, values are written in double quotes,
/// and <c>&lt;br /&gt;</c> is written <c>&lt;br&gt;</c>;</item>
/// <item>character references are written as the characters they stand for, except <c>&lt; &gt; &amp; "</c>, which are
/// always written <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c>, in text and in attribute values (normalize.py leaves a
/// bare <c>"</c> or <c>&gt;</c> in text as it is; here they are made the same as their references);</item>
/// <item>comments (<c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c> among them, as CommonMark 0.31 has it), processing
/// instructions, declarations and CDATA are kept as they are.</item>
/// </list>
/// White space is HTML's (space, tab, line feed, form feed, carriage return): unlike normalize.py, a no-break space
/// stays.
/// </summary>
public static partial class CommonMarkHtml
{
    private static readonly HashSet<string> s_blockTags =
    [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead",
        "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ];

    private static readonly HashSet<string> s_voidTags =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static readonly char[] s_whiteSpace = [' ', '\t', '\n', '\f', '\r'];

    private enum Last { StartTag, EndTag, Data, Other }

    public static string Normalize(string html)
    {
        var output = new StringBuilder();
        var last = Last.StartTag;
        var lastTag = string.Empty;
        var inPre = false;
        var text = new StringBuilder();

        void FlushText()
        {
            if (text.Length == 0)
            {
                return;
            }

            var data = text.ToString();
            text.Clear();
            var afterTag = last is Last.StartTag or Last.EndTag;
            if (afterTag && lastTag == "br")
            {
                data = data.TrimStart('\n');
            }

            if (!inPre)
            {
                data = WhiteSpace().Replace(data, " ");
                if (afterTag && s_blockTags.Contains(lastTag))
                {
                    data = last == Last.StartTag ? data.TrimStart(s_whiteSpace) : data.Trim(s_whiteSpace);
                }
            }

            output.Append(data);
            last = Last.Data;
        }

        void TrimEnd()
        {
            var end = output.Length;
            while (end > 0 && Array.IndexOf(s_whiteSpace, output[end - 1]) >= 0)
            {
                end--;
            }

            output.Length = end;
        }

        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            Match match;
            if (c == '<' && Verbatim().Match(html, i) is { Success: true } verbatim)
            {
                FlushText();
                output.Append(verbatim.Value);
                last = Last.Other;
                i += verbatim.Length;
            }
            else if (c == '<' && (match = EndTag().Match(html, i)).Success)
            {
                FlushText();
                var name = match.Groups["name"].Value.ToLowerInvariant();
                if (name == "pre")
                {
                    inPre = false;
                }
                else if (s_blockTags.Contains(name))
                {
                    TrimEnd();
                }

                output.Append("</").Append(name).Append('>');
                lastTag = name;
                last = Last.EndTag;
                i += match.Length;
            }
            else if (c == '<' && (match = StartTag().Match(html, i)).Success)
            {
                FlushText();
                var name = match.Groups["name"].Value.ToLowerInvariant();
                if (name == "pre")
                {
                    inPre = true;
                }

                if (s_blockTags.Contains(name))
                {
                    TrimEnd();
                }

                output.Append('<').Append(name);
                var attributes = match.Groups["attribute"].Captures
                    .Select(a => Attribute().Match(a.Value))
                    .Select(a => (Name: a.Groups["name"].Value.ToLowerInvariant(), Value: a.Groups["value"].Success ? a.Groups["value"].Value : null))
                    .OrderBy(a => a.Name, StringComparer.Ordinal)
                    .ThenBy(a => a.Value, StringComparer.Ordinal);
                foreach (var (attributeName, value) in attributes)
                {
                    output.Append(' ').Append(attributeName);
                    if (value is not null)
                    {
                        output.Append("=\"");
                        Escape(output, WebUtility.HtmlDecode(value));
                        output.Append('"');
                    }
                }

                output.Append('>');
                lastTag = name;

                // A self-closing tag is written as a start tag and counts as closed, as normalize.py does.
                last = match.Groups["selfClosing"].Value.Length > 0 ? Last.EndTag : Last.StartTag;
                i += match.Length;
            }
            else if (c == '&' && CharacterReference().Match(html, i) is { Success: true } reference)
            {
                FlushText();
                var decoded = WebUtility.HtmlDecode(reference.Value);
                if (decoded == reference.Value)
                {
                    // Not a reference HTML knows: kept as it is, but for its ampersand.
                    output.Append("&amp;").Append(reference.Value, 1, reference.Length - 1);
                }
                else
                {
                    Escape(output, decoded);
                }

                last = Last.Other;
                i += reference.Length;
            }
            else
            {
                switch (c)
                {
                    case '<':
                        text.Append("&lt;");
                        break;
                    case '>':
                        text.Append("&gt;");
                        break;
                    case '&':
                        text.Append("&amp;");
                        break;
                    case '"':
                        text.Append("&quot;");
                        break;
                    default:
                        text.Append(c);
                        break;
                }

                i++;
            }
        }

        FlushText();
        return output.ToString();
    }

    /// <summary>
    /// The part of normalised HTML before its first top-level start tag of one of <paramref name="names"/>, or null when
    /// it has none: what a guide's step holds of an example whose heading of level 1 or 2 ends the step.
    /// </summary>
    public static string? BeforeFirstTopLevel(string normalized, params string[] names)
    {
        var depth = 0;
        foreach (Match tag in AnyTag().Matches(normalized))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["end"].Length > 0)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && names.Contains(name))
            {
                return normalized[..tag.Index];
            }
            else if (!s_voidTags.Contains(name))
            {
                depth++;
            }
        }

        return null;
    }

    private static void Escape(StringBuilder output, string value)
    {
        foreach (var c in value)
        {
            output.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
    }

    [GeneratedRegex("[ \\t\\n\\f\\r]+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("\\G(?:<!\\[CDATA\\[.*?\\]\\]>|<!-->|<!--->|<!--.*?-->|<\\?.*?>|<![a-zA-Z][^>]*>)", RegexOptions.Singleline)]
    private static partial Regex Verbatim();

    [GeneratedRegex("\\G</(?<name>[a-zA-Z][a-zA-Z0-9-]*)[ \\t\\n\\f\\r]*>")]
    private static partial Regex EndTag();

    [GeneratedRegex("\\G<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attribute>[ \\t\\n\\f\\r]+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:[ \\t\\n\\f\\r]*=[ \\t\\n\\f\\r]*(?:\"[^\"]*\"|'[^']*'|[^ \\t\\n\\f\\r\"'=<>`]+))?)*[ \\t\\n\\f\\r]*(?<selfClosing>/?)>")]
    private static partial Regex StartTag();

    [GeneratedRegex("^[ \\t\\n\\f\\r]+(?<name>[^ \\t\\n\\f\\r=]+)(?:[ \\t\\n\\f\\r]*=[ \\t\\n\\f\\r]*(?:\"(?<value>[^\"]*)\"|'(?<value>[^']*)'|(?<value>[^ \\t\\n\\f\\r\"'=<>`]+)))?$")]
    private static partial Regex Attribute();

    [GeneratedRegex("\\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});")]
    private static partial Regex CharacterReference();

    [GeneratedRegex("<(?<end>/?)(?<name>[a-z][a-z0-9-]*)[^>]*>")]
    private static partial Regex AnyTag();
}
