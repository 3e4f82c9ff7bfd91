using System;
using System.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// What a renderer wrote, made into the string a model holds: trimmed, or tidied as plain text. The renderer's
    /// builder is copied once into this thread's scratch buffer, shaped there, and the result is the one string
    /// allocated (rather than the builder's string, then a trimmed or tidied copy of it).
    /// </summary>
    internal static class RenderedOutput
    {
        [ThreadStatic]
        private static char[]? t_scratch;

        /// <summary>The output without the line breaks around it (HTML of blocks).</summary>
        public static string TrimNewlines(StringBuilder written)
        {
            var chars = CopyToScratch(written);
            var start = 0;
            var end = written.Length;
            while (start < end && chars[start] == '\n')
            {
                start++;
            }

            while (end > start && chars[end - 1] == '\n')
            {
                end--;
            }

            return new string(chars, start, end - start);
        }

        /// <summary>The output without the white space around it (HTML of a list item's inlines).</summary>
        public static string TrimWhiteSpace(StringBuilder written)
        {
            var chars = CopyToScratch(written);
            var start = 0;
            var end = written.Length;
            while (start < end && char.IsWhiteSpace(chars[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(chars[end - 1]))
            {
                end--;
            }

            return new string(chars, start, end - start);
        }

        /// <summary>Plain text: lines trimmed at the end, at most one blank line in a row, no blank lines around.</summary>
        public static string Tidy(StringBuilder written)
        {
            // Shaped in place: what is kept never runs ahead of what is read.
            var chars = CopyToScratch(written);
            var length = written.Length;
            var kept = 0;
            var blankPending = false;
            var start = 0;
            while (start <= length)
            {
                var end = start < length ? Array.IndexOf(chars, '\n', start, length - start) : -1;
                if (end < 0)
                {
                    end = length;
                }

                var trimmed = end;
                while (trimmed > start && char.IsWhiteSpace(chars[trimmed - 1]))
                {
                    trimmed--;
                }

                if (trimmed == start)
                {
                    blankPending = kept > 0;
                }
                else
                {
                    if (kept > 0)
                    {
                        chars[kept++] = '\n';
                        if (blankPending)
                        {
                            chars[kept++] = '\n';
                        }
                    }

                    Array.Copy(chars, start, chars, kept, trimmed - start);
                    kept += trimmed - start;
                    blankPending = false;
                }

                start = end + 1;
            }

            return new string(chars, 0, kept);
        }

        /// <summary>One line of plain text: every run of white space made one space, none around.</summary>
        public static string Collapse(StringBuilder written)
        {
            var chars = CopyToScratch(written);
            var length = written.Length;
            var kept = 0;
            var spacePending = false;
            for (var i = 0; i < length; i++)
            {
                var c = chars[i];
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    spacePending = kept > 0;
                    continue;
                }

                if (spacePending)
                {
                    chars[kept++] = ' ';
                    spacePending = false;
                }

                chars[kept++] = c;
            }

            return new string(chars, 0, kept);
        }

        private static char[] CopyToScratch(StringBuilder written)
        {
            var scratch = t_scratch;
            if (scratch is null || scratch.Length < written.Length)
            {
                scratch = t_scratch = new char[Math.Max(written.Length, 4096)];
            }

            written.CopyTo(0, scratch, 0, written.Length);
            return scratch;
        }
    }
}
