using System;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Refuses Markdown nested deeper than a reader could follow, before Markdig sees it, so that no
    /// guide can exhaust the compiler's stack: block quotes, list indentation and brackets.
    /// </summary>
    internal static class NestingGuard
    {
        /// <summary>The deepest nesting of block quotes (<c>&gt; &gt; &gt;</c>) and of brackets (<c>[[[</c>).</summary>
        public const int MaxDepth = 32;

        /// <summary>The deepest indentation of a list item, in columns (16 levels of 4).</summary>
        public const int MaxListIndent = 64;

        /// <summary>Finds the first place nested too deep: what is nested, how deep, and the offset in <paramref name="text"/>.</summary>
        public static (string What, int Depth, int Offset)? Check(string text)
        {
            var lineStart = 0;
            var brackets = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                // Block quotes and list indentation: the start of the line.
                var i = lineStart;
                var quotes = 0;
                var column = 0;
                while (i < lineEnd)
                {
                    var c = text[i];
                    if (c == '>')
                    {
                        quotes++;
                        column = 0;
                    }
                    else if (c == ' ')
                    {
                        column++;
                    }
                    else if (c == '\t')
                    {
                        column += 4 - (column % 4);
                    }
                    else
                    {
                        break;
                    }

                    if (quotes > MaxDepth)
                    {
                        return ("Block quotes", quotes, i);
                    }

                    i++;
                }

                if (column > MaxListIndent && i < lineEnd && IsListMarker(text, i, lineEnd))
                {
                    return ("Lists", column / 2, i);
                }

                // Brackets: counted across a paragraph, which ends at a blank line.
                if (i == lineEnd || text.IndexOf('\r', i, lineEnd - i) == i)
                {
                    brackets = 0;
                }

                for (; i < lineEnd; i++)
                {
                    switch (text[i])
                    {
                        case '\\':
                            i++;
                            break;
                        case '[':
                            if (++brackets > MaxDepth)
                            {
                                return ("Brackets", brackets, i);
                            }

                            break;
                        case ']':
                            brackets = Math.Max(0, brackets - 1);
                            break;
                    }
                }

                lineStart = lineEnd + 1;
            }

            return null;
        }

        private static bool IsListMarker(string text, int i, int end)
        {
            var c = text[i];
            if (c == '-' || c == '*' || c == '+')
            {
                return true;
            }

            var digits = 0;
            while (i < end && digits < 10 && char.IsDigit(text[i]))
            {
                i++;
                digits++;
            }

            return digits > 0 && i < end && (text[i] == '.' || text[i] == ')');
        }
    }
}
