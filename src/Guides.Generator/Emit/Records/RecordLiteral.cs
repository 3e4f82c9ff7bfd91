using System.Text;

namespace Guides.Generator.Emit.Records
{
    /// <summary>
    /// Writes a record into C#, in one of its two literal forms (<see cref="RecordFormat"/>): a <c>"..."u8</c> literal, or a
    /// string literal whose characters are the record's bytes. Nothing a guide holds can end either literal early: the
    /// strings are escaped (<see cref="CSharpLiteral"/>), and numbers and packed bytes are ASCII, escaped where C# needs it.
    /// </summary>
    internal static class RecordLiteral
    {
        /// <summary>Appends the record as a literal of the form <paramref name="utf8"/> says.</summary>
        public static SourceWriter Append(SourceWriter writer, Record record, bool utf8) =>
            utf8 ? AppendUtf8(writer, record) : AppendChars(writer, record);

        /// <summary>Appends <c>"..."u8</c>: the numbers, the strings as text (the compiler stores their UTF-8), the packed bytes.</summary>
        public static SourceWriter AppendUtf8(SourceWriter writer, Record record)
        {
            writer.Append('"').Append(record.Numbers);
            var plain = record.Packed is null ? record.Strings.Count : record.Strings.PlainCount;
            for (var i = 0; i < plain; i++)
            {
                writer.AppendEscaped(record.Strings[i]);
            }

            if (record.Packed is { } packed)
            {
                writer.Append(CSharpLiteral.AsciiBody(packed));
            }

            return writer.Append("\"u8");
        }

        /// <summary>Appends <c>"..."</c> whose characters are the record's bytes: <c>\u00XX</c> for each byte past ASCII.</summary>
        public static SourceWriter AppendChars(SourceWriter writer, Record record) =>
            writer.Append('"').Append(CharsOf(record.ToBytes())).Append('"');

        /// <summary>The body (without quotes) of a string literal whose characters are <paramref name="bytes"/>.</summary>
        public static string CharsOf(byte[] bytes)
        {
            var ascii = new StringBuilder(bytes.Length);
            var body = new StringBuilder(bytes.Length + (bytes.Length / 8));
            foreach (var b in bytes)
            {
                if (b < 0x80)
                {
                    ascii.Append((char)b);
                    continue;
                }

                CSharpLiteral.AppendAsciiBody(body, ascii.ToString(), 0, ascii.Length);
                ascii.Clear();
                body.Append("\\u00").Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }

            return CSharpLiteral.AppendAsciiBody(body, ascii.ToString(), 0, ascii.Length).ToString();
        }
    }
}
