using System;
using System.Collections.Generic;
using System.Text;

namespace Guides.Search
{
    /// <summary>
    /// Makes the snippet of a hit: about <see cref="Width"/> chars of a part's plain text around its best run of matched
    /// words, whitespace collapsed, "…" where the text was cut, matched words marked.
    /// </summary>
    internal static class Snippet
    {
        public const int Width = 160;

        public const string PlainOpen = "«";
        public const string PlainClose = "»";

        /// <summary>Makes the plain text snippet (matched words in « ») and the HTML one (encoded, matched words in &lt;mark&gt;).</summary>
        public static void Make(string? text, string language, string[] matchedTerms, out string plain, out string html)
        {
            text ??= "";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, tokens);
            var analyzer = new TextAnalyzer(language);
            var marked = new List<Token>();
            foreach (var token in tokens)
            {
                var term = analyzer.Term(token.Text);
                if (term != null && Array.IndexOf(matchedTerms, term) >= 0) marked.Add(token);
            }

            // The window that holds the most marked words, the earliest of them on a tie.
            var start = 0;
            var end = text.Length;
            if (text.Length > Width)
            {
                var bestFirst = -1;
                var bestCount = 0;
                for (var i = 0; i < marked.Count; i++)
                {
                    var count = 0;
                    for (var j = i; j < marked.Count && marked[j].Start + marked[j].Length - marked[i].Start <= Width; j++) count++;
                    if (count > bestCount)
                    {
                        bestCount = count;
                        bestFirst = i;
                    }
                }

                if (bestFirst >= 0)
                {
                    start = Math.Max(0, marked[bestFirst].Start - Width / 5);
                    // Start at a word: after the space before it.
                    if (start > 0)
                    {
                        var space = text.IndexOf(' ', start, marked[bestFirst].Start - start);
                        start = space >= 0 ? space + 1 : marked[bestFirst].Start;
                    }
                }

                end = Math.Min(text.Length, start + Width);
                if (end < text.Length)
                {
                    var space = text.LastIndexOf(' ', end, end - start);
                    if (space > start) end = space;
                }
            }

            var plainBuilder = new StringBuilder(Width + 16);
            var htmlBuilder = new StringBuilder(Width + 64);
            if (start > 0)
            {
                plainBuilder.Append('…');
                htmlBuilder.Append('…');
            }

            var next = 0;
            var space0 = false;
            for (var i = start; i < end; i++)
            {
                while (next < marked.Count && marked[next].Start < i) next++;
                if (next < marked.Count && marked[next].Start == i && i + marked[next].Length <= end)
                {
                    var word = text.Substring(i, marked[next].Length);
                    plainBuilder.Append(PlainOpen).Append(word).Append(PlainClose);
                    htmlBuilder.Append("<mark>");
                    Encode(htmlBuilder, word);
                    htmlBuilder.Append("</mark>");
                    i += marked[next].Length - 1;
                    space0 = false;
                    continue;
                }

                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (space0) continue;
                    space0 = true;
                    c = ' ';
                }
                else
                {
                    space0 = false;
                }

                plainBuilder.Append(c);
                Encode(htmlBuilder, c);
            }

            var trimmedPlain = plainBuilder.ToString().Trim();
            var trimmedHtml = htmlBuilder.ToString().Trim();
            if (end < text.Length)
            {
                trimmedPlain += "…";
                trimmedHtml += "…";
            }

            plain = trimmedPlain;
            html = trimmedHtml;
        }

        private static void Encode(StringBuilder builder, string text)
        {
            foreach (var c in text) Encode(builder, c);
        }

        private static void Encode(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
