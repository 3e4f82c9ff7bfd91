using System.Collections.Generic;
using System.Linq;
using Guides.Generator.Model;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Counts the words a reader reads in a guide, the way word processors count them: a run of characters between white
    /// space is a word when it has a letter or a digit in it (<c>l'assurance</c>, <c>ameli.fr</c> and <c>13</c> are one
    /// each; a lone <c>:</c> or <c>—</c> is none), and each Chinese or Japanese ideograph or kana, written without spaces, is
    /// one. Markup is not read: HTML tags and entities are skipped.
    /// </summary>
    internal static class WordCounter
    {
        /// <summary>The words of the guide as its page shows them: front matter, headings, body and FAQ, as plain text.</summary>
        public static int Count(GuideModel guide)
        {
            var count = 0;
            foreach (var text in PlainTexts(guide))
            {
                count += Count(text);
            }

            foreach (var entry in guide.Faq)
            {
                count += Count(entry.AnswerHtml, html: true);
            }

            return count;
        }

        /// <summary>Every plain text a reader reads, in the order of the page.</summary>
        private static IEnumerable<string> PlainTexts(GuideModel guide)
        {
            yield return guide.Title;
            yield return guide.Description;
            foreach (var heading in guide.Outline)
            {
                yield return heading.Title;
            }

            if (guide.Introduction is { } introduction)
            {
                yield return introduction.Text;
            }

            foreach (var text in guide.Requirements.Concat(guide.Tips))
            {
                yield return text.Text;
            }

            foreach (var text in guide.Steps.Select(s => s.Text).Concat(guide.Sections.Select(s => s.Text)).Concat(guide.Links.Select(l => l.Text)).Concat(guide.Faq.Select(f => f.Question)))
            {
                yield return text;
            }
        }

        /// <summary>The words of <paramref name="text"/>; with <paramref name="html"/>, tags and entities are not words.</summary>
        public static int Count(string text, bool html = false)
        {
            var count = 0;
            var counted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (html && c == '<')
                {
                    // A tag separates words only where it stands for space (<br>, </p><p>); inline tags do not: "<b>un</b>e" is one.
                    var end = text.IndexOf('>', i);
                    if (end < 0)
                    {
                        break;
                    }

                    if (IsBlockTag(text, i + 1, end))
                    {
                        counted = false;
                    }

                    i = end;
                    continue;
                }

                if (html && c == '&')
                {
                    var end = text.IndexOf(';', i);
                    if (end > i && end - i <= 10)
                    {
                        // Markdig writes entities for markup characters only (&amp;, &lt;, &quot;): none is a letter; &nbsp; is a space.
                        var entity = text.Substring(i + 1, end - i - 1);
                        if (entity is "nbsp" or "#160" or "#xA0" or "#xa0")
                        {
                            counted = false;
                        }

                        i = end;
                        continue;
                    }
                }

                if (char.IsWhiteSpace(c))
                {
                    counted = false;
                    continue;
                }

                if (IsIdeograph(c))
                {
                    // Written without spaces: each one is a word, and it ends the word before it.
                    count++;
                    counted = false;
                    continue;
                }

                if (!counted && char.IsLetterOrDigit(c))
                {
                    count++;
                    counted = true;
                }
            }

            return count;
        }

        private static bool IsBlockTag(string text, int start, int end)
        {
            if (start < end && text[start] == '/')
            {
                start++;
            }

            var nameEnd = start;
            while (nameEnd < end && char.IsLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            var name = text.Substring(start, nameEnd - start).ToLowerInvariant();
            return name is "p" or "br" or "li" or "ul" or "ol" or "div" or "blockquote" or "pre" or "td" or "th" or "tr" or "table" or "hr"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "img";
        }

        /// <summary>Han ideographs, Hiragana and Katakana: scripts written without spaces between words.</summary>
        private static bool IsIdeograph(char c) =>
            c is (>= '\u3040' and <= '\u30FF') // Hiragana, Katakana
                or (>= '\u3400' and <= '\u4DBF') // CJK Extension A
                or (>= '\u4E00' and <= '\u9FFF') // CJK Unified Ideographs
                or (>= '\uF900' and <= '\uFAFF'); // CJK Compatibility Ideographs
    }
}
