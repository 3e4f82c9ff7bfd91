using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Tells whether a guide's file was valid UTF-8. The compiler does not say so: it decodes a file that is not
    /// valid UTF-8 either with a fallback code page (Windows-1252 under Visual Studio) or, on .NET, as UTF-8 with
    /// U+FFFD in place of each invalid byte. Both are caught; a guide cannot hold U+FFFD itself (write <c>&amp;#xFFFD;</c>).
    /// </summary>
    internal static class EncodingCheck
    {
        /// <summary>This thread's window on the text (the generator may parse files in parallel).</summary>
        [System.ThreadStatic]
        private static char[]? t_buffer;

        /// <summary>Null for valid text; else how the file was read and the offset of the first damaged character.</summary>
        public static (string ReadAs, int Offset)? FindInvalid(SourceText text)
        {
            if (text.Encoding is { } encoding && !IsUnicode(encoding))
            {
                return (encoding.WebName, 0);
            }

            var buffer = t_buffer ??= new char[4096];
            for (var start = 0; start < text.Length; start += buffer.Length)
            {
                var count = System.Math.Min(buffer.Length, text.Length - start);
                text.CopyTo(start, buffer, 0, count);
                var index = System.Array.IndexOf(buffer, '\uFFFD', 0, count);
                if (index >= 0)
                {
                    return ("UTF-8 with U+FFFD in place of invalid bytes", start + index);
                }
            }

            return null;
        }

        private static bool IsUnicode(System.Text.Encoding encoding) =>
            encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
    }
}
