using System.Collections.Generic;
using Markdig.Syntax;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Hugo's (goldmark's) and PHP Markdown Extra's short definition form, <c>Term</c> then <c>: Definition</c> with one
    /// space after the colon. Markdig 0.31's definition lists want the definition's text at the colon's column plus four
    /// (<c>:   Definition</c>), and read the short form as a paragraph that starts with <c>: </c>. The space after such a
    /// colon is made a tab, which reaches the same column, so that the text keeps every offset (diagnostics, each part's
    /// Markdown) and Markdig reads the definition as its own form.
    /// </summary>
    internal static class DefinitionColons
    {
        /// <summary>
        /// <paramref name="markdown"/> with the space of each short-form colon line made a tab, or null when it has none.
        /// <paramref name="document"/> is <paramref name="markdown"/> parsed: only lines of its paragraphs are read, so that
        /// code keeps its colons as written.
        /// </summary>
        public static string? Widen(MarkdownDocument document, string markdown)
        {
            List<int>? spaces = null;
            foreach (var paragraph in document.Descendants<ParagraphBlock>())
            {
                // Markdig has let go of a paragraph's lines once its inlines are read: its lines are found in its span.
                var end = System.Math.Min(paragraph.Span.End, markdown.Length - 1);
                var first = true;
                for (var line = paragraph.Span.Start; line >= 0 && line <= end; line = markdown.IndexOf('\n', line, end - line + 1) is var next and >= 0 ? next + 1 : -1)
                {
                    // Markdig's own rule: the definition follows a paragraph (the term), with at most a blank line between.
                    var afterTerm = !first || IsAfterParagraph(paragraph);
                    first = false;
                    var at = line;
                    var column = 0;
                    while (at <= end && markdown[at] is ' ' or '\t')
                    {
                        column = markdown[at] == '\t' ? (column / 4 * 4) + 4 : column + 1;
                        at++;
                    }

                    if (afterTerm && (at == paragraph.Span.Start ? paragraph.Column : column) % 4 == 0 && at + 2 <= end
                        && markdown[at] == ':' && markdown[at + 1] == ' ' && !char.IsWhiteSpace(markdown[at + 2]))
                    {
                        (spaces ??= new List<int>()).Add(at + 1);
                    }
                }
            }

            if (spaces is null)
            {
                return null;
            }

            var widened = markdown.ToCharArray();
            foreach (var space in spaces)
            {
                widened[space] = '\t';
            }

            return new string(widened);
        }

        private static bool IsAfterParagraph(ParagraphBlock paragraph)
        {
            var parent = paragraph.Parent;
            if (parent is null)
            {
                return false;
            }

            var index = parent.IndexOf(paragraph) - 1;
            if (index >= 0 && parent[index] is BlankLineBlock)
            {
                index--;
            }

            return index >= 0 && parent[index] is ParagraphBlock;
        }
    }
}
