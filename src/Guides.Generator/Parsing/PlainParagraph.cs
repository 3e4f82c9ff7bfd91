using System;
using System.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Text that Markdig would make one paragraph of plain words: one line that starts with a letter or a digit (not a
    /// list's number), ends with no white space, and holds no character that starts Markdown (no emphasis, code,
    /// brackets, tags, escapes, entities, tables, bare links). A FAQ answer is most often that: it gets its HTML and
    /// plain text here, without a Markdig document (parsers' state, a tree and two renderings for one sentence).
    /// Where <see cref="Applies"/>, the output is Markdig's own, character for character (a property test compares them);
    /// and <see cref="NestingGuard"/> finds nothing in such text.
    /// </summary>
    internal static class PlainParagraph
    {
        public static bool Applies(string text)
        {
            if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || char.IsWhiteSpace(text[text.Length - 1]) || StartsWithListNumber(text))
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < ' ' || c == '\u007f')
                {
                    return false;
                }

                switch (c)
                {
                    case '\\': case '`': case '*': case '_': case '~': case '|':
                    case '[': case ']': case '<':
                    // Attributes ({#id}) and shortcodes ({{< x >}}) are Markdig's, or ours, to read; so is an emoji
                    // shortcode (:smile:), which a colon followed by a name's first character may start.
                    case '{':
                    case ':' when i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '_' or '+' or '-'):
                        return false;
                    case '&' when i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '#'):
                        return false;
                }
            }

            return !HasBareLink(text);
        }

        /// <summary>The paragraph's HTML: the text, escaped as Markdig escapes it, in <c>&lt;p&gt;</c>.</summary>
        public static string ToHtml(string text)
        {
            if (text.IndexOfAny(s_escaped) < 0)
            {
                return "<p>" + text + "</p>";
            }

            var html = new StringBuilder(text.Length + 32).Append("<p>");
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': html.Append("&amp;"); break;
                    case '>': html.Append("&gt;"); break;
                    case '"': html.Append("&quot;"); break;
                    default: html.Append(c); break;
                }
            }

            return html.Append("</p>").ToString();
        }

        /// <summary>What Markdig escapes in text ('&lt;' never gets here).</summary>
        private static readonly char[] s_escaped = { '&', '>', '"' };

        /// <summary>Digits then '.' or ')': an ordered list's marker, or close enough to one to leave to Markdig.</summary>
        private static bool StartsWithListNumber(string text)
        {
            var i = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            return i > 0 && i < text.Length && (text[i] == '.' || text[i] == ')');
        }

        /// <summary>What the pipeline's bare-link extension may turn into a link (any case, to be safe).</summary>
        private static bool HasBareLink(string text) =>
            text.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0
            || (text.IndexOf(':') >= 0
                && (text.IndexOf("://", StringComparison.Ordinal) >= 0
                    || text.IndexOf("mailto:", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("tel:", StringComparison.OrdinalIgnoreCase) >= 0));
    }
}
