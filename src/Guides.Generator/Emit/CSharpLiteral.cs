using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// The one way text from a guide enters generated C#: as a string literal, or as the text of an XML
    /// doc comment. Nothing a guide contains can end the literal or the comment early.
    /// </summary>
    internal static class CSharpLiteral
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>
        /// A regular C# string literal (<c>"..."</c>) for any string, lone surrogates included.
        /// Quotes and backslashes are escaped; so is every character a reader could not see or that C#
        /// treats as a line break (controls, U+0085, U+2028, U+2029, format and bidi characters,
        /// surrogates, private use), written as <c>\uXXXX</c>.
        /// </summary>
        public static string Quote(string value) => AppendQuoted(new StringBuilder(value.Length + 2), value).ToString();

        /// <summary>Appends <see cref="Quote"/> of <paramref name="value"/>.</summary>
        public static StringBuilder AppendQuoted(StringBuilder builder, string value) =>
            AppendEscaped(builder.Append('"'), value).Append('"');

        /// <summary>Appends <paramref name="value"/> escaped as in <see cref="Quote"/>, without the quotes.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static StringBuilder AppendEscaped(StringBuilder builder, string value)
        {
            // Characters that need no escape are appended a run at a time, from `run` to the next character escaped;
            // most of a guide's text is printable ASCII, which is looked at a vector at a time.
            var run = 0;
            var i = 0;
            while (i < value.Length)
            {
                if (IsPrintableAsciiBlock(value, i))
                {
                    i += Vector<ushort>.Count;
                    continue;
                }

                for (var end = Math.Min(i + Vector<ushort>.Count, value.Length); i < end; i++)
                {
                    var c = value[i];
                    if (!NeedsNoEscape(c))
                    {
                        builder.Append(value, run, i - run);
                        AppendEscape(builder, c);
                        run = i + 1;
                    }
                }
            }

            return builder.Append(value, run, value.Length - run);
        }

        /// <summary>
        /// The body of a regular string literal (without its quotes) for <paramref name="ascii"/>, characters U+0000 to
        /// U+007F such as <see cref="PackedText.Pack"/> writes, one byte each in a <c>"..."u8</c> literal. Every character
        /// stands for itself, control characters included, except the four that C# does not allow in the literal
        /// (<c>\n</c>, <c>\r</c>, <c>"</c>, <c>\</c>) and NUL (which makes tools take the file for a binary one): two
        /// characters each: 5 values of 128, some 4 % more characters than bytes in packed text.
        /// </summary>
        public static string AsciiBody(string ascii) => AppendAsciiBody(new StringBuilder(ascii.Length + (ascii.Length / 16)), ascii, 0, ascii.Length).ToString();

        /// <summary>Appends <see cref="AsciiBody"/> of the <paramref name="count"/> characters of <paramref name="ascii"/> from <paramref name="start"/>.</summary>
        public static StringBuilder AppendAsciiBody(StringBuilder builder, string ascii, int start, int count)
        {
            var run = start;
            var end = start + count;
            for (var i = start; i < end; i++)
            {
                var escape = ascii[i] switch
                {
                    '\0' => "\\0",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ => null,
                };
                if (escape is not null)
                {
                    builder.Append(ascii, run, i - run).Append(escape);
                    run = i + 1;
                }
            }

            return builder.Append(ascii, run, end - run);
        }

        /// <summary>
        /// Text for an XML doc comment line (<c>/// &lt;summary&gt;...</c>): markup characters escaped, and every
        /// line break or invisible character made a space, so the text stays on its comment line.
        /// </summary>
        public static string XmlDoc(string value) => AppendXmlDoc(new StringBuilder(value.Length), value).ToString();

        /// <summary>Appends <see cref="XmlDoc"/> of <paramref name="value"/>.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static StringBuilder AppendXmlDoc(StringBuilder builder, string value)
        {
            var start = builder.Length;
            var space = false;
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || MustEscape(c))
                {
                    space = builder.Length > start;
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

            return builder;
        }

        /// <summary>
        /// Whether the <c>Vector&lt;ushort&gt;.Count</c> characters from <paramref name="start"/> are all printable ASCII
        /// other than a quote or a backslash, so need no escape. False without hardware vectors, or near the end.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsPrintableAsciiBlock(string value, int start)
        {
            if (!Vector.IsHardwareAccelerated || value.Length - start < Vector<ushort>.Count)
            {
                return false;
            }

            var block = MemoryMarshal.Cast<char, Vector<ushort>>(value.AsSpan(start, Vector<ushort>.Count))[0];
            return Vector.LessThanAll(block - new Vector<ushort>(' '), new Vector<ushort>('\u007f' - ' ')) &&
                !Vector.EqualsAny(block, new Vector<ushort>('"')) &&
                !Vector.EqualsAny(block, new Vector<ushort>('\\'));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool NeedsNoEscape(char c) =>
            c < '\u007f' ? c >= ' ' && c != '"' && c != '\\' : !MustEscape(c);

        private static void AppendEscape(StringBuilder builder, char c)
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
                    // \uXXXX, upper-case hexadecimal.
                    builder.Append("\\u")
                        .Append(HexDigits[c >> 12])
                        .Append(HexDigits[(c >> 8) & 0xF])
                        .Append(HexDigits[(c >> 4) & 0xF])
                        .Append(HexDigits[c & 0xF]);
                    break;
            }
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
