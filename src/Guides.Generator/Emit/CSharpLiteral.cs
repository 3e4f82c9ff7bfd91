using System.Globalization;
using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// The one way text from a guide enters generated C#: as a string literal, or as the text of an XML
    /// doc comment. Nothing a guide contains can end the literal or the comment early.
    /// </summary>
    internal static class CSharpLiteral
    {
        /// <summary>
        /// A regular C# string literal (<c>"..."</c>) for any string, lone surrogates included.
        /// Quotes and backslashes are escaped; so is every character a reader could not see or that C#
        /// treats as a line break (controls, U+0085, U+2028, U+2029, format and bidi characters,
        /// surrogates, private use), written as <c>\uXXXX</c>.
        /// </summary>
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            AppendEscaped(builder, value);
            builder.Append('"');
            return builder.ToString();
        }

        public static void AppendEscaped(StringBuilder builder, string value)
        {
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        if (MustEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// Text for an XML doc comment line (<c>/// &lt;summary&gt;...</c>): markup characters escaped, and every
        /// line break or invisible character made a space, so the text stays on its comment line.
        /// </summary>
        public static string XmlDoc(string value)
        {
            var builder = new StringBuilder(value.Length);
            var space = false;
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || MustEscape(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return builder.ToString();
        }

        private static bool MustEscape(char c)
        {
            if (c < ' ' || (c >= '\u007f' && c <= '\u009f'))
            {
                return true;
            }

            if (c < '\u00a0')
            {
                return false;
            }

            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                    return true;
                default:
                    return false;
            }
        }
    }
}
