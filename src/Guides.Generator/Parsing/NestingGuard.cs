using System;
using System.Runtime.CompilerServices;
using Guides.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Parsing
{
    /// <summary>Where a Markdown text goes past a limit of <see cref="NestingGuard"/>: what, how far, and the offset in the text.</summary>
    internal sealed class NestingProblem
    {
        public NestingProblem(DiagnosticDescriptor descriptor, string what, int depth, int limit, int offset)
        {
            Descriptor = descriptor;
            What = what;
            Depth = depth;
            Limit = limit;
            Offset = offset;
        }

        /// <summary>GUIDE015 for nesting, GUIDE027 for Markdown too costly to parse.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        public string What { get; }

        /// <summary>How deep (or how many) at <see cref="Offset"/>.</summary>
        public int Depth { get; }

        public int Limit { get; }

        public int Offset { get; }
    }

    /// <summary>
    /// Refuses Markdown that no reader could follow, before Markdig sees it, so that no guide can exhaust the
    /// compiler's stack or time (Markdig gives up past 128 levels with an exception, and some constructs cost
    /// time in the square of their number in one paragraph). One linear pass; conservative: it counts markers
    /// inside code blocks too. The limits are documented in docs/diagnostics.md.
    /// </summary>
    internal static class NestingGuard
    {
        /// <summary>The deepest nesting of block quotes and list items on one line (<c>&gt; - &gt;</c>), of brackets (<c>[[[</c>) and of emphasis.</summary>
        public const int MaxDepth = 32;

        /// <summary>The deepest indentation of a list item, in columns (16 levels of 4).</summary>
        public const int MaxListIndent = 64;

        /// <summary>
        /// The most inline work one paragraph (or table, or FAQ answer) may ask of Markdig, which spends time in the square
        /// of a paragraph's delimiters: (delimiters)² + (link starts × characters), where delimiters are runs of <c>*</c>
        /// or <c>_</c> or <c>`</c>, and <c>[</c>, <c>]</c>, <c>|</c>, <c>&lt;</c>; link starts are <c>](</c>, <c>www.</c>
        /// and <c>://</c>. The bound is per paragraph, where the square is: a guide of many ordinary paragraphs costs in
        /// proportion to its length, whatever that length up to <see cref="GuideParser.MaxLength"/>. A paragraph of 500
        /// delimiters, a 120-row table of four columns or 20 links in 10,000 characters stay under it; a 2 MB guide of
        /// paragraphs each just under it parses in about 3 s (docs/diagnostics.md, GUIDE027).
        /// </summary>
        public const long MaxInlineCost = 250_000;

        /// <summary>The longest run of backticks.</summary>
        public const int MaxBacktickRun = 32;

        /// <summary>Finds the first place past a limit, or null.</summary>
        /// <remarks>
        /// Compiled optimized from its first call (its loop runs a few times per line, too few for the runtime to switch
        /// unoptimized code to optimized code while a call runs): a cold build checks every guide before the runtime's
        /// tiering would reach it.
        /// </remarks>
        [MethodImpl(HotPath.Optimized)]
        public static NestingProblem? Check(string text)
        {
            var lineStart = 0;
            var brackets = 0;
            var emphasis = 0;
            long links = 0;
            long delimiters = 0;
            var paragraphStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                var (problem, contentStart) = CheckContainers(text, lineStart, lineEnd);
                if (problem is not null)
                {
                    return problem;
                }

                // Inline counts run across a paragraph, which ends at a blank line.
                if (IsBlank(text, contentStart, lineEnd))
                {
                    brackets = 0;
                    emphasis = 0;
                    links = 0;
                    delimiters = 0;
                    paragraphStart = lineEnd + 1;
                }

                // Only the characters of s_markup count: jump from one to the next.
                for (var i = NextMarkup(text, contentStart, lineEnd); i < lineEnd; i = NextMarkup(text, i + 1, lineEnd))
                {
                    switch (text[i])
                    {
                        case '\\':
                            i++;
                            break;
                        case '|':
                        case '<':
                            delimiters++;
                            break;
                        case '[':
                            delimiters++;
                            if (++brackets > MaxDepth)
                            {
                                return Nesting("Brackets", brackets, MaxDepth, i);
                            }

                            break;
                        case ']':
                            delimiters++;
                            brackets = Math.Max(0, brackets - 1);
                            if (i + 1 < lineEnd && text[i + 1] == '(')
                            {
                                links++;
                            }

                            break;
                        case 'w' when string.CompareOrdinal(text, i, "www.", 0, 4) == 0:
                        case ':' when string.CompareOrdinal(text, i, "://", 0, 3) == 0:
                            links++;
                            break;
                        case '`':
                        {
                            var run = Run(text, i, lineEnd);
                            delimiters++;
                            if (run > MaxBacktickRun)
                            {
                                return new NestingProblem(GuideDiagnostics.MarkdownTooCostly, "The length of a run of backticks", run, MaxBacktickRun, i);
                            }

                            i += run - 1;
                            break;
                        }

                        case '*':
                        case '_':
                        {
                            var run = Run(text, i, lineEnd);
                            delimiters++;
                            var before = i > contentStart ? text[i - 1] : ' ';
                            var after = i + run < lineEnd ? text[i + run] : ' ';
                            var left = IsLeftFlanking(before, after);
                            var right = IsLeftFlanking(after, before);
                            if (left && !right)
                            {
                                emphasis += run;
                                if (emphasis > MaxDepth)
                                {
                                    return Nesting("Emphasis markers", emphasis, MaxDepth, i);
                                }
                            }
                            else if (right && !left)
                            {
                                emphasis = Math.Max(0, emphasis - run);
                            }

                            i += run - 1;
                            break;
                        }
                    }
                }

                var cost = (delimiters * delimiters) + (links * (lineEnd - paragraphStart));
                if (cost > MaxInlineCost)
                {
                    return new NestingProblem(GuideDiagnostics.MarkdownTooCostly, "The cost of the inline markup of a paragraph", (int)Math.Min(cost, int.MaxValue), (int)MaxInlineCost, paragraphStart);
                }

                lineStart = lineEnd + 1;
            }

            return null;
        }

        /// <summary>What the inline counts look at; anything else on a line is skipped.</summary>
        private static readonly char[] s_markup = { '\\', '|', '<', '[', ']', 'w', ':', '`', '*', '_' };

        /// <summary>The next character of <see cref="s_markup"/> from <paramref name="from"/>, or <paramref name="end"/>.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static int NextMarkup(string text, int from, int end)
        {
            var next = from < end ? text.IndexOfAny(s_markup, from, end - from) : -1;
            return next < 0 ? end : next;
        }

        /// <summary>The start of a line: block quotes and list markers, which nest, and the indentation before them.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static (NestingProblem? Problem, int ContentStart) CheckContainers(string text, int lineStart, int lineEnd)
        {
            var i = lineStart;
            var containers = 0;
            var column = 0;
            while (i < lineEnd)
            {
                var c = text[i];
                if (c == ' ')
                {
                    column++;
                    i++;
                    continue;
                }

                if (c == '\t')
                {
                    column += 4 - (column % 4);
                    i++;
                    continue;
                }

                var marker = c == '>' ? 1 : ListMarkerLength(text, i, lineEnd);
                if (marker == 0)
                {
                    break;
                }

                if (c != '>' && column > MaxListIndent)
                {
                    return (Nesting("Lists", column / 2, MaxDepth, i), i);
                }

                if (++containers > MaxDepth)
                {
                    return (Nesting(c == '>' ? "Block quotes" : "Block quotes and lists", containers, MaxDepth, i), i);
                }

                column += marker;
                i += marker;
            }

            return (null, i);
        }

        /// <summary>The length of a list marker at <paramref name="i"/> (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) followed by a space or the end of the line; 0 when there is none.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static int ListMarkerLength(string text, int i, int end)
        {
            var start = i;
            var c = text[i];
            if (c == '-' || c == '*' || c == '+')
            {
                i++;
            }
            else
            {
                while (i < end && i - start < 10 && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                }

                if (i == start || i >= end || (text[i] != '.' && text[i] != ')'))
                {
                    return 0;
                }

                i++;
            }

            return i >= end || text[i] == ' ' || text[i] == '\t' || text[i] == '\r' ? i - start : 0;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool IsBlank(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(HotPath.Optimized)]
        private static int Run(string text, int i, int end)
        {
            var c = text[i];
            var run = 0;
            while (i + run < end && text[i + run] == c)
            {
                run++;
            }

            return run;
        }

        /// <summary>CommonMark's left-flanking delimiter run, from the characters before and after it.</summary>
        private static bool IsLeftFlanking(char before, char after) =>
            !char.IsWhiteSpace(after)
            && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));

        private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

        private static NestingProblem Nesting(string what, int depth, int limit, int offset) =>
            new(GuideDiagnostics.NestingTooDeep, what, depth, limit, offset);
    }
}
